// Aggregate: groups its input rows by the key items and folds each group's
// aggregates (a pipeline breaker: it consumes its whole input before
// emitting a row; it holds one entry per group, never the input rows; see
// groups.h). An Aggregate with an `inner` plan is an ExpandAggregate
// (expand_aggregate.cc).
#include "query/execution/executor.h"
#include "query/execution/operators/groups.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Aggregate : public GroupingOperator {
 public:
  using GroupingOperator::GroupingOperator;

 protected:
  void Consume() override {
    Batch in;
    while (input_->Next(&in)) {
      for (const Row& row : in) {
        ctx_->Tick();
        groups_.Fold(groups_.Find(row), row);
      }
    }
  }
};

}  // namespace

OperatorPtr MakeAggregate(Executor* exec, const Operator& op, OperatorPtr input) {
  if (op.inner) return MakeExpandAggregate(exec, op, std::move(input));
  return std::make_unique<Aggregate>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
