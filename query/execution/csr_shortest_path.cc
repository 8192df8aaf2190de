#include "query/execution/csr_shortest_path.h"

#include "graph/traversal.h"
#include "query/execution/csr_edges.h"
#include "query/execution/edges.h"

namespace cg::query::execution {

bool CsrShortestPath(const ExecContext& ctx, const graph::Projection* projection, const planner::Operator& op,
                     const Row& row, graph::NodeId src, graph::NodeId dst, const std::function<void(Row)>& emit) {
  const ast::RelPattern& r = *op.rel;
  const int64_t min = r.var_length ? r.min_hops.value_or(1) : 1;
  const int64_t max = r.var_length ? r.max_hops.value_or(INT64_MAX) : 1;
  if (!projection || r.properties || min > 1 || src == dst) return false;
  const graph::Projection* p = projection;
  const auto from = p->IndexOf(src), to = p->IndexOf(dst);
  if (!from || !to) return true;  // an end deleted: no path
  ctx.CheckCancel();
  const graph::EdgeFilter filter = FilterOf(ctx, *p, ToGraph(op.direction), r.types);
  graph::ShortestPaths(*p, *from, *to, filter, ToHops(max), op.all_shortest, [&](const graph::VertexPath& vp) {
    Path path;
    List rels;
    for (graph::Projection::Vertex v : vp.nodes) path.nodes.push_back(p->IdOf(v));
    for (graph::RelId rel : vp.rels) rels.push_back(Value(RelRef{rel}));
    path.rels = vp.rels;
    Row out = row;
    out[op.rel_slot] = r.var_length ? Value(std::move(rels)) : Value(RelRef{path.rels[0]});
    out[op.slot] = Value(std::move(path));
    emit(std::move(out));
    return true;
  });
  return true;
}

}  // namespace cg::query::execution
