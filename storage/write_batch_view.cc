#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory_resource>
#include <unordered_map>

#include "storage/rocks_util.h"
#include "storage/store.h"

namespace cg::storage {
namespace {

// The latest write of a key: its value, or a deletion.
struct Latest {
  std::string_view value;  // in the column's arena
  bool deleted;
};

// Keys in order, each with its latest write.
using OrderedWrites = std::map<std::string_view, const Latest*>;

}  // namespace

// The transaction's writes, per column: a log of every write in order,
// with keys and values in one arena per column, released whole with the
// view (measured: per-key strings and their frees were a fifth of a
// relationship's CPU). A write only appends; the hash index of each key's
// latest write is brought up to date when the column is first read again
// (Get, Wrote, Scan), so columns that a transaction only writes (the
// adjacency, new records) never hash (measured: the index's lookups were
// ~9% of a relationship's CPU, cache misses in the bucket chains). A
// rewritten key keeps its old entry in the log and arena until the view
// goes, so their size is bounded by ApproximateSize().
struct WriteBatchView::Overlay {
  struct Hash {
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Map = std::pmr::unordered_map<std::string_view, Latest, Hash>;
  // Ordered view of `latest` (map nodes never move), brought up to date
  // when the column is scanned.
  using Ordered = OrderedWrites;
  static constexpr size_t kFirstArenaBlock = 4096;

  struct Column {
    std::pmr::monotonic_buffer_resource arena{kFirstArenaBlock};
    std::vector<std::pair<std::string_view, Latest>> log;  // every write, in order
    size_t indexed = 0;  // log entries applied to `latest`
    Map latest{&arena};
    Ordered ordered;
    std::vector<Map::const_iterator> unordered;  // keys in `latest` not yet in `ordered`

    std::string_view Copy(std::string_view bytes) {
      if (bytes.empty()) return {};
      char* out = static_cast<char*>(arena.allocate(bytes.size(), 1));
      std::memcpy(out, bytes.data(), bytes.size());
      return {out, bytes.size()};
    }

    // `latest` with every write applied.
    const Map& Index() {
      for (; indexed < log.size(); ++indexed) {
        const auto& [key, write] = log[indexed];
        auto [it, added] = latest.insert_or_assign(key, write);
        if (added) unordered.push_back(it);
      }
      return latest;
    }

    // A key to sort by: its first 8 bytes as a number (zero-padded), which
    // orders most pairs without reading the key from the arena.
    struct Sorted {
      uint64_t head;
      std::string_view key;
      const Latest* write;
    };

    // The latest write of each key, in key order.
    std::vector<Sorted> Final() const {
      std::vector<Sorted> out;
      out.reserve(log.size());
      for (const auto& [key, write] : log) {
        uint64_t big = 0;
        if (!key.empty()) std::memcpy(&big, key.data(), std::min(key.size(), sizeof big));
        out.push_back({__builtin_bswap64(big), key, &write});
      }
      // Equal keys in log order (the entries' addresses), so the last is the latest.
      std::sort(out.begin(), out.end(), [](const Sorted& a, const Sorted& b) {
        if (a.head != b.head) return a.head < b.head;
        const int order = a.key.compare(b.key);
        return order != 0 ? order < 0 : a.write < b.write;
      });
      const auto last = std::unique(out.rbegin(), out.rend(), [](const Sorted& a, const Sorted& b) { return a.key == b.key; });
      out.erase(out.begin(), last.base());
      return out;
    }
  };
  std::array<Column, static_cast<size_t>(storage::Column::kCount)> columns;

  // One RocksDB iterator per column on the view's snapshot, made by the
  // column's first scan and reused by the next ones, one scan at a time
  // (measured: making an iterator per scan was 5% of ingest's writer). It
  // has no upper bound, which could not follow the prefix of each scan; the
  // cursor stops at the end of its prefix itself (IteratorCursor::Valid).
  struct SharedIterator {
    std::unique_ptr<rocksdb::Iterator> iterator;
    bool busy = false;  // a cursor holds it
  };
  std::array<SharedIterator, static_cast<size_t>(storage::Column::kCount)> iterators;

  void Write(storage::Column c, std::string_view key, std::string_view value, bool deleted) {
    Column& column = columns[static_cast<size_t>(c)];
    const std::string_view stored_key = column.Copy(key);
    column.log.emplace_back(stored_key, Latest{deleted ? std::string_view() : column.Copy(value), deleted});
  }

  const Map& Index(storage::Column c) { return columns[static_cast<size_t>(c)].Index(); }

  const Ordered& Order(storage::Column c) {
    Column& column = columns[static_cast<size_t>(c)];
    column.Index();
    for (auto it : column.unordered) column.ordered.emplace(it->first, &it->second);
    column.unordered.clear();
    return column.ordered;
  }
};

namespace {

// A prefix scan on a column's shared iterator, which it gives back when destroyed.
class SharedCursor : public IteratorCursor {
 public:
  SharedCursor(std::string_view prefix, std::string_view from, rocksdb::Iterator* iterator, bool* busy)
      : IteratorCursor(prefix, from), busy_(busy) {
    *busy_ = true;
    SeekWith(iterator);
  }
  ~SharedCursor() override { *busy_ = false; }

 private:
  bool* busy_;
};

// A scan of nothing: the snapshot's side of WriteBatchView::ScanWrites.
class EmptyCursor : public Cursor {
 public:
  bool Valid() const override { return false; }
  void Next() override {}
  std::string_view key() const override { return {}; }
  std::string_view value() const override { return {}; }
  Status status() const override { return Status::OK(); }
};

// A prefix scan of the snapshot with the transaction's writes laid over it:
// keys in order, an overlay value shadowing the stored one, deletions hiding it.
class MergedCursor : public Cursor {
 public:
  using Ordered = OrderedWrites;

  MergedCursor(std::unique_ptr<Cursor> base, const Ordered& overlay, std::string_view prefix, std::string_view from)
      : base_(std::move(base)), it_(overlay.lower_bound(from > prefix ? from : prefix)) {
    const std::string bound = PrefixSuccessor(prefix);
    end_ = bound.empty() ? overlay.end() : overlay.lower_bound(bound);
    Settle();
  }

  bool Valid() const override { return from_overlay_ || base_->Valid(); }
  void Next() override {
    if (from_overlay_) {
      ++it_;
    } else {
      base_->Next();
    }
    Settle();
  }
  std::string_view key() const override { return from_overlay_ ? it_->first : base_->key(); }
  std::string_view value() const override { return from_overlay_ ? it_->second->value : base_->value(); }
  Status status() const override { return base_->status(); }

 private:
  // Positions on the smaller of the two heads, skipping deleted and shadowed keys.
  void Settle() {
    from_overlay_ = false;
    while (it_ != end_) {
      if (base_->Valid()) {
        const int order = base_->key().compare(it_->first);
        if (order < 0) return;   // the stored key comes first
        if (order == 0) {        // shadowed by the overlay
          base_->Next();
          continue;
        }
      }
      if (!it_->second->deleted) {
        from_overlay_ = true;
        return;
      }
      ++it_;  // deleted
    }
  }

  std::unique_ptr<Cursor> base_;
  Ordered::const_iterator it_, end_;
  bool from_overlay_ = false;
};

}  // namespace

WriteBatchView::WriteBatchView(Store* store)
    : store_(store),
      snapshot_(store->db_->GetSnapshot()),
      overlay_(std::make_unique<Overlay>()) {}

WriteBatchView::~WriteBatchView() {
  overlay_.reset();  // its iterators read at the snapshot
  store_->db_->ReleaseSnapshot(snapshot_);
}

Status WriteBatchView::Get(Column column, std::string_view key, std::string* value) const {
  const auto& latest = overlay_->Index(column);
  if (auto it = latest.find(key); it != latest.end()) {
    if (it->second.deleted) return Status::NotFound(std::string(key));
    value->assign(it->second.value);
    return Status::OK();
  }
  return GetCommitted(column, key, value);
}

Status WriteBatchView::GetCommitted(Column column, std::string_view key, std::string* value) const {
  rocksdb::ReadOptions options;
  options.snapshot = snapshot_;
  return FromRocks(store_->db_->Get(options, store_->handle(column), ToSlice(key), value), store_->path_);
}

std::unique_ptr<Cursor> WriteBatchView::ScanFrom(Column column, std::string_view prefix, std::string_view from) const {
  rocksdb::ColumnFamilyHandle* cf = store_->handle(column);
  Overlay::SharedIterator& shared = overlay_->iterators[static_cast<size_t>(column)];
  std::unique_ptr<Cursor> base;
  if (!shared.busy) {
    if (!shared.iterator) {
      rocksdb::ReadOptions options;
      options.snapshot = snapshot_;
      shared.iterator.reset(store_->db_->NewIterator(options, cf));
    }
    base = std::make_unique<SharedCursor>(prefix, from, shared.iterator.get(), &shared.busy);
  } else {  // a scan inside a scan of the same column
    base = std::make_unique<PrefixCursor>(prefix, from, snapshot_, [&](const rocksdb::ReadOptions& options) {
      return store_->db_->NewIterator(options, cf);
    });
  }
  return std::make_unique<MergedCursor>(std::move(base), overlay_->Order(column), prefix, from);
}

std::unique_ptr<Cursor> WriteBatchView::ScanWrites(Column column, std::string_view prefix) const {
  return std::make_unique<MergedCursor>(std::make_unique<EmptyCursor>(), overlay_->Order(column), prefix, std::string_view());
}

void WriteBatchView::Put(Column column, std::string_view key, std::string_view value) {
  written_ += key.size() + value.size() + 1;
  overlay_->Write(column, key, value, false);
}

WriteBatchView::Write WriteBatchView::LatestWrite(Column column, std::string_view key) const {
  const auto& latest = overlay_->Index(column);
  const auto it = latest.find(key);
  if (it == latest.end()) return Write::kNone;
  return it->second.deleted ? Write::kDelete : Write::kPut;
}

void WriteBatchView::Delete(Column column, std::string_view key) {
  written_ += key.size() + 1;
  overlay_->Write(column, key, {}, true);
}

Status WriteBatchView::Commit() {
  // The latest write of each key, in key order per column: RocksDB's
  // memtable skip list inserts a run of ascending keys from the previous
  // insert's position (measured: a third of the commit's CPU with keys in
  // the order written, most of it finding each key's place from the top;
  // see the insert hint in store.cc).
  // The batch is sized up front: every write plus its record header.
  size_t writes = 0;
  for (const auto& column : overlay_->columns) writes += column.log.size();
  rocksdb::WriteBatch batch(written_ + 16 * writes + 64);
  for (size_t c = 0; c < overlay_->columns.size(); ++c) {
    rocksdb::ColumnFamilyHandle* cf = store_->handle(static_cast<Column>(c));
    for (const auto& w : overlay_->columns[c].Final()) {
      rocksdb::Status s = w.write->deleted ? batch.Delete(cf, ToSlice(w.key)) : batch.Put(cf, ToSlice(w.key), ToSlice(w.write->value));
      if (!s.ok()) return FromRocks(s, store_->path_);
    }
  }
  return FromRocks(store_->db_->Write(rocksdb::WriteOptions(), &batch), store_->path_);
}

void WriteBatchView::ForEachWrite(Column column,
                                  const std::function<void(std::string_view key, bool deleted)>& fn) const {
  for (const auto& [key, write] : overlay_->Index(column)) fn(key, write.deleted);
}

size_t WriteBatchView::ApproximateSize() const { return written_; }

}  // namespace cg::storage
