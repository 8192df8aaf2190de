#include "query/temporal.h"

#include <cmath>
#include <ctime>
#include <optional>
#include <regex>

#include <fmt/format.h>

#include "query/error.h"
#include "query/temporal_calendar.h"
#include "query/timezone.h"

namespace cg::query::temporal {

// --- calendar helpers -------------------------------------------------------

int64_t EpochDays(int64_t y, int64_t m, int64_t d) {
  return Date{static_cast<int32_t>(y), static_cast<uint8_t>(m), static_cast<uint8_t>(d)}.ToEpochDays();
}
int DayOfWeek(int64_t days) { return static_cast<int>(FloorMod(days + 3, 7)) + 1; }

namespace {
int64_t WeekOneMonday(int64_t year) {
  int64_t jan4 = EpochDays(year, 1, 4);
  return jan4 - (DayOfWeek(jan4) - 1);
}
}  // namespace

std::pair<int64_t, int64_t> WeekOf(int64_t days) {
  int64_t y = Date::FromEpochDays(days).year;
  for (int64_t wy : {y + 1, y, y - 1}) {
    int64_t monday = WeekOneMonday(wy);
    if (days >= monday) return {wy, (days - monday) / 7 + 1};
  }
  return {y, 1};
}

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

namespace {

void CheckRange(int64_t v, int64_t lo, int64_t hi, const char* what) {
  if (v < lo || v > hi) Invalid(fmt::format("{} {} is out of range {}..{}", what, v, lo, hi));
}

int64_t MakeDate(int64_t y, int64_t m, int64_t d) {
  CheckRange(m, 1, 12, "month");
  CheckRange(d, 1, Date::DaysInMonth(static_cast<int32_t>(y), static_cast<int>(m)), "day");
  return EpochDays(y, m, d);
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
  if (Get(m, "epochSeconds", &epoch) || Get(m, "epochMillis", &epoch)) {
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
      // Same instant, seen from the new zone; a zone's offset is the one of
      // the (possibly changed) local date-time.
      int32_t from = base.offset;
      if (!base.zone.empty() && p.has_date) {
        from = timezone::OffsetForLocal(base.zone, p.days * 86400 + p.nanos / kNanosPerSecond);
      }
      int64_t utc = p.days * kNanosPerDay + p.nanos - static_cast<int64_t>(from) * kNanosPerSecond;
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
  if (kind == "date" && arg.is_date()) return arg;  // a partial date keeps its precision
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

Value FromEpoch(const Value& seconds, const Value& nanos) {
  if (seconds.is_null() || nanos.is_null()) return Value();
  if (!seconds.is_int() || !nanos.is_int()) {
    throw RuntimeError("TypeError", "InvalidArgumentType",
                       fmt::format("datetime.fromepoch() takes two integers, not {} and {}", seconds.TypeName(),
                                   nanos.TypeName()));
  }
  const __int128 total = static_cast<__int128>(seconds.as_int()) * kNanosPerSecond + nanos.as_int();
  const auto day = static_cast<int64_t>(total / kNanosPerDay);
  const auto rest = static_cast<int64_t>(total % kNanosPerDay);
  Temporal t;
  t.kind = Temporal::Kind::kDateTime;
  t.days = rest < 0 ? day - 1 : day;
  t.nanos = rest < 0 ? rest + kNanosPerDay : rest;
  return Value(std::move(t));
}

Value FromEpochMillis(const Value& millis) {
  if (millis.is_null()) return Value();
  if (!millis.is_int()) {
    throw RuntimeError("TypeError", "InvalidArgumentType",
                       fmt::format("datetime.fromepochmillis() takes an integer, not {}", millis.TypeName()));
  }
  return FromEpoch(Value(FloorDiv(millis.as_int(), 1000)), Value(FloorMod(millis.as_int(), 1000) * 1'000'000));
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


}  // namespace cg::query::temporal
