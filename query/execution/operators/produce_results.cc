// ProduceResults: the final columns of a query, in column order.
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

OperatorPtr MakeProduceResults(Executor* exec, const Operator& op, OperatorPtr input) {
  return MakeRowOperator(exec, op, std::move(input), [&op](Row& row) {
    Row r;
    r.reserve(op.slots.size());
    for (int s : op.slots) r.push_back(std::move(row[s]));
    row = std::move(r);
    return true;
  });
}

}  // namespace cg::query::execution::operators
