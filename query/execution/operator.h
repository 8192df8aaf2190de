// PhysicalOperator: one step of a query pipeline (Volcano iteration over
// row batches). The root is pulled by the cursor; every operator pulls
// batches from its input when it needs rows, so a query does only the work
// its consumer asks for (LIMIT stops pulling) and holds only the batches in
// flight, except in the pipeline breakers (sort, aggregation, DISTINCT,
// eager writes), which charge what they hold to the query's MemoryBudget.
//
// Contract: Open(argument) (re)starts the operator for one argument row
// (the row its Argument leaf yields: an empty row for a query, the outer
// row for a subplan); then Next() is called until it returns false. An
// operator can be re-opened at any time, dropping its state. Each Next
// checks the cancel flag; loops that may run long between batches call
// ExecContext::Tick().
#pragma once

#include <memory>
#include <vector>

#include "query/execution/context.h"

namespace cg::query::execution {

class Executor;

using Batch = std::vector<Row>;

// Rows an operator aims to produce per batch (an operator that emits many
// rows from one input row may overshoot by those rows, never by more
// than the rows of one adjacency list).
inline constexpr size_t kBatchSize = 1024;

class PhysicalOperator {
 public:
  // `input` may be null (for Argument and Union).
  PhysicalOperator(Executor* exec, const planner::Operator& op, std::unique_ptr<PhysicalOperator> input);
  virtual ~PhysicalOperator() = default;
  PhysicalOperator(const PhysicalOperator&) = delete;
  PhysicalOperator& operator=(const PhysicalOperator&) = delete;

  // (Re)starts this operator and its input for `argument`.
  virtual void Open(const Row& argument);
  // Replaces *out with the next rows, about `max_rows` of them (a consumer
  // that needs few, such as LIMIT 1, asks for few so that no work is done
  // for rows it would drop); false (and *out empty) when there are no more.
  bool Next(Batch* out, size_t max_rows = kBatchSize);

  const planner::Operator& op() const { return op_; }

 protected:
  // Fills *out (empty on entry) with the next rows; returns !out->empty(),
  // or false once exhausted.
  virtual bool Produce(Batch* out) = 0;
  // Whether *out holds the rows asked for by the current Next.
  bool Full(const Batch& out) const { return out.size() >= batch_rows_; }

  Executor* exec_;
  ExecContext* ctx_;
  const planner::Operator& op_;
  std::unique_ptr<PhysicalOperator> input_;
  size_t batch_rows_ = kBatchSize;  // what the current Next asks for
};

// An operator that works through its input row by row, emitting any
// number of rows per input row, across batches when there are many.
class StreamingOperator : public PhysicalOperator {
 public:
  using PhysicalOperator::PhysicalOperator;
  void Open(const Row& argument) override;

 protected:
  bool Produce(Batch* out) final;
  // Starts on one input row, emitting into *out; returns true when more
  // output for this row is pending (then Continue is called until false).
  virtual bool Start(Row row, Batch* out) = 0;
  virtual bool Continue(Batch*) { return false; }

 private:
  Batch in_;
  size_t pos_ = 0;
  bool pending_ = false;
  bool done_ = false;
};

// Pulls every row of `op` (opened for `argument`) into a vector, charging
// them to `charge`.
std::vector<Row> Drain(PhysicalOperator& op, const Row& argument, MemoryCharge* charge);

}  // namespace cg::query::execution
