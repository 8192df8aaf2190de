// ProjectionDelta: the adjacency changes of one committed write batch, what a
// Projection (projection.h) of the state before needs to become one of the
// state after: relationships added and removed (as their outgoing adjacency
// keys), node and relationship records written (created or changed) and
// deleted (for the property columns patched with it). Only the
// latest write of each key counts, so a relationship created and deleted in
// the same transaction appears as removed, and removing it is a no-op.
#pragma once

#include <string>
#include <vector>

#include "graph/types.h"
#include "schema/status.h"

namespace cg::storage {
class WriteBatchView;
}

namespace cg::graph {

struct ProjectionDelta {
  struct Rel {
    NodeId from = 0;
    std::string type;
    NodeId to = 0;
    RelId rel = 0;
  };
  std::vector<Rel> added, removed;
  std::vector<NodeId> nodes_written, nodes_deleted;  // each sorted
  std::vector<RelId> rels_written, rels_deleted;     // likewise

  // Reads the write set of `batch` before it commits. Fails only on a
  // malformed adjacency key.
  static Status FromBatch(const storage::WriteBatchView& batch, ProjectionDelta* delta);
  size_t size() const {
    return added.size() + removed.size() + nodes_written.size() + nodes_deleted.size() + rels_written.size() +
           rels_deleted.size();
  }
};

}  // namespace cg::graph
