// RelColumn: one property of every relationship of one type in a committed
// state (Graph::RelColumnFor), by relationship id: null where such a
// relationship lacks the property, absent (Find gives null) for an id that
// is not a relationship of the type. Values live in chunks of an id range,
// shared by copies like NodeColumn's, so that the column of the next
// committed state re-reads the changed relationships and clones only their
// chunks.
#pragma once

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

#include "graph/types.h"
#include "schema/value.h"

namespace cg::graph {

class RelColumn {
 public:
  // The value of relationship `rel`, or null when it is not in the column.
  const Value* Find(RelId rel) const {
    const size_t c = rel >> kShift;
    if (c >= chunks_.size() || !chunks_[c]) return nullptr;
    const Chunk& chunk = *chunks_[c];
    auto it = std::lower_bound(chunk.begin(), chunk.end(), rel, [](const Entry& e, RelId r) { return e.first < r; });
    return it != chunk.end() && it->first == rel ? &it->second : nullptr;
  }
  size_t size() const { return size_; }
  // Calls fn(rel, value) for each relationship in the column, by id.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const auto& chunk : chunks_) {
      if (!chunk) continue;
      for (const auto& [rel, value] : *chunk) fn(rel, value);
    }
  }

  // Adds `rel` or replaces its value; cheapest in ascending id order.
  void Set(RelId rel, Value value) {
    Chunk& chunk = Own(rel >> kShift);
    auto it = std::lower_bound(chunk.begin(), chunk.end(), rel, [](const Entry& e, RelId r) { return e.first < r; });
    if (it != chunk.end() && it->first == rel) {
      it->second = std::move(value);
      return;
    }
    chunk.emplace(it, rel, std::move(value));
    ++size_;
  }
  void Erase(RelId rel) {
    const size_t c = rel >> kShift;
    if (c >= chunks_.size() || !chunks_[c] || !Find(rel)) return;
    Chunk& chunk = Own(c);
    chunk.erase(std::lower_bound(chunk.begin(), chunk.end(), rel,
                                 [](const Entry& e, RelId r) { return e.first < r; }));
    --size_;
  }

 private:
  using Entry = std::pair<RelId, Value>;
  using Chunk = std::vector<Entry>;  // sorted by id
  static constexpr size_t kShift = 12;

  // Chunk c, created or cloned first when another column shares it.
  Chunk& Own(size_t c) {
    if (c >= chunks_.size()) chunks_.resize(c + 1);
    std::shared_ptr<Chunk>& chunk = chunks_[c];
    if (!chunk) chunk = std::make_shared<Chunk>();
    else if (chunk.use_count() > 1) chunk = std::make_shared<Chunk>(*chunk);
    return *chunk;
  }

  std::vector<std::shared_ptr<Chunk>> chunks_;  // by id >> kShift; null: no relationship of the type there
  size_t size_ = 0;
};

}  // namespace cg::graph
