// Filter: keeps the rows where the predicate is true.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

OperatorPtr MakeFilter(Executor* exec, const Operator& op, OperatorPtr input) {
  return MakeRowOperator(exec, op, std::move(input),
                         [exec, &op](Row& row) { return exec->eval().Truth(*op.predicate, row) == true; });
}

}  // namespace cg::query::execution::operators
