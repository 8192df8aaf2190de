// Store::CopyTo: a database's committed state copied into a new database
// (backups and restores).
#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <rocksdb/sst_file_writer.h>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "storage/rocks_util.h"
#include "storage/store.h"

namespace cg::storage {
namespace {

namespace fs = std::filesystem;

// Refuses a target that would mix the copy with other files.
Status CheckTarget(const std::string& target) {
  const fs::path path = fs::absolute(target).lexically_normal();
  const fs::path parent = (path.has_filename() ? path : path.parent_path()).parent_path();
  std::error_code ec;
  if (!fs::is_directory(parent, ec)) {
    return Status::InvalidArgument(
        fmt::format("cannot write a database at {}: its parent directory {} does not exist", target, parent.string()));
  }
  const auto status = fs::status(target, ec);
  if (!fs::exists(status)) return Status::OK();
  if (!fs::is_directory(status)) {
    return Status::InvalidArgument(
        fmt::format("cannot write a database at {}: it is a file; give a new or empty directory", target));
  }
  if (!fs::is_empty(target, ec)) {
    return Status::InvalidArgument(
        fmt::format("cannot write a database at {}: the directory is not empty; give a new or empty directory", target));
  }
  return Status::OK();
}

// Makes a rename in `dir` durable.
void SyncDirectory(const fs::path& dir) {
  const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

}  // namespace

Status Store::CopyTo(const std::string& target) const {
  CG_RETURN_IF_ERROR(CheckTarget(target));
  const fs::path final_path = fs::absolute(target).lexically_normal();
  const std::string staging = (final_path.has_filename() ? final_path : final_path.parent_path()).string() +
                              ".partial-" + std::to_string(getpid());
  std::error_code ec;
  fs::remove_all(staging, ec);  // a copy of this process id that was killed

  Options options;
  options.block_cache_mb = 8;
  std::unique_ptr<Store> copy;
  Status status = Open(staging, options, &copy);
  if (status.ok()) {
    // One snapshot for every column: the copy holds one committed state.
    const rocksdb::Snapshot* snapshot = db_->GetSnapshot();
    const std::string dir = staging + "/bulk-copy";
    rocksdb::Env::Default()->CreateDirIfMissing(dir);
    std::vector<size_t> columns;
    for (size_t c = 0; c < kColumnNames.size() && status.ok(); ++c) {
      rocksdb::ReadOptions read;
      read.snapshot = snapshot;
      read.fill_cache = false;
      std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(read, handles_[c]));
      it->SeekToFirst();
      if (!it->Valid()) {
        status = FromRocks(it->status(), path_);
        continue;
      }
      rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), copy->db_->GetOptions(copy->handles_[c]), copy->handles_[c]);
      status = FromRocks(writer.Open(dir + "/" + std::string(kColumnNames[c]) + ".sst"), copy->path_);
      columns.push_back(c);
      for (; status.ok() && it->Valid(); it->Next()) status = FromRocks(writer.Put(it->key(), it->value()), copy->path_);
      if (status.ok()) status = FromRocks(it->status(), path_);
      if (status.ok()) status = FromRocks(writer.Finish(), copy->path_);
    }
    db_->ReleaseSnapshot(snapshot);
    status = copy->IngestColumnFiles(dir, columns, status);
  }
  copy.reset();  // flushed and closed
  if (status.ok()) {
    fs::rename(staging, final_path, ec);
    if (ec) status = Status::IOError(fmt::format("cannot rename {} to {}: {}", staging, target, ec.message()));
  }
  if (!status.ok()) {
    fs::remove_all(staging, ec);
    return status;
  }
  SyncDirectory(final_path.parent_path());
  return Status::OK();
}

}  // namespace cg::storage
