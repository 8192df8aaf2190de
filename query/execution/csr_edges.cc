#include "query/execution/csr_edges.h"

#include "query/execution/edges.h"

namespace cg::query::execution {

std::shared_ptr<const graph::Projection> ProjectionOf(const ExecContext& ctx, ProjectionUse use) {
  std::shared_ptr<const graph::Projection> p;
  if (!ctx.graph) return p;
  if (use == ProjectionUse::kIfBuilt) return ctx.graph->BuiltProjectionFor(ctx.reader());
  ExecContext::Check(ctx.graph->ProjectionFor(ctx.reader(), &p));
  return p;
}

graph::EdgeFilter FilterOf(const ExecContext& ctx, const graph::Projection& projection, graph::Direction direction,
                           const std::vector<std::string>& types) {
  return graph::EdgeFilter(projection, direction, types, ctx.HiddenBits());
}

void ForEachEnd(const ExecContext& ctx, const graph::Projection& projection, const planner::Operator& op,
                graph::Projection::Vertex source, const std::function<void(graph::Projection::Vertex)>& fn) {
  const ast::RelPattern& r = *op.rel;
  const graph::EdgeFilter filter = FilterOf(ctx, projection, ToGraph(op.direction), r.types);
  graph::ForEachReachable(projection, source, filter, static_cast<uint32_t>(r.min_hops.value_or(1)),
                          ToHops(r.max_hops.value_or(INT64_MAX)), fn);
}

PatternEdges::PatternEdges(const ExecContext& ctx, graph::Direction direction, const std::vector<std::string>& types,
                           ProjectionUse use)
    : ctx_(ctx), direction_(direction), types_(types), projection_(ProjectionOf(ctx, use)) {
  if (projection_) filter_.emplace(FilterOf(ctx, *projection_, direction, types));
}

void PatternEdges::ForEach(graph::NodeId node, const std::function<void(const graph::Edge&)>& fn) const {
  if (!projection_) {
    return ForEachEdge(ctx_.reader(), node, direction_, types_, [&](const graph::Edge& e) {
      if (ctx_.Sees(e.rel)) fn(e);
    });
  }
  const graph::Projection& p = *projection_;
  const auto v = p.IndexOf(node);
  if (!v) return;
  filter_->ForEach(p, *v, [&](graph::Projection::Vertex w, uint32_t index, bool outgoing) {
    if (direction_ == graph::Direction::kBoth && !outgoing && w == *v) return;
    const graph::Projection::EdgeData& d = p.edge(index);
    graph::Edge e;
    e.rel = d.rel;
    e.type = p.types()[d.type];
    e.outgoing = outgoing;
    e.start = outgoing ? node : p.IdOf(w);
    e.end = outgoing ? p.IdOf(w) : node;
    fn(e);
  });
}

}  // namespace cg::query::execution
