// Scan rules: pattern matching that reads fewer records.
//
//  * Label checks in the expansion: an EntityFilter checking the labels of
//    the node a one-hop Expand has just bound moves into that Expand
//    (Operator::labels), which tests them on the per-state label columns
//    (execution/label_check.h) instead of reading each neighbour's record.
//    Property checks stay in the EntityFilter.
//      (o)<-[:MEMBER_OF]-(m:Person)  ->  Expand (o)<-[:MEMBER_OF]-(m) with labels
//  * Scans by relationship type: a MATCH that starts with a node scan (all
//    nodes or one label) and expands one typed, directed hop from it,
//      (:Person)-[r:LEADS]->(o)
//    becomes a RelationshipScan: the relationships of those types straight
//    from the CSR projection, the start's label checked on its column. At
//    run time it walks the projection unless the label is rare (on fewer
//    than 1/64 of the nodes, by the store statistics: then reading the
//    label's index is cheaper); then, and without a projection, it runs its
//    inner plan, the original scan and Expand.
// Both keep the rows and their order: a scan by type emits, like the node
// scan it replaces, by start node id, then by the adjacency order.
#pragma once

#include "query/planner/plan.h"

namespace cg::query::optimizer {

void RewriteScans(planner::Plan* plan);

}  // namespace cg::query::optimizer
