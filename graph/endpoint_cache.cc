#include "graph/endpoint_cache.h"

#include <algorithm>

namespace cg::graph {

namespace {

// Past these the cache starts over rather than grow without bound (ids of
// a sparse id space, or schemaless data with very many label sets).
constexpr size_t kMaxSlots = size_t{1} << 28;
constexpr size_t kMaxSets = size_t{1} << 16;

}  // namespace

void EndpointCache::Insert(NodeId id, const std::vector<std::string>& labels) {
  if (id >= kMaxSlots) return;
  auto found = by_labels_.find(labels);
  if (found == by_labels_.end()) {
    if (sets_.size() == kMaxSets) {
      slots_.clear();
      by_labels_.clear();
      sets_.clear();
    }
    found = by_labels_.emplace(labels, static_cast<uint32_t>(sets_.size() + 1)).first;
    sets_.push_back(&*found);
  }
  if (id >= slots_.size()) slots_.resize(std::max<size_t>(id + 1, slots_.size() * 3 / 2), 0);
  slots_[id] = found->second;
}

}  // namespace cg::graph
