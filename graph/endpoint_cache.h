// EndpointCache: the labels of committed nodes that write transactions read
// as relationship ends, so that the next relationship at the same node
// reads no record (measured: the two record reads per relationship were a
// fifth of WriteTxn's CPU).
//
// Contract: only the holder of the Graph's writer slot uses it, and every
// commit, before it releases the slot, sets the nodes it wrote to their new
// labels and forgets those it deleted (all of them when it failed), so an
// entry always equals the committed record's labels. Only records
// read from the committed state may be inserted (never a transaction's own
// uncommitted writes). Memory: 4 bytes per node id up to the largest id
// inserted, plus each distinct label set once.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/types.h"

namespace cg::graph {

class EndpointCache {
 public:
  // The labels of committed node `id`, or null when not cached.
  const std::vector<std::string>* Find(NodeId id) const {
    return id < slots_.size() && slots_[id] ? &sets_[slots_[id] - 1]->first : nullptr;
  }
  void Insert(NodeId id, const std::vector<std::string>& labels);
  void Forget(NodeId id) {
    if (id < slots_.size()) slots_[id] = 0;
  }

 private:
  using Sets = std::map<std::vector<std::string>, uint32_t>;  // label set -> its slot value
  std::vector<uint32_t> slots_;            // by node id: 0 unknown, else 1 + index into sets_
  Sets by_labels_;
  std::vector<Sets::const_pointer> sets_;  // by index; map nodes never move
};

}  // namespace cg::graph
