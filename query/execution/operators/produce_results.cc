// ProduceResults: the final columns of a query, in column order.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class ProduceResults : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;

 protected:
  bool Start(Row row, Batch* out) override {
    Row r;
    r.reserve(op_.slots.size());
    for (int s : op_.slots) r.push_back(std::move(row[s]));
    out->push_back(std::move(r));
    return false;
  }
};

}  // namespace

OperatorPtr MakeProduceResults(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<ProduceResults>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
