// Temporal values: construction (from maps, strings and other temporals),
// truncation, components, arithmetic with durations and durations between
// two temporals, for date (cg::Date), localtime, time, localdatetime,
// datetime and duration. Time zones are UTC offsets; a named zone is kept
// as a label only when it is UTC-equivalent ("Z", "UTC").
//
// Errors are runtime QueryErrors (ArgumentError InvalidArgumentValue for
// malformed input).
#pragma once

#include <ctime>
#include <string_view>

#include "query/value.h"

namespace cg::query::temporal {

// The date/time constructors: `kind` is "date", "localtime", "time",
// "localdatetime" or "datetime"; `arg` a string, a map or another temporal.
// date() of a date is that date, a partial one ("2010") included; anything
// else built from a partial date starts on its first day.
Value Construct(std::string_view kind, const Value& arg);
// The current instant (UTC) as a `kind`: the statement's instant while a
// StatementClock is alive on this thread (so `time() = time()` within one
// query), else (and always with `realtime`) the clock's.
Value Now(std::string_view kind, bool realtime = false);

// Fixes "now" for the queries this thread runs while it is alive: at the
// current instant, or at `at` (a query resumed later, such as a cursor
// pulled batch by batch, keeps its instant).
class StatementClock {
 public:
  StatementClock();
  explicit StatementClock(const std::timespec& at);
  // The instant "now" is fixed at (the current one when none is).
  static std::timespec Instant();
  ~StatementClock();
  StatementClock(const StatementClock&) = delete;
  StatementClock& operator=(const StatementClock&) = delete;
};

// datetime.fromepoch(seconds, nanoseconds) and
// datetime.fromepochmillis(milliseconds): the UTC date-time that many
// seconds (milliseconds) after 1970-01-01T00:00Z. Null on a null argument.
Value FromEpoch(const Value& seconds, const Value& nanos);
Value FromEpochMillis(const Value& millis);

// <kind>.truncate(unit, value, fields).
Value Truncate(std::string_view kind, const Value& unit, const Value& value, const Value& fields);

// duration(map | string).
Value MakeDuration(const Value& arg);

// duration.between / inMonths / inDays / inSeconds (`how` is the suffix).
Value Between(std::string_view how, const Value& from, const Value& to);

// A component (`d.year`, `t.hour`, `dur.days`, ...); null when unknown,
// as the month and day of a partial date are.
Value Component(const Value& v, std::string_view key);

// temporal + duration, duration + duration, and `subtract`ed; null when the
// operand types do not combine.
Value Add(const Value& a, const Value& b, bool subtract);

// duration * number, duration / number.
Value Scale(const Value& duration, double factor);

using cg::temporal_text::DateString;

}  // namespace cg::query::temporal
