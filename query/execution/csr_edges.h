// Relationship iteration for the pattern operators: on the CSR projection
// of the query's committed state when there is one (Graph::ProjectionFor),
// otherwise by adjacency scans of the reader (edges.h: a transaction that
// has written, or no Graph in the context).
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/projection.h"
#include "graph/traversal.h"
#include "query/execution/context.h"

namespace cg::query::execution {

// The projection of ctx's reader, or null. Fails with a runtime error when
// building it cannot read storage. A write in the query's transaction makes
// it null from then on, so operators ask again per input row, never across
// a write.
// kIfBuilt takes only a projection already built (Graph::BuiltProjectionFor),
// for work too small to pay for a build.
enum class ProjectionUse { kBuild, kIfBuilt };
std::shared_ptr<const graph::Projection> ProjectionOf(const ExecContext& ctx,
                                                      ProjectionUse use = ProjectionUse::kBuild);

// The bytes of one graph::VisitMarks of `projection` (a traversal's
// per-vertex state, charged to the memory budget while held).
inline size_t MarksBytes(const graph::Projection& projection) { return projection.num_nodes() * 3 * sizeof(uint32_t); }

// A pattern's maximum length for the kernels (graph::kUnboundedHops and
// above: no limit).
inline uint32_t ToHops(int64_t max_hops) {
  return max_hops >= graph::kUnboundedHops ? graph::kUnboundedHops
                                           : static_cast<uint32_t>(std::max<int64_t>(max_hops, 0));
}

// The filter of a pattern relationship (a direction and types) on
// `projection`, leaving out the relationships the query does not see
// (ExecContext::as_of). Every traversal of the projection takes its filter
// from here.
graph::EdgeFilter FilterOf(const ExecContext& ctx, const graph::Projection& projection, graph::Direction direction,
                           const std::vector<std::string>& types);

// Calls fn(v) for each distinct end node of op's variable-length pattern
// (its direction, types and bounds, minimum 0 or 1) from `source`
// (graph::ForEachReachable).
void ForEachEnd(const ExecContext& ctx, const graph::Projection& projection, const planner::Operator& op,
                graph::Projection::Vertex source, const std::function<void(graph::Projection::Vertex)>& fn);

// The relationships of one pattern relationship (a direction and types)
// at any node, as the query's reader sees them at construction (those the
// query sees: ExecContext::as_of).
class PatternEdges {
 public:
  PatternEdges(const ExecContext& ctx, graph::Direction direction, const std::vector<std::string>& types,
               ProjectionUse use = ProjectionUse::kBuild);

  // Calls fn for each relationship at `node` in the direction whose type is
  // one of the types (any type when empty). An undirected walk reports a
  // self-loop once. Edge::type is valid during the call only.
  void ForEach(graph::NodeId node, const std::function<void(const graph::Edge&)>& fn) const;

  // The projection walked, or null (adjacency scans of the reader).
  const graph::Projection* projection() const { return projection_.get(); }
  const std::shared_ptr<const graph::Projection>& shared_projection() const { return projection_; }

 private:
  const ExecContext& ctx_;
  graph::Direction direction_;
  const std::vector<std::string>& types_;
  std::shared_ptr<const graph::Projection> projection_;
  std::optional<graph::EdgeFilter> filter_;  // when projection_
};

}  // namespace cg::query::execution
