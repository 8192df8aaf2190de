// Aggregate rules: aggregations that fold what an expansion finds without
// producing its rows.
//
//  * An Aggregate directly over a one-hop Expand of a fresh relationship and
//    node (label checks included, no relationship property map), or over an
//    OPTIONAL MATCH that is only such an Expand, whose key items read
//    neither the hop's relationship nor its node, takes the hop as its
//    `inner` and becomes an ExpandAggregate
//    (execution/operators/expand_aggregate.cc): the keys are evaluated once
//    per input row and each relationship followed is folded without a row.
//      OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(o)
//      RETURN o.id, o.name, count(DISTINCT m)
// Queries that write keep their plans.
#pragma once

#include "query/planner/plan.h"

namespace cg::query::optimizer {

void FuseExpandAggregates(planner::Plan* plan);

}  // namespace cg::query::optimizer
