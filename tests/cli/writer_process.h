// WriterProcess: a child process that commits batches to a database until
// it is killed, reporting each commit on a pipe, for the tests of what other
// processes see beside a writer (backups, read-only opens, a second writer).
// Batch b is kBatchSize Person nodes {batch: b} committed as one
// transaction, so any committed state holds batches 0..n-1, each whole.
// The writer commits only the batches the test allows (Allow), so that the
// database stays small however slow the machine.
#pragma once

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "graph/graph.h"

namespace cg::testing {

class WriterProcess {
 public:
  static constexpr int kBatchSize = 50;

  // Starts the writer, allowed `batches` commits.
  WriterProcess(const std::string& path, int batches) {
    int fds[2], allow[2];
    REQUIRE(pipe(fds) == 0);
    REQUIRE(pipe(allow) == 0);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      close(fds[0]);
      close(allow[1]);
      Run(path, fds[1], allow[0]);
    }
    close(fds[1]);
    close(allow[0]);
    progress_ = fds[0];
    allow_ = allow[1];
    Allow(batches);
  }
  ~WriterProcess() {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    close(progress_);
    close(allow_);
  }

  // Lets the writer commit `batches` more.
  void Allow(int batches) {
    const std::string bytes(static_cast<size_t>(batches), 'b');
    REQUIRE(write(allow_, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  }
  WriterProcess(const WriterProcess&) = delete;
  WriterProcess& operator=(const WriterProcess&) = delete;

  pid_t pid() const { return pid_; }

  // Reads the reports that have arrived, waiting (up to a generous safety
  // timeout) until there are at least `at_least`; returns the commits
  // reported so far. A batch is committed before it is reported.
  int Reported(int at_least = 0) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    for (;;) {
      pollfd p{progress_, POLLIN, 0};
      const bool waiting = reported_ < at_least;
      if (waiting) REQUIRE_MESSAGE(std::chrono::steady_clock::now() < deadline, "the writer stopped reporting");
      if (poll(&p, 1, waiting ? 1000 : 0) > 0) {
        char bytes[256];
        const ssize_t n = read(progress_, bytes, sizeof bytes);
        REQUIRE_MESSAGE(n > 0, "the writer died");
        reported_ += static_cast<int>(n);
      } else if (!waiting) {
        return reported_;
      }
    }
  }

 private:
  [[noreturn]] static void Run(const std::string& path, int progress, int allow) {
    std::unique_ptr<graph::Graph> g;
    if (!graph::Graph::Open(path, {}, &g).ok()) _exit(3);
    for (int64_t batch = 0;; ++batch) {
      char byte;
      if (read(allow, &byte, 1) != 1) _exit(8);
      std::unique_ptr<graph::WriteTxn> txn;
      if (!g->BeginWrite(&txn).ok()) _exit(4);
      for (int i = 0; i < kBatchSize; ++i) {
        const std::string name = "P" + std::to_string(batch) + "-" + std::to_string(i);
        if (!txn->CreateNode({"Person"}, {{"name", name}, {"batch", batch}}, nullptr).ok()) _exit(5);
      }
      if (!txn->Commit().ok()) _exit(6);
      if (write(progress, "c", 1) != 1) _exit(7);
    }
  }

  pid_t pid_ = -1;
  int progress_ = -1;
  int allow_ = -1;
  int reported_ = 0;
};

// The number of whole batches that `csv` (the output of `MATCH (n:Person)
// RETURN n.batch AS b, count(*) AS c ORDER BY b` in csv) holds, or -1 when
// it is not a committed state (a batch missing, partial or out of order).
inline int CommittedBatches(const std::string& csv) {
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);  // the header
  int batches = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const size_t comma = line.find(',');
    if (comma == std::string::npos) return -1;
    if (std::stoi(line.substr(0, comma)) != batches || std::stoi(line.substr(comma + 1)) != WriterProcess::kBatchSize) {
      return -1;
    }
    ++batches;
  }
  return batches;
}

inline const char* kBatchesQuery = "MATCH (n:Person) RETURN n.batch AS b, count(*) AS c ORDER BY b";

}  // namespace cg::testing
