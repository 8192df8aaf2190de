#include <doctest/doctest.h>

#include "query/error.h"
#include "query/temporal.h"

namespace cg::query::temporal {
namespace {

std::string Str(const Value& v) {
  if (v.is_date()) return DateString(v.as_date());
  if (v.is_duration()) return v.as_duration().ToString();
  return v.as_temporal().ToString();
}

Value M(std::initializer_list<std::pair<const std::string, Value>> fields) { return Value(Map(fields)); }

TEST_CASE("temporal: construction from maps, strings and other temporals") {
  CHECK(Str(Construct("date", M({{"year", Value(1984)}, {"week", Value(10)}, {"dayOfWeek", Value(3)}}))) ==
        "1984-03-07");
  CHECK(Str(Construct("date", Value("2015-202"))) == "2015-07-21");
  CHECK(Str(Construct("localtime", M({{"hour", Value(10)}, {"minute", Value(35)}}))) == "10:35");
  CHECK(Str(Construct("time", Value("21:40:32.142+0100"))) == "21:40:32.142+01:00");
  Value dt = Construct("datetime", Value("2015-07-21T21:40:32.142[Europe/Stockholm]"));
  CHECK(Str(dt) == "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]");
  CHECK(Str(Construct("date", dt)) == "2015-07-21");
  CHECK_THROWS_AS(Construct("date", Value("2015-13-01")), QueryError);
}

TEST_CASE("temporal: truncation, components and arithmetic") {
  Value d = Construct("date", Value("1984-10-11"));
  CHECK(Str(Truncate("date", Value("quarter"), d, Value())) == "1984-10-01");
  CHECK(Str(Truncate("date", Value("week"), d, M({{"dayOfWeek", Value(2)}}))) == "1984-10-09");
  CHECK(Component(d, "dayOfWeek").as_int() == 4);
  CHECK(Component(d, "ordinalDay").as_int() == 285);
  Value month = MakeDuration(M({{"months", Value(1)}, {"days", Value(2)}}));
  CHECK(Str(Add(Construct("date", Value("2015-01-31")), month, false)) == "2015-03-02");
  CHECK(Str(Scale(MakeDuration(Value("PT1H")), 1.5)) == "PT1H30M");
}

TEST_CASE("temporal: durations between temporals, across daylight saving time") {
  CHECK(Str(Between("between", Construct("date", Value("1984-10-11")),
                    Construct("localdatetime", Value("2016-07-21T21:45:22.142")))) == "P31Y9M10DT21H45M22.142S");
  CHECK(Str(Between("inDays", Construct("date", Value("2015-06-24")), Construct("date", Value("2015-07-21")))) ==
        "P27D");
  Value before = Construct("datetime", Value("2017-10-29T00:00[Europe/Stockholm]"));
  Value after = Construct("datetime", Value("2017-10-29T04:00[Europe/Stockholm]"));
  CHECK(Str(Between("inSeconds", before, after)) == "PT5H");
}

}  // namespace
}  // namespace cg::query::temporal
