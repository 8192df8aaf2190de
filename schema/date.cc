#include "schema/date.h"

#include <charconv>
#include <cstdio>

namespace cg {
namespace {

bool IsLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ParseDigits(std::string_view text, size_t count, int* out) {
  if (text.size() != count) return false;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

}  // namespace

int Date::DaysInMonth(int32_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeap(year)) return 29;
  return kDays[month - 1];
}

std::optional<Date> Date::Parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  size_t year_end = text.find('-');
  std::string_view year_text = text.substr(0, year_end);
  if (year_text.size() < 4 || year_text.size() > 9) return std::nullopt;
  int year = 0;
  if (!ParseDigits(year_text, year_text.size(), &year)) return std::nullopt;
  Date date;
  date.year = negative ? -year : year;
  if (year_end == std::string_view::npos) return date;
  std::string_view rest = text.substr(year_end + 1);
  int month = 0;
  if (!ParseDigits(rest.substr(0, 2), 2, &month) || month < 1 || month > 12) return std::nullopt;
  date.month = static_cast<uint8_t>(month);
  if (rest.size() == 2) return date;
  if (rest.size() != 5 || rest[2] != '-') return std::nullopt;
  int day = 0;
  if (!ParseDigits(rest.substr(3), 2, &day) || day < 1 || day > DaysInMonth(date.year, month)) {
    return std::nullopt;
  }
  date.day = static_cast<uint8_t>(day);
  return date;
}

// Howard Hinnant's days_from_civil.
int64_t Date::ToEpochDays() const {
  int64_t y = year;
  const int64_t m = month == 0 ? 1 : month;
  const int64_t d = day == 0 ? 1 : day;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromEpochDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2);
  return Date{static_cast<int32_t>(y), static_cast<uint8_t>(m), static_cast<uint8_t>(d)};
}

std::string Date::ToString() const {
  char buffer[32];
  const char* sign = year < 0 ? "-" : "";
  const int abs_year = year < 0 ? -year : year;
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%s%04d", sign, abs_year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%s%04d-%02d", sign, abs_year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%s%04d-%02d-%02d", sign, abs_year, month, day);
  }
  return buffer;
}

Date Date::EarliestDay() const {
  return Date{year, static_cast<uint8_t>(month == 0 ? 1 : month), static_cast<uint8_t>(day == 0 ? 1 : day)};
}

Date Date::LatestDay() const {
  const int m = month == 0 ? 12 : month;
  const int d = day == 0 ? DaysInMonth(year, m) : day;
  return Date{year, static_cast<uint8_t>(m), static_cast<uint8_t>(d)};
}

std::strong_ordering CompareAtPrecision(const Date& a, const Date& b) {
  if (auto c = a.year <=> b.year; c != 0 || a.month == 0 || b.month == 0) return c;
  if (auto c = a.month <=> b.month; c != 0 || a.day == 0 || b.day == 0) return c;
  return a.day <=> b.day;
}

bool HoldsOn(const std::optional<Date>& since, const std::optional<Date>& until, const Date& day) {
  if (since && CompareAtPrecision(*since, day) > 0) return false;
  return !until || CompareAtPrecision(*until, day) > 0;
}

}  // namespace cg
