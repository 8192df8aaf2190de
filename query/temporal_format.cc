// The ISO text of temporal values (Temporal::ToString, Duration::ToString,
// temporal::DateString).
#include <cmath>

#include <fmt/format.h>

#include "query/temporal.h"
#include "query/temporal_calendar.h"

namespace cg::query {

using temporal::kNanosPerSecond;
using temporal::OffsetString;

namespace {

// HH:MM[:SS[.fraction]] as Cypher prints times (seconds omitted when zero,
// fractions in groups of three digits).
std::string TimeString(int64_t nanos) {
  int64_t s = nanos / kNanosPerSecond, frac = nanos % kNanosPerSecond;
  std::string out = fmt::format("{:02}:{:02}", s / 3600, s / 60 % 60);
  if (s % 60 == 0 && frac == 0) return out;
  out += fmt::format(":{:02}", s % 60);
  if (frac == 0) return out;
  std::string f = fmt::format("{:09}", frac);
  while (f.size() > 3 && f.compare(f.size() - 3, 3, "000") == 0) f.resize(f.size() - 3);
  return out + "." + f;
}

}  // namespace

std::string temporal::OffsetString(int32_t offset) {
  if (offset == 0) return "Z";
  int32_t a = std::abs(offset);
  std::string out = fmt::format("{}{:02}:{:02}", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
  if (a % 60) out += fmt::format(":{:02}", a % 60);
  return out;
}

std::string temporal::DateString(const Date& d) {
  if (d.year > 9999) return fmt::format("+{}-{:02}-{:02}", d.year, d.month, d.day);
  if (d.year < 0) return fmt::format("-{:04}-{:02}-{:02}", -d.year, d.month, d.day);
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string Temporal::ToString() const {
  std::string out;
  if (has_date()) out = temporal::DateString(Date::FromEpochDays(days)) + "T";
  out += TimeString(nanos);
  if (has_offset()) out += OffsetString(offset);
  if (!zone.empty()) out += "[" + zone + "]";
  return out;
}

std::string Duration::ToString() const {
  if (months == 0 && days == 0 && seconds == 0 && nanos == 0) return "PT0S";
  std::string out = "P";
  if (months / 12) out += fmt::format("{}Y", months / 12);
  if (months % 12) out += fmt::format("{}M", months % 12);
  if (days) out += fmt::format("{}D", days);
  // Time part: total nanoseconds, printed with one sign per component.
  __int128 total = static_cast<__int128>(seconds) * kNanosPerSecond + nanos;
  if (total != 0) {
    out += "T";
    bool negative = total < 0;
    __int128 abs = negative ? -total : total;
    int64_t hours = static_cast<int64_t>(abs / (3600 * static_cast<__int128>(kNanosPerSecond)));
    abs -= static_cast<__int128>(hours) * 3600 * kNanosPerSecond;
    int64_t minutes = static_cast<int64_t>(abs / (60 * kNanosPerSecond));
    abs -= static_cast<__int128>(minutes) * 60 * kNanosPerSecond;
    int64_t secs = static_cast<int64_t>(abs / kNanosPerSecond);
    int64_t frac = static_cast<int64_t>(abs % kNanosPerSecond);
    const char* sign = negative ? "-" : "";
    if (hours) out += fmt::format("{}{}H", sign, hours);
    if (minutes) out += fmt::format("{}{}M", sign, minutes);
    if (secs || frac) {
      std::string f;
      if (frac) {
        f = fmt::format("{:09}", frac);
        while (!f.empty() && f.back() == '0') f.pop_back();
        f = "." + f;
      }
      out += fmt::format("{}{}{}S", sign, secs, f);
    }
  }
  return out;
}

}  // namespace cg::query
