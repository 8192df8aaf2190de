// RowOperator: the streaming operator behind the row-by-row operators
// (Filter, Project, ProduceResults, EntityFilter): each input row is
// handed to a function that rewrites it in place and says whether it is
// kept.
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class RowOperator : public StreamingOperator {
 public:
  RowOperator(Executor* exec, const Operator& op, OperatorPtr input, RowFunction fn)
      : StreamingOperator(exec, op, std::move(input)), fn_(std::move(fn)) {}

 protected:
  bool Start(Row row, Batch* out) override {
    if (fn_(row)) out->push_back(std::move(row));
    return false;
  }

 private:
  RowFunction fn_;
};

}  // namespace

OperatorPtr MakeRowOperator(Executor* exec, const Operator& op, OperatorPtr input, RowFunction fn) {
  return std::make_unique<RowOperator>(exec, op, std::move(input), std::move(fn));
}

}  // namespace cg::query::execution::operators
