#include "python/interrupt.h"

namespace cg::python {
namespace {

std::atomic<std::atomic<bool>*> target{nullptr};
struct sigaction replaced;  // the handler to pass SIGINT on to

void OnSigint(int signal, siginfo_t* info, void* context) {
  if (std::atomic<bool>* cancel = target.load()) cancel->store(true);
  if (replaced.sa_flags & SA_SIGINFO) {
    replaced.sa_sigaction(signal, info, context);
  } else if (replaced.sa_handler != SIG_DFL && replaced.sa_handler != SIG_IGN) {
    replaced.sa_handler(signal);
  }
}

}  // namespace

SigintCancels::SigintCancels(std::atomic<bool>* cancel) {
  struct sigaction action = {};
  action.sa_sigaction = OnSigint;
  action.sa_flags = SA_SIGINFO;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, nullptr, &previous_);
  replaced = previous_;
  target.store(cancel);
  sigaction(SIGINT, &action, nullptr);
}

SigintCancels::~SigintCancels() {
  sigaction(SIGINT, &previous_, nullptr);
  target.store(nullptr);
}

}  // namespace cg::python
