// Calendar arithmetic and the parts of a temporal value, shared by the
// files of query/temporal (internal): temporal.cc (construction, parsing,
// truncation), temporal_arithmetic.cc (durations, components, temporal
// arithmetic); the ISO text of values is schema/temporal.h's.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "query/error.h"
#include "query/value.h"

namespace cg::query::temporal {

inline constexpr int64_t kNanosPerSecond = 1'000'000'000LL;
inline constexpr int64_t kNanosPerDay = 86'400LL * kNanosPerSecond;

// Throws ArgumentError InvalidArgumentValue with `what`.
[[noreturn]] inline void Invalid(const std::string& what) {
  throw RuntimeError("ArgumentError", "InvalidArgumentValue", what);
}

// Division and remainder rounding toward negative infinity.
inline int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
inline int64_t FloorMod(int64_t a, int64_t b) { return a - FloorDiv(a, b) * b; }

// Days since 1970-01-01 of a (valid) date.
int64_t EpochDays(int64_t y, int64_t m, int64_t d);
// ISO day of the week of a day count: Monday 1 .. Sunday 7.
int DayOfWeek(int64_t days);
// ISO week-based year and week of a day.
std::pair<int64_t, int64_t> WeekOf(int64_t days);

using cg::temporal_text::OffsetString;

// The parts of a temporal being built.
struct Parts {
  bool has_date = false, has_time = false, has_offset = false;
  int64_t days = 0, nanos = 0;
  int32_t offset = 0;
  std::string zone;
  bool offset_fixed = false;  // offset already right for `zone`
};

// The parts of a date or temporal value (InvalidArgumentValue otherwise).
Parts PartsOf(const Value& v);

}  // namespace cg::query::temporal
