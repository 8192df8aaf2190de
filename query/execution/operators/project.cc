// Project: computes the items into their slots.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

OperatorPtr MakeProject(Executor* exec, const Operator& op, OperatorPtr input) {
  return MakeRowOperator(exec, op, std::move(input), [exec, &op](Row& row) {
    for (const auto& [slot, expr] : op.items) row[slot] = exec->eval().Eval(*expr, row);
    return true;
  });
}

}  // namespace cg::query::execution::operators
