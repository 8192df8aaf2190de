// Sorted runs: a BulkData column's pairs, sorted, written to a file while a
// load goes on (so that a load's memory stays bounded), and read back in
// key order to be merged with the other runs and the pairs still in memory.
//
//   RunWriter out;
//   Status s = out.Open(path);
//   s = out.Add(key, value);  // ... in key order
//   s = out.Finish();
//   RunReader in;
//   s = in.Open(path);
//   while (in.Next()) use(in.key(), in.value());  // then check in.status()
//
// A run lives only as long as the load that wrote it, in one process: the
// file holds, per pair, the key's and the value's size (4 bytes each, native
// byte order) and then their bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "schema/status.h"

namespace cg::storage {

class RunWriter {
 public:
  RunWriter() = default;
  RunWriter(const RunWriter&) = delete;
  RunWriter& operator=(const RunWriter&) = delete;
  ~RunWriter();  // closes the file (Finish reports write errors; this does not)

  // Creates (or truncates) the file. IOError naming it when it cannot.
  Status Open(const std::string& path);
  Status Add(std::string_view key, std::string_view value);
  // Writes what is buffered and closes the file.
  Status Finish();

 private:
  Status Flush();
  std::string path_;
  int fd_ = -1;
  std::string buffer_;
};

class RunReader {
 public:
  RunReader() = default;
  RunReader(const RunReader&) = delete;
  RunReader& operator=(const RunReader&) = delete;
  RunReader(RunReader&& other) noexcept;
  ~RunReader();

  Status Open(const std::string& path);
  // Moves to the next pair; false at the end of the file or on an error
  // (then status() says which: IOError naming the file).
  bool Next();
  // The current pair; valid until the next call of Next.
  std::string_view key() const { return key_; }
  std::string_view value() const { return value_; }
  const Status& status() const { return status_; }

 private:
  // Makes at least `n` unread bytes available; false when the file ends first.
  bool Fill(size_t n);
  std::string path_;
  int fd_ = -1;
  std::string buffer_;
  size_t begin_ = 0, end_ = 0;  // the unread bytes of buffer_
  std::string_view key_, value_;
  Status status_;
};

}  // namespace cg::storage
