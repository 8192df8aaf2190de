// Date: a calendar date that may be partial ("2010", "2026-02", "2026-02-22"),
// as news articles state them. Ordered by (year, month, day) with an unknown
// month or day sorting before any known one.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cg {

struct Date {
  int32_t year = 0;
  uint8_t month = 0;  // 0: unknown (year precision)
  uint8_t day = 0;    // 0: unknown (month precision)

  bool is_full() const { return month != 0 && day != 0; }

  // Parses ISO 8601 "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a leading '-' or '+'
  // for years outside 0..9999). Returns nullopt unless the whole text is a
  // valid date of that form (month 1..12, day within the month).
  static std::optional<Date> Parse(std::string_view text);

  // Days since 1970-01-01 of a full date (proleptic Gregorian).
  int64_t ToEpochDays() const;
  static Date FromEpochDays(int64_t days);
  static int DaysInMonth(int32_t year, int month);

  // ISO form at the date's own precision: "2010", "2010-05", "2010-05-03".
  std::string ToString() const;

  // The first and last full day the partial date covers ("2010" ->
  // 2010-01-01 .. 2010-12-31). A full date returns itself.
  Date EarliestDay() const;
  Date LatestDay() const;

  friend auto operator<=>(const Date&, const Date&) = default;
};

// a <=> b with both cut to the coarser precision of the two: "2010" and
// "2010-05-03" are equivalent, "2009" is before "2010-05".
std::strong_ordering CompareAtPrecision(const Date& a, const Date& b);

// Whether a fact that holds from `since` until `until` (nullopt: unknown,
// open on that side) holds on `day`: since <= day < until, each comparison
// made at the coarser precision of its two dates. So since "2026-02" holds
// on 2026-02-21, until "2026-02" does not (it may have ended before), and
// since "2026-02-23" holds on "2026-02" (for part of that month).
bool HoldsOn(const std::optional<Date>& since, const std::optional<Date>& until, const Date& day);

}  // namespace cg
