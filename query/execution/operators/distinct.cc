// Distinct: passes the first row of each distinct `slots` tuple. Streams;
// the tuples seen are kept (charged to the memory budget).
#include <set>

#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Distinct : public StreamingOperator {
 public:
  Distinct(Executor* exec, const Operator& op, OperatorPtr input)
      : StreamingOperator(exec, op, std::move(input)), charge_(&exec->ctx()->memory()) {}

  void Open(const Row& argument) override {
    StreamingOperator::Open(argument);
    seen_.clear();
    charge_.Reset();
  }

 protected:
  bool Start(Row row, Batch* out) override {
    List key;
    key.reserve(op_.slots.size());
    for (int s : op_.slots) key.push_back(row[s]);
    size_t bytes = ApproxSize(key) + 48;
    if (seen_.insert(std::move(key)).second) {
      charge_.Add(bytes);
      out->push_back(std::move(row));
    }
    return false;
  }

 private:
  std::set<List, EquivalenceLess> seen_;
  MemoryCharge charge_;
};

}  // namespace

OperatorPtr MakeDistinct(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Distinct>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
