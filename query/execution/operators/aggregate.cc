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

class Aggregate : public PhysicalOperator {
 public:
  Aggregate(Executor* exec, const Operator& op, OperatorPtr input)
      : PhysicalOperator(exec, op, std::move(input)), groups_(exec, op) {}

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
      for (const Row& row : in) {
        ctx_->Tick();
        groups_.Fold(groups_.Find(row), row);
      }
    }
    groups_.Finish();
  }

  Groups groups_;
  bool consumed_ = false;
  size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeAggregate(Executor* exec, const Operator& op, OperatorPtr input) {
  if (op.inner) return MakeExpandAggregate(exec, op, std::move(input));
  return std::make_unique<Aggregate>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
