// Apply (CALL { }): per input row, the subquery's plan (`inner`) opened
// with that row as its argument. A returning subquery yields the input row
// once per row of the subquery, with the returned columns in their slots
// (no rows: the input row is dropped). A unit subquery (no RETURN) runs to
// its end and passes the input row on once.
//
// A read-only subquery streams: one input row's subquery at a time, its
// rows batch by batch, asked for no more than the consumer wants (LIMIT 1
// over it stops after the first). A subquery that writes is eager like the
// updates (eager_update.h): all input rows are read before its first run
// and all its runs finish before the first output row, so the clauses
// before the CALL never see its writes and those after see all of them.
#include "query/execution/operators/eager_update.h"

namespace cg::query::execution::operators {

namespace {

// The output row of one subquery row: `input` with the subquery's columns.
Row Join(const Row& input, Row& columns, const std::vector<int>& slots) {
  Row out = input;
  for (size_t i = 0; i < slots.size(); ++i) out[slots[i]] = std::move(columns[i]);
  return out;
}

class Apply : public StreamingOperator {
 public:
  Apply(Executor* exec, const Operator& op, OperatorPtr input)
      : StreamingOperator(exec, op, std::move(input)), inner_(exec->Build(*op.inner)) {}

 protected:
  bool Start(Row row, Batch* out) override {
    inner_->Open(row);
    row_ = std::move(row);
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    const std::vector<int>& slots = op_.clause->yield_slots;
    Batch rows;
    if (slots.empty()) {  // a unit subquery: run it through, then the row
      while (inner_->Next(&rows)) ctx_->Tick();
      out->push_back(std::move(row_));
      return false;
    }
    if (!inner_->Next(&rows, batch_rows_ - out->size())) return false;  // Continue runs only when not full
    for (Row& r : rows) out->push_back(Join(row_, r, slots));
    return true;
  }

 private:
  OperatorPtr inner_;
  Row row_;
};

class EagerApply : public EagerUpdate {
 public:
  EagerApply(Executor* exec, const Operator& op, OperatorPtr input)
      : EagerUpdate(exec, op, std::move(input)), inner_(exec->Build(*op.inner)) {}

 protected:
  void Apply(std::vector<Row>* rows) override {
    const std::vector<int>& slots = op_.clause->yield_slots;
    std::vector<Row> out;
    Batch batch;
    for (Row& row : *rows) {
      inner_->Open(row);
      while (inner_->Next(&batch)) {
        ctx_->Tick();
        for (Row& r : batch) {
          if (slots.empty()) continue;
          out.push_back(Join(row, r, slots));
          charge_.Add(ApproxSize(out.back()));
        }
      }
      if (slots.empty()) out.push_back(std::move(row));
    }
    *rows = std::move(out);
  }

 private:
  OperatorPtr inner_;
};

}  // namespace

OperatorPtr MakeApply(Executor* exec, const Operator& op, OperatorPtr input) {
  if (op.eager) return std::make_unique<EagerApply>(exec, op, std::move(input));
  return std::make_unique<Apply>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
