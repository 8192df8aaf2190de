#include "graph/point_index.h"

#include <functional>

#include "graph/keys.h"

namespace cg::graph {

void PointIndex::Add(std::string_view value, NodeId node) {
  if (groups_.empty() || std::string_view(values_).substr(groups_.back().offset, groups_.back().size) != value) {
    groups_.push_back({Hash(value), static_cast<uint32_t>(values_.size()), static_cast<uint32_t>(value.size()),
                       static_cast<uint32_t>(nodes_.size()), 0});
    values_.append(value);
  }
  ++groups_.back().count;
  nodes_.push_back(node);
}

void PointIndex::Seal() {
  std::sort(groups_.begin(), groups_.end(), [](const Group& a, const Group& b) { return a.hash < b.hash; });
  groups_.shrink_to_fit();
  nodes_.shrink_to_fit();
  values_.shrink_to_fit();
}

size_t PointIndex::bytes() const {
  return values_.capacity() + groups_.capacity() * sizeof(Group) + nodes_.capacity() * sizeof(NodeId);
}

std::string PointIndex::Encode(std::string_view key, const Value& value) {
  if (value.is_null() || value.is_list()) return {};
  return keys::PropertyPrefix(key, value).substr(key.size() + 1);
}

uint64_t PointIndex::Hash(std::string_view encoded) { return std::hash<std::string_view>()(encoded); }

}  // namespace cg::graph
