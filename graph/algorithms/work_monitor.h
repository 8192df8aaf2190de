// WorkMonitor: what a long computation on the graph reports to whoever runs
// it, so that the caller can stop it (a cancelled or timed-out query) or
// refuse it memory (a query's budget). The graph layer knows nothing of the
// caller: both calls may throw the caller's exception, which unwinds through
// the algorithm (the algorithms hold their memory in RAII containers only).
#pragma once

#include <cstddef>

namespace cg::graph {

class WorkMonitor {
 public:
  virtual ~WorkMonitor() = default;
  // One unit of work (a vertex visited, an edge relaxed); called often, so
  // cheap implementations count and check every so many calls.
  virtual void Tick() const = 0;
  // About to hold `bytes` more, for as long as the computation runs.
  virtual void Reserve(size_t bytes) const = 0;
};

// A monitor that never stops anything (tests, benchmarks).
class UnmonitoredWork : public WorkMonitor {
 public:
  void Tick() const override {}
  void Reserve(size_t) const override {}
};

}  // namespace cg::graph
