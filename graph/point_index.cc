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

void PropertyColumn::Add(NodeId node, const Value& value) {
  while (kinds_.size() < node) {
    kinds_.push_back(Kind::kNoNode);
    offsets_.push_back(static_cast<uint32_t>(text_.size()));
  }
  Kind kind = value.is_null() ? Kind::kAbsent : value.is_string() ? Kind::kString : Kind::kOther;
  // Offsets are 32-bit: strings past 4 GiB are left to the records.
  if (kind == Kind::kString && text_.size() + value.as_string().size() <= UINT32_MAX) {
    text_.append(value.as_string());
  } else if (kind == Kind::kString) {
    kind = Kind::kOther;
  }
  kinds_.push_back(kind);
  offsets_.push_back(static_cast<uint32_t>(text_.size()));
}

void PropertyColumn::Seal() {
  text_.shrink_to_fit();
  kinds_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

}  // namespace cg::graph
