// Sort (ORDER BY): a pipeline breaker. Reads its whole input, then emits
// the rows ordered by sort_keys (stable: ties keep their input order).
// Under a LIMIT (ORDER BY ... [SKIP s] LIMIT k) it keeps only the first
// s + k rows in a bounded heap. What it holds is charged to the memory
// budget.
#include <algorithm>

#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Sort : public PhysicalOperator {
 public:
  Sort(Executor* exec, const Operator& op, OperatorPtr input, const ast::Expr* skip, const ast::Expr* limit)
      : PhysicalOperator(exec, op, std::move(input)), skip_(skip), limit_(limit), charge_(&exec->ctx()->memory()) {}

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    entries_.clear();
    charge_.Reset();
    sorted_ = false;
    next_ = 0;
    keep_ = SIZE_MAX;
    if (limit_) {
      keep_ = static_cast<size_t>(exec_->CountArgument(limit_, argument, "LIMIT"));
      if (skip_) keep_ += static_cast<size_t>(exec_->CountArgument(skip_, argument, "SKIP"));
    }
  }

 protected:
  bool Produce(Batch* out) override {
    if (!sorted_) Consume();
    for (; next_ < entries_.size() && !Full(*out); ++next_) out->push_back(std::move(entries_[next_].row));
    return !out->empty();
  }

 private:
  struct Entry {
    List key;
    uint64_t seq;
    Row row;
  };

  // Whether a comes before b in the output.
  bool Before(const Entry& a, const Entry& b) const {
    for (size_t i = 0; i < op_.sort_keys.size(); ++i) {
      int c = OrderCompare(a.key[i], b.key[i]);
      if (c != 0) return op_.sort_keys[i].second ? c > 0 : c < 0;
    }
    return a.seq < b.seq;
  }

  void Consume() {
    sorted_ = true;
    auto before = [this](const Entry& a, const Entry& b) { return Before(a, b); };
    Batch in;
    uint64_t seq = 0;
    while (input_->Next(&in)) {
      for (Row& row : in) {
        ctx_->Tick();
        if (keep_ == 0) continue;
        Entry e{{}, seq++, std::move(row)};
        for (const auto& [expr, desc] : op_.sort_keys) e.key.push_back(exec_->eval().Eval(*expr, e.row));
        if (entries_.size() == keep_) {
          // A max-heap of the rows kept: the last of them on top.
          if (!Before(e, entries_.front())) continue;
          std::pop_heap(entries_.begin(), entries_.end(), before);
          entries_.back() = std::move(e);
          std::push_heap(entries_.begin(), entries_.end(), before);
          continue;
        }
        charge_.Add(ApproxSize(e.key) + ApproxSize(e.row) + sizeof(Entry));
        entries_.push_back(std::move(e));
        if (entries_.size() == keep_) std::make_heap(entries_.begin(), entries_.end(), before);
      }
    }
    std::sort(entries_.begin(), entries_.end(), before);
  }

  const ast::Expr* skip_;
  const ast::Expr* limit_;
  MemoryCharge charge_;
  std::vector<Entry> entries_;
  size_t keep_ = SIZE_MAX;
  bool sorted_ = false;
  size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeSort(Executor* exec, const Operator& op, OperatorPtr input, const ast::Expr* skip,
                     const ast::Expr* limit) {
  return std::make_unique<Sort>(exec, op, std::move(input), skip, limit);
}

}  // namespace cg::query::execution::operators
