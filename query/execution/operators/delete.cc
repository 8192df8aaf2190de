// Delete (DELETE, DETACH DELETE): deletes the relationships, then the
// nodes, that the clause's expressions give over all rows (a node with
// relationships left needs DETACH).
#include "query/error.h"
#include "query/execution/edges.h"
#include "query/execution/operators/eager_update.h"

namespace cg::query::execution::operators {

namespace {

class Delete : public EagerUpdate {
 public:
  using EagerUpdate::EagerUpdate;

 protected:
  void Apply(std::vector<Row>* rows) override {
    std::vector<graph::NodeId> nodes;
    std::vector<graph::RelId> rels;
    for (const Row& row : *rows) {
      for (const ast::ExprPtr& e : op_.clause->exprs) {
        Value v = exec_->eval().Eval(*e, row);
        if (v.is_null()) continue;
        if (v.is_node()) nodes.push_back(v.as_node().id);
        else if (v.is_rel()) rels.push_back(v.as_rel().id);
        else if (v.is_path()) {
          nodes.insert(nodes.end(), v.as_path().nodes.begin(), v.as_path().nodes.end());
          rels.insert(rels.end(), v.as_path().rels.begin(), v.as_path().rels.end());
        } else {
          throw RuntimeError("TypeError", "InvalidArgumentType", std::string("cannot delete a ") + v.TypeName());
        }
      }
    }
    charge_.Add(8 * (nodes.size() + rels.size()));
    graph::WriteTxn& txn = ctx_->txn();
    for (graph::RelId id : rels) {
      ctx_->Tick();
      if (!txn.RelationshipExists(id)) continue;
      ExecContext::Check(txn.DeleteRelationship(id));
      ctx_->stats().relationships_deleted++;
    }
    for (graph::NodeId id : nodes) {
      ctx_->Tick();
      if (!txn.NodeExists(id)) continue;
      int64_t attached = 0;
      if (op_.clause->detach) {
        ForEachEdge(txn, id, graph::Direction::kBoth, {}, [&](const graph::Edge&) { ++attached; });
      }
      Status s = txn.DeleteNode(id, op_.clause->detach);
      if (s.code() == Status::Code::kConstraint) {
        throw RuntimeError("ConstraintVerificationFailed", "DeleteConnectedNode",
                           "Cannot delete a node that still has relationships; use DETACH DELETE");
      }
      ExecContext::Check(s);
      ctx_->stats().nodes_deleted++;
      ctx_->stats().relationships_deleted += attached;
    }
    ctx_->Invalidate();
  }
};

}  // namespace

OperatorPtr MakeDelete(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Delete>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
