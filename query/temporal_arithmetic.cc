// Durations (duration(), between), components (`d.year`, `dur.days`) and
// arithmetic of temporals with durations.
#include <cmath>
#include <regex>

#include <fmt/format.h>

#include "query/temporal.h"
#include "query/temporal_calendar.h"
#include "query/timezone.h"

namespace cg::query::temporal {

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
  if (v.is_date() && !v.as_date().is_full()) {
    const Date& d = v.as_date();
    if (key == "year") return Value(int64_t{d.year});
    if (key == "quarter" && d.month) return Value(int64_t{(d.month + 2) / 3});
    if (key == "month" && d.month) return Value(int64_t{d.month});
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


}  // namespace cg::query::temporal
