#include "query/temporal.h"

#include <cmath>
#include <ctime>
#include <optional>
#include <regex>

#include <fmt/format.h>

#include "query/error.h"
#include "query/timezone.h"

namespace cg::query {

namespace {

constexpr int64_t kNanosPerSecond = 1'000'000'000LL;
constexpr int64_t kNanosPerDay = 86'400LL * kNanosPerSecond;

[[noreturn]] void Invalid(const std::string& what) {
  throw RuntimeError("ArgumentError", "InvalidArgumentValue", what);
}

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t FloorMod(int64_t a, int64_t b) { return a - FloorDiv(a, b) * b; }

std::string OffsetString(int32_t offset) {
  if (offset == 0) return "Z";
  int32_t a = std::abs(offset);
  std::string out = fmt::format("{}{:02}:{:02}", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
  if (a % 60) out += fmt::format(":{:02}", a % 60);
  return out;
}

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

namespace temporal {
namespace {

// --- calendar helpers -------------------------------------------------------

int64_t EpochDays(int64_t y, int64_t m, int64_t d) {
  return Date{static_cast<int32_t>(y), static_cast<uint8_t>(m), static_cast<uint8_t>(d)}.ToEpochDays();
}
int DayOfWeek(int64_t days) { return static_cast<int>(FloorMod(days + 3, 7)) + 1; }  // Monday 1 .. Sunday 7
int64_t WeekOneMonday(int64_t year) {
  int64_t jan4 = EpochDays(year, 1, 4);
  return jan4 - (DayOfWeek(jan4) - 1);
}
// ISO week-based year and week of a day.
std::pair<int64_t, int64_t> WeekOf(int64_t days) {
  int64_t y = Date::FromEpochDays(days).year;
  for (int64_t wy : {y + 1, y, y - 1}) {
    int64_t monday = WeekOneMonday(wy);
    if (days >= monday) return {wy, (days - monday) / 7 + 1};
  }
  return {y, 1};
}

void CheckRange(int64_t v, int64_t lo, int64_t hi, const char* what) {
  if (v < lo || v > hi) Invalid(fmt::format("{} {} is out of range {}..{}", what, v, lo, hi));
}

int64_t MakeDate(int64_t y, int64_t m, int64_t d) {
  CheckRange(m, 1, 12, "month");
  CheckRange(d, 1, Date::DaysInMonth(static_cast<int32_t>(y), static_cast<int>(m)), "day");
  return EpochDays(y, m, d);
}

// --- the parts of a temporal being built ------------------------------------

struct Parts {
  bool has_date = false, has_time = false, has_offset = false;
  int64_t days = 0, nanos = 0;
  int32_t offset = 0;
  std::string zone;
  bool offset_fixed = false;  // offset already right for `zone`
};

Parts PartsOf(const Value& v) {
  Parts p;
  if (v.is_date()) {
    p.has_date = true;
    p.days = v.as_date().ToEpochDays();
  } else if (v.is_temporal()) {
    const Temporal& t = v.as_temporal();
    p.has_date = t.has_date();
    p.days = t.days;
    p.has_time = true;
    p.nanos = t.nanos;
    p.has_offset = t.has_offset();
    p.offset = t.offset;
    p.zone = t.zone;
    p.offset_fixed = true;
  } else {
    Invalid(std::string("expected a temporal value, got ") + v.TypeName());
  }
  return p;
}

// Parses "+01:00", "-0130", "+01", "Z", or a zone name.
bool ParseOffset(std::string_view s, int32_t* offset, std::string* zone) {
  if (s == "Z" || s == "z") {
    *offset = 0;
    return true;
  }
  if (timezone::Exists(std::string(s))) {
    *offset = 0;  // resolved against the local date-time when built
    *zone = std::string(s);
    return true;
  }
  static const std::regex re(R"(([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)");
  std::cmatch m;
  if (!std::regex_match(s.begin(), s.end(), m, re)) return false;
  int32_t v = std::stoi(m[2]) * 3600 + (m[3].matched ? std::stoi(m[3]) * 60 : 0) + (m[4].matched ? std::stoi(m[4]) : 0);
  *offset = m[1] == "-" ? -v : v;
  return true;
}

int64_t FractionNanos(const std::string& digits) {
  std::string d = digits.substr(0, 9);
  while (d.size() < 9) d += '0';
  return std::stoll(d);
}

// Parses a date string in any ISO 8601 form Cypher accepts.
bool ParseDate(const std::string& s, int64_t* days) {
  static const std::regex calendar(R"(([+-]\d{4,9}|\d{4})(?:-(\d{2})(?:-(\d{2}))?|(\d{2})(\d{2})?)?)");
  static const std::regex week(R"(([+-]\d{4,9}|\d{4})-?W(\d{2})(?:-?(\d))?)");
  static const std::regex ordinal(R"(([+-]\d{4,9}|\d{4})-?(\d{3}))");
  std::smatch m;
  if (std::regex_match(s, m, week)) {
    int64_t y = std::stoll(m[1]), w = std::stoll(m[2]), d = m[3].matched ? std::stoll(m[3]) : 1;
    CheckRange(w, 1, 53, "week");
    CheckRange(d, 1, 7, "dayOfWeek");
    *days = WeekOneMonday(y) + (w - 1) * 7 + (d - 1);
    return true;
  }
  if (std::regex_match(s, m, ordinal)) {
    int64_t y = std::stoll(m[1]), d = std::stoll(m[2]);
    CheckRange(d, 1, 366, "ordinalDay");
    *days = EpochDays(y, 1, 1) + d - 1;
    return true;
  }
  if (std::regex_match(s, m, calendar)) {
    int64_t y = std::stoll(m[1]);
    int64_t mo = m[2].matched ? std::stoll(m[2]) : m[4].matched ? std::stoll(m[4]) : 1;
    int64_t d = m[3].matched ? std::stoll(m[3]) : m[5].matched ? std::stoll(m[5]) : 1;
    *days = MakeDate(y, mo, d);
    return true;
  }
  return false;
}

// Parses a time (with an optional offset / zone) string.
bool ParseTime(const std::string& s, Parts* p) {
  static const std::regex re(
      R"((\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2})?(?::?\d{2})?)?(?:\[([^\]]+)\])?)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return false;
  int64_t h = std::stoll(m[1]), mi = m[2].matched ? std::stoll(m[2]) : 0, sec = m[3].matched ? std::stoll(m[3]) : 0;
  CheckRange(h, 0, 23, "hour");
  CheckRange(mi, 0, 59, "minute");
  CheckRange(sec, 0, 59, "second");
  p->has_time = true;
  p->nanos = ((h * 60 + mi) * 60 + sec) * kNanosPerSecond + (m[4].matched ? FractionNanos(m[4]) : 0);
  if (m[5].matched) {
    p->has_offset = true;
    ParseOffset(m[5].str(), &p->offset, &p->zone);
  }
  if (m[6].matched) {
    int32_t off = 0;
    std::string zone;
    if (!ParseOffset(m[6].str(), &off, &zone)) Invalid("unknown time zone '" + m[6].str() + "'");
    p->has_offset = true;
    p->zone = m[6].str();
    p->offset_fixed = m[5].matched;
  }
  return true;
}

Parts ParseString(std::string_view kind, const std::string& s) {
  Parts p;
  bool ok = false;
  if (kind == "date") {
    ok = ParseDate(s, &p.days);
    p.has_date = ok;
  } else if (kind == "localtime" || kind == "time") {
    ok = ParseTime(s, &p);
  } else {
    size_t t = s.find('T');
    p.has_date = ParseDate(s.substr(0, t), &p.days);
    ok = p.has_date && (t == std::string::npos || ParseTime(s.substr(t + 1), &p));
  }
  if (!ok) Invalid(fmt::format("cannot parse '{}' as a {}", s, kind));
  return p;
}

bool Get(const Map& m, const char* key, int64_t* out) {
  auto it = m.find(key);
  if (it == m.end() || it->second.is_null()) return false;
  if (!it->second.is_int()) Invalid(fmt::format("{} must be an integer", key));
  *out = it->second.as_int();
  return true;
}

// Builds the parts from a map of fields, projecting from `date`, `time` or
// `datetime` entries first.
Parts FromMap(std::string_view kind, const Map& m) {
  Parts base;
  bool has_base_date = false, has_base_time = false;
  for (const char* key : {"datetime", "date", "time"}) {
    auto it = m.find(key);
    if (it == m.end() || it->second.is_null()) continue;
    Parts o = PartsOf(it->second);
    if (std::string_view(key) != "time" && o.has_date) {
      base.days = o.days;
      has_base_date = true;
    }
    if (std::string_view(key) != "date" && o.has_time) {
      base.nanos = o.nanos;
      has_base_time = true;
      if (o.has_offset) {
        base.has_offset = true;
        base.offset = o.offset;
        base.zone = o.zone;
      }
    }
  }
  Parts p = base;
  // Date fields.
  int64_t year = 0, month = 0, day = 0, week = 0, dow = 0, quarter = 0, doq = 0, ordinal = 0;
  bool y = Get(m, "year", &year);
  bool mo = Get(m, "month", &month), d = Get(m, "day", &day);
  bool w = Get(m, "week", &week), dw = Get(m, "dayOfWeek", &dow);
  bool q = Get(m, "quarter", &quarter), dq = Get(m, "dayOfQuarter", &doq);
  bool od = Get(m, "ordinalDay", &ordinal);
  Date bd = Date::FromEpochDays(base.days);
  if (w) {
    if (!y) year = WeekOf(base.days).first;
    if (!dw) dow = has_base_date ? DayOfWeek(base.days) : 1;
    CheckRange(week, 1, 53, "week");
    CheckRange(dow, 1, 7, "dayOfWeek");
    p.days = WeekOneMonday(year) + (week - 1) * 7 + (dow - 1);
  } else if (dw && has_base_date && !y && !mo && !d) {
    CheckRange(dow, 1, 7, "dayOfWeek");
    p.days = base.days - (DayOfWeek(base.days) - 1) + (dow - 1);
  } else if (od) {
    if (!y) year = bd.year;
    CheckRange(ordinal, 1, 366, "ordinalDay");
    p.days = EpochDays(year, 1, 1) + ordinal - 1;
  } else if (q) {
    if (!y) year = bd.year;
    CheckRange(quarter, 1, 4, "quarter");
    if (!dq) doq = has_base_date ? base.days - EpochDays(bd.year, (bd.month - 1) / 3 * 3 + 1, 1) + 1 : 1;
    CheckRange(doq, 1, 92, "dayOfQuarter");
    p.days = EpochDays(year, (quarter - 1) * 3 + 1, 1) + doq - 1;
  } else if (y || mo || d || has_base_date) {
    if (!y) year = has_base_date ? bd.year : 1970;
    if (!mo) month = has_base_date ? bd.month : 1;
    if (!d) day = has_base_date ? bd.day : 1;
    p.days = MakeDate(year, month, day);
  }
  p.has_date = y || has_base_date || w || od || q;
  // Time fields.
  int64_t hour = 0, minute = 0, second = 0, ms = 0, us = 0, ns = 0;
  bool h = Get(m, "hour", &hour), mi = Get(m, "minute", &minute), s = Get(m, "second", &second);
  bool fms = Get(m, "millisecond", &ms), fus = Get(m, "microsecond", &us), fns = Get(m, "nanosecond", &ns);
  int64_t bs = base.nanos / kNanosPerSecond;
  if (!h) hour = has_base_time ? bs / 3600 : 0;
  if (!mi) minute = has_base_time ? bs / 60 % 60 : 0;
  if (!s) second = has_base_time ? bs % 60 : 0;
  CheckRange(hour, 0, 23, "hour");
  CheckRange(minute, 0, 59, "minute");
  CheckRange(second, 0, 59, "second");
  int64_t frac = base.nanos % kNanosPerSecond;
  if (fms || fus || fns) {
    CheckRange(ms, 0, 999, "millisecond");
    CheckRange(us, 0, fms ? 999 : 999'999, "microsecond");
    CheckRange(ns, 0, (fms || fus) ? 999 : 999'999'999, "nanosecond");
    // Sub-second fields replace their own digits; the base keeps the others
    // (a field wider than its digits replaces the finer ones too).
    int64_t base_frac = has_base_time ? frac : 0;
    int64_t ms_part = fms ? ms : base_frac / 1'000'000;
    int64_t us_part = fus ? us : (fms ? 0 : base_frac / 1'000 % 1'000);
    int64_t ns_part = fns ? ns : ((fms && !fus) || fus ? 0 : base_frac % 1'000);
    if (fus && us > 999) ms_part = 0;
    if (fns && ns > 999) ms_part = us_part = 0;
    frac = ms_part * 1'000'000 + us_part * 1'000 + ns_part;
  } else if (!has_base_time) {
    frac = 0;
  }
  p.nanos = ((hour * 60 + minute) * 60 + second) * kNanosPerSecond + frac;
  p.has_time = h || has_base_time;
  // Epoch fields (datetime).
  int64_t epoch = 0;
  if (Get(m, "epochSeconds", &epoch) || (Get(m, "epochMillis", &epoch) && ((epoch = epoch), true))) {
    bool millis = !m.count("epochSeconds");
    __int128 total = static_cast<__int128>(epoch) * (millis ? 1'000'000 : kNanosPerSecond) + (fns ? ns : 0) +
                     (fms ? ms * 1'000'000 : 0) + (fus ? us * 1000 : 0);
    p.days = static_cast<int64_t>(total / kNanosPerDay);
    p.nanos = static_cast<int64_t>(total % kNanosPerDay);
    if (p.nanos < 0) {
      p.nanos += kNanosPerDay;
      --p.days;
    }
    p.has_date = p.has_time = true;
    p.has_offset = true;
    p.offset = 0;
  }
  // Time zone: a new zone converts a value that already had one.
  auto tz = m.find("timezone");
  if (tz != m.end() && !tz->second.is_null()) {
    if (!tz->second.is_string()) Invalid("timezone must be a string");
    int32_t off = 0;
    std::string zone;
    if (!ParseOffset(tz->second.as_string(), &off, &zone)) {
      Invalid("unknown time zone '" + tz->second.as_string() + "'");
    }
    p.offset_fixed = false;
    if (base.has_offset && (kind == "time" || kind == "datetime")) {
      // Same instant, seen from the new zone.
      int64_t utc = p.days * kNanosPerDay + p.nanos - static_cast<int64_t>(base.offset) * kNanosPerSecond;
      if (!zone.empty()) off = timezone::OffsetAtUtc(zone, FloorDiv(utc, kNanosPerSecond));
      int64_t total = utc + static_cast<int64_t>(off) * kNanosPerSecond;
      p.days = FloorDiv(total, kNanosPerDay);
      p.nanos = FloorMod(total, kNanosPerDay);
      p.offset_fixed = true;
    }
    p.has_offset = true;
    p.offset = off;
    p.zone = zone;
  }
  return p;
}

Value Build(std::string_view kind, Parts p) {
  if (!p.zone.empty() && !p.offset_fixed) {
    p.offset = timezone::OffsetForLocal(p.zone, p.days * 86400 + p.nanos / kNanosPerSecond);
  }
  if (kind == "date") return Value(Date::FromEpochDays(p.days));
  Temporal t;
  t.nanos = p.nanos;
  if (kind == "localtime") {
    t.kind = Temporal::Kind::kLocalTime;
  } else if (kind == "time") {
    t.kind = Temporal::Kind::kTime;
    t.offset = p.has_offset ? p.offset : 0;  // a time keeps the offset, not the zone
  } else if (kind == "localdatetime") {
    t.kind = Temporal::Kind::kLocalDateTime;
    t.days = p.days;
  } else {
    t.kind = Temporal::Kind::kDateTime;
    t.days = p.days;
    t.offset = p.has_offset ? p.offset : 0;
    t.zone = p.has_offset ? p.zone : "";
  }
  return Value(std::move(t));
}

thread_local std::optional<std::timespec> statement_time;

Parts CurrentParts(bool realtime) {
  std::timespec ts;
  if (statement_time && !realtime) ts = *statement_time;
  else std::timespec_get(&ts, TIME_UTC);
  Parts p;
  p.has_date = p.has_time = p.has_offset = true;
  p.days = FloorDiv(ts.tv_sec, 86400);
  p.nanos = FloorMod(ts.tv_sec, 86400) * kNanosPerSecond + ts.tv_nsec;
  return p;
}

}  // namespace

Value Now(std::string_view kind, bool realtime) { return Build(kind, CurrentParts(realtime)); }

StatementClock::StatementClock() {
  std::timespec ts;
  std::timespec_get(&ts, TIME_UTC);
  statement_time = ts;
}

StatementClock::StatementClock(const std::timespec& at) { statement_time = at; }

std::timespec StatementClock::Instant() {
  std::timespec ts;
  if (statement_time) return *statement_time;
  std::timespec_get(&ts, TIME_UTC);
  return ts;
}

StatementClock::~StatementClock() { statement_time.reset(); }

Value Construct(std::string_view kind, const Value& arg) {
  if (arg.is_string()) return Build(kind, ParseString(kind, arg.as_string()));
  if (arg.is_map()) return Build(kind, FromMap(kind, arg.as_map()));
  if (arg.is_date() || arg.is_temporal()) {
    Parts p = PartsOf(arg);
    if ((kind == "date" || kind == "localdatetime" || kind == "datetime") && !p.has_date) {
      Invalid(fmt::format("cannot make a {} from a {}", kind, arg.TypeName()));
    }
    return Build(kind, p);
  }
  throw RuntimeError("TypeError", "InvalidArgumentType", fmt::format("{}() cannot take a {}", kind, arg.TypeName()));
}

Value Truncate(std::string_view kind, const Value& unit_value, const Value& value, const Value& fields) {
  if (value.is_null()) return Value();
  if (!unit_value.is_string()) Invalid("truncate() needs a unit string");
  const std::string& unit = unit_value.as_string();
  Parts p = PartsOf(value);
  Date d = Date::FromEpochDays(p.days);
  auto year_floor = [&](int64_t n) { return FloorDiv(d.year, n) * n; };
  bool date_unit = true;
  if (unit == "millennium") p.days = EpochDays(year_floor(1000), 1, 1);
  else if (unit == "century") p.days = EpochDays(year_floor(100), 1, 1);
  else if (unit == "decade") p.days = EpochDays(year_floor(10), 1, 1);
  else if (unit == "year") p.days = EpochDays(d.year, 1, 1);
  else if (unit == "weekYear") p.days = WeekOneMonday(WeekOf(p.days).first);
  else if (unit == "quarter") p.days = EpochDays(d.year, (d.month - 1) / 3 * 3 + 1, 1);
  else if (unit == "month") p.days = EpochDays(d.year, d.month, 1);
  else if (unit == "week") p.days -= DayOfWeek(p.days) - 1;
  else if (unit == "day") {
  } else {
    date_unit = false;
    int64_t size = unit == "hour"          ? 3600 * kNanosPerSecond
                   : unit == "minute"      ? 60 * kNanosPerSecond
                   : unit == "second"      ? kNanosPerSecond
                   : unit == "millisecond" ? 1'000'000
                   : unit == "microsecond" ? 1'000
                                           : 0;
    if (size == 0) Invalid("unknown truncation unit '" + unit + "'");
    p.nanos -= p.nanos % size;
  }
  if (date_unit) p.nanos = 0;
  Map m;
  if (fields.is_map()) m = fields.as_map();
  // Re-apply the truncated value as the base of the remaining fields.
  Parts truncated = p;
  // A new time zone in `fields` applies to the truncated local time as is.
  bool rezone = m.count("timezone") > 0;
  Value base = Build(kind == "date" || (rezone && kind == "datetime") ? "localdatetime"
                     : rezone && kind == "time"                      ? "localtime"
                                                                     : kind,
                     truncated);
  if (kind == "date") base = Value(Date::FromEpochDays(truncated.days));
  if (kind != "date" && kind != "localtime" && kind != "time") m.emplace("datetime", base);
  else if (kind == "date") m.emplace("date", base);
  else m.emplace("time", base);
  return Build(kind, FromMap(kind, m));
}

namespace {

// A number field of a duration map, split into whole and fractional parts.
double Num(const Map& m, const char* key) {
  auto it = m.find(key);
  if (it == m.end() || it->second.is_null()) return 0;
  if (!it->second.is_number()) Invalid(fmt::format("duration field {} must be a number", key));
  return it->second.as_number();
}

Duration Normalize(long double months, long double days, long double nanos) {
  // Fractions cascade down: a month is 30.436875 days, a day 86400 s.
  long double whole_months = std::trunc(months);
  days += (months - whole_months) * 30.436875L;
  long double whole_days = std::trunc(days);
  nanos += (days - whole_days) * kNanosPerDay;
  nanos = std::round(nanos);
  Duration d;
  d.months = static_cast<int64_t>(whole_months);
  d.days = static_cast<int64_t>(whole_days);
  d.seconds = static_cast<int64_t>(std::floor(nanos / kNanosPerSecond));
  d.nanos = static_cast<int64_t>(nanos - static_cast<long double>(d.seconds) * kNanosPerSecond);
  return d;
}

Duration FromParts(int64_t months, int64_t days, __int128 nanos) {
  Duration d;
  d.months = months;
  d.days = days;
  d.seconds = static_cast<int64_t>(nanos / kNanosPerSecond);
  d.nanos = static_cast<int64_t>(nanos % kNanosPerSecond);
  if (d.nanos < 0) {
    d.nanos += kNanosPerSecond;
    --d.seconds;
  }
  return d;
}

Duration ParseDuration(const std::string& s) {
  // The alternative form: P<date>T<time>, e.g. P2012-02-02T14:37:21.545.
  static const std::regex alt(R"(P(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))");
  std::smatch a;
  if (std::regex_match(s, a, alt)) {
    return Normalize(std::stold(a[1]) * 12 + std::stold(a[2]), std::stold(a[3]),
                     (std::stold(a[4]) * 3600 + std::stold(a[5]) * 60 + std::stold(a[6])) * kNanosPerSecond);
  }
  static const std::regex re(
      R"(([-+])?P(?:([-+]?[\d.]+)Y)?(?:([-+]?[\d.]+)M)?(?:([-+]?[\d.]+)W)?(?:([-+]?[\d.]+)D)?(?:T(?:([-+]?[\d.]+)H)?(?:([-+]?[\d.]+)M)?(?:([-+]?[\d.,]+)S)?)?)");
  std::smatch m;
  if (!std::regex_match(s, m, re) || s == "P" || s.back() == 'T') Invalid("cannot parse '" + s + "' as a duration");
  auto n = [&](int i) {
    if (!m[i].matched) return 0.0L;
    std::string t = m[i].str();
    std::replace(t.begin(), t.end(), ',', '.');
    return std::stold(t);
  };
  long double sign = m[1] == "-" ? -1 : 1;
  return Normalize(sign * (n(2) * 12 + n(3)), sign * (n(4) * 7 + n(5)),
                   sign * ((n(6) * 3600 + n(7) * 60 + n(8)) * kNanosPerSecond));
}

}  // namespace

Value MakeDuration(const Value& arg) {
  if (arg.is_null()) return Value();
  if (arg.is_string()) return Value(ParseDuration(arg.as_string()));
  if (!arg.is_map()) throw RuntimeError("TypeError", "InvalidArgumentType", "duration() takes a map or a string");
  const Map& m = arg.as_map();
  long double months = Num(m, "years") * 12.0L + Num(m, "quarters") * 3.0L + Num(m, "months");
  long double days = Num(m, "weeks") * 7.0L + Num(m, "days");
  long double nanos = (Num(m, "hours") * 3600.0L + Num(m, "minutes") * 60.0L + Num(m, "seconds")) * kNanosPerSecond +
                      Num(m, "milliseconds") * 1e6L + Num(m, "microseconds") * 1e3L + Num(m, "nanoseconds");
  return Value(Normalize(months, days, nanos));
}

namespace {

// Adds months to a day count, clamping the day of month.
int64_t AddMonths(int64_t days, int64_t months) {
  Date d = Date::FromEpochDays(days);
  int64_t total = d.year * 12LL + (d.month - 1) + months;
  int64_t y = FloorDiv(total, 12), m = FloorMod(total, 12) + 1;
  int64_t day = std::min<int64_t>(d.day, Date::DaysInMonth(static_cast<int32_t>(y), static_cast<int>(m)));
  return EpochDays(y, m, day);
}

__int128 DurationNanos(const Duration& d) { return static_cast<__int128>(d.seconds) * kNanosPerSecond + d.nanos; }

}  // namespace

Value Between(std::string_view how, const Value& from, const Value& to) {
  if (from.is_null() || to.is_null()) return Value();
  Parts a = PartsOf(from), b = PartsOf(to);
  // A value without a date is on the other's date; one without a zone is in
  // the other's zone; then both are compared at a's offset.
  if (!a.has_date) a.days = b.days;
  if (!b.has_date) b.days = a.days;
  auto adopt_zone = [](Parts* x, const Parts& y) {
    if (x->has_offset || !y.has_offset) return;
    x->has_offset = true;
    x->offset = y.zone.empty() ? y.offset : timezone::OffsetForLocal(y.zone, x->days * 86400 + x->nanos / kNanosPerSecond);
  };
  adopt_zone(&a, b);
  adopt_zone(&b, a);
  if (a.has_offset && b.has_offset) {
    b.nanos += static_cast<int64_t>(a.offset - b.offset) * kNanosPerSecond;
    b.days += FloorDiv(b.nanos, kNanosPerDay);
    b.nanos = FloorMod(b.nanos, kNanosPerDay);
  }
  int64_t months = 0, days = 0;
  __int128 nanos = static_cast<__int128>(b.nanos) - a.nanos;  // a date alone is at midnight
  {
    __int128 total = (static_cast<__int128>(b.days) - a.days) * kNanosPerDay + nanos;
    if (how == "inSeconds") return Value(FromParts(0, 0, total));
    // Whole months from a towards b that do not overshoot, then days, then time.
    Date da = Date::FromEpochDays(a.days), db = Date::FromEpochDays(b.days);
    months = (db.year - da.year) * 12LL + (db.month - da.month);
    auto instant = [&](int64_t m) {
      return static_cast<__int128>(AddMonths(a.days, m)) * kNanosPerDay + a.nanos;
    };
    __int128 end = static_cast<__int128>(b.days) * kNanosPerDay + b.nanos;
    if (total >= 0) {
      while (months > 0 && instant(months) > end) --months;
    } else {
      while (months < 0 && instant(months) < end) ++months;
    }
    __int128 rest = end - instant(months);
    days = static_cast<int64_t>(rest / kNanosPerDay);
    nanos = rest % kNanosPerDay;
    if (how == "inMonths") return Value(FromParts(months, 0, 0));
    if (how == "inDays") {
      return Value(FromParts(0, static_cast<int64_t>(total / kNanosPerDay), 0));
    }
    return Value(FromParts(months, days, nanos));
  }
}

Value Component(const Value& v, std::string_view key) {
  if (v.is_duration()) {
    const Duration& d = v.as_duration();
    __int128 ns = DurationNanos(d);
    auto i = [](__int128 x) { return Value(static_cast<int64_t>(x)); };
    if (key == "years") return Value(d.months / 12);
    if (key == "quarters") return Value(d.months / 3);
    if (key == "months") return Value(d.months);
    if (key == "weeks") return Value(d.days / 7);
    if (key == "days") return Value(d.days);
    if (key == "hours") return i(ns / (3600 * static_cast<__int128>(kNanosPerSecond)));
    if (key == "minutes") return i(ns / (60 * kNanosPerSecond));
    if (key == "seconds") return Value(d.seconds);
    if (key == "milliseconds") return i(ns / 1'000'000);
    if (key == "microseconds") return i(ns / 1'000);
    if (key == "nanoseconds") return i(ns);
    if (key == "quartersOfYear") return Value(d.months / 3 % 4);
    if (key == "monthsOfQuarter") return Value(d.months % 3);
    if (key == "monthsOfYear") return Value(d.months % 12);
    if (key == "daysOfWeek") return Value(d.days % 7);
    if (key == "minutesOfHour") return i(ns / (60 * kNanosPerSecond) % 60);
    if (key == "secondsOfMinute") return Value(d.seconds % 60);
    if (key == "millisecondsOfSecond") return Value(d.nanos / 1'000'000);
    if (key == "microsecondsOfSecond") return Value(d.nanos / 1'000);
    if (key == "nanosecondsOfSecond") return Value(d.nanos);
    return Value();
  }
  Parts p = PartsOf(v);
  if (p.has_date) {
    Date d = Date::FromEpochDays(p.days);
    if (key == "year") return Value(int64_t{d.year});
    if (key == "quarter") return Value(int64_t{(d.month + 2) / 3});
    if (key == "month") return Value(int64_t{d.month});
    if (key == "week") return Value(WeekOf(p.days).second);
    if (key == "weekYear") return Value(WeekOf(p.days).first);
    if (key == "day") return Value(int64_t{d.day});
    if (key == "ordinalDay") return Value(p.days - EpochDays(d.year, 1, 1) + 1);
    if (key == "dayOfWeek" || key == "weekDay") return Value(int64_t{DayOfWeek(p.days)});
    if (key == "dayOfQuarter") return Value(p.days - EpochDays(d.year, (d.month - 1) / 3 * 3 + 1, 1) + 1);
  }
  if (p.has_time) {
    int64_t s = p.nanos / kNanosPerSecond;
    if (key == "hour") return Value(s / 3600);
    if (key == "minute") return Value(s / 60 % 60);
    if (key == "second") return Value(s % 60);
    if (key == "millisecond") return Value(p.nanos % kNanosPerSecond / 1'000'000);
    if (key == "microsecond") return Value(p.nanos % kNanosPerSecond / 1'000);
    if (key == "nanosecond") return Value(p.nanos % kNanosPerSecond);
  }
  if (p.has_offset) {
    if (key == "timezone") return Value(p.zone.empty() ? OffsetString(p.offset) : p.zone);
    if (key == "offset") return Value(OffsetString(p.offset));
    if (key == "offsetMinutes") return Value(int64_t{p.offset / 60});
    if (key == "offsetSeconds") return Value(int64_t{p.offset});
  }
  if (p.has_date && p.has_time && p.has_offset) {
    __int128 utc = static_cast<__int128>(p.days) * kNanosPerDay + p.nanos - p.offset * kNanosPerSecond;
    if (key == "epochSeconds") return Value(static_cast<int64_t>(utc / kNanosPerSecond));
    if (key == "epochMillis") return Value(static_cast<int64_t>(utc / 1'000'000));
  }
  return Value();
}

Value Add(const Value& a, const Value& b, bool subtract) {
  if (a.is_duration() && b.is_duration()) {
    const Duration& x = a.as_duration();
    const Duration& y = b.as_duration();
    int64_t s = subtract ? -1 : 1;
    return Value(FromParts(x.months + s * y.months, x.days + s * y.days, DurationNanos(x) + s * DurationNanos(y)));
  }
  if (a.is_duration() && !subtract && (b.is_date() || b.is_temporal())) return Add(b, a, false);
  if (!b.is_duration() || !(a.is_date() || a.is_temporal())) return Value();
  Duration d = b.as_duration();
  if (subtract) d = FromParts(-d.months, -d.days, -DurationNanos(d));
  Parts p = PartsOf(a);
  if (p.has_date) p.days = AddMonths(p.days, d.months) + d.days;
  __int128 nanos = static_cast<__int128>(p.nanos) + DurationNanos(d);
  __int128 day_carry = nanos / kNanosPerDay;
  nanos %= kNanosPerDay;
  if (nanos < 0) {
    nanos += kNanosPerDay;
    --day_carry;
  }
  if (a.is_date()) {
    return Value(Date::FromEpochDays(p.days + static_cast<int64_t>(day_carry)));
  }
  Temporal t = a.as_temporal();
  t.nanos = static_cast<int64_t>(nanos);
  if (t.has_date()) t.days = p.days + static_cast<int64_t>(day_carry);
  if (!t.zone.empty()) t.offset = timezone::OffsetForLocal(t.zone, t.days * 86400 + t.nanos / kNanosPerSecond);
  return Value(std::move(t));
}

Value Scale(const Value& duration, double factor) {
  const Duration& d = duration.as_duration();
  return Value(Normalize(static_cast<long double>(d.months) * factor, static_cast<long double>(d.days) * factor,
                         static_cast<long double>(DurationNanos(d)) * factor));
}

}  // namespace temporal
}  // namespace cg::query
