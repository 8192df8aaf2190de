// ProgressBar: a one-line progress display on stderr, drawn only when stderr
// is a terminal and not silenced; otherwise every call does nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace cg::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool quiet);
  ~ProgressBar();
  // Redraws at most ~10 times a second (and always when done == total).
  void Update(uint64_t done, uint64_t total, const std::string& detail);
  // Shows only `detail`, for work whose total is unknown.
  void Note(const std::string& detail);
  // Clears the line.
  void Finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace cg::cli
