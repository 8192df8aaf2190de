#include "schema/temporal.h"

#include <cstdlib>

#include <fmt/format.h>

namespace cg {
namespace {

constexpr int64_t kNanosPerSecond = 1'000'000'000LL;
constexpr int64_t kNanosPerDay = 86'400LL * kNanosPerSecond;

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

// A cursor over text being parsed.
struct Reader {
  std::string_view text;

  bool Done() const { return text.empty(); }
  bool Peek(char c) const { return !text.empty() && text.front() == c; }
  bool Take(char c) {
    if (!Peek(c)) return false;
    text.remove_prefix(1);
    return true;
  }
  // Exactly `count` digits.
  bool Digits(size_t count, int64_t* out) {
    if (text.size() < count) return false;
    int64_t v = 0;
    for (size_t i = 0; i < count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + (text[i] - '0');
    }
    text.remove_prefix(count);
    *out = v;
    return true;
  }
  // One to 18 digits, as many as there are; `width` how many were read.
  bool Number(int64_t* out, size_t* width = nullptr) {
    size_t n = 0;
    while (n < text.size() && n < 18 && text[n] >= '0' && text[n] <= '9') ++n;
    if (n == 0) return false;
    if (width) *width = n;
    return Digits(n, out);
  }
  // A fraction's digits (after the '.'), as nanoseconds.
  bool Fraction(int64_t* nanos) {
    size_t width = 0;
    int64_t digits = 0;
    if (!Number(&digits, &width) || width > 9) return false;
    for (; width < 9; ++width) digits *= 10;
    *nanos = digits;
    return true;
  }
};

bool ParseTimeOfDay(Reader* r, int64_t* nanos) {
  int64_t h = 0, m = 0, s = 0, f = 0;
  if (!r->Digits(2, &h) || !r->Take(':') || !r->Digits(2, &m)) return false;
  if (r->Take(':')) {
    if (!r->Digits(2, &s)) return false;
    if ((r->Take('.') || r->Take(',')) && !r->Fraction(&f)) return false;
  }
  if (h > 23 || m > 59 || s > 59) return false;
  *nanos = ((h * 60 + m) * 60 + s) * kNanosPerSecond + f;
  return true;
}

// "Z", "+HH", "+HHMM", "+HH:MM", "+HH:MM:SS".
bool ParseOffset(Reader* r, int32_t* offset) {
  if (r->Take('Z') || r->Take('z')) {
    *offset = 0;
    return true;
  }
  const bool negative = r->Peek('-');
  if (!r->Take('+') && !r->Take('-')) return false;
  int64_t h = 0, m = 0, s = 0;
  if (!r->Digits(2, &h)) return false;
  const bool colon = r->Take(':');
  if (!r->Done() && !r->Peek('[')) {
    if (!r->Digits(2, &m)) return false;
    if (colon && r->Take(':') && !r->Digits(2, &s)) return false;
  }
  if (h > 18 || m > 59 || s > 59) return false;
  const int64_t v = h * 3600 + m * 60 + s;
  *offset = static_cast<int32_t>(negative ? -v : v);
  return true;
}

}  // namespace

namespace temporal_text {

std::string OffsetString(int32_t offset) {
  if (offset == 0) return "Z";
  int32_t a = std::abs(offset);
  std::string out = fmt::format("{}{:02}:{:02}", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
  if (a % 60) out += fmt::format(":{:02}", a % 60);
  return out;
}

std::string DateString(const Date& d) {
  if (!d.is_full()) return d.ToString();
  if (d.year > 9999) return fmt::format("+{}-{:02}-{:02}", d.year, d.month, d.day);
  if (d.year < 0) return fmt::format("-{:04}-{:02}-{:02}", -d.year, d.month, d.day);
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

}  // namespace temporal_text

const char* KindName(Temporal::Kind kind) {
  switch (kind) {
    case Temporal::Kind::kLocalTime: return "LOCAL TIME";
    case Temporal::Kind::kTime: return "TIME";
    case Temporal::Kind::kLocalDateTime: return "LOCAL DATETIME";
    case Temporal::Kind::kDateTime: return "DATETIME";
  }
  return "?";
}

__int128 Temporal::Instant() const {
  return static_cast<__int128>(days) * kNanosPerDay + nanos - static_cast<__int128>(offset) * kNanosPerSecond;
}

std::string Temporal::ToString() const {
  std::string out;
  if (has_date()) out = temporal_text::DateString(Date::FromEpochDays(days)) + "T";
  out += TimeString(nanos);
  if (has_offset()) out += temporal_text::OffsetString(offset);
  if (!zone.empty()) out += "[" + zone + "]";
  return out;
}

std::optional<Temporal> Temporal::Parse(Kind kind, std::string_view text) {
  Temporal t;
  t.kind = kind;
  Reader r{text};
  if (t.has_date()) {
    const size_t split = text.find('T');
    if (split == std::string_view::npos) return std::nullopt;
    const std::optional<Date> date = Date::Parse(text.substr(0, split));
    if (!date || !date->is_full()) return std::nullopt;
    t.days = date->ToEpochDays();
    r.text = text.substr(split + 1);
  }
  if (!ParseTimeOfDay(&r, &t.nanos)) return std::nullopt;
  if (t.has_offset() && !r.Done() && !r.Peek('[')) {
    if (!ParseOffset(&r, &t.offset)) return std::nullopt;
    if (kind == Kind::kDateTime && r.Take('[')) {
      const size_t end = r.text.find(']');
      if (end == 0 || end == std::string_view::npos || end + 1 != r.text.size()) return std::nullopt;
      t.zone = std::string(r.text.substr(0, end));
      r.text = {};
    }
  }
  if (!r.Done()) return std::nullopt;
  return t;
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

std::optional<Duration> Duration::Parse(std::string_view text) {
  Reader r{text};
  if (!r.Take('P')) return std::nullopt;
  int64_t months = 0, days = 0;
  __int128 nanos = 0;
  bool in_time = false, any = false;
  // Each component's unit letter must come later than the previous one's.
  std::string_view date_units = "YMWD", time_units = "HMS";
  while (!r.Done()) {
    if (!in_time && r.Take('T')) {
      in_time = true;
      continue;
    }
    const bool negative = r.Take('-');
    int64_t n = 0, fraction = 0;
    if (!r.Number(&n)) return std::nullopt;
    const bool has_fraction = r.Take('.') || r.Take(',');
    if (has_fraction && !r.Fraction(&fraction)) return std::nullopt;
    if (r.Done()) return std::nullopt;
    const char unit = r.text.front();
    r.text.remove_prefix(1);
    std::string_view& units = in_time ? time_units : date_units;
    const size_t at = units.find(unit);
    if (at == std::string_view::npos || (has_fraction && !(in_time && unit == 'S'))) return std::nullopt;
    units.remove_prefix(at + 1);
    const int64_t sign = negative ? -1 : 1;
    if (!in_time) {
      if (unit == 'Y') months += sign * n * 12;
      if (unit == 'M') months += sign * n;
      if (unit == 'W') days += sign * n * 7;
      if (unit == 'D') days += sign * n;
    } else {
      const int64_t scale = unit == 'H' ? 3600 : unit == 'M' ? 60 : 1;
      nanos += sign * (static_cast<__int128>(n) * scale * kNanosPerSecond + fraction);
    }
    any = true;
  }
  if (!any) return std::nullopt;
  Duration d;
  d.months = months;
  d.days = days;
  const auto whole = static_cast<int64_t>(nanos / kNanosPerSecond);
  const auto rest = static_cast<int64_t>(nanos % kNanosPerSecond);
  d.seconds = rest < 0 ? whole - 1 : whole;
  d.nanos = rest < 0 ? rest + kNanosPerSecond : rest;
  return d;
}

}  // namespace cg
