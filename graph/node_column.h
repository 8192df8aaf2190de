// NodeColumn: one property of every vertex of a Projection (projection.h),
// null where a node lacks it (Graph::NodeColumnFor). Values live in chunks
// shared by copies, so that the column of the next committed state is a
// copy that re-reads the changed nodes and clones only their chunks.
#pragma once

#include <memory>
#include <vector>

#include "schema/value.h"

namespace cg::graph {

class NodeColumn {
 public:
  explicit NodeColumn(size_t size) { Resize(size); }

  size_t size() const { return size_; }
  const Value& operator[](size_t v) const { return (*chunks_[v >> kShift])[v & kMask]; }

  // New vertices get null.
  void Resize(size_t size) {
    const size_t chunks = (size + kMask) >> kShift;
    while (chunks_.size() < chunks) chunks_.push_back(std::make_shared<std::vector<Value>>(kMask + 1));
    chunks_.resize(chunks);
    size_ = size;
  }
  // Clones v's chunk first when another column shares it.
  void Set(size_t v, Value value) {
    std::shared_ptr<std::vector<Value>>& chunk = chunks_[v >> kShift];
    if (chunk.use_count() > 1) chunk = std::make_shared<std::vector<Value>>(*chunk);
    (*chunk)[v & kMask] = std::move(value);
  }

 private:
  static constexpr size_t kShift = 12;
  static constexpr size_t kMask = (size_t{1} << kShift) - 1;
  std::vector<std::shared_ptr<std::vector<Value>>> chunks_;
  size_t size_ = 0;
};

}  // namespace cg::graph
