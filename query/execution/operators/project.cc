// Project: computes the items into their slots.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Project : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;

 protected:
  bool Start(Row row, Batch* out) override {
    for (const auto& [slot, expr] : op_.items) row[slot] = exec_->eval().Eval(*expr, row);
    out->push_back(std::move(row));
    return false;
  }
};

}  // namespace

OperatorPtr MakeProject(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Project>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
