// CountReachable: count(DISTINCT n) over the end nodes of a variable-length
// pattern from every input row's from_slot node that pass the filters of
// `inner` (comparisons of a property of n with a parameter or literal;
// optimizer/reachability.h), without producing the counted rows.
//
// On the CSR projection: one BFS per input row (graph::ForEachReachable),
// the union kept in visit marks when there are several rows (charged to
// the memory budget), the properties read from Graph::NodeColumnFor
// (per-state columns by node id, shared by all queries, not charged). Without a projection (a
// transaction that has written): runs `inner` (the filters over the
// original Expand over an Argument) per row and keeps the distinct end
// nodes (the set is charged). The way is chosen when the first input
// batch arrives, after any eager write below has been applied.
#include <optional>
#include <unordered_set>

#include "query/execution/csr_edges.h"
#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

// One filter on the projection: property `key` of the end node compared
// with a constant, as the evaluator compares (three-valued; only true
// passes).
class ColumnTest {
 public:
  ColumnTest(const ExecContext& ctx, const graph::Projection& projection, const ast::Expr& comparison)
      : op_(comparison.ops[0]), projection_(projection) {
    property_left_ = comparison.args[0]->kind == ast::ExprKind::kProperty;
    const ast::Expr& property = *comparison.args[property_left_ ? 0 : 1];
    const ast::Expr& constant = *comparison.args[property_left_ ? 1 : 0];
    constant_ = constant.kind == ast::ExprKind::kParameter ? ctx.params().at(constant.name) : constant.literal;
    ExecContext::Check(ctx.graph->NodeColumnFor(ctx.reader(), property.name, graph::Graph::kColumnAfter, &column_));
  }
  // False when the column could not be had (the state moved on).
  bool ok() const { return column_ != nullptr; }

  bool Passes(graph::Projection::Vertex v) const {
    using Kind = graph::NodeColumn::Kind;
    const graph::NodeColumn::Cell cell = column_->Get(projection_.IdOf(v));
    if (cell.kind == Kind::kString && constant_.is_string()) {  // as Equals / Compare do, without a copy
      const int c = cell.text.compare(constant_.as_string());
      return Holds(property_left_ ? c <=> 0 : 0 <=> c);
    }
    const Value value = cell.kind == Kind::kString ? Value(std::string(cell.text))
                        : cell.kind == Kind::kValue ? Value::FromStored(*cell.value)
                                                    : Value();
    const Value& a = property_left_ ? value : constant_;
    const Value& b = property_left_ ? constant_ : value;
    if (op_ == ast::Op::kEq || op_ == ast::Op::kNe) {
      const Tri equal = Equals(a, b);
      return equal.has_value() && *equal == (op_ == ast::Op::kEq);
    }
    const std::optional<std::partial_ordering> c = Compare(a, b);
    return c && Holds(*c);
  }

 private:
  // Whether a <op> b holds, given how a orders against b.
  bool Holds(std::partial_ordering c) const {
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
  const graph::Projection& projection_;
  bool property_left_ = true;
  Value constant_;
  std::shared_ptr<const graph::NodeColumn> column_;
};

class CountReachable : public PhysicalOperator {
 public:
  CountReachable(Executor* exec, const Operator& op, OperatorPtr input)
      : PhysicalOperator(exec, op, std::move(input)),
        inner_(exec->Build(*op.inner)),
        charge_(&exec->ctx()->memory()) {}

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    Clear();
    done_ = false;
  }

 protected:
  bool Produce(Batch* out) override {
    if (done_) return false;
    done_ = true;
    int64_t count = 0;
    Batch in, next;
    const bool any = input_->Next(&in);
    Row result = any ? in[0] : Row(ctx_->plan().num_slots);
    // One batch ahead: a single input row needs no union marks.
    bool more = any && input_->Next(&next);
    if (any) Prepare(in.size() > 1 || more);
    while (!in.empty()) {
      for (const Row& row : in) {
        ctx_->Tick();
        count += projection_ ? Reach(row) : ReachByInner(row);
      }
      in.clear();
      if (more) {
        in.swap(next);
        more = input_->Next(&next);
      }
    }
    result[op_.aggregates[0]->slot] = Value(count);
    for (const auto& [slot, expr] : op_.post_items) result[slot] = exec_->eval().Eval(*expr, result);
    out->push_back(std::move(result));
    Clear();
    return true;
  }

 private:
  void Clear() {
    counted_.reset();
    projection_.reset();
    tests_.clear();
    seen_.clear();
    charge_.Reset();
  }

  // Picks the way: the projection when there is one and every filter has
  // its column; union marks only for `many` input rows (one row's BFS
  // reaches each node once).
  void Prepare(bool many) {
    projection_ = ProjectionOf(*ctx_);
    if (!projection_) return;
    for (const Operator* f = op_.inner.get(); f->kind == planner::OpKind::kFilter; f = f->input.get()) {
      tests_.emplace_back(*ctx_, *projection_, *f->predicate);
      if (!tests_.back().ok()) {
        projection_.reset();
        tests_.clear();
        return;
      }
    }
    if (!many) return;
    charge_.Add(MarksBytes(*projection_));
    counted_.emplace(*projection_);
  }

  // The nodes newly counted from `row`, by BFS on the projection.
  int64_t Reach(const Row& row) {
    const Value& from = row[op_.from_slot];
    if (!from.is_node()) return 0;
    const auto source = projection_->IndexOf(from.as_node().id);
    if (!source) return 0;
    ctx_->CheckMemory(MarksBytes(*projection_));  // the BFS's own marks, held during the call
    int64_t added = 0;
    ForEachEnd(*ctx_, *projection_, op_, *source, [&](graph::Projection::Vertex v) {
      ctx_->Tick();
      if (counted_ && (*counted_)->Marked(v)) return;
      for (const ColumnTest& t : tests_) {
        if (!t.Passes(v)) return;
      }
      if (counted_) (*counted_)->Mark(v, 0);
      ++added;
    });
    return added;
  }

  // The nodes newly counted from `row`, by running inner.
  int64_t ReachByInner(const Row& row) {
    int64_t added = 0;
    Batch matched;
    inner_->Open(row);
    while (inner_->Next(&matched)) {
      for (const Row& m : matched) {
        if (!seen_.insert(m[op_.slot].as_node().id).second) continue;
        charge_.Add(32);
        ++added;
      }
    }
    return added;
  }

  OperatorPtr inner_;
  MemoryCharge charge_;
  bool done_ = true;
  std::shared_ptr<const graph::Projection> projection_;
  std::vector<ColumnTest> tests_;
  std::optional<graph::MarksLease> counted_;  // of projection_ (declared after it: destroyed first)
  std::unordered_set<graph::NodeId> seen_;
};

}  // namespace

OperatorPtr MakeCountReachable(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<CountReachable>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
