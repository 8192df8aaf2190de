// Remove (REMOVE): removes properties and labels, per row.
#include "query/error.h"
#include "query/execution/operators/eager_update.h"
#include "query/execution/updates.h"

namespace cg::query::execution::operators {

namespace {

class Remove : public EagerUpdate {
 public:
  using EagerUpdate::EagerUpdate;

 protected:
  void ApplyRow(Row* row) override {
    for (const ast::RemoveItem& item : op_.clause->remove_items) RemoveOne(item, *row);
  }

 private:
  void RemoveOne(const ast::RemoveItem& item, const Row& row) {
    if (item.kind == ast::RemoveItem::Kind::kProperty) {
      Value entity = exec_->eval().Eval(*item.target->args[0], row);
      if (!entity.is_null()) SetProperty(*exec_, entity, item.target->name, Value());
      return;
    }
    Value entity = exec_->eval().Eval(*item.target, row);
    if (entity.is_null()) return;
    if (!entity.is_node()) throw RuntimeError("TypeError", "InvalidArgumentType", "REMOVE of labels needs a node");
    for (const std::string& l : item.labels) {
      const graph::Node* n = ctx_->GetNode(entity.as_node().id);
      if (!n || !n->HasLabel(l)) continue;
      ExecContext::Check(ctx_->txn().RemoveLabel(entity.as_node().id, l));
      ctx_->stats().labels_removed++;
      ctx_->Invalidate();
    }
  }
};

}  // namespace

OperatorPtr MakeRemove(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Remove>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
