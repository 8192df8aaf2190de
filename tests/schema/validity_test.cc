// schema/validity.h: which properties make a relationship hold on a day.
#include <doctest/doctest.h>

#include "schema/validity.h"

namespace {

cg::Date D(const char* text) { return *cg::Date::Parse(text); }

}  // namespace

TEST_CASE("validity: since/until, a one-time act's date, strings in date form, everything else open") {
  using cg::PropertyMap;
  const cg::Date day = D("2026-02-21");
  CHECK(cg::HoldsOn(PropertyMap{}, day));  // undated: always
  CHECK(cg::HoldsOn(PropertyMap{{"since", D("2010")}, {"until", D("2026-02-22")}}, day));
  CHECK_FALSE(cg::HoldsOn(PropertyMap{{"since", D("2010")}, {"until", D("2026-02-21")}}, day));
  // Without since, a date is when the act happened: it holds from then on.
  CHECK(cg::HoldsOn(PropertyMap{{"date", D("2025-02-20")}}, day));
  CHECK_FALSE(cg::HoldsOn(PropertyMap{{"date", D("2026-02-23")}}, day));
  // since wins over date.
  CHECK(cg::HoldsOn(PropertyMap{{"since", D("2026-01")}, {"date", D("2026-02-23")}}, day));
  // Strings in date form are dates; other values and null leave the side open.
  CHECK_FALSE(cg::HoldsOn(PropertyMap{{"since", "2026-02-22"}}, day));
  CHECK(cg::HoldsOn(PropertyMap{{"since", "2026-02"}}, day));
  CHECK(cg::HoldsOn(PropertyMap{{"since", "last spring"}, {"until", int64_t{2020}}}, day));
  CHECK(cg::HoldsOn(PropertyMap{{"since", cg::Value()}, {"until", cg::Value()}}, day));
  CHECK(cg::DateOf(nullptr) == std::nullopt);
}
