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

// Reads a whole file into memory and hands out its records one by one.
// Fields point into the reader's buffer and stay valid until the reader
// goes away.
class CsvReader {
 public:
  // IOError naming the path when it cannot be read.
  Status Open(const std::string& path);

  // The next record into `fields`; false at the end of the file. A record
  // that breaks the quoting rules sets status() to InvalidArgument naming
  // path:line and returns false.
  bool Next(std::vector<CsvField>* fields);
  // The line the last record returned by Next starts on (1-based).
  uint64_t line() const { return record_line_; }
  const std::string& path() const { return path_; }
  const Status& status() const { return status_; }

 private:
  std::string path_;
  std::string data_;
  size_t pos_ = 0;
  uint64_t next_line_ = 1;
  uint64_t record_line_ = 0;
  Status status_;
};

// Appends `text` as one CSV field: quoted when it holds a comma, quote, CR
// or LF, starts or ends with a space, or is empty and `quote_empty` is set
// (so that an empty string reads back as "" rather than as no value).
void AppendCsvField(std::string_view text, bool quote_empty, std::string* out);

}  // namespace cg::exchange
