// Create (CREATE): creates the clause's pattern parts for each row.
#include "query/execution/operators/eager_update.h"
#include "query/execution/updates.h"

namespace cg::query::execution::operators {

namespace {

class Create : public EagerUpdate {
 public:
  using EagerUpdate::EagerUpdate;

 protected:
  void ApplyRow(Row* row) override {
    // A variable introduced by an earlier part of this CREATE is bound now;
    // the rest are created.
    for (const ast::PatternPart& part : op_.clause->patterns) CreatePart(*exec_, part, op_.bound_before, row, false);
  }
};

}  // namespace

OperatorPtr MakeCreate(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Create>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
