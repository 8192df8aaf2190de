// Union: the rows of each branch in turn, columns in the union's order;
// without ALL, only the first of equivalent rows (the rows seen are kept,
// charged to the memory budget).
#include <algorithm>
#include <set>

#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Union : public PhysicalOperator {
 public:
  Union(Executor* exec, const Operator& op) : PhysicalOperator(exec, op, nullptr) {
    for (const auto& branch : op.branches) {
      branches_.push_back(exec->Build(*branch));
      std::vector<size_t> order;
      for (const std::string& c : op.columns) {
        order.push_back(static_cast<size_t>(std::find(branch->columns.begin(), branch->columns.end(), c) -
                                            branch->columns.begin()));
      }
      orders_.push_back(std::move(order));
    }
  }

  void Open(const Row& argument) override {
    argument_ = argument;
    current_ = 0;
    seen_.clear();
    charge_.Reset();
    if (!branches_.empty()) branches_[0]->Open(argument_);
  }

 protected:
  bool Produce(Batch* out) override {
    Batch in;
    while (current_ < branches_.size()) {
      if (!branches_[current_]->Next(&in)) {
        if (++current_ < branches_.size()) branches_[current_]->Open(argument_);
        continue;
      }
      for (Row& r : in) {
        Row o;
        for (size_t i : orders_[current_]) o.push_back(std::move(r[i]));
        if (!op_.union_all) {
          if (seen_.count(o)) continue;
          charge_.Add(ApproxSize(o) + 48);
          seen_.insert(o);
        }
        out->push_back(std::move(o));
      }
      if (!out->empty()) return true;
    }
    return false;
  }

 private:
  std::vector<OperatorPtr> branches_;
  std::vector<std::vector<size_t>> orders_;
  Row argument_;
  size_t current_ = 0;
  std::set<List, EquivalenceLess> seen_;
  MemoryCharge charge_{&ctx_->memory()};
};

}  // namespace

OperatorPtr MakeUnion(Executor* exec, const Operator& op) { return std::make_unique<Union>(exec, op); }

}  // namespace cg::query::execution::operators
