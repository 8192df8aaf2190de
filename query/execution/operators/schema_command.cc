// SchemaCommand: CREATE / DROP INDEX / CONSTRAINT, in the query's write
// transaction (graph/write_txn.h CreateIndex, DropIndex), so that building
// an index over the existing data is one atomic write. Produces no rows.
#include <fmt/format.h>

#include "query/error.h"
#include "query/execution/operators/eager_update.h"

namespace cg::query::execution::operators {

namespace {

using Kind = ast::SchemaCommand::Kind;

class SchemaCommand : public EagerUpdate {
 public:
  using EagerUpdate::EagerUpdate;

 protected:
  void Apply(std::vector<Row>* rows) override {
    rows->clear();
    const ast::SchemaCommand& c = *op_.schema;
    graph::WriteTxn& txn = ctx_->txn();
    const bool constraint = c.kind == Kind::kCreateConstraint || c.kind == Kind::kDropConstraint;
    const char* what = constraint ? "constraint" : "index";
    const graph::IndexDef* existing = txn.catalog().Find(c.name);
    if (c.kind == Kind::kDropIndex || c.kind == Kind::kDropConstraint) {
      if (!existing || existing->unique != constraint) {
        if (c.if_exists) return;
        if (existing) {
          Fail(constraint ? "ConstraintDropFailed" : "IndexDropFailed",
               fmt::format("{} is the index of constraint {}: drop the constraint instead", c.name, c.name));
        }
        Fail(constraint ? "ConstraintNotFound" : "IndexNotFound", fmt::format("there is no {} named {}", what, c.name));
      }
      ExecContext::Check(txn.DropIndex(c.name));
      (constraint ? ctx_->stats().constraints_removed : ctx_->stats().indexes_removed)++;
      return;
    }
    const graph::IndexDef index{c.name, c.label, c.key, constraint};
    const graph::IndexDef* covering = txn.catalog().On(c.label, c.key);
    if (c.if_not_exists && ((existing && *existing == index) || (covering && covering->unique == constraint))) return;
    if (existing) {
      Fail("EquivalentSchemaRuleAlreadyExists", fmt::format("an {} named {} already exists",
                                                             existing->unique ? "constraint" : "index", c.name));
    }
    if (covering) {
      Fail(covering->unique ? "ConstraintAlreadyExists" : "IndexAlreadyExists",
           fmt::format("{} {} already covers (:{} {{{}}})", covering->unique ? "constraint" : "index", covering->name,
                       c.label, c.key));
    }
    Status s = txn.CreateIndex(index);
    if (s.code() == Status::Code::kConstraint) Fail("ConstraintCreationFailed", s.message());
    if (s.code() == Status::Code::kInvalidArgument) Fail("InvalidSchemaRule", s.message());
    ExecContext::Check(s);
    (constraint ? ctx_->stats().constraints_added : ctx_->stats().indexes_added)++;
    ctx_->Invalidate();
  }

 private:
  [[noreturn]] void Fail(const std::string& code, const std::string& message) const {
    throw RuntimeError("SchemaError", code, message);
  }
};

}  // namespace

OperatorPtr MakeSchemaCommand(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<SchemaCommand>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
