// Aggregate: groups its input rows by the key items and folds each group's
// aggregates (a pipeline breaker: it consumes its whole input before
// emitting a row; it holds one entry per group, never the input rows).
// Groups come out in the order their first row arrived. The groups, and
// the values aggregates such as collect() keep, are charged to the memory
// budget.
#include <map>

#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"
#include "query/function/aggregates.h"

namespace cg::query::execution::operators {

namespace {

// Whether an aggregate keeps the values it is given (collect, DISTINCT,
// percentiles, standard deviations) rather than a running total.
bool KeepsValues(const ast::Expr& a) {
  if (a.kind == ast::ExprKind::kCountStar) return false;
  if (a.distinct) return true;
  static const char* const kRunning[] = {"count", "sum", "avg", "min", "max"};
  for (const char* name : kRunning) {
    if (a.name.size() == std::char_traits<char>::length(name) &&
        std::equal(a.name.begin(), a.name.end(), name, [](char x, char y) { return std::tolower(x) == y; })) {
      return false;
    }
  }
  return true;
}

class Aggregate : public PhysicalOperator {
 public:
  Aggregate(Executor* exec, const Operator& op, OperatorPtr input)
      : PhysicalOperator(exec, op, std::move(input)), charge_(&exec->ctx()->memory()) {
    for (const ast::Expr* a : op.aggregates) keeps_values_.push_back(KeepsValues(*a));
  }

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    groups_.clear();
    index_.clear();
    charge_.Reset();
    consumed_ = false;
    next_ = 0;
  }

 protected:
  bool Produce(Batch* out) override {
    if (!consumed_) Consume();
    for (; next_ < groups_.size() && !Full(*out); ++next_) {
      Group& g = groups_[next_];
      Row row = std::move(g.base);
      for (size_t i = 0; i < op_.aggregates.size(); ++i) row[op_.aggregates[i]->slot] = g.aggs[i]->Result();
      for (const auto& [slot, expr] : op_.post_items) row[slot] = exec_->eval().Eval(*expr, row);
      out->push_back(std::move(row));
    }
    return !out->empty();
  }

 private:
  struct Group {
    Row base;
    std::vector<std::unique_ptr<function::Aggregator>> aggs;
  };

  size_t NewGroup(Row base) {
    charge_.Add(ApproxSize(base) + 64 * (op_.aggregates.size() + 1));
    Group g;
    g.base = std::move(base);
    for (const ast::Expr* a : op_.aggregates) {
      g.aggs.push_back(a->kind == ast::ExprKind::kCountStar ? function::MakeRowCounter()
                                                             : function::MakeAggregator(a->name, a->distinct));
    }
    groups_.push_back(std::move(g));
    return groups_.size() - 1;
  }

  void Consume() {
    consumed_ = true;
    Evaluator& eval = exec_->eval();
    Batch in;
    while (input_->Next(&in)) {
      for (Row& row : in) {
        ctx_->Tick();
        List key;
        for (const auto& [slot, expr] : op_.items) key.push_back(eval.Eval(*expr, row));
        size_t g = 0;
        if (auto it = index_.find(key); it != index_.end()) {
          g = it->second;
        } else {
          Row base = row;
          for (size_t i = 0; i < op_.items.size(); ++i) base[op_.items[i].first] = key[i];
          charge_.Add(ApproxSize(key) + 64);
          g = NewGroup(std::move(base));
          index_.emplace(std::move(key), g);
        }
        for (size_t i = 0; i < op_.aggregates.size(); ++i) Fold(i, g, row);
      }
    }
    if (groups_.empty() && op_.items.empty()) NewGroup(Row(ctx_->plan().num_slots));
  }

  // Adds the row's value of aggregate i to group g.
  void Fold(size_t i, size_t g, const Row& row) {
    const ast::Expr* a = op_.aggregates[i];
    if (a->kind == ast::ExprKind::kCountStar) {
      groups_[g].aggs[i]->Add(Value(true), Value());
      return;
    }
    Value v = exec_->eval().Eval(*a->args[0], row);
    Value extra = a->args.size() > 1 ? exec_->eval().Eval(*a->args[1], row) : Value();
    if (keeps_values_[i]) charge_.Add(ApproxSize(v));
    groups_[g].aggs[i]->Add(v, extra);
  }

  std::vector<bool> keeps_values_;
  std::vector<Group> groups_;
  std::map<List, size_t, EquivalenceLess> index_;
  MemoryCharge charge_;
  bool consumed_ = false;
  size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeAggregate(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Aggregate>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
