#include <doctest/doctest.h>

#include "schema/date.h"

using cg::Date;

TEST_CASE("partial ISO dates parse at their own precision and print back") {
  for (const char* text : {"2010", "2026-02", "2026-02-22", "-0044-03-15"}) {
    auto date = Date::Parse(text);
    REQUIRE(date.has_value());
    CHECK(date->ToString() == text);
  }
  CHECK(Date::Parse("2026-02")->day == 0);
  CHECK(Date::Parse("2010")->month == 0);
}

TEST_CASE("invalid dates are rejected, whole text only") {
  for (const char* text : {"", "10", "2026-13", "2026-02-30", "2025-02-29", "2026-2-1", "2026-02-22x",
                           "February 2026"}) {
    CHECK_FALSE(Date::Parse(text).has_value());
  }
  CHECK(Date::Parse("2024-02-29").has_value());
}

TEST_CASE("partial dates widen to their first and last day") {
  CHECK(Date::Parse("2010")->EarliestDay().ToString() == "2010-01-01");
  CHECK(Date::Parse("2010")->LatestDay().ToString() == "2010-12-31");
  CHECK(Date::Parse("2024-02")->LatestDay().ToString() == "2024-02-29");
}

TEST_CASE("dates order by year, month, day with unknown parts first") {
  CHECK(*Date::Parse("2010") < *Date::Parse("2010-01"));
  CHECK(*Date::Parse("2010-12-31") < *Date::Parse("2011"));
  CHECK(*Date::Parse("2026-02-21") < *Date::Parse("2026-02-22"));
}

TEST_CASE("epoch days round-trip") {
  CHECK(Date::Parse("1970-01-01")->ToEpochDays() == 0);
  CHECK(Date::Parse("2026-02-22")->ToEpochDays() - Date::Parse("2025-02-20")->ToEpochDays() == 367);
  for (int64_t d : {-800000, -1, 0, 59, 20000, 2932896}) CHECK(Date::FromEpochDays(d).ToEpochDays() == d);
}

TEST_CASE("HoldsOn: since <= day < until, each compared at the coarser precision") {
  auto d = [](const char* s) { return *cg::Date::Parse(s); };
  std::optional<cg::Date> none;
  CHECK(cg::HoldsOn(d("2010"), d("2026-02-22"), d("2026-02-21")));
  CHECK_FALSE(cg::HoldsOn(d("2010"), d("2026-02-22"), d("2026-02-22")));  // ended that day
  CHECK_FALSE(cg::HoldsOn(d("2010"), d("2026-02-22"), d("2026-02-23")));
  CHECK(cg::HoldsOn(none, none, d("1900")));
  CHECK(cg::HoldsOn(d("2026-02"), none, d("2026-02-21")));  // began that month: counts
  CHECK_FALSE(cg::HoldsOn(none, d("2026-02"), d("2026-02-21")));  // ended that month: may be over
  CHECK(cg::HoldsOn(none, d("2026-03"), d("2026-02-28")));
  CHECK(cg::HoldsOn(d("2026-02-23"), none, d("2026-02")));  // began within that month
  CHECK_FALSE(cg::HoldsOn(d("2026-03-01"), none, d("2026-02")));
  CHECK(cg::HoldsOn(d("2026-02-01"), none, d("2026")));
  CHECK_FALSE(cg::HoldsOn(d("2027"), none, d("2026-12-31")));
}
