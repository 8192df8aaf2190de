// Internal to storage/: the glue between RocksDB and the Store's types —
// slices, status translation, and cursors over RocksDB iterators.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/iterator.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "schema/status.h"
#include "storage/store.h"

namespace cg::storage {

inline rocksdb::Slice ToSlice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

// The smallest key greater than every key that starts with `prefix`;
// "" when there is none (prefix empty or all 0xff).
std::string PrefixSuccessor(std::string_view prefix);

// A RocksDB status as ours, naming the database at `path`.
Status FromRocks(const rocksdb::Status& s, const std::string& path);

// The keys under a prefix, read from a positioned RocksDB iterator that
// subclasses own or borrow.
class IteratorCursor : public Cursor {
 public:
  bool Valid() const override { return it_->Valid() && it_->key().starts_with(ToSlice(prefix_)); }
  void Next() override { it_->Next(); }
  std::string_view key() const override { return {it_->key().data(), it_->key().size()}; }
  std::string_view value() const override { return {it_->value().data(), it_->value().size()}; }
  Status status() const override { return FromRocks(it_->status(), "(scan)"); }

 protected:
  // Positioned at the first key under `prefix` that is >= `from`.
  IteratorCursor(std::string_view prefix, std::string_view from)
      : prefix_(prefix), from_(from > prefix ? from : prefix) {}
  void SeekWith(rocksdb::Iterator* it) {
    it_ = it;
    it_->Seek(ToSlice(from_));
  }

 private:
  const std::string prefix_, from_;
  rocksdb::Iterator* it_ = nullptr;
};

// A prefix scan: owns the upper bound that its iterator's ReadOptions point at.
class PrefixCursor : public IteratorCursor {
 public:
  using IteratorFactory = std::function<rocksdb::Iterator*(const rocksdb::ReadOptions&)>;

  PrefixCursor(std::string_view prefix, std::string_view from, const rocksdb::Snapshot* snapshot,
               const IteratorFactory& make)
      : IteratorCursor(prefix, from), bound_(PrefixSuccessor(prefix)), bound_slice_(ToSlice(bound_)) {
    rocksdb::ReadOptions options;
    options.snapshot = snapshot;
    if (!bound_.empty()) options.iterate_upper_bound = &bound_slice_;
    owned_.reset(make(options));
    SeekWith(owned_.get());
  }

 private:
  const std::string bound_;
  const rocksdb::Slice bound_slice_;
  std::unique_ptr<rocksdb::Iterator> owned_;
};

}  // namespace cg::storage
