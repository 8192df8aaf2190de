// Limit: passes the first `count` rows (count evaluated once per Open,
// against the argument row), then stops pulling its input. In a query
// that writes, the input is still run to its end (without keeping rows) so
// that every update below the LIMIT happens, as openCypher requires.
#include <algorithm>

#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Limit : public PhysicalOperator {
 public:
  using PhysicalOperator::PhysicalOperator;

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    left_ = static_cast<size_t>(exec_->CountArgument(op_.count, argument, "LIMIT"));
    finished_ = false;
  }

 protected:
  bool Produce(Batch* out) override {
    if (left_ > 0 && input_->Next(out, std::min(left_, batch_rows_))) {
      if (out->size() > left_) out->resize(left_);
      left_ -= out->size();
      return true;
    }
    if (!finished_ && ctx_->plan().updates) {
      Batch rest;
      while (input_->Next(&rest)) {
      }
    }
    finished_ = true;
    out->clear();
    return false;
  }

 private:
  size_t left_ = 0;
  bool finished_ = false;
};

}  // namespace

OperatorPtr MakeLimit(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Limit>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
