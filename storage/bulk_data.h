// BulkData: key/value pairs for Store::IngestSorted, in any order (a
// repeated key keeps the value put last), packed into one buffer per
// column: a bulk load holds millions of small pairs. So that a load's
// memory stays bounded, the pairs can be spilled: sorted and written to
// one run file per column (storage/bulk_data_runs.h), which ForEachSorted
// merges with the others and with the pairs still in memory.
//
//   BulkData data;
//   data.Put(Column::kNodes, key, value);
//   if (data.memory() > budget) s = data.Spill(dir);  // optional
//   other.Append(&data);      // moves data's pairs (and runs) after other's own
//   data.Sort(Column::kNodes);  // then ForEachSorted
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/status.h"
#include "storage/format.h"

namespace cg::storage {

class BulkData {
 public:
  BulkData() = default;
  BulkData(const BulkData&) = delete;
  BulkData& operator=(const BulkData&) = delete;
  ~BulkData();  // deletes its run files

  void Put(Column column, std::string_view key, std::string_view value = {});
  // Moves `other`'s pairs here, as if put after this one's; `other` is left empty.
  void Append(BulkData* other);
  // Pairs put into `column` (in memory or spilled), and their bytes.
  size_t size(Column column) const;
  size_t bytes(Column column) const;
  // The memory the pairs held in memory take, in bytes.
  size_t memory() const;

  // Sorts each column's pairs in memory, writes them to a new run file in
  // `dir` (an existing directory) and frees their memory. IOError naming
  // the file when it cannot be written.
  Status Spill(const std::string& dir);

  // Orders `column`'s pairs in memory by key (bytewise) and marks all but
  // the last put of a repeated key as superseded. Then ForEachSorted(column,
  // fn) calls fn(key, value) for each live pair — of the runs and in memory —
  // in key order; fn returns false to stop. IOError when a run cannot be read.
  void Sort(Column column);
  using Visitor = std::function<bool(std::string_view key, std::string_view value)>;
  Status ForEachSorted(Column column, const Visitor& fn) const;
  // Drops `column`'s pairs, their memory and their run files.
  void Release(Column column);

  static constexpr size_t kBlockBytes = 4 << 20;

 private:
  // Pairs are bytes in blocks that never move; an Entry locates one.
  struct Entry {
    uint64_t head;    // 8 key bytes, big-endian, zero-padded: what sorting compares first
    uint64_t offset;  // block << 32 | offset of the key in it (the value follows); kSuperseded; also the order of Puts
    uint32_t key_size, value_size;
  };
  static constexpr uint64_t kSuperseded = uint64_t{1} << 63;
  // A spilled run: put after the pairs in memory whose block is below
  // `blocks_before`, before the others.
  struct Run {
    std::string path;
    uint64_t blocks_before = 0;
  };
  struct Part {
    std::vector<std::string> blocks;
    std::vector<Entry> entries;
    size_t bytes = 0;  // of the pairs in memory
    std::vector<Run> runs;  // in put order
    size_t spilled_pairs = 0, spilled_bytes = 0;
    std::string_view key(const Entry& e) const;
    std::string_view value(const Entry& e) const;
  };
  static void SortPart(Part* part);
  static Status MergeRuns(const Part& part, const Visitor& fn);
  std::array<Part, static_cast<size_t>(Column::kCount)> parts_;
};

}  // namespace cg::storage
