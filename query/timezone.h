// Named (IANA) time zones, read from the system's compiled zone files
// (/usr/share/zoneinfo, TZif format) and cached per process.
#pragma once

#include <cstdint>
#include <string>

namespace cg::query::timezone {

// Whether the system knows the zone ("Europe/Stockholm").
bool Exists(const std::string& name);

// The zone's offset from UTC in seconds at a UTC instant (seconds since the
// epoch). 0 for an unknown zone.
int32_t OffsetAtUtc(const std::string& name, int64_t utc_seconds);

// The offset that applies to a local date-time in the zone; in a gap or an
// overlap (daylight saving changes) the offset before the change.
int32_t OffsetForLocal(const std::string& name, int64_t local_seconds);

}  // namespace cg::query::timezone
