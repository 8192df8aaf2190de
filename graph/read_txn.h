// ReadTxn: a consistent, read-only snapshot of a Graph.
#pragma once

#include <cstdint>
#include <memory>

#include "graph/reader.h"

namespace cg::storage {
class Snapshot;
}

namespace cg::graph {

class Graph;

class ReadTxn : public Reader {
 public:
  explicit ReadTxn(std::unique_ptr<storage::Snapshot> snapshot);
  ~ReadTxn() override;

 private:
  friend class Graph;
  friend class Projection;
  std::unique_ptr<storage::Snapshot> snapshot_;
  // Set by Graph::BeginRead: the Graph and how many commits the snapshot
  // holds (Graph::ProjectionFor's key); kUnknownState when a commit was
  // being published while the snapshot was taken.
  static constexpr uint64_t kUnknownState = ~uint64_t{0};
  const Graph* graph_ = nullptr;
  uint64_t state_ = kUnknownState;
};

}  // namespace cg::graph
