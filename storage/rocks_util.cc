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
  if (s.IsIOError() && s.ToString().find("lock") != std::string::npos) {
    return Status::Busy(fmt::format(
        "database {} is in use by another process (its LOCK is held); open it read-only to read beside the writer",
        path));
  }
  if (s.IsIOError()) return Status::IOError(fmt::format("database {}: {}", path, s.ToString()));
  if (s.IsInvalidArgument()) return Status::InvalidArgument(fmt::format("database {}: {}", path, s.ToString()));
  return Status::Internal(fmt::format("database {}: {}", path, s.ToString()));
}

}  // namespace cg::storage
