// Count rules: aggregations that count what the store or the adjacency
// already knows, without producing the counted rows.
//
//  * `MATCH (n:L) RETURN count(*)` (or count(n)) becomes CountFromStore of
//    label L (Reader::CountLabels).
//  * `MATCH ()-[r:T]->() RETURN count(*)` (or count(r); any direction
//    given; types optional) and `... RETURN type(r), count(*)` become
//    CountFromStore of relationship types (Reader::CountRelationshipTypes).
//  * count(*) whose input ends in a one-hop Expand (and possibly a label
//    check of its new node) becomes ExpandCount: per input row it adds the
//    number of relationships the Expand would follow, minus those the
//    MATCH already bound (relationship uniqueness), so
//    `(a:Person)-[:MEMBER_OF]->(o)<-[:MEMBER_OF]-(b:Person)` is counted in
//    the time of its first hop.
// Queries that write keep their plans (the counts then change as they run).
#pragma once

#include "query/planner/plan.h"

namespace cg::query::optimizer {

void RewriteCounts(planner::Plan* plan);

}  // namespace cg::query::optimizer
