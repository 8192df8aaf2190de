// CSV as RFC 4180 has it: fields separated by ',', records by LF or CRLF; a
// field in double quotes may hold commas, line breaks and doubled quotes
// (""). A UTF-8 byte order mark at the start of a file is skipped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schema/status.h"

namespace cg::exchange {

struct CsvField {
  std::string_view text;  // unquoted and unescaped
  bool quoted = false;    // "" (quoted, empty) differs from an empty field
};

// A file's bytes, read whole (pipes too); a byte order mark is dropped.
// IOError naming the path when it cannot be read.
Status ReadCsvFile(const std::string& path, std::string* data);

// Hands out the records of a file, or of a range of it (a CsvChunk), one by
// one. Fields point into the data, which the reader unescapes in place; they
// stay valid while the data does.
class CsvReader {
 public:
  // Reads the whole file at `path`. IOError naming the path when it cannot be read.
  Status Open(const std::string& path);
  // Reads the records in data[begin, end), the first on line `line`; `path`
  // names the file in messages.
  void Reset(std::string path, char* data, size_t begin, size_t end, uint64_t line);

  // The next record into `fields`; false at the end of the range. A record
  // that breaks the quoting rules sets status() to InvalidArgument naming
  // path:line and returns false.
  bool Next(std::vector<CsvField>* fields);
  // The line the last record returned by Next starts on (1-based).
  uint64_t line() const { return record_line_; }
  // Where the next record starts, and its line.
  size_t position() const { return pos_; }
  uint64_t next_line() const { return next_line_; }
  const std::string& path() const { return path_; }
  const Status& status() const { return status_; }

 private:
  std::string path_;
  std::string owned_;  // the file, when Open read it
  char* data_ = nullptr;
  size_t pos_ = 0, end_ = 0;
  uint64_t next_line_ = 1;
  uint64_t record_line_ = 0;
  Status status_;
};

// Whole records of a file: the byte range, the line it starts on, and how
// many records that are not blank lines it holds.
struct CsvChunk {
  size_t begin = 0, end = 0;
  uint64_t line = 1;
  uint64_t records = 0;
};

// Splits data[begin, end) — whose first record starts on `line` — into
// chunks of about `target` bytes that end on record boundaries, following
// the quoting (a quoted field may hold line breaks). A quote left open runs
// to the end, so that its chunk's reader reports it.
std::vector<CsvChunk> SplitCsv(std::string_view data, size_t begin, uint64_t line, size_t target);

// Appends `text` as one CSV field: quoted when it holds a comma, quote, CR
// or LF, starts or ends with a space, or is empty and `quote_empty` is set
// (so that an empty string reads back as "" rather than as no value).
void AppendCsvField(std::string_view text, bool quote_empty, std::string* out);

}  // namespace cg::exchange
