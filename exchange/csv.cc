#include "exchange/csv.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

namespace cg::exchange {

Status ReadCsvFile(const std::string& path, std::string* data) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(fmt::format("cannot open {}", path));
  data->clear();
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec) data->reserve(size);
  // Chunks rather than one read of file_size bytes, so that a pipe works too.
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) data->append(chunk, static_cast<size_t>(in.gcount()));
  if (in.bad()) return Status::IOError(fmt::format("cannot read {}", path));
  if (data->starts_with("\xEF\xBB\xBF")) data->erase(0, 3);
  return Status::OK();
}

Status CsvReader::Open(const std::string& path) {
  CG_RETURN_IF_ERROR(ReadCsvFile(path, &owned_));
  Reset(path, owned_.data(), 0, owned_.size(), 1);
  return Status::OK();
}

void CsvReader::Reset(std::string path, char* data, size_t begin, size_t end, uint64_t line) {
  path_ = std::move(path);
  data_ = data;
  pos_ = begin;
  end_ = end;
  next_line_ = line;
  record_line_ = 0;
  status_ = Status::OK();
}

bool CsvReader::Next(std::vector<CsvField>* fields) {
  fields->clear();
  if (!status_.ok() || pos_ >= end_) return false;
  record_line_ = next_line_;
  char* const data = data_;
  const size_t size = end_;
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

std::vector<CsvChunk> SplitCsv(std::string_view data, size_t begin, uint64_t line, size_t target) {
  std::vector<CsvChunk> chunks;
  CsvChunk chunk{begin, begin, line, 0};
  const size_t size = data.size();
  size_t i = begin;
  while (i < size) {
    if (data[i] != '\r' && data[i] != '\n') {  // else a blank line
      ++chunk.records;
      while (true) {  // one field per round, as CsvReader::Next reads it
        if (i < size && data[i] == '"') {
          for (++i; i < size; ++i) {
            if (data[i] == '\n') ++line;
            if (data[i] != '"') continue;
            if (i + 1 < size && data[i + 1] == '"') {
              ++i;
              continue;
            }
            ++i;
            break;
          }
        }
        i = std::min(data.find_first_of(",\r\n", i), size);
        if (i == size || data[i] != ',') break;
        ++i;
      }
    }
    if (i < size && data[i] == '\r') ++i;
    if (i < size && data[i] == '\n') ++i;
    ++line;
    if (i - chunk.begin >= target || i >= size) {
      chunk.end = i;
      chunks.push_back(chunk);
      chunk = {i, i, line, 0};
    }
  }
  return chunks;
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
