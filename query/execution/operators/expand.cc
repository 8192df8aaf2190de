// Expand (one hop): per input row, one row per relationship of the
// pattern's types and direction at the node in from_slot, binding the
// relationship and the node at its other end (or checking them when
// already bound). Relationships the MATCH already bound are skipped
// (relationship uniqueness). Walks the CSR projection when one is already
// built (csr_edges.h); one hop alone never pays for a build. With `labels`
// (the optimizer moves a new node's label check here) only relationships
// whose other end has them qualify. On the projection, properties of the
// relationships it binds are read from the columns of their types that
// are already built (property_columns.h).
#include "query/execution/csr_edges.h"
#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/label_check.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Expand : public StreamingOperator {
 public:
  Expand(Executor* exec, const Operator& op, OperatorPtr input)
      : StreamingOperator(exec, op, std::move(input)), labels_(exec, op.labels) {}

 protected:
  bool Start(Row row, Batch* out) override {
    const Value& from = row[op_.from_slot];
    if (!from.is_node()) return false;
    if (op_.to_bound && !row[op_.slot].is_node()) return false;
    std::vector<graph::RelId> used = UsedRels(row, op_.unique_rels);
    hits_.clear();
    const PatternEdges edges(*ctx_, ToGraph(op_.direction), op_.rel->types, ProjectionUse::kIfBuilt);
    labels_.Refresh(ProjectionUse::kIfBuilt);
    if (ctx_->graph) {
      ctx_->columns.UseRelTypes(*ctx_->graph, ctx_->reader(), edges.shared_projection(), op_.rel->types, false);
    }
    edges.ForEach(from.as_node().id, [&](const graph::Edge& e) {
      if (!Contains(used, e.rel) && labels_.Has(e.other(), row)) hits_.emplace_back(e.rel, e.other());
    });
    row_ = std::move(row);
    next_ = 0;
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    const ast::RelPattern& r = *op_.rel;
    for (; next_ < hits_.size() && !Full(*out); ++next_) {
      auto [rel, to] = hits_[next_];
      if (r.properties && !exec_->Matches(Value(RelRef{rel}), {}, r.properties.get(), row_)) continue;
      if (op_.to_bound && row_[op_.slot].as_node().id != to) continue;
      Value rel_value(RelRef{rel});
      if (op_.rel_bound && !Equivalent(row_[op_.rel_slot], rel_value)) continue;
      Row nr = row_;
      nr[op_.rel_slot] = std::move(rel_value);
      nr[op_.slot] = Value(NodeRef{to});
      out->push_back(std::move(nr));
    }
    return next_ < hits_.size();
  }

 private:
  LabelCheck labels_;
  Row row_;
  std::vector<std::pair<graph::RelId, graph::NodeId>> hits_;
  size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeExpand(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Expand>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
