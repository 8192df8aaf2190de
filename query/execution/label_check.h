// LabelCheck: whether nodes carry a pattern's labels, for operators that
// test the labels of many nodes (Expand, RelationshipScan). On the query's
// CSR projection it reads the per-state label columns
// (Graph::LabelColumnFor: one bit per vertex, no node record read);
// without one (a transaction that has written, no Graph) it asks the
// executor, which reads the node.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/projection.h"
#include "query/execution/context.h"
#include "query/execution/csr_edges.h"

namespace cg::query::execution {

class Executor;

class LabelCheck {
 public:
  // `labels` must outlive the check; empty: every node passes.
  LabelCheck(Executor* exec, const std::vector<std::string>& labels) : exec_(exec), labels_(labels) {}

  // Takes the projection of the query's reader now (csr_edges.h
  // ProjectionOf with `use`; it changes when the query writes) and its
  // columns, read again only when the projection changed. Call before
  // checking a batch.
  void Refresh(ProjectionUse use = ProjectionUse::kBuild);
  // The projection whose vertices HasVertex takes, or null.
  const std::shared_ptr<const graph::Projection>& projection() const { return projection_; }

  bool empty() const { return labels_.empty(); }
  // Requires projection().
  bool HasVertex(graph::Projection::Vertex v) const {
    for (const auto& column : columns_) {
      if (!(*column)[v]) return false;
    }
    return true;
  }
  // Whether node `id` has every label (`row`: the current row, for the
  // executor's check).
  bool Has(graph::NodeId id, const Row& row) const;

 private:
  Executor* exec_;
  const std::vector<std::string>& labels_;
  std::shared_ptr<const graph::Projection> projection_;  // the columns' projection, or null
  std::vector<std::shared_ptr<const graph::Graph::LabelColumn>> columns_;
};

}  // namespace cg::query::execution
