// Unwind: one row per element of a list (a non-list value: one row; null:
// none), emitted batch by batch however long the list.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Unwind : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;

 protected:
  bool Start(Row row, Batch* out) override {
    Value v = exec_->eval().Eval(*op_.value, row);
    if (v.is_null()) return false;
    if (!v.is_list()) {
      row[op_.slot] = std::move(v);
      out->push_back(std::move(row));
      return false;
    }
    row_ = std::move(row);
    list_ = std::move(v);
    next_ = 0;
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    const List& list = list_.as_list();
    for (; next_ < list.size() && !Full(*out); ++next_) {
      Row r = row_;
      r[op_.slot] = list[next_];
      out->push_back(std::move(r));
    }
    return next_ < list.size();
  }

 private:
  Row row_;
  Value list_;
  size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeUnwind(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Unwind>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
