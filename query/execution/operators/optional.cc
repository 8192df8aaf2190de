// Optional (OPTIONAL MATCH): per input row, the rows of `inner` run with
// that row as argument, or the row with null_slots set to null when inner
// has none. Inner rows stream through batch by batch.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Optional : public StreamingOperator {
 public:
  Optional(Executor* exec, const Operator& op, OperatorPtr input)
      : StreamingOperator(exec, op, std::move(input)), inner_(exec->Build(*op.inner)) {}

 protected:
  bool Start(Row row, Batch* out) override {
    inner_->Open(row);
    Batch matched;
    if (!inner_->Next(&matched)) {
      for (int s : op_.null_slots) row[s] = Value();
      out->push_back(std::move(row));
      return false;
    }
    for (Row& m : matched) out->push_back(std::move(m));
    return true;
  }

  bool Continue(Batch* out) override {
    Batch matched;
    if (!inner_->Next(&matched)) return false;
    for (Row& m : matched) out->push_back(std::move(m));
    return true;
  }

 private:
  OperatorPtr inner_;
};

}  // namespace

OperatorPtr MakeOptional(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Optional>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
