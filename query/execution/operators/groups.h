// Groups: the group table of an aggregation (planner kind kAggregate):
// rows are grouped by the values of the operator's key items, and each
// group folds the operator's aggregates. Groups come out in the order their
// first row arrived. The groups, and the values aggregates such as
// collect() keep, are charged to the memory budget. Shared by Aggregate
// (aggregate.cc) and ExpandAggregate (expand_aggregate.cc).
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "query/execution/executor.h"
#include "query/execution/memory.h"
#include "query/execution/operator.h"
#include "query/function/aggregates.h"

namespace cg::query::execution::operators {

class Groups {
 public:
  Groups(Executor* exec, const planner::Operator& op);

  // Drops every group.
  void Clear();
  // The group of `row` (its key items evaluated on it), created when new.
  size_t Find(const Row& row);
  // Folds the aggregates' values on `row` into group g.
  void Fold(size_t g, const Row& row);
  // After the last row: an aggregation without keys has one group even
  // without rows.
  void Finish();
  // Moves out the result rows of the groups from *next on, until *out holds
  // max_rows; false when there were none left.
  bool Emit(size_t* next, size_t max_rows, Batch* out);

 private:
  struct Group {
    Row base;
    std::vector<std::unique_ptr<function::Aggregator>> aggs;
  };
  size_t NewGroup(Row base);

  Executor* exec_;
  const planner::Operator& op_;
  std::vector<bool> keeps_values_;  // by aggregate: holds its values (collect, DISTINCT, ...)
  std::vector<Group> groups_;
  std::map<List, size_t, EquivalenceLess> index_;
  MemoryCharge charge_;
};

// An operator that fills Groups from its input on the first Produce
// (Consume) and then emits them batch by batch.
class GroupingOperator : public PhysicalOperator {
 public:
  GroupingOperator(Executor* exec, const planner::Operator& op, std::unique_ptr<PhysicalOperator> input)
      : PhysicalOperator(exec, op, std::move(input)), groups_(exec, op) {}

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    groups_.Clear();
    consumed_ = false;
    next_ = 0;
  }

 protected:
  bool Produce(Batch* out) override {
    if (!consumed_) {
      consumed_ = true;
      Consume();
      groups_.Finish();
    }
    return groups_.Emit(&next_, batch_rows_, out);
  }
  // Folds the whole input into groups_.
  virtual void Consume() = 0;

  Groups groups_;

 private:
  bool consumed_ = false;
  size_t next_ = 0;
};

}  // namespace cg::query::execution::operators
