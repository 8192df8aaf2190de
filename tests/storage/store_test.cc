#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <rocksdb/db.h>

#include "storage/store.h"
#include "tests/temp_dir.h"

using cg::Status;
using cg::storage::Column;
using cg::storage::Options;
using cg::storage::Store;

TEST_CASE("a write batch reads its own writes and commits atomically") {
  cg::testing::TempDir dir;
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(dir.path(), Options{}, &store).ok());
  auto batch = store->NewWriteBatch();
  batch->Put(Column::kNodes, "a", "1");
  batch->Put(Column::kNodes, "b", "2");
  std::string value;
  REQUIRE(batch->Get(Column::kNodes, "a", &value).ok());
  CHECK(value == "1");
  auto before = store->NewSnapshot();
  CHECK(before->Get(Column::kNodes, "a", &value).IsNotFound());
  REQUIRE(batch->Commit().ok());
  CHECK(before->Get(Column::kNodes, "a", &value).IsNotFound());  // snapshot isolation
  auto after = store->NewSnapshot();
  REQUIRE(after->Get(Column::kNodes, "b", &value).ok());
  CHECK(value == "2");
}

TEST_CASE("prefix scans see exactly their prefix, merged with uncommitted writes") {
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open("mem", Options{.in_memory = true}, &store).ok());
  auto seed = store->NewWriteBatch();
  for (const char* key : {"ab1", "ab2", "ac1", "a"}) seed->Put(Column::kLabels, key, "");
  REQUIRE(seed->Commit().ok());
  auto batch = store->NewWriteBatch();
  batch->Put(Column::kLabels, "ab0", "");
  batch->Delete(Column::kLabels, "ab2");
  std::vector<std::string> seen;
  for (auto c = batch->Scan(Column::kLabels, "ab"); c->Valid(); c->Next()) seen.emplace_back(c->key());
  CHECK(seen == std::vector<std::string>{"ab0", "ab1"});
  seen.clear();
  auto snapshot = store->NewSnapshot();
  for (auto c = snapshot->Scan(Column::kLabels, ""); c->Valid(); c->Next()) seen.emplace_back(c->key());
  CHECK(seen.size() == 4);
}

TEST_CASE("ScanWrites sees the batch's own writes of a prefix, in order, without the snapshot's keys") {
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open("mem", Options{.in_memory = true}, &store).ok());
  auto seed = store->NewWriteBatch();
  seed->Put(Column::kClaims, "x1", "");  // committed: ScanWrites is not asked about such a prefix
  REQUIRE(seed->Commit().ok());
  auto batch = store->NewWriteBatch();
  for (const char* key : {"y3", "y1", "y2", "z1", "x2"}) batch->Put(Column::kClaims, key, key);
  batch->Delete(Column::kClaims, "y2");
  batch->Put(Column::kClaims, "y1", "again");
  std::vector<std::pair<std::string, std::string>> seen;
  for (auto c = batch->ScanWrites(Column::kClaims, "y"); c->Valid(); c->Next()) seen.emplace_back(c->key(), c->value());
  CHECK(seen == std::vector<std::pair<std::string, std::string>>{{"y1", "again"}, {"y3", "y3"}});
  std::vector<std::string> keys;
  for (auto c = batch->ScanWrites(Column::kClaims, "x"); c->Valid(); c->Next()) keys.emplace_back(c->key());
  CHECK(keys == std::vector<std::string>{"x2"});
}

TEST_CASE("a second writer is refused naming the path; a reader opens beside it") {
  cg::testing::TempDir dir;
  std::unique_ptr<Store> writer, second, reader;
  REQUIRE(Store::Open(dir.path(), Options{}, &writer).ok());
  Status busy = Store::Open(dir.path(), Options{}, &second);
  CHECK(busy.code() == Status::Code::kBusy);
  CHECK(busy.message().find(dir.path()) != std::string::npos);
  CHECK(Store::Open(dir.path(), Options{.read_only = true}, &reader).ok());
}

TEST_CASE("foreign paths and other format versions are refused with a clear message") {
  cg::testing::TempDir dir;
  std::unique_ptr<Store> store;
  const std::string file = dir.path() + "/plain.txt";
  std::ofstream(file) << "hello";
  Status s = Store::Open(file, Options{}, &store);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("not a cartelgraph database") != std::string::npos);

  const std::string junk = dir.path() + "/junk";
  std::filesystem::create_directory(junk);
  std::ofstream(junk + "/data.bin") << "xyz";
  CHECK(Store::Open(junk, Options{}, &store).code() == Status::Code::kInvalidArgument);

  const std::string db = dir.path() + "/db";
  REQUIRE(Store::Open(db, Options{}, &store).ok());
  store.reset();
  {  // Rewrite the format version behind the Store's back.
    rocksdb::DB* raw = nullptr;
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::Options(), db, &names).ok());
    for (auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), db, cfs, &handles, &raw).ok());
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == "meta") REQUIRE(raw->Put(rocksdb::WriteOptions(), handles[i], "format_version", "999").ok());
    }
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  s = Store::Open(db, Options{}, &store);
  CHECK(s.code() == Status::Code::kIncompatible);
  CHECK(s.message().find("999") != std::string::npos);
}

TEST_CASE("a corrupted CURRENT file gives an error, not a crash") {
  cg::testing::TempDir dir;
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(dir.path(), Options{}, &store).ok());
  store.reset();
  std::ofstream(dir.path() + "/CURRENT", std::ios::trunc) << "MANIFEST-999999\n";
  CHECK_FALSE(Store::Open(dir.path(), Options{}, &store).ok());
}

TEST_CASE("a write batch's scans and reads follow its latest write of each key") {
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open("overlay", {.in_memory = true}, &store).ok());
  auto seed = store->NewWriteBatch();
  for (const char* key : {"k1", "k2", "k3", "k5"}) seed->Put(Column::kLabels, key, std::string("old-") + key);
  REQUIRE(seed->Commit().ok());

  auto batch = store->NewWriteBatch();
  auto scan = [&] {
    std::vector<std::string> seen;
    for (auto c = batch->Scan(Column::kLabels, "k"); c->Valid(); c->Next()) {
      seen.push_back(std::string(c->key()) + "=" + std::string(c->value()));
    }
    return seen;
  };
  batch->Put(Column::kLabels, "k2", "new-k2");  // shadows a stored key
  batch->Delete(Column::kLabels, "k3");        // hides a stored key
  batch->Put(Column::kLabels, "k4", "new-k4");  // between stored keys
  batch->Put(Column::kLabels, "k0", "gone");
  batch->Delete(Column::kLabels, "k0");         // written, then deleted
  CHECK(scan() == std::vector<std::string>{"k1=old-k1", "k2=new-k2", "k4=new-k4", "k5=old-k5"});
  // Writes after a scan are seen by the next one; a deleted key can come back.
  batch->Put(Column::kLabels, "k3", "again");
  batch->Put(Column::kLabels, "k6", "new-k6");
  batch->Delete(Column::kLabels, "k5");
  CHECK(scan() == std::vector<std::string>{"k1=old-k1", "k2=new-k2", "k3=again", "k4=new-k4", "k6=new-k6"});
  std::string value;
  CHECK(batch->Get(Column::kLabels, "k5", &value).IsNotFound());
  REQUIRE(batch->Get(Column::kLabels, "k3", &value).ok());
  CHECK(value == "again");
  REQUIRE(batch->Commit().ok());
  auto snapshot = store->NewSnapshot();
  std::vector<std::string> committed;
  for (auto c = snapshot->Scan(Column::kLabels, ""); c->Valid(); c->Next()) committed.emplace_back(c->key());
  CHECK(committed == std::vector<std::string>{"k1", "k2", "k3", "k4", "k6"});
}

TEST_CASE("a write batch commits the latest write of each key, also of keys it never read back") {
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open("rewrites", {.in_memory = true}, &store).ok());
  auto seed = store->NewWriteBatch();
  seed->Put(Column::kOutEdges, "kept", "old");
  seed->Put(Column::kOutEdges, "dropped", "old");
  REQUIRE(seed->Commit().ok());

  // Only writes, no read between them: the commit alone sorts out which is latest.
  auto batch = store->NewWriteBatch();
  batch->Put(Column::kOutEdges, "b", "1");
  batch->Put(Column::kOutEdges, "a", "1");
  batch->Put(Column::kOutEdges, "b", "2");
  batch->Delete(Column::kOutEdges, "dropped");
  batch->Delete(Column::kOutEdges, "c");
  batch->Put(Column::kOutEdges, "c", "3");
  batch->Put(Column::kOutEdges, "d", "4");
  batch->Delete(Column::kOutEdges, "d");
  batch->Put(Column::kOutEdges, "kept", "");
  batch->Put(Column::kOutEdges, "b", "");
  batch->Put(Column::kOutEdges, "b", "last");
  std::vector<std::string> reported;
  batch->ForEachWrite(Column::kOutEdges, [&](std::string_view key, bool deleted) {
    reported.push_back(std::string(key) + (deleted ? " deleted" : ""));
  });
  std::sort(reported.begin(), reported.end());
  CHECK(reported == std::vector<std::string>{"a", "b", "c", "d deleted", "dropped deleted", "kept"});
  batch->Put(Column::kOutEdges, "a", "again");  // after the reads above
  REQUIRE(batch->Commit().ok());

  auto snapshot = store->NewSnapshot();
  std::vector<std::string> committed;
  for (auto c = snapshot->Scan(Column::kOutEdges, ""); c->Valid(); c->Next()) {
    committed.push_back(std::string(c->key()) + "=" + std::string(c->value()));
  }
  CHECK(committed == std::vector<std::string>{"a=again", "b=last", "c=3", "kept="});
}

namespace {

// Rewrites `db` as version 1 wrote it: format version 1, no evidence column.
// `db` opened with RocksDB alone, every column family with its handle.
struct RawDb {
  std::vector<std::string> names;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  explicit RawDb(const std::string& path) {
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::Options(), path, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles, &db).ok());
  }
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
};

void MakeVersion1(const std::string& db) {
  RawDb raw_db(db);
  rocksdb::DB* raw = raw_db.db;
  const auto& names = raw_db.names;
  const auto& handles = raw_db.handles;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == "meta") REQUIRE(raw->Put(rocksdb::WriteOptions(), handles[i], "format_version", "1").ok());
    if (names[i] == "evidence") REQUIRE(raw->DropColumnFamily(handles[i]).ok());
  }
}

bool HasEvidenceColumn(const std::string& db) {
  std::vector<std::string> names;
  REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::Options(), db, &names).ok());
  return std::find(names.begin(), names.end(), "evidence") != names.end();
}

}  // namespace

TEST_CASE("a read-only open of a version-1 database without the evidence column upgrades it, or says why not") {
  cg::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(db, Options{}, &store).ok());
  store.reset();
  MakeVersion1(db);
  REQUIRE_FALSE(HasEvidenceColumn(db));
  {  // Another process (here: a raw RocksDB handle) holds it: no upgrade, and a message that says so.
    RawDb holder(db);
    Status s = Store::Open(db, Options{.read_only = true}, &store);
    CHECK(s.code() == Status::Code::kIncompatible);
    INFO(s.message());
    CHECK(s.message().find("format version 1") != std::string::npos);
    CHECK(s.message().find("open it writable once") != std::string::npos);
    CHECK(s.message().find("interrupted") == std::string::npos);
  }
  REQUIRE(Store::Open(db, Options{.read_only = true}, &store).ok());
  CHECK(store->needs_upgrade());  // the graph layer brings the data up to date
  store.reset();
  CHECK(HasEvidenceColumn(db));
}
