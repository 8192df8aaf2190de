// HiddenRels: what a query leaves out: run as of a day
// (QueryOptions::as_of), the relationships that do not hold on the day by
// their `since`, `until` and `date` (schema/validity.h); unless it shows
// rejected facts (QueryOptions::show_rejected), the relationships a
// curation decision rejected (graph/curation/decision_store.h). Nodes have no validity: every node stays visible,
// and one whose relationships are all hidden is simply unconnected.
//
// Every relationship-enumerating path honours it: the CSR kernels through
// graph::EdgeFilter's hidden bits (Expand, variable-length, shortestPath,
// RelationshipScan, the reachability and aggregate fusions), the adjacency
// scans of the reader through ExecContext::Sees (PatternEdges,
// ExpandCount), and CountFromStore by subtracting the hidden count of each
// type.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "graph/graph.h"
#include "graph/traversal.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::query::execution {

struct HiddenRels {
  graph::EdgeFilter::RelBits ids;                 // by relationship id
  std::map<std::string, uint64_t, std::less<>> by_type;  // how many of each type

  void Add(graph::RelId rel, std::string_view type);
  bool Has(graph::RelId rel) const { return rel < ids.size() && ids.test(rel); }
  uint64_t OfType(std::string_view type) const {
    auto it = by_type.find(type);
    return it == by_type.end() ? 0 : it->second;
  }
};

// The relationships `reader` sees that do not hold on `day`. With a Graph
// whose CSR projection of reader's state can be had (Graph::ProjectionFor),
// read from the per-state `since`, `until` and `date` columns of every type
// (Graph::RelColumnFor: built once per committed state and shared, so only
// the first as-of query of a state reads relationship records); otherwise
// (no Graph, a state that cannot be named) by one scan of the relationship
// records. `tick` is called per relationship (the query's cancel check).
Status CollectHidden(const graph::Graph* graph, const graph::Reader& reader, const Date& day,
                     const std::function<void()>& tick, HiddenRels* out);
// Adds the rejected relationships `reader` sees to *out; *any tells
// whether there was one.
Status AddRejected(const graph::Reader& reader, HiddenRels* out, bool* any);

}  // namespace cg::query::execution
