#include <doctest/doctest.h>

#include "schema/temporal.h"
#include "schema/value.h"

namespace cg {
namespace {

using Kind = Temporal::Kind;

std::string RoundTrip(Kind kind, std::string_view text) {
  const std::optional<Temporal> t = Temporal::Parse(kind, text);
  REQUIRE_MESSAGE(t.has_value(), text);
  return t->ToString();
}

TEST_CASE("temporal text: each kind reads back what it writes") {
  CHECK(RoundTrip(Kind::kLocalTime, "12:31:14.645876123") == "12:31:14.645876123");
  CHECK(RoundTrip(Kind::kLocalTime, "00:00") == "00:00");
  CHECK(RoundTrip(Kind::kTime, "12:31:14.645+01:00") == "12:31:14.645+01:00");
  CHECK(RoundTrip(Kind::kTime, "12:31Z") == "12:31Z");
  CHECK(RoundTrip(Kind::kTime, "12:31") == "12:31Z");  // no offset: UTC
  CHECK(RoundTrip(Kind::kTime, "23:59:59.999-05:30:15") == "23:59:59.999-05:30:15");
  CHECK(RoundTrip(Kind::kLocalDateTime, "2015-07-21T21:40:32.142") == "2015-07-21T21:40:32.142");
  CHECK(RoundTrip(Kind::kLocalDateTime, "-0001-01-01T00:00") == "-0001-01-01T00:00");
  CHECK(RoundTrip(Kind::kDateTime, "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]") ==
        "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]");
  CHECK(RoundTrip(Kind::kDateTime, "1984-10-11T12:00+0845") == "1984-10-11T12:00+08:45");

  const Temporal t = *Temporal::Parse(Kind::kDateTime, "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]");
  CHECK(t.days == Date{2015, 7, 21}.ToEpochDays());
  CHECK(t.nanos == ((21 * 60 + 40) * 60 + 32) * 1'000'000'000LL + 142'000'000);
  CHECK(t.offset == 7200);
  CHECK(t.zone == "Europe/Stockholm");
}

TEST_CASE("temporal text: malformed text and offsets on local kinds are refused") {
  for (std::string_view bad : {"", "12", "24:00", "12:60", "12:31:14.1234567890", "12:31x"}) {
    CHECK_FALSE(Temporal::Parse(Kind::kLocalTime, bad).has_value());
  }
  CHECK_FALSE(Temporal::Parse(Kind::kLocalTime, "12:31+01:00").has_value());
  CHECK_FALSE(Temporal::Parse(Kind::kLocalDateTime, "2015-07-21T12:31Z").has_value());
  CHECK_FALSE(Temporal::Parse(Kind::kLocalDateTime, "2015-07T12:31").has_value());  // a partial date
  CHECK_FALSE(Temporal::Parse(Kind::kDateTime, "2015-07-21").has_value());           // no time
  CHECK_FALSE(Temporal::Parse(Kind::kDateTime, "2015-02-30T12:00Z").has_value());
  CHECK_FALSE(Temporal::Parse(Kind::kDateTime, "2015-07-21T12:00[Europe/Stockholm]").has_value());
  CHECK_FALSE(Temporal::Parse(Kind::kDateTime, "2015-07-21T12:00+01:00[]").has_value());
  CHECK_FALSE(Temporal::Parse(Kind::kTime, "12:00+01:00[Europe/Stockholm]").has_value());
}

TEST_CASE("duration text: components, signs and fractions read back") {
  for (std::string_view text : {"PT0S", "P1Y2M3DT4H5M6.5S", "P14DT16H12M", "PT-1H-30M", "P-1Y-1M-2D", "PT0.000000001S",
                                "PT-0.5S", "P1000Y"}) {
    const std::optional<Duration> d = Duration::Parse(text);
    REQUIRE_MESSAGE(d.has_value(), text);
    CHECK(d->ToString() == text);
  }
  const Duration d = *Duration::Parse("P1Y2M3W4DT-1.5S");
  CHECK(d.months == 14);
  CHECK(d.days == 25);
  CHECK(d.seconds == -2);
  CHECK(d.nanos == 500'000'000);
  for (std::string_view bad : {"", "P", "PT", "1Y", "P1H", "PT1D", "P1M1Y", "P1.5Y", "PT1.5H", "P1Y ", "PT1.S"}) {
    CHECK_FALSE_MESSAGE(Duration::Parse(bad).has_value(), bad);
  }
}

TEST_CASE("a stored value holds durations and temporals, equal by representation") {
  const Value d(Duration{14, 3, 7200, 5});
  const Value t(*Temporal::Parse(Kind::kTime, "12:00+01:00"));
  CHECK(d.is_duration());
  CHECK(t.is_temporal());
  CHECK(d.ToString() == "P1Y2M3DT2H0.000000005S");
  CHECK(t.ToString() == "12:00+01:00");
  CHECK(t != Value(*Temporal::Parse(Kind::kTime, "11:00Z")));  // the same instant, stored apart
  CHECK(Value(ValueList{d, t}).ToString() == "[P1Y2M3DT2H0.000000005S, 12:00+01:00]");
}

TEST_CASE("dates print at their own precision, full ones as Cypher does") {
  CHECK(temporal_text::DateString(Date{2010, 0, 0}) == "2010");
  CHECK(temporal_text::DateString(Date{2026, 2, 0}) == "2026-02");
  CHECK(temporal_text::DateString(Date{2026, 2, 22}) == "2026-02-22");
  CHECK(temporal_text::DateString(Date{12345, 1, 2}) == "+12345-01-02");
}

}  // namespace
}  // namespace cg
