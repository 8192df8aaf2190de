// Argument: the leaf of every pipeline; yields the argument row once.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Argument : public PhysicalOperator {
 public:
  Argument(Executor* exec, const Operator& op) : PhysicalOperator(exec, op, nullptr) {}

  void Open(const Row& argument) override {
    argument_ = argument;
    done_ = false;
  }

 protected:
  bool Produce(Batch* out) override {
    if (done_) return false;
    done_ = true;
    out->push_back(argument_);
    return true;
  }

 private:
  Row argument_;
  bool done_ = true;
};

}  // namespace

OperatorPtr MakeArgument(Executor* exec, const Operator& op) { return std::make_unique<Argument>(exec, op); }

}  // namespace cg::query::execution::operators
