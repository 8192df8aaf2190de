// Rule: a variable-length expansion whose paths matter only through their
// distinct end nodes becomes an ExpandReachable (execution/operators/expand_reachable.cc),
// a BFS frontier instead of an enumeration of every path:
//
//   MATCH (p {id: $id})-[*1..3]-(n) WHERE n.id <> $id RETURN count(DISTINCT n)
//
// It applies when the expansion
//  * is anonymous, in no named path, with no relationship property map, no
//    bound end or relationship and no relationships bound earlier in its
//    MATCH (so nothing sees which relationships a path used), and
//  * has a minimum length of 0 or 1 (then the end nodes of its trails are
//    the nodes at BFS distance min..max, plus the start node when a closed
//    trail of length <= max passes through it: graph/traversal.h), and
//  * feeds, through filters and projections only, an aggregation whose
//    aggregates ignore duplicates (DISTINCT ones, min, max) or a DISTINCT:
//    so how many rows each end node had cannot change the result.
// The original Expand stays as the operator's inner plan, the fallback
// when there is no projection (a transaction that has written).
//
// When the aggregation is exactly one count(DISTINCT n) without grouping
// keys and every filter between compares a property of n with a parameter
// or literal (`WHERE n.id <> $id`), aggregation, filters and expansion
// become one CountReachable: no rows at all, the filters read from the
// projection's property columns (execution/operators/count_reachable.cc).
#pragma once

#include "query/planner/plan.h"

namespace cg::query::optimizer {

void ExpandToReachable(planner::Plan* plan);

}  // namespace cg::query::optimizer
