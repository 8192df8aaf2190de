// ExpandAggregate: an Aggregate (groups.h) fused with the one-hop Expand
// below it, or an OPTIONAL MATCH of one (the Aggregate's `inner`: an
// Expand over an Argument, or an Optional over one), whose key items do
// not read what the hop binds (optimizer/aggregate_rules.h). Per input row
// it expands the hop and folds each relationship it follows into the row's
// group, the hop's relationship and node set in that one row: no row is
// built per relationship and the keys are evaluated once per input row,
// not once per relationship. An optional hop that follows none folds the
// row with the hop's slots null, as OPTIONAL MATCH would give it.
#include "query/execution/csr_edges.h"
#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/label_check.h"
#include "query/execution/operators/groups.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

const Operator& HopOf(const Operator& op) {
  return op.inner->kind == planner::OpKind::kOptional ? *op.inner->inner : *op.inner;
}

class ExpandAggregate : public PhysicalOperator {
 public:
  ExpandAggregate(Executor* exec, const Operator& op, OperatorPtr input)
      : PhysicalOperator(exec, op, std::move(input)),
        groups_(exec, op),
        hop_(HopOf(op)),
        optional_(op.inner->kind == planner::OpKind::kOptional),
        labels_(exec, hop_.labels) {}

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    groups_.Clear();
    consumed_ = false;
    next_ = 0;
  }

 protected:
  bool Produce(Batch* out) override {
    if (!consumed_) Consume();
    return groups_.Emit(&next_, batch_rows_, out);
  }

 private:
  void Consume() {
    consumed_ = true;
    Batch in;
    while (input_->Next(&in)) {
      for (Row& row : in) {
        ctx_->Tick();
        Fold(row);
      }
    }
    groups_.Finish();
  }

  // Folds the rows the hop gives `row` (which it overwrites in the hop's
  // slots).
  void Fold(Row& row) {
    size_t group = SIZE_MAX;
    auto fold = [&] {
      if (group == SIZE_MAX) group = groups_.Find(row);
      groups_.Fold(group, row);
    };
    bool any = false;
    if (row[hop_.from_slot].is_node()) {
      const graph::NodeId from = row[hop_.from_slot].as_node().id;
      const std::vector<graph::RelId> used = UsedRels(row, hop_.unique_rels);
      const PatternEdges edges(*ctx_, ToGraph(hop_.direction), hop_.rel->types);
      labels_.Refresh();
      edges.ForEach(from, [&](const graph::Edge& e) {
        ctx_->Tick();
        if (Contains(used, e.rel) || !labels_.Has(e.other(), row)) return;
        row[hop_.rel_slot] = Value(RelRef{e.rel});
        row[hop_.slot] = Value(NodeRef{e.other()});
        fold();
        any = true;
      });
    }
    if (any || !optional_) return;
    row[hop_.rel_slot] = Value();
    row[hop_.slot] = Value();
    fold();
  }

  Groups groups_;
  const Operator& hop_;
  const bool optional_;
  LabelCheck labels_;
  bool consumed_ = false;
  size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeExpandAggregate(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<ExpandAggregate>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
