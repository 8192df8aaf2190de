// ExpandReachable: the distinct end nodes of a variable-length expansion,
// for plans where only those matter (the optimizer's reachability rule,
// optimizer/reachability.h). On the CSR projection it is a BFS frontier
// (graph::ForEachReachable) instead of an enumeration of every path.
#pragma once

#include <functional>
#include <vector>

#include "query/execution/context.h"

namespace cg::query::execution {

// For one input row: one row per distinct end node of op's pattern from
// op.from_slot (end in op.slot, op.rel_slot null). By BFS on the
// projection when there is one; otherwise by running op.inner (the
// original Expand over an Argument) through `run` and keeping the first
// row of each end node.
void ExpandReachable(const ExecContext& ctx, const planner::Operator& op, const Row& row,
                     const std::function<std::vector<Row>(const planner::Operator&, const Row&)>& run,
                     const std::function<void(Row)>& emit);

// CountReachable: count(DISTINCT n) over the end nodes of op's pattern
// from every row of `in` that pass the filters of op.inner (comparisons of
// a property of n with a parameter or literal), without producing rows:
// one BFS per row on the projection, the union kept in visit marks, the
// properties read from Graph::NodeColumnFor. Without a projection: runs
// op.inner (the filters over the original Expand) per row and counts the
// distinct end nodes.
int64_t CountReachable(const ExecContext& ctx, const planner::Operator& op, const std::vector<Row>& in,
                       const std::function<std::vector<Row>(const planner::Operator&, const Row&)>& run);

}  // namespace cg::query::execution
