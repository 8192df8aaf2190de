// EntityFilter: keeps the rows whose entity in `slot` has the pattern's
// labels and property values.
#include "query/error.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class EntityFilter : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;

 protected:
  bool Start(Row row, Batch* out) override {
    const Value& v = row[op_.slot];
    if (!v.is_null() && !v.is_node() && !op_.labels.empty()) {
      throw RuntimeError("TypeError", "InvalidArgumentType", std::string("expected a node, got ") + v.TypeName());
    }
    if (exec_->Matches(v, op_.labels, op_.properties, row)) out->push_back(std::move(row));
    return false;
  }
};

}  // namespace

OperatorPtr MakeEntityFilter(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<EntityFilter>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
