#include "storage/rocks_util.h"

#include <fmt/format.h>

namespace cg::storage {

std::string PrefixSuccessor(std::string_view prefix) {
  std::string bound(prefix);
  while (!bound.empty()) {
    auto& last = reinterpret_cast<unsigned char&>(bound.back());
    if (last != 0xff) {
      ++last;
      return bound;
    }
    bound.pop_back();
  }
  return bound;
}

Status FromRocks(const rocksdb::Status& s, const std::string& path) {
  if (s.ok()) return Status::OK();
  if (s.IsNotFound()) return Status::NotFound(s.ToString());
  if (s.IsCorruption()) return Status::Corruption(fmt::format("database {}: {}", path, s.ToString()));
  const std::string text = s.ToString();
  // RocksDB's words when another process, or this one, holds the LOCK.
  if (s.IsIOError() && (text.find("While lock file") != std::string::npos ||
                        text.find("lock hold by current process") != std::string::npos)) {
    return Status::Busy(fmt::format(
        "database {} is in use by another process (its LOCK is held); open it read-only to read beside the writer",
        path));
  }
  if (s.IsBusy()) return Status::Busy(fmt::format("database {}: {}", path, text));
  if (s.IsIOError() && (text.find("Permission denied") != std::string::npos ||
                        text.find("Read-only file system") != std::string::npos)) {
    return Status::IOError(fmt::format(
        "database {} cannot be written ({}); a database in a read-only directory opens only for reading", path, text));
  }
  if (s.IsIOError() && text.find("No space left on device") != std::string::npos) {
    return Status::IOError(fmt::format("database {}: the disk is full ({})", path, text));
  }
  if (s.IsIOError()) return Status::IOError(fmt::format("database {}: {}", path, text));
  if (s.IsInvalidArgument()) return Status::InvalidArgument(fmt::format("database {}: {}", path, s.ToString()));
  return Status::Internal(fmt::format("database {}: {}", path, s.ToString()));
}

}  // namespace cg::storage
