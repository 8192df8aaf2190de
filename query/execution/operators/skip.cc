// Skip: drops the first `count` rows (count evaluated once per Open,
// against the argument row).
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Skip : public PhysicalOperator {
 public:
  using PhysicalOperator::PhysicalOperator;

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    to_skip_ = static_cast<size_t>(exec_->CountArgument(op_.count, argument, "SKIP"));
  }

 protected:
  bool Produce(Batch* out) override {
    while (input_->Next(out)) {
      if (to_skip_ == 0) return true;
      size_t n = std::min(to_skip_, out->size());
      out->erase(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(n));
      to_skip_ -= n;
      if (!out->empty()) return true;
    }
    return false;
  }

 private:
  size_t to_skip_ = 0;
};

}  // namespace

OperatorPtr MakeSkip(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Skip>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
