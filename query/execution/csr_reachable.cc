#include "query/execution/csr_reachable.h"

#include <optional>
#include <unordered_set>

#include "graph/traversal.h"
#include "query/execution/csr_edges.h"

namespace cg::query::execution {

namespace {

// Calls fn(v) for each distinct end node of op's variable-length pattern
// from `source` (graph::ForEachReachable).
void ForEachEnd(const graph::Projection& p, const planner::Operator& op, graph::Projection::Vertex source,
                const std::function<void(graph::Projection::Vertex)>& fn) {
  const ast::RelPattern& r = *op.rel;
  const graph::EdgeFilter filter(p, ToGraph(op.direction), r.types);
  graph::ForEachReachable(p, source, filter, static_cast<uint32_t>(r.min_hops.value_or(1)),
                          ToHops(r.max_hops.value_or(INT64_MAX)), fn);
}

// One filter of CountReachable: property `key` of the end node compared
// with a constant, as the evaluator compares (three-valued; only true
// passes).
class ColumnTest {
 public:
  ColumnTest(const ExecContext& ctx, const ast::Expr& comparison) : op_(comparison.ops[0]) {
    property_left_ = comparison.args[0]->kind == ast::ExprKind::kProperty;
    const ast::Expr& property = *comparison.args[property_left_ ? 0 : 1];
    const ast::Expr& constant = *comparison.args[property_left_ ? 1 : 0];
    constant_ = constant.kind == ast::ExprKind::kParameter ? ctx.params().at(constant.name) : constant.literal;
    ExecContext::Check(ctx.graph->NodeColumnFor(ctx.reader(), property.name, &column_));
  }
  bool ok() const { return column_ != nullptr; }

  bool Passes(graph::Projection::Vertex v) const {
    const cg::Value& stored = (*column_)[v];
    if (stored.is_string() && constant_.is_string()) {  // as Equals / Compare do, without a copy
      const int c = stored.as_string().compare(constant_.as_string());
      return Holds(property_left_ ? c : -c);
    }
    const Value value = Value::FromStored(stored);
    const Value& a = property_left_ ? value : constant_;
    const Value& b = property_left_ ? constant_ : value;
    if (op_ == ast::Op::kEq || op_ == ast::Op::kNe) {
      const Tri equal = Equals(a, b);
      return equal.has_value() && *equal == (op_ == ast::Op::kEq);
    }
    const std::optional<int> c = Compare(a, b);
    return c && Holds(*c);
  }

 private:
  // Whether a <op> b holds, given the sign of a - b.
  bool Holds(int c) const {
    switch (op_) {
      case ast::Op::kEq: return c == 0;
      case ast::Op::kNe: return c != 0;
      case ast::Op::kLt: return c < 0;
      case ast::Op::kGt: return c > 0;
      case ast::Op::kLe: return c <= 0;
      default: return c >= 0;
    }
  }

  ast::Op op_;
  bool property_left_ = true;
  Value constant_;
  std::shared_ptr<const graph::Graph::NodeColumn> column_;
};

}  // namespace

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
  ForEachEnd(*p, op, *source, [&](graph::Projection::Vertex v) {
    Row out = row;
    out[op.rel_slot] = Value();
    out[op.slot] = Value(NodeRef{p->IdOf(v)});
    emit(std::move(out));
  });
}

int64_t CountReachable(const ExecContext& ctx, const planner::Operator& op, const std::vector<Row>& in,
                       const std::function<std::vector<Row>(const planner::Operator&, const Row&)>& run) {
  const auto p = ProjectionOf(ctx);
  std::vector<ColumnTest> tests;
  const planner::Operator* expand = op.inner.get();
  for (; p && expand->kind == planner::OpKind::kFilter; expand = expand->input.get()) {
    tests.emplace_back(ctx, *expand->predicate);
    if (!tests.back().ok()) break;
  }
  if (!p || (!tests.empty() && !tests.back().ok())) {
    std::unordered_set<graph::NodeId> seen;
    for (const Row& row : in) {
      for (const Row& r : run(*op.inner, row)) seen.insert(r[op.slot].as_node().id);
    }
    return static_cast<int64_t>(seen.size());
  }
  // Across rows, a node reached again is not counted again; one row's BFS
  // reaches each node once.
  std::optional<graph::MarksLease> counted;
  if (in.size() > 1) counted.emplace(*p);
  int64_t count = 0;
  uint32_t reached = 0;
  for (const Row& row : in) {
    const Value& from = row[op.from_slot];
    if (!from.is_node()) continue;
    const auto source = p->IndexOf(from.as_node().id);
    if (!source) continue;
    ctx.CheckCancel();
    ForEachEnd(*p, op, *source, [&](graph::Projection::Vertex v) {
      if ((++reached & 0xffff) == 0) ctx.CheckCancel();  // big graphs: stop within milliseconds
      if (counted && (*counted)->Marked(v)) return;
      for (const ColumnTest& t : tests) {
        if (!t.Passes(v)) return;
      }
      if (counted) (*counted)->Mark(v, 0);
      ++count;
    });
  }
  return count;
}

}  // namespace cg::query::execution
