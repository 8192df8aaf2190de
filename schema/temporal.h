// Duration and Temporal: the openCypher temporal values besides dates (see
// date.h), as a property stores them and a query computes with them
// (query/temporal.h does the arithmetic; this is the value and its text).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "schema/date.h"

namespace cg {

// A duration: months, days and seconds are separate units (a month has no
// fixed number of days, a day no fixed number of seconds). 0 <= nanos < 1e9.
struct Duration {
  int64_t months = 0;
  int64_t days = 0;
  int64_t seconds = 0;
  int64_t nanos = 0;
  friend bool operator==(const Duration&, const Duration&) = default;
  friend auto operator<=>(const Duration&, const Duration&) = default;

  // ISO 8601, "P1Y2M3DT4H5M6.5S"; "PT0S" when zero. A negative time part
  // signs each of its components ("PT-1H-30M").
  std::string ToString() const;
  // Reads what ToString writes (and any ISO 8601 duration with integral
  // Y/M/W/D/H/M components and a fraction on S); nullopt otherwise.
  static std::optional<Duration> Parse(std::string_view text);
};

// A time of day, or a date and time of day; local, or at a UTC offset.
struct Temporal {
  enum class Kind : uint8_t { kLocalTime, kTime, kLocalDateTime, kDateTime };
  Kind kind = Kind::kLocalTime;
  int64_t days = 0;    // the date as days since 1970-01-01 (date-time kinds)
  int64_t nanos = 0;   // the local time of day in nanoseconds, 0 <= nanos < 1 day
  int32_t offset = 0;  // seconds east of UTC (kTime, kDateTime)
  std::string zone;    // the zone name it was given in, if any (kDateTime)
  friend bool operator==(const Temporal&, const Temporal&) = default;
  friend auto operator<=>(const Temporal&, const Temporal&) = default;
  bool has_date() const { return kind == Kind::kLocalDateTime || kind == Kind::kDateTime; }
  bool has_offset() const { return kind == Kind::kTime || kind == Kind::kDateTime; }

  // Nanoseconds since 1970-01-01T00:00Z of the instant (local kinds: as if
  // at UTC): the order of two values of one kind.
  __int128 Instant() const;

  // ISO 8601 as Cypher renders it: "12:31:14.645", "12:31+01:00",
  // "2015-07-21T21:40:32.142", "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]".
  std::string ToString() const;
  // Reads the ISO text of a `kind` value: "HH:MM[:SS[.fraction]]" for the
  // time, "YYYY-MM-DD" before a 'T' for the date, "Z" or "+HH:MM[:SS]"
  // after the time for the offset (when absent, UTC), then an optional
  // "[zone]" kept as the zone's name (only after an offset: a zone alone
  // needs the zone database, which query/timezone.h reads). nullopt unless
  // the whole text is one, or on offset or zone text for a local kind.
  static std::optional<Temporal> Parse(Kind kind, std::string_view text);
};

// The name of a kind in Cypher's type names ("LOCAL TIME", "DATETIME").
const char* KindName(Temporal::Kind kind);

namespace temporal_text {
// "Z", "+01:00", "-05:30:15": a UTC offset in seconds as Cypher prints it.
std::string OffsetString(int32_t offset);
// A date as Cypher prints it: "2015-07-21", "+10000-01-01", "-0001-01-01";
// a partial date at its own precision ("2010", "2026-02", Date::ToString).
std::string DateString(const Date& date);
}  // namespace temporal_text

}  // namespace cg
