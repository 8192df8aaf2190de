#include "query/execution/operator.h"

#include <algorithm>
#include <chrono>

#include "query/execution/executor.h"

namespace cg::query::execution {

PhysicalOperator::PhysicalOperator(Executor* exec, const planner::Operator& op,
                                   std::unique_ptr<PhysicalOperator> input)
    : exec_(exec), ctx_(exec->ctx()), op_(op), input_(std::move(input)) {}

void PhysicalOperator::Open(const Row& argument) {
  if (input_) input_->Open(argument);
}

bool PhysicalOperator::Next(Batch* out, size_t max_rows) {
  out->clear();
  batch_rows_ = std::max<size_t>(max_rows, 1);
  ctx_->CheckCancel();
  ctx_->TrimCache();
  if (!ctx_->profiling) return Produce(out);
  auto start = std::chrono::steady_clock::now();
  bool more = Produce(out);
  OperatorProfile& p = ctx_->profile[&op_];
  p.rows += out->size();
  p.time += std::chrono::steady_clock::now() - start;
  return more;
}

void StreamingOperator::Open(const Row& argument) {
  PhysicalOperator::Open(argument);
  in_.clear();
  pos_ = 0;
  pending_ = false;
  done_ = false;
}

bool StreamingOperator::Produce(Batch* out) {
  while (!Full(*out)) {
    if (pending_) {
      pending_ = Continue(out);
      continue;
    }
    if (pos_ == in_.size()) {
      pos_ = 0;
      if (done_ || !input_->Next(&in_, batch_rows_)) {
        done_ = true;
        in_.clear();
        break;
      }
      continue;
    }
    ctx_->Tick();
    pending_ = Start(std::move(in_[pos_++]), out);
  }
  return !out->empty();
}

std::vector<Row> Drain(PhysicalOperator& op, const Row& argument, MemoryCharge* charge) {
  std::vector<Row> rows;
  Batch batch;
  op.Open(argument);
  while (op.Next(&batch)) {
    for (Row& r : batch) {
      charge->Add(ApproxSize(r));
      rows.push_back(std::move(r));
    }
  }
  return rows;
}

}  // namespace cg::query::execution
