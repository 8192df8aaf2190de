// shortestPath / allShortestPaths on the CSR projection: a bidirectional
// BFS (graph/traversal.h) instead of a one-sided search over storage.
#pragma once

#include <functional>

#include "graph/projection.h"
#include "query/execution/context.h"

namespace cg::query::execution {

// For one input row of the ShortestPath operator `op` (ends src and dst):
// emits its rows, each with the path in op.slot and its relationships in
// op.rel_slot (a list for a variable-length pattern), and returns true.
// Returns false, emitting nothing, when the projection cannot answer and
// the caller must search storage: no projection (null), a property map on
// the relationship, a minimum length above 1, or src == dst.
bool CsrShortestPath(const ExecContext& ctx, const graph::Projection* projection, const planner::Operator& op,
                     const Row& row, graph::NodeId src, graph::NodeId dst, const std::function<void(Row)>& emit);

}  // namespace cg::query::execution
