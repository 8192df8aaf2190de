// EagerUpdate: the base of the updating operators (CREATE, MERGE, SET,
// REMOVE, DELETE). An update reads every row of its input before it writes
// anything, so the reads of the clauses before it never see its writes
// (openCypher's eagerness, simplest form); then it applies itself to the
// rows in order and streams the resulting rows. The buffered rows are
// charged to the memory budget.
#pragma once

#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

class EagerUpdate : public PhysicalOperator {
 public:
  using PhysicalOperator::PhysicalOperator;

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    rows_.clear();
    charge_.Reset();
    applied_ = false;
    next_ = 0;
  }

 protected:
  // Applies the update to the input rows (in order), leaving the output
  // rows in *rows. By default: ApplyRow on each row.
  virtual void Apply(std::vector<Row>* rows) {
    for (Row& row : *rows) {
      ctx_->Tick();
      ApplyRow(&row);
    }
  }
  // Applies the update to one row (binding what it creates in it).
  virtual void ApplyRow(Row*) {}

  bool Produce(Batch* out) final {
    if (!applied_) {
      applied_ = true;
      Batch in;
      while (input_->Next(&in)) {
        for (Row& r : in) {
          charge_.Add(ApproxSize(r));
          rows_.push_back(std::move(r));
        }
      }
      Apply(&rows_);
    }
    for (; next_ < rows_.size() && !Full(*out); ++next_) out->push_back(std::move(rows_[next_]));
    return !out->empty();
  }

  MemoryCharge charge_{&ctx_->memory()};

 private:
  std::vector<Row> rows_;
  bool applied_ = false;
  size_t next_ = 0;
};

}  // namespace cg::query::execution::operators
