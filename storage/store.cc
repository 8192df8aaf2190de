#include "storage/store.h"

#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/table.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "storage/owner_file.h"
#include "storage/rocks_util.h"

namespace cg::storage {
namespace {

// True when a directory without CURRENT holds only the files RocksDB writes
// while creating a database: a creation that was killed, safe to redo.
bool IsInterruptedCreation(const std::string& path) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    const bool rocksdb_file = name == "LOCK" || name == "IDENTITY" || name.starts_with("LOG") ||
                              name.starts_with("MANIFEST-") || name.starts_with("OPTIONS-") ||
                              name.ends_with(".log") || name.ends_with(".dbtmp") || name == kOwnerFile;
    if (!rocksdb_file) return false;
  }
  return !ec;
}

// The format version recorded by a database that lacks some of our column
// families, read through a read-only open of those it has; "" when it
// records none (its creation was interrupted).
std::string StoredVersion(const rocksdb::Options& db_options, const std::string& db_path,
                          const std::vector<std::string>& families) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const auto& family : families) descriptors.emplace_back(family, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  if (!rocksdb::DB::OpenForReadOnly(db_options, db_path, descriptors, &handles, &db).ok()) return "";
  std::string version;
  for (size_t i = 0; i < families.size(); ++i) {
    if (families[i] != kColumnNames[static_cast<size_t>(Column::kMeta)]) continue;
    if (!db->Get(rocksdb::ReadOptions(), handles[i], std::string(kMetaFormatVersion), &version).ok()) version.clear();
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
  return version;
}

// A read-only open of a database that lacks some column families: one an
// older version wrote is upgraded through a brief writable open.
Status OpenOlder(const std::string& path, const Options& options, const rocksdb::Options& db_options,
                 const std::vector<std::string>& families, std::unique_ptr<Store>* out) {
  const std::string version = StoredVersion(db_options, path, families);
  if (version.empty()) {
    return Status::InvalidArgument(fmt::format(
        "database {} is incomplete (its creation was interrupted); open it once for writing to finish it", path));
  }
  // Written by an older cartelgraph, before some column existed: a brief
  // writable open adds the missing columns, then it opens read-only.
  Options writable = options;
  writable.read_only = false;
  writable.create_if_missing = false;
  std::unique_ptr<Store> writer;
  Status s = Store::Open(path, writable, &writer);
  if (!s.ok()) {
    return Status::Incompatible(fmt::format(
        "database {} has format version {} (written by an older cartelgraph) and needs a one-time upgrade that a "
        "read-only open could not do ({}); open it writable once (e.g. `cartelgraph import` or `cartelgraph ingest` "
        "into it) to upgrade it",
        path, version, s.message()));
  }
  writer.reset();
  return Store::Open(path, options, out);
}

// What a writer changes whenever it flushes or compacts: the MANIFEST that
// CURRENT names, and that file's size.
std::string ManifestStamp(const std::string& path) {
  std::ifstream current(path + "/CURRENT");
  std::string manifest;
  std::getline(current, manifest);
  std::error_code ec;
  const auto size = std::filesystem::file_size(path + "/" + manifest, ec);
  return manifest + ":" + (ec ? std::string("?") : std::to_string(size));
}

// A read-only open beside a writer in another process. It sees one
// committed state: the table files its MANIFEST lists plus the write-ahead
// log replayed up to its last whole batch. Every table file is opened
// during the open (max_open_files = -1), so the writer's compactions
// deleting them later cannot break reads. A flush or compaction that
// completes *during* the open could pair an old MANIFEST with a log it
// already retired, so an open across a MANIFEST change is done again.
rocksdb::Status OpenReadOnlyBesideWriter(rocksdb::DBOptions db_options, const std::string& path,
                                         const std::vector<rocksdb::ColumnFamilyDescriptor>& descriptors,
                                         std::vector<rocksdb::ColumnFamilyHandle*>* handles, rocksdb::DB** db) {
  db_options.max_open_files = -1;
  constexpr int kAttempts = 50;
  rocksdb::Status s;
  for (int attempt = 1;; ++attempt) {
    const std::string before = ManifestStamp(path);
    s = rocksdb::DB::OpenForReadOnly(db_options, path, descriptors, handles, db);
    // An IOError here is a file that the writer deleted while we opened it.
    if (!s.ok() && !s.IsIOError()) return s;
    if (s.ok() && ManifestStamp(path) == before) return s;
    if (s.ok()) {
      for (auto* h : *handles) (*db)->DestroyColumnFamilyHandle(h);
      delete *db;
      *db = nullptr;
      handles->clear();
      s = rocksdb::Status::Busy("the writer flushed or compacted during every attempt to open it");
    }
    if (attempt == kAttempts) return s;
    std::this_thread::yield();
  }
}

// Columns read by key (records, metadata) get Bloom filters; the index and
// adjacency columns are only ever scanned by prefix, where a whole-key
// filter is dead weight.
bool HasPointLookups(std::string_view column) {
  return column == kColumnNames[static_cast<size_t>(Column::kNodes)] ||
         column == kColumnNames[static_cast<size_t>(Column::kRelationships)] ||
         column == kColumnNames[static_cast<size_t>(Column::kArticles)] ||
         column == kColumnNames[static_cast<size_t>(Column::kMeta)];
}

rocksdb::ColumnFamilyOptions ColumnOptions(const std::shared_ptr<rocksdb::Cache>& cache, std::string_view column) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  if (HasPointLookups(column)) table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.format_version = 5;
  table.block_size = 16 << 10;  // measured at scale M: 20% smaller files than 4 KiB blocks under zstd
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  // 64 MiB memtables. Smaller ones make the skip-list inserts of a commit
  // cheaper (graph_bench's relationships through WriteTxn, quiet machine:
  // 127-140k per CPU second at 64 MiB, 139-152k at 32) but leave more
  // overlapping SST files behind: 1-hop prefix scans after reopen fell from
  // 139-152k to 76-88k reads/s at 32 MiB. Reads win.
  options.write_buffer_size = 64 << 20;
  // Every key goes into the memtable through one splice (the hint of one
  // prefix, the empty one) that is repaired from the level where it stops
  // bracketing the key, not rebuilt from the top as RocksDB's default
  // insert does: a commit's keys arrive sorted (WriteBatchView::Commit), so
  // each insert starts from its predecessor's place, O(log distance) rather
  // than O(log memtable). Measured (graph_bench, relationships through
  // WriteTxn, load average 15-21, per CPU second): 131-134k -> 155-163k.
  options.memtable_insert_with_hint_prefix_extractor.reset(rocksdb::NewCappedPrefixTransform(0));
  // LZ4 where data is young, zstd on the bottommost level (where bulk
  // loads land and most data ends up): smaller files for a little CPU.
  const auto supported = rocksdb::GetSupportedCompressions();
  auto has = [&](rocksdb::CompressionType type) {
    return std::find(supported.begin(), supported.end(), type) != supported.end();
  };
  for (auto preferred : {rocksdb::kLZ4Compression, rocksdb::kSnappyCompression}) {
    if (has(preferred)) {
      options.compression = preferred;
      break;
    }
  }
  if (has(rocksdb::kZSTD)) {
    options.bottommost_compression = rocksdb::kZSTD;
    options.bottommost_compression_opts.level = 1;  // measured: level 3 costs 2x the CPU for 3% less disk
    options.bottommost_compression_opts.enabled = true;
  }
  return options;
}

}  // namespace

// ---------------------------------------------------------------- Snapshot

Snapshot::Snapshot(const Store* store, const rocksdb::Snapshot* snapshot) : store_(store), snapshot_(snapshot) {}

Snapshot::~Snapshot() {
  for (auto& it : iterators_) it.reset();
  store_->db_->ReleaseSnapshot(snapshot_);
}

Status Snapshot::Get(Column column, std::string_view key, std::string* value) const {
  rocksdb::ReadOptions options;
  options.snapshot = snapshot_;
  return FromRocks(store_->db_->Get(options, store_->handle(column), ToSlice(key), value), store_->path_);
}

namespace {

// A prefix scan over an iterator that the Snapshot keeps for reuse (making
// a RocksDB iterator costs more than seeking one). Marks the iterator busy
// while it lives so that a nested scan of the same column gets its own.
class ReusedCursor : public IteratorCursor {
 public:
  ReusedCursor(std::string_view prefix, std::string_view from, rocksdb::Iterator* it, bool* in_use)
      : IteratorCursor(prefix, from), in_use_(in_use) {
    *in_use_ = true;
    SeekWith(it);
  }
  ~ReusedCursor() override { *in_use_ = false; }

 private:
  bool* in_use_;
};

}  // namespace

std::unique_ptr<Cursor> Snapshot::ScanFrom(Column column, std::string_view prefix, std::string_view from) const {
  auto& cached = iterators_[static_cast<size_t>(column)];
  if (!cached || in_use_[static_cast<size_t>(column)]) {
    // A nested scan of the same column gets its own iterator.
    if (cached) {
      return std::make_unique<PrefixCursor>(prefix, from, snapshot_, [&](const rocksdb::ReadOptions& options) {
        return store_->db_->NewIterator(options, store_->handle(column));
      });
    }
    rocksdb::ReadOptions options;
    options.snapshot = snapshot_;
    cached.reset(store_->db_->NewIterator(options, store_->handle(column)));
  }
  return std::make_unique<ReusedCursor>(prefix, from, cached.get(), &in_use_[static_cast<size_t>(column)]);
}

// -------------------------------------------------------------------- Store

Status Store::Open(const std::string& path, const Options& options, std::unique_ptr<Store>* out) {
  namespace fs = std::filesystem;
  std::unique_ptr<Store> store(new Store());
  store->path_ = path;
  store->db_path_ = path;
  store->options_ = options;

  rocksdb::Options db_options;
  bool exists = false;
  std::string db_path = path;
  if (options.in_memory) {
    // The in-memory Env wants absolute paths; the name only tells databases apart.
    if (db_path.empty() || db_path[0] != '/') db_path = "/in-memory/" + db_path;
    store->db_path_ = db_path;
    store->env_.reset(rocksdb::NewMemEnv(rocksdb::Env::Default()));
    db_options.env = store->env_.get();
  } else {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (fs::exists(status)) {
      if (!fs::is_directory(status)) {
        return Status::InvalidArgument(
            fmt::format("{} is not a cartelgraph database: it is a file, expected a database directory", path));
      }
      exists = fs::exists(fs::path(path) / "CURRENT");
      if (!exists && !fs::is_empty(path, ec) && !IsInterruptedCreation(path)) {
        return Status::InvalidArgument(fmt::format(
            "{} is not a cartelgraph database: the directory has files but no RocksDB CURRENT file", path));
      }
    }
    if (!exists && (options.read_only || !options.create_if_missing)) {
      return Status::NotFound(fmt::format("no database at {}", path));
    }
    // A new database gets its own directory, never a tree: a mistyped
    // parent is an error, not a surprise folder.
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    if (!absolute.has_filename()) absolute = absolute.parent_path();  // "db/"
    const fs::path parent = absolute.parent_path();
    if (!exists && !fs::exists(status) && !fs::is_directory(parent, ec)) {
      return Status::InvalidArgument(fmt::format(
          "cannot create database {}: its parent directory {} does not exist (create it first)", path, parent.string()));
    }
  }

  auto cache = rocksdb::NewLRUCache(options.block_cache_mb << 20);
  db_options.create_if_missing = !exists;
  db_options.create_missing_column_families = !exists;
  db_options.max_background_jobs = 2;
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.keep_log_file_num = 2;

  if (exists) {
    // A database killed while being created may lack some of our column
    // families; any family that is not ours means it is someone else's.
    std::vector<std::string> families;
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(db_options, db_path, &families);
    if (!s.ok()) return FromRocks(s, path);
    for (const auto& family : families) {
      if (family != rocksdb::kDefaultColumnFamilyName &&
          std::find(kColumnNames.begin(), kColumnNames.end(), family) == kColumnNames.end()) {
        return Status::InvalidArgument(fmt::format(
            "{} is not a cartelgraph database: it has a RocksDB column family '{}'", path, family));
      }
    }
    if (families.size() < kColumnNames.size() + 1) {
      if (options.read_only) return OpenOlder(path, options, db_options, families, out);
      db_options.create_missing_column_families = true;
    }
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, ColumnOptions(cache, rocksdb::kDefaultColumnFamilyName));
  for (auto name : kColumnNames) descriptors.emplace_back(std::string(name), ColumnOptions(cache, name));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::Status s = !options.read_only ? rocksdb::DB::Open(db_options, db_path, descriptors, &handles, &store->db_)
                      : options.in_memory
                          ? rocksdb::DB::OpenForReadOnly(db_options, db_path, descriptors, &handles, &store->db_)
                          : OpenReadOnlyBesideWriter(db_options, db_path, descriptors, &handles, &store->db_);
  if (!s.ok()) {
    Status status = FromRocks(s, path);
    return status.code() == Status::Code::kBusy && !s.IsBusy() ? InUse(path) : status;
  }
  // handles[0] is the default family, unused.
  store->db_->DestroyColumnFamilyHandle(handles[0]);
  store->handles_.assign(handles.begin() + 1, handles.end());
  if (!options.read_only && !options.in_memory) {
    // What a bulk load that was killed left (its files and spilled runs):
    // this writable open holds the database's lock, so no load is running.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.path().filename().string().starts_with("bulk-")) fs::remove_all(entry.path(), ec);
    }
    CG_RETURN_IF_ERROR(WriteOwner(path));
  }
  CG_RETURN_IF_ERROR(store->CheckOrWriteFormatVersion());
  *out = std::move(store);
  return Status::OK();
}

Status Store::CheckOrWriteFormatVersion() {
  const std::string key(kMetaFormatVersion);
  std::string stored;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handle(Column::kMeta), key, &stored);
  if (s.IsNotFound()) {
    // New, or killed during creation before the version was written: an
    // empty database is finished here; one with data but no version is not ours.
    bool empty = true;
    for (auto* h : handles_) {
      std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), h));
      it->SeekToFirst();
      empty = empty && !it->Valid();
    }
    if (!empty) {
      return Status::Incompatible(fmt::format("database {} has no format version: not written by cartelgraph", path_));
    }
    if (options_.read_only) return Status::OK();
    return FromRocks(db_->Put(rocksdb::WriteOptions(), handle(Column::kMeta), key, std::to_string(kFormatVersion)),
                     path_);
  }
  if (!s.ok()) return FromRocks(s, path_);
  for (uint32_t v = kOldestUpgradableFormatVersion; v < kFormatVersion; ++v) {
    if (stored == std::to_string(v)) {
      format_version_ = v;
      return Status::OK();
    }
  }
  if (stored != std::to_string(kFormatVersion)) {
    return Status::Incompatible(fmt::format(
        "database {} has format version {}, this cartelgraph reads version {}; export it with the version that "
        "wrote it and import it here",
        path_, stored, kFormatVersion));
  }
  return Status::OK();
}

Status Store::CommitUpgrade(std::unique_ptr<WriteBatchView> batch) {
  if (options_.read_only) return Status::InvalidArgument(fmt::format("database {} is open read-only", path_));
  batch->Put(Column::kMeta, kMetaFormatVersion, std::to_string(kFormatVersion));
  CG_RETURN_IF_ERROR(batch->Commit());
  format_version_ = kFormatVersion;
  return Status::OK();
}

Store::~Store() {
  if (!db_) return;
  if (!options_.read_only) {
    // Persist memtables so the next open does not replay a long log.
    rocksdb::FlushOptions flush;
    db_->Flush(flush, handles_);
    if (!options_.in_memory) RemoveOwner(path_);
  }
  for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
  db_->Close();
  delete db_;
}

std::unique_ptr<Snapshot> Store::NewSnapshot() const {
  return std::unique_ptr<Snapshot>(new Snapshot(this, db_->GetSnapshot()));
}

std::unique_ptr<WriteBatchView> Store::NewWriteBatch() { return std::unique_ptr<WriteBatchView>(new WriteBatchView(this)); }

namespace {

// Writes one column's pairs, sorted, into the SST file `file`.
Status WriteSortedFile(rocksdb::SstFileWriter* writer, const std::string& file, BulkData* data, Column column,
                       const std::string& path) {
  data->Sort(column);
  CG_RETURN_IF_ERROR(FromRocks(writer->Open(file), path));
  Status status;
  const Status read = data->ForEachSorted(column, [&](std::string_view key, std::string_view value) {
    status = FromRocks(writer->Put(ToSlice(key), ToSlice(value)), path);
    return status.ok();
  });
  CG_RETURN_IF_ERROR(status);
  CG_RETURN_IF_ERROR(read);
  return FromRocks(writer->Finish(), path);
}

}  // namespace

Status Store::IngestSorted(BulkData* data) {
  const std::string dir = db_path_ + "/bulk-" + std::to_string(getpid());
  rocksdb::Env* env = env_ ? env_.get() : rocksdb::Env::Default();
  env->CreateDirIfMissing(dir);
  std::vector<size_t> columns;
  for (size_t c = 0; c < kColumnNames.size(); ++c) {
    if (data->size(static_cast<Column>(c)) > 0) columns.push_back(c);
  }
  // Biggest first, so that the writers finish together.
  std::sort(columns.begin(), columns.end(),
            [&](size_t a, size_t b) { return data->bytes(static_cast<Column>(a)) > data->bytes(static_cast<Column>(b)); });
  std::vector<Status> statuses(kColumnNames.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < columns.size();) {
      const size_t c = columns[i];
      rocksdb::Options options = db_->GetOptions(handles_[c]);
      options.env = env;
      rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, handles_[c], /*invalidate_page_cache=*/false);
      const Column column = static_cast<Column>(c);
      statuses[c] = WriteSortedFile(&writer, dir + "/" + std::string(kColumnNames[c]) + ".sst", data, column, path_);
      data->Release(column);  // the memory goes as soon as the file is written
    }
  };
  const size_t threads = std::min<size_t>(columns.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> writers;
  for (size_t t = 1; t < threads; ++t) writers.emplace_back(work);
  work();
  for (auto& thread : writers) thread.join();

  Status status;
  for (size_t c : columns) {
    if (status.ok()) status = statuses[c];
  }
  return IngestColumnFiles(dir, columns, status);
}

Status Store::IngestColumnFiles(const std::string& dir, const std::vector<size_t>& columns, Status status) {
  rocksdb::Env* env = env_ ? env_.get() : rocksdb::Env::Default();
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (size_t c : columns) {
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = handles_[c];
    arg.external_files = {dir + "/" + std::string(kColumnNames[c]) + ".sst"};
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  if (status.ok() && !args.empty()) status = FromRocks(db_->IngestExternalFiles(args), path_);
  for (const auto& arg : args) env->DeleteFile(arg.external_files[0]);  // left behind when not moved
  env->DeleteDir(dir);
  return status;
}

uint64_t Store::ApproximateDiskSize() const {
  uint64_t total = 0;
  for (auto* h : handles_) {
    uint64_t size = 0;
    if (db_->GetIntProperty(h, "rocksdb.live-sst-files-size", &size)) total += size;
  }
  return total;
}

}  // namespace cg::storage
