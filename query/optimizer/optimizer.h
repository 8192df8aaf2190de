// Optimizer: rewrites a logical plan in place.
//
//  * Filter push-down: a Filter moves below the pattern operators (scans,
//    expansions, entity filters, semi-applies) that do not bind any slot it reads, so
//    predicates prune rows as early as possible.
//  * Index seeks: a NodeScan whose node is filtered right above by an
//    equality on an indexed property (a pattern property map
//    `(p:Person {name: $n})` or `WHERE p.name = $n`) becomes a
//    NodeIndexSeek; `id(n) = $x` or `elementId(n) = $x` makes it a
//    NodeByIdSeek. The filter stays as the exact check (the seek only
//    narrows the candidates).
//  * Index rules (index_rules.h): seeks on the user's indexes of the
//    catalog — equality, ranges, STARTS WITH.
//  * Count rules (count_rules.h): count(*) from store statistics or by
//    counting relationships instead of producing rows.
//  * Scan rules (scan_rules.h): label checks on per-state label columns
//    inside Expand; node scan + typed hop read from the CSR projection.
//  * Aggregate rules (aggregate_rules.h): an aggregation over a one-hop
//    expansion folds the relationships it follows without their rows.
//  * Reachability (reachability.h): a variable-length expansion whose
//    paths matter only through their distinct end nodes becomes a BFS.
#pragma once

#include "graph/catalog.h"
#include "query/planner/plan.h"

namespace cg::query::optimizer {

// `catalog`: the user's indexes the plan may seek (null: none).
void Optimize(planner::Plan* plan, const graph::Catalog* catalog = nullptr);

}  // namespace cg::query::optimizer
