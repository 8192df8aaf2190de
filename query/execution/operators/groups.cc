#include "query/execution/operators/groups.h"

#include <strings.h>

#include <algorithm>
#include <set>

namespace cg::query::execution::operators {

namespace {

// Distinct ids: appended, sorted and deduplicated whenever the appended
// part outgrows the distinct part (so it holds at most about twice the
// distinct ids) and when counted — no allocation per id, unlike a hash set.
class DistinctIds {
 public:
  void Add(uint64_t id) {
    ids_.push_back(id);
    if (ids_.size() >= 2 * distinct_ + 1024) Compact();
  }
  size_t Count() const {
    Compact();
    return ids_.size();
  }

 private:
  void Compact() const {
    std::sort(ids_.begin(), ids_.end());
    ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
    distinct_ = ids_.size();
  }
  mutable std::vector<uint64_t> ids_;
  mutable size_t distinct_ = 0;  // ids_ before this many is sorted and distinct
};

// count(DISTINCT x): nodes and relationships by id (the common case:
// counting distinct entities), other values by equivalence.
class DistinctCount : public function::Aggregator {
 public:
  void Add(const Value& v, const Value&) override {
    if (v.is_node()) nodes_.Add(v.as_node().id);
    else if (v.is_rel()) rels_.Add(v.as_rel().id);
    else if (!v.is_null()) others_.insert(v);
  }
  Value Result() const override { return Value(static_cast<int64_t>(nodes_.Count() + rels_.Count() + others_.size())); }

 private:
  DistinctIds nodes_, rels_;
  std::set<Value, EquivalenceLess> others_;
};

std::unique_ptr<function::Aggregator> MakeFor(const ast::Expr& a) {
  if (a.kind == ast::ExprKind::kCountStar) return function::MakeRowCounter();
  if (a.distinct && strcasecmp(a.name.c_str(), "count") == 0) return std::make_unique<DistinctCount>();
  return function::MakeAggregator(a.name, a.distinct);
}

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

}  // namespace

Groups::Groups(Executor* exec, const planner::Operator& op)
    : exec_(exec), op_(op), charge_(&exec->ctx()->memory()) {
  for (const ast::Expr* a : op.aggregates) keeps_values_.push_back(KeepsValues(*a));
}

void Groups::Clear() {
  groups_.clear();
  index_.clear();
  charge_.Reset();
}

size_t Groups::NewGroup(Row base) {
  charge_.Add(ApproxSize(base) + 64 * (op_.aggregates.size() + 1));
  Group g;
  g.base = std::move(base);
  for (const ast::Expr* a : op_.aggregates) g.aggs.push_back(MakeFor(*a));
  groups_.push_back(std::move(g));
  return groups_.size() - 1;
}

size_t Groups::Find(const Row& row) {
  List key;
  for (const auto& [slot, expr] : op_.items) key.push_back(exec_->eval().Eval(*expr, row));
  if (auto it = index_.find(key); it != index_.end()) return it->second;
  Row base = row;
  for (size_t i = 0; i < op_.items.size(); ++i) base[op_.items[i].first] = key[i];
  charge_.Add(ApproxSize(key) + 64);
  const size_t g = NewGroup(std::move(base));
  index_.emplace(std::move(key), g);
  return g;
}

void Groups::Fold(size_t g, const Row& row) {
  for (size_t i = 0; i < op_.aggregates.size(); ++i) {
    const ast::Expr* a = op_.aggregates[i];
    if (a->kind == ast::ExprKind::kCountStar) {
      groups_[g].aggs[i]->Add(Value(true), Value());
      continue;
    }
    Value v = exec_->eval().Eval(*a->args[0], row);
    Value extra = a->args.size() > 1 ? exec_->eval().Eval(*a->args[1], row) : Value();
    if (keeps_values_[i]) charge_.Add(ApproxSize(v));
    groups_[g].aggs[i]->Add(v, extra);
  }
}

void Groups::Finish() {
  if (groups_.empty() && op_.items.empty()) NewGroup(Row(exec_->ctx()->plan().num_slots));
}

bool Groups::Emit(size_t* next, size_t max_rows, Batch* out) {
  for (; *next < groups_.size() && out->size() < max_rows; ++*next) {
    Group& g = groups_[*next];
    Row row = std::move(g.base);
    for (size_t i = 0; i < op_.aggregates.size(); ++i) row[op_.aggregates[i]->slot] = g.aggs[i]->Result();
    for (const auto& [slot, expr] : op_.post_items) row[slot] = exec_->eval().Eval(*expr, row);
    out->push_back(std::move(row));
  }
  return !out->empty();
}

}  // namespace cg::query::execution::operators
