// Filter: keeps the rows where the predicate is true.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Filter : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;

 protected:
  bool Start(Row row, Batch* out) override {
    if (exec_->eval().Truth(*op_.predicate, row) == true) out->push_back(std::move(row));
    return false;
  }
};

}  // namespace

OperatorPtr MakeFilter(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Filter>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
