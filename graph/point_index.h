// PointIndex: an in-memory copy of one indexed property's exact-value
// index (keys.h Property entries: key, value, node) as one committed state
// holds it, for point lookups (`MATCH (p:Person {id: $id})`) that should
// not seek RocksDB. Built from the index's key range alone (no record is
// read); immutable once built. Graph::PointIndexFor builds and shares it.
//
// LabelSet: whether each node carries one label, by node id, from the
// label index's key range likewise (Graph::LabelSetFor).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/types.h"

namespace cg::graph {

class PointIndex {
 public:
  // Adds one index entry; `value` is the entry's encoded value (the key's
  // bytes between the property name's terminator and the node id). Entries
  // must come in index order (value, then node). Call Seal once after the
  // last.
  void Add(std::string_view value, NodeId node);
  void Seal();

  // The nodes whose property equals `value` (a scalar; lists and null match
  // nothing), in id order: what Reader::ForEachNodeWithProperty reports
  // for the same state, without the names and aliases in lists, which the
  // property index leaves to the names index (index_entries.h) and which
  // an equality seek, this index's use, never matches.
  template <typename Fn>
  void ForEach(std::string_view key, const Value& value, const Fn& fn) const {
    const std::string encoded = Encode(key, value);
    if (encoded.empty()) return;
    const uint64_t hash = Hash(encoded);
    auto it = std::lower_bound(groups_.begin(), groups_.end(), hash,
                               [](const Group& g, uint64_t h) { return g.hash < h; });
    for (; it != groups_.end() && it->hash == hash; ++it) {
      if (std::string_view(values_).substr(it->offset, it->size) != encoded) continue;
      for (uint32_t i = it->first; i < it->first + it->count; ++i) {
        if (!fn(nodes_[i])) return;
      }
    }
  }

  size_t entries() const { return nodes_.size(); }
  // Bytes held (what Graph::PointCacheBytes reports).
  size_t bytes() const;

 private:
  struct Group {  // the nodes of one value
    uint64_t hash;
    uint32_t offset, size;  // the value in values_
    uint32_t first, count;  // its nodes in nodes_
  };
  // The encoded value as the index has it; empty for null and lists.
  static std::string Encode(std::string_view key, const Value& value);
  static uint64_t Hash(std::string_view encoded);

  std::string values_;
  std::vector<Group> groups_;  // by hash after Seal
  std::vector<NodeId> nodes_;
};

class LabelSet {
 public:
  void Add(NodeId node) {
    if (node >= bits_.size()) bits_.resize(node + 1, false);
    bits_[node] = true;
  }
  bool Has(NodeId node) const { return node < bits_.size() && bits_[node]; }
  size_t bytes() const { return bits_.capacity() / 8; }

 private:
  std::vector<bool> bits_;
};

}  // namespace cg::graph
