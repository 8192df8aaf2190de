#include "exchange/csv.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

namespace cg::exchange {

Status CsvReader::Open(const std::string& path) {
  path_ = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(fmt::format("cannot open {}", path));
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec) data_.reserve(size);
  // Chunks rather than one read of file_size bytes, so that a pipe works too.
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) data_.append(chunk, static_cast<size_t>(in.gcount()));
  if (in.bad()) return Status::IOError(fmt::format("cannot read {}", path));
  if (data_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
  return Status::OK();
}

bool CsvReader::Next(std::vector<CsvField>* fields) {
  fields->clear();
  if (!status_.ok() || pos_ >= data_.size()) return false;
  record_line_ = next_line_;
  char* const data = data_.data();
  const size_t size = data_.size();
  size_t i = pos_;
  while (true) {
    CsvField field;
    if (i < size && data[i] == '"') {
      // Quoted: unescape in place ("" -> "); the text only shrinks.
      field.quoted = true;
      const size_t begin = ++i;
      size_t write = begin;
      while (true) {
        if (i >= size) {
          status_ = Status::InvalidArgument(
              fmt::format("{}:{}: a quoted field is not closed before the end of the file", path_, record_line_));
          return false;
        }
        const char c = data[i];
        if (c == '"') {
          if (i + 1 < size && data[i + 1] == '"') {
            data[write++] = '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (c == '\n') ++next_line_;
        data[write++] = c;
        ++i;
      }
      field.text = std::string_view(data + begin, write - begin);
      if (i < size && data[i] != ',' && data[i] != '\n' && data[i] != '\r') {
        status_ = Status::InvalidArgument(
            fmt::format("{}:{}: a quoted field must be followed by ',' or the end of the line, got '{}'", path_,
                        next_line_, data[i]));
        return false;
      }
    } else {
      const size_t begin = i;
      while (i < size && data[i] != ',' && data[i] != '\n' && data[i] != '\r') ++i;
      field.text = std::string_view(data + begin, i - begin);
    }
    fields->push_back(field);
    if (i < size && data[i] == ',') {
      ++i;
      continue;
    }
    // End of the record: CRLF, LF, a lone CR, or the end of the file.
    if (i < size && data[i] == '\r') ++i;
    if (i < size && data[i] == '\n') ++i;
    ++next_line_;
    pos_ = i;
    return true;
  }
}

void AppendCsvField(std::string_view text, bool quote_empty, std::string* out) {
  const bool quote = (text.empty() && quote_empty) || text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) {
    out->append(text);
    return;
  }
  out->push_back('"');
  for (char c : text) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace cg::exchange
