// SigintCancels: Ctrl-C during a query cancels it.
//
// While alive, SIGINT sets *cancel (the engine stops within milliseconds,
// QueryOptions::cancel) and is passed on to the handler it replaced —
// Python's, which records the KeyboardInterrupt that PyErr_CheckSignals
// raises once the GIL is held again. Construct it on Python's main thread
// only (the only thread Python delivers signals to), never nested.
#pragma once

#include <atomic>
#include <csignal>

namespace cg::python {

class SigintCancels {
 public:
  explicit SigintCancels(std::atomic<bool>* cancel);
  ~SigintCancels();
  SigintCancels(const SigintCancels&) = delete;
  SigintCancels& operator=(const SigintCancels&) = delete;

 private:
  struct sigaction previous_;
};

}  // namespace cg::python
