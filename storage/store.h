// Store: a RocksDB database laid out in the column families of format.h.
//
// Reads go through a ReadView: a Snapshot (consistent, read-only) or a
// WriteBatchView (a write transaction that reads its own writes). A
// WriteBatchView's Commit writes everything as one atomic batch.
//
// Opening a database that another process holds fails with Status::Busy
// naming the path; Options::read_only opens beside such a writer. A
// database of another format version, or a path that is not a cartelgraph
// database, is refused with a clear message. A database of an older,
// upgradable version opens with needs_upgrade() set: its owner (graph/)
// brings its data up to date and calls CommitUpgrade before any other
// write; a read-only open can only read it.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "schema/status.h"
#include "storage/bulk_data.h"
#include "storage/format.h"

namespace rocksdb {
class DB;
class Env;
class ColumnFamilyHandle;
class Iterator;
class Snapshot;
}  // namespace rocksdb

namespace cg::storage {

struct Options {
  bool read_only = false;
  bool create_if_missing = true;
  bool in_memory = false;   // RocksDB over an in-memory Env: nothing touches disk
  size_t block_cache_mb = 256;
};

// Iterates the keys that start with a prefix, in byte order.
class Cursor {
 public:
  virtual ~Cursor() = default;
  virtual bool Valid() const = 0;
  virtual void Next() = 0;
  virtual std::string_view key() const = 0;
  virtual std::string_view value() const = 0;
  // Non-ok when the scan stopped on a storage error.
  virtual Status status() const = 0;
};

class ReadView {
 public:
  virtual ~ReadView() = default;
  // NotFound when the key is absent.
  virtual Status Get(Column column, std::string_view key, std::string* value) const = 0;
  // The keys of `column` starting with `prefix` ("" for all).
  std::unique_ptr<Cursor> Scan(Column column, std::string_view prefix) const { return ScanFrom(column, prefix, {}); }
  // Those of them from the first that is >= `from` on (a range seek).
  virtual std::unique_ptr<Cursor> ScanFrom(Column column, std::string_view prefix, std::string_view from) const = 0;
};

// Not thread-safe: use one Snapshot from one thread at a time (it reuses
// iterators between scans).
class Snapshot : public ReadView {
 public:
  ~Snapshot() override;
  Status Get(Column column, std::string_view key, std::string* value) const override;
  std::unique_ptr<Cursor> ScanFrom(Column column, std::string_view prefix, std::string_view from) const override;

 private:
  friend class Store;
  Snapshot(const class Store* store, const rocksdb::Snapshot* snapshot);
  const class Store* store_;
  const rocksdb::Snapshot* snapshot_;
  mutable std::array<std::unique_ptr<rocksdb::Iterator>, static_cast<size_t>(Column::kCount)> iterators_;
  mutable std::array<bool, static_cast<size_t>(Column::kCount)> in_use_{};
};

// Writes are appended to a log per column; a column's hash index of each
// key's latest write is built when it is read back (Get, Wrote), and a Scan
// merges its keys, ordered lazily, with the snapshot taken at creation.
// Commit writes each key's latest write as one RocksDB batch in key order.
class WriteBatchView : public ReadView {
 public:
  ~WriteBatchView() override;
  Status Get(Column column, std::string_view key, std::string* value) const override;
  std::unique_ptr<Cursor> ScanFrom(Column column, std::string_view prefix, std::string_view from) const override;
  // Scan(column, prefix) for a prefix the snapshot holds no key under (the
  // caller knows it: say, an id handed out after the view began): this
  // view's own writes only, without reading the snapshot.
  std::unique_ptr<Cursor> ScanWrites(Column column, std::string_view prefix) const;
  void Put(Column column, std::string_view key, std::string_view value);
  void Delete(Column column, std::string_view key);
  // NotFound when the snapshot the view started from lacks the key (the
  // committed state, without this view's writes).
  Status GetCommitted(Column column, std::string_view key, std::string* value) const;
  // This view's latest write of `key`: none, a put or a deletion (what it
  // holds, without asking the snapshot).
  enum class Write { kNone, kPut, kDelete };
  Write LatestWrite(Column column, std::string_view key) const;
  // Whether this view has written (put or deleted) `key`.
  bool Wrote(Column column, std::string_view key) const { return LatestWrite(column, key) != Write::kNone; }
  // Calls fn(key, deleted) once per key of `column` written so far, with
  // its latest write, in no particular order.
  void ForEachWrite(Column column, const std::function<void(std::string_view key, bool deleted)>& fn) const;
  // Writes the batch atomically (write-ahead logged). The view is spent.
  Status Commit();
  // Bytes written so far (keys and values, every write counted); 0 for a
  // view that has not written.
  size_t ApproximateSize() const;

 private:
  friend class Store;
  struct Overlay;
  explicit WriteBatchView(class Store* store);
  class Store* store_;
  const rocksdb::Snapshot* snapshot_;
  std::unique_ptr<Overlay> overlay_;
  size_t written_ = 0;
};

class Store {
 public:
  static Status Open(const std::string& path, const Options& options, std::unique_ptr<Store>* store);
  ~Store();

  std::unique_ptr<Snapshot> NewSnapshot() const;
  // The caller serializes write batches (one at a time per Store).
  std::unique_ptr<WriteBatchView> NewWriteBatch();

  // The bulk path: the pairs of `data` sorted and written as SST files
  // (zstd-compressed, one writer thread per core, columns in parallel) and
  // ingested into every column at once — atomically, also across a crash:
  // all of it or none. Much faster than a WriteBatchView for large loads of
  // new keys; it does not delete. The caller serializes it with write
  // batches. `data` is consumed.
  Status IngestSorted(BulkData* data);

  // True when the database has an older, upgradable format version.
  bool needs_upgrade() const { return format_version_ < kFormatVersion; }
  // The format version the database records (kFormatVersion once upgraded).
  uint32_t format_version() const { return format_version_; }
  // Commits `batch` (the upgrade's data changes) together with the current
  // format version, atomically; clears needs_upgrade().
  Status CommitUpgrade(std::unique_ptr<WriteBatchView> batch);

  // Writes the state a snapshot taken now holds into a new database at
  // `target` (a backup, or a restore from one): each column is written into
  // a table file that the new database ingests, all at once. It is built in
  // a sibling directory and renamed to `target` only when whole, so
  // `target` ends up either absent or a complete database. `target` must
  // not exist or be an empty directory; its parent must exist. Works on a
  // read-only Store, beside a writer in another process (store_copy.cc).
  Status CopyTo(const std::string& target) const;

  bool read_only() const { return options_.read_only; }
  const std::string& path() const { return path_; }
  // RocksDB's estimate of the live data size on disk, in bytes.
  uint64_t ApproximateDiskSize() const;

 private:
  friend class Snapshot;
  friend class WriteBatchView;
  Store() = default;
  Status CheckOrWriteFormatVersion();
  // Ingests the table files dir/<column name>.sst of `columns` into those
  // columns in one atomic step, then removes `dir` and what is left in it.
  // With `status` not ok (writing the files failed) it only cleans up, and
  // returns `status`.
  Status IngestColumnFiles(const std::string& dir, const std::vector<size_t>& columns, Status status);
  rocksdb::ColumnFamilyHandle* handle(Column column) const { return handles_[static_cast<size_t>(column)]; }

  std::string path_;
  std::string db_path_;  // where RocksDB has it (in-memory databases get a prefix)
  Options options_;
  uint32_t format_version_ = kFormatVersion;
  std::unique_ptr<rocksdb::Env> env_;  // in-memory Env, when asked for
  rocksdb::DB* db_ = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};

}  // namespace cg::storage
