// BulkData: key/value pairs for Store::IngestSorted, in any order (a
// repeated key keeps the value put last), packed into one buffer per
// column: a bulk load holds millions of small pairs.
//
//   BulkData data;
//   data.Put(Column::kNodes, key, value);
//   other.Append(&data);      // moves data's pairs after other's own
//   data.Sort(Column::kNodes);  // then ForEachSorted
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storage/format.h"

namespace cg::storage {

class BulkData {
 public:
  void Put(Column column, std::string_view key, std::string_view value = {});
  // Moves `other`'s pairs here, as if put after this one's; `other` is left empty.
  void Append(BulkData* other);
  size_t size(Column column) const { return parts_[static_cast<size_t>(column)].entries.size(); }
  size_t bytes(Column column) const { return parts_[static_cast<size_t>(column)].bytes; }

  // Orders `column`'s pairs by key (bytewise) and marks all but the last put
  // of a repeated key as superseded. Then ForEachSorted(column, fn) calls
  // fn(key, value) for each live pair in key order; fn returns false to stop.
  void Sort(Column column);
  template <typename Fn>
  bool ForEachSorted(Column column, Fn fn) const;
  // Drops `column`'s pairs and their memory.
  void Release(Column column) { parts_[static_cast<size_t>(column)] = {}; }

  static constexpr size_t kBlockBytes = 4 << 20;

 private:
  // Pairs are bytes in blocks that never move; an Entry locates one.
  struct Entry {
    uint64_t head;    // 8 key bytes, big-endian, zero-padded: what sorting compares first
    uint64_t offset;  // block << 32 | offset of the key in it (the value follows); kSuperseded; also the order of Puts
    uint32_t key_size, value_size;
  };
  static constexpr uint64_t kSuperseded = uint64_t{1} << 63;
  struct Part {
    std::vector<std::string> blocks;
    std::vector<Entry> entries;
    size_t bytes = 0;
    std::string_view key(const Entry& e) const;
    std::string_view value(const Entry& e) const;
  };
  static void SortPart(Part* part);
  std::array<Part, static_cast<size_t>(Column::kCount)> parts_;
};

template <typename Fn>
bool BulkData::ForEachSorted(Column column, Fn fn) const {
  const Part& part = parts_[static_cast<size_t>(column)];
  for (const Entry& e : part.entries) {
    if (e.offset & kSuperseded) continue;
    if (!fn(part.key(e), part.value(e))) return false;
  }
  return true;
}

}  // namespace cg::storage
