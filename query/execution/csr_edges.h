// Relationship iteration for the pattern operators: on the CSR projection
// of the query's committed state when there is one (Graph::ProjectionFor),
// otherwise by adjacency scans of the reader (a transaction that has
// written, or no Graph in the context).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/projection.h"
#include "query/execution/context.h"

namespace cg::query::execution {

// The projection of ctx's reader, or null. Fails with a runtime error when
// building it cannot read storage.
std::shared_ptr<const graph::Projection> ProjectionOf(const ExecContext& ctx);

// Calls fn for each relationship at `node` in `direction` whose type is one
// of `types` (any type when empty). An undirected walk reports a self-loop
// once. Edge::type is valid during the call only.
void ForEachEdge(const ExecContext& ctx, graph::NodeId node, graph::Direction direction,
                 const std::vector<std::string>& types, const std::function<void(const graph::Edge&)>& fn);
// The same by adjacency scans of `reader` only.
void ForEachEdge(const graph::Reader& reader, graph::NodeId node, graph::Direction direction,
                 const std::vector<std::string>& types, const std::function<void(const graph::Edge&)>& fn);

graph::Direction ToGraph(ast::RelDirection direction);
// A pattern's maximum length for the kernels (graph::kUnboundedHops and
// above: no limit).
uint32_t ToHops(int64_t max_hops);

}  // namespace cg::query::execution
