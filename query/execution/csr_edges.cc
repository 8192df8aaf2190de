#include "query/execution/csr_edges.h"

#include <algorithm>

#include "graph/traversal.h"

namespace cg::query::execution {

std::shared_ptr<const graph::Projection> ProjectionOf(const ExecContext& ctx) {
  std::shared_ptr<const graph::Projection> p;
  if (ctx.graph) ExecContext::Check(ctx.graph->ProjectionFor(ctx.reader(), &p));
  return p;
}

graph::Direction ToGraph(ast::RelDirection d) {
  return d == ast::RelDirection::kRight ? graph::Direction::kOutgoing
         : d == ast::RelDirection::kLeft ? graph::Direction::kIncoming
                                         : graph::Direction::kBoth;
}

uint32_t ToHops(int64_t max) {
  return max >= graph::kUnboundedHops ? graph::kUnboundedHops : static_cast<uint32_t>(std::max<int64_t>(max, 0));
}

void ForEachEdge(const graph::Reader& reader, graph::NodeId node, graph::Direction direction,
                 const std::vector<std::string>& types, const std::function<void(const graph::Edge&)>& fn) {
  auto cb = [&](const graph::Edge& e) {
    if (direction == graph::Direction::kBoth && !e.outgoing && e.start == e.end) return true;
    fn(e);
    return true;
  };
  if (types.empty()) {
    ExecContext::Check(reader.ForEachEdge(node, direction, "", cb));
    return;
  }
  for (size_t i = 0; i < types.size(); ++i) {
    if (std::find(types.begin(), types.begin() + i, types[i]) != types.begin() + i) continue;
    ExecContext::Check(reader.ForEachEdge(node, direction, types[i], cb));
  }
}

void ForEachEdge(const ExecContext& ctx, graph::NodeId node, graph::Direction direction,
                 const std::vector<std::string>& types, const std::function<void(const graph::Edge&)>& fn) {
  const auto p = ProjectionOf(ctx);
  if (!p) return ForEachEdge(ctx.reader(), node, direction, types, fn);
  const auto v = p->IndexOf(node);
  if (!v) return;
  const graph::EdgeFilter filter(*p, direction, types);
  filter.ForEach(*p, *v, [&](graph::Projection::Vertex w, uint32_t index, bool outgoing) {
    if (direction == graph::Direction::kBoth && !outgoing && w == *v) return;
    const graph::Projection::EdgeData& d = p->edge(index);
    graph::Edge e;
    e.rel = d.rel;
    e.type = p->types()[d.type];
    e.outgoing = outgoing;
    e.start = outgoing ? node : p->IdOf(w);
    e.end = outgoing ? p->IdOf(w) : node;
    fn(e);
  });
}

}  // namespace cg::query::execution
