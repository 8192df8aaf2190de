#include "query/execution/csr_reachable.h"

#include <unordered_set>

#include "graph/traversal.h"
#include "query/execution/csr_edges.h"

namespace cg::query::execution {

void ExpandReachable(const ExecContext& ctx, const planner::Operator& op, const Row& row,
                     const std::function<std::vector<Row>(const planner::Operator&, const Row&)>& run,
                     const std::function<void(Row)>& emit) {
  const Value& from = row[op.from_slot];
  if (!from.is_node()) return;
  const auto p = ProjectionOf(ctx);
  if (!p) {
    std::unordered_set<graph::NodeId> seen;
    for (Row& r : run(*op.inner, row)) {
      if (!seen.insert(r[op.slot].as_node().id).second) continue;
      r[op.rel_slot] = Value();
      emit(std::move(r));
    }
    return;
  }
  const auto source = p->IndexOf(from.as_node().id);
  if (!source) return;
  ctx.CheckCancel();
  const ast::RelPattern& r = *op.rel;
  const graph::EdgeFilter filter(*p, ToGraph(op.direction), r.types);
  const int64_t max = r.max_hops.value_or(INT64_MAX);
  const uint32_t max_hops = max >= graph::kUnboundedHops ? graph::kUnboundedHops : static_cast<uint32_t>(max);
  const auto min_hops = static_cast<uint32_t>(r.min_hops.value_or(1));
  graph::ForEachReachable(*p, *source, filter, min_hops, max_hops, [&](graph::Projection::Vertex v) {
    Row out = row;
    out[op.rel_slot] = Value();
    out[op.slot] = Value(NodeRef{p->IdOf(v)});
    emit(std::move(out));
  });
}

}  // namespace cg::query::execution
