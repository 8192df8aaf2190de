// CountFromStore: count(*) of a label's nodes, or of relationships (all,
// of some types, or grouped by type), from the store's counts
// (Reader::CountLabels / CountRelationshipTypes), without a scan. As of a
// day, the relationships it hides (as_of.h) are subtracted by type.
#include <algorithm>

#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class CountStore : public PhysicalOperator {
 public:
  CountStore(Executor* exec, const Operator& op) : PhysicalOperator(exec, op, nullptr) {}

  void Open(const Row&) override { done_ = false; }

 protected:
  bool Produce(Batch* out) override {
    if (done_) return false;
    done_ = true;
    std::vector<std::pair<std::string, uint64_t>> counts;
    if (!op_.labels.empty()) {
      ExecContext::Check(ctx_->reader().CountLabels(&counts));
      Emit(Total(counts, op_.labels), Value(), out);
      return true;
    }
    ExecContext::Check(ctx_->reader().CountRelationshipTypes(&counts));
    if (const HiddenRels* hidden = ctx_->Hidden()) {  // as of a day: less what it hides
      for (auto& [type, n] : counts) n -= hidden->OfType(type);
    }
    if (op_.items.empty()) {
      Emit(Total(counts, op_.rel->types), Value(), out);
      return true;
    }
    for (const auto& [type, n] : counts) {
      if (n == 0 || (!op_.rel->types.empty() && !Listed(op_.rel->types, type))) continue;
      Emit(n, Value(type), out);
    }
    return !out->empty();
  }

 private:
  static bool Listed(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  }

  // The sum of the counts of `names` (each once; all when empty).
  static uint64_t Total(const std::vector<std::pair<std::string, uint64_t>>& counts,
                        const std::vector<std::string>& names) {
    uint64_t total = 0;
    for (const auto& [name, n] : counts) {
      if (names.empty() || Listed(names, name)) total += n;
    }
    return total;
  }

  void Emit(uint64_t count, Value key, Batch* out) {
    Row row(ctx_->plan().num_slots);
    if (!op_.items.empty()) row[op_.items[0].first] = std::move(key);
    row[op_.aggregates[0]->slot] = Value(static_cast<int64_t>(count));
    for (const auto& [slot, expr] : op_.post_items) row[slot] = exec_->eval().Eval(*expr, row);
    out->push_back(std::move(row));
  }

  bool done_ = true;
};

}  // namespace

OperatorPtr MakeCountStore(Executor* exec, const Operator& op) { return std::make_unique<CountStore>(exec, op); }

}  // namespace cg::query::execution::operators
