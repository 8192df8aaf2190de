// EntityFilter: keeps the rows whose entity in `slot` has the pattern's
// labels and property values.
#include "query/error.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

OperatorPtr MakeEntityFilter(Executor* exec, const Operator& op, OperatorPtr input) {
  return MakeRowOperator(exec, op, std::move(input), [exec, &op](Row& row) {
    const Value& v = row[op.slot];
    if (!v.is_null() && !v.is_node() && !op.labels.empty()) {
      throw RuntimeError("TypeError", "InvalidArgumentType", std::string("expected a node, got ") + v.TypeName());
    }
    return exec->Matches(v, op.labels, op.properties, row);
  });
}

}  // namespace cg::query::execution::operators
