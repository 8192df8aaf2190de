// The subgraph a query returns, as a graph of its own: the nodes and
// relationships named, each relationship with its two end nodes, copied
// with labels, properties, evidence and claims into `into` (normally an
// in-memory Graph opened without ontology checks), so that every exporter
// can write it. Ids in `into` are its own.
#pragma once

#include <set>

#include "graph/graph.h"
#include "schema/status.h"

namespace cg::exchange {

Status CopySubgraph(const graph::Reader& from, const std::set<graph::NodeId>& nodes,
                    const std::set<graph::RelId>& relationships, graph::Graph* into);

}  // namespace cg::exchange
