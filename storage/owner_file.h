// The writer's pid file. RocksDB's LOCK (an fcntl lock, which the kernel
// drops when its holder dies) decides which process may write a database,
// but does not say who holds it. So a writable open, once it holds the lock,
// records its process id in <db>/cartelgraph.pid and removes the file when
// it closes; a second writer's "in use" error names that process. A killed
// holder leaves the file behind, stale but harmless: its lock is gone, so
// the next writer opens and overwrites it.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>

#include "schema/status.h"

namespace cg::storage {

inline constexpr std::string_view kOwnerFile = "cartelgraph.pid";

// Records this process as the writer of the database directory `dir`.
Status WriteOwner(const std::string& dir);
// Removes the record (called by the writer, while it still holds the lock).
void RemoveOwner(const std::string& dir);
// The Busy status for a database whose lock another process holds, naming
// the path and the holder's process id when the pid file names a live one.
Status InUse(const std::string& path);

}  // namespace cg::storage
