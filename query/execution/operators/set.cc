// Set (SET): applies the clause's items to each row.
#include "query/execution/operators/eager_update.h"
#include "query/execution/updates.h"

namespace cg::query::execution::operators {

namespace {

class Set : public EagerUpdate {
 public:
  using EagerUpdate::EagerUpdate;

 protected:
  void ApplyRow(Row* row) override { ApplySetItems(*exec_, op_.clause->set_items, *row); }
};

}  // namespace

OperatorPtr MakeSet(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Set>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
