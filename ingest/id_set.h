// IdSet: a set of vocabulary ids (vocabulary.h) held as bits, for a small set
// asked about many times (a sentence's words, asked by every candidate rule in
// Rule::MayMatch). Has is one bit test where a binary search of the sorted ids
// mispredicted a branch at nearly every step (perf: Rule::MayMatch was 3.5% of
// the ingest's cycles for 1.5% of its instructions).
//
// Contract: holds exactly the ids it was built from; any id may be asked
// (one past the largest held is answered without reading the bits). Its
// memory is the largest id / 8 bytes.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace cg::ingest {

class IdSet {
 public:
  IdSet() = default;
  explicit IdSet(const std::vector<uint32_t>& ids) {
    uint32_t largest = 0;
    for (const uint32_t id : ids) largest = std::max(largest, id);
    if (!ids.empty()) bits_.assign(largest / 64 + 1, 0);  // sized once (growing it per id cost ~10 appends a sentence)
    for (const uint32_t id : ids) bits_[id / 64] |= uint64_t{1} << (id % 64);
  }

  bool Has(uint32_t id) const { return id / 64 < bits_.size() && ((bits_[id / 64] >> (id % 64)) & 1) != 0; }

 private:
  std::vector<uint64_t> bits_;
};

}  // namespace cg::ingest
