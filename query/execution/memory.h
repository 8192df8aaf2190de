// Memory accounting for one query. The pipeline breakers (sort buffers,
// aggregation and DISTINCT tables, eager write buffers), big collections
// (collect() lists, range(), variable-length and shortest-path frontiers)
// and the rows Execute collects charge what they hold to the query's
// MemoryBudget; going over the limit fails the query with
// MemoryLimitExceeded (naming the limit) instead of exhausting the process.
// Sizes are estimates (ApproxSize) of what the values occupy.
#pragma once

#include <cstddef>
#include <cstdint>

#include "query/value.h"

namespace cg::query::execution {

// The default per-query limit: 2 GiB.
inline constexpr size_t kDefaultMemoryLimit = size_t{2} << 30;

// Bytes a value or a row occupies, estimated (container overhead included).
size_t ApproxSize(const Value& v);
size_t ApproxSize(const std::vector<Value>& row);

class MemoryBudget {
 public:
  explicit MemoryBudget(size_t limit) : limit_(limit) {}

  // Adds `bytes` to the query's use; throws MemoryLimitExceeded when the
  // use would pass the limit (the bytes are then not added).
  void Charge(size_t bytes);
  void Release(size_t bytes) { used_ -= bytes < used_ ? bytes : used_; }
  // Throws like Charge when `bytes` more would not fit, charging nothing
  // (for short-lived allocations such as a list about to be built).
  void Check(size_t bytes) const;

  size_t used() const { return used_; }
  size_t limit() const { return limit_; }

 private:
  size_t limit_;
  size_t used_ = 0;
};

// What one holder (an operator's buffer, a table) charged; released when
// it is reset or destroyed.
class MemoryCharge {
 public:
  explicit MemoryCharge(MemoryBudget* budget) : budget_(budget) {}
  ~MemoryCharge() { Reset(); }
  MemoryCharge(const MemoryCharge&) = delete;
  MemoryCharge& operator=(const MemoryCharge&) = delete;

  void Add(size_t bytes) {
    budget_->Charge(bytes);
    bytes_ += bytes;
  }
  void Reset() {
    budget_->Release(bytes_);
    bytes_ = 0;
  }
  size_t bytes() const { return bytes_; }

 private:
  MemoryBudget* budget_;
  size_t bytes_ = 0;
};

}  // namespace cg::query::execution
