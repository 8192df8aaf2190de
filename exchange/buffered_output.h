// BufferedOutput: exporters append to one string and hand it to the stream
// in large pieces (a stream write per element is slow).
#pragma once

#include <ostream>
#include <string>

#include "schema/status.h"

namespace cg::exchange {

class BufferedOutput {
 public:
  explicit BufferedOutput(std::ostream& out) : out_(out) { buffer_.reserve(kFlushAt + 4096); }

  std::string* buffer() { return &buffer_; }
  // Writes the buffer out once it holds kFlushAt bytes or more.
  void MaybeFlush() {
    if (buffer_.size() >= kFlushAt) Flush();
  }
  // Writes what is left; IOError naming `what` when any write failed.
  Status Finish(const std::string& what) {
    Flush();
    out_.flush();
    return out_ ? Status::OK() : Status::IOError("writing " + what + " failed");
  }

 private:
  static constexpr size_t kFlushAt = 1 << 20;
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }
  std::ostream& out_;
  std::string buffer_;
};

}  // namespace cg::exchange
