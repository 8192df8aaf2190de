// Index rules: seeks on the user's indexes (graph/catalog.h). A NodeScan of
// a label with a RANGE or UNIQUE index on (label, key), under filters on
// that key whose other side can be computed before the scan, becomes a
// NodeIndexSeek naming the index:
//
//   (p:Person {born: $y}), WHERE p.born = $y           equality
//   WHERE p.born >= date('1960') [AND p.born < $to]    a range (either bound, or both)
//   WHERE p.name STARTS WITH 'Guz'                     a prefix
//
// Equality wins over a range, a range over a prefix. The filters stay above
// the seek as the exact check (the seek finds a superset: numbers compare
// as doubles, dates by year at the bounds, bounds inclusive).
#pragma once

#include <set>
#include <string>

#include "graph/catalog.h"
#include "query/planner/plan.h"

namespace cg::query::optimizer {

// Turns `scan` (a NodeScan whose filters are the operators from `top` down
// to it; `above`: the slots bound above) into a seek on a user index when
// one applies; returns whether it did.
bool SeekUserIndex(planner::Operator* top, planner::Operator* scan, const std::set<int>& above,
                   const graph::Catalog& catalog, const std::string& source);

}  // namespace cg::query::optimizer
