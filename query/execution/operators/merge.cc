// Merge (MERGE): per row, the rows of `inner` (the pattern matched, with
// ON MATCH applied), or the pattern created (with ON CREATE applied) when
// nothing matched. Rows are handled in order, so a row sees what MERGE
// created for the rows before it.
#include "query/execution/operators/eager_update.h"
#include "query/execution/updates.h"

namespace cg::query::execution::operators {

namespace {

class Merge : public EagerUpdate {
 public:
  Merge(Executor* exec, const Operator& op, OperatorPtr input)
      : EagerUpdate(exec, op, std::move(input)), inner_(exec->Build(*op.inner)) {}

 protected:
  void Apply(std::vector<Row>* rows) override {
    std::vector<Row> out;
    for (Row& row : *rows) {
      MemoryCharge matched_charge(&ctx_->memory());
      std::vector<Row> matched = Drain(*inner_, row, &matched_charge);
      if (!matched.empty()) {
        for (Row& m : matched) {
          ApplySetItems(*exec_, op_.clause->on_match, m);
          charge_.Add(ApproxSize(m));
          out.push_back(std::move(m));
        }
        continue;
      }
      CreatePart(*exec_, op_.clause->patterns[0], op_.bound_before, &row, true);
      ApplySetItems(*exec_, op_.clause->on_create, row);
      out.push_back(std::move(row));
    }
    *rows = std::move(out);
  }

 private:
  OperatorPtr inner_;
};

}  // namespace

OperatorPtr MakeMerge(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Merge>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
