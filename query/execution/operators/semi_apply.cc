// SemiApply (WHERE EXISTS { } or a pattern predicate): keeps an input row
// when `inner`, opened with the row as its argument, has a first row; the
// anti form (WHERE NOT ...) when it has none. It asks the subquery for one
// row and stops there.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

OperatorPtr MakeSemiApply(Executor* exec, const Operator& op, OperatorPtr input) {
  std::shared_ptr<PhysicalOperator> inner = exec->Build(*op.inner);
  return MakeRowOperator(exec, op, std::move(input), [inner, &op](Row& row) {
    inner->Open(row);
    Batch first;
    return inner->Next(&first, 1) != op.anti;
  });
}

}  // namespace cg::query::execution::operators
