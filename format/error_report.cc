#include "format/error_report.h"

#include <algorithm>
#include <vector>

#include "format/text_width.h"

namespace cg::format {

namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t begin = 0;
  while (true) {
    size_t end = text.find('\n', begin);
    std::string line(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    if (end == std::string_view::npos) return lines;
    begin = end + 1;
  }
}

}  // namespace

std::string ErrorReport(const query::QueryError& error, std::string_view statement) {
  std::string out = error.kind;
  if (!error.code.empty()) out += " (" + error.code + ")";
  out += ": " + std::string(error.what()) + "\n";
  std::vector<std::string> lines = Lines(statement);
  // Tabs become one space so that the caret line's width matches.
  for (std::string& line : lines) {
    for (char& c : line) c = c == '\t' ? ' ' : c;
  }
  bool caret = error.line >= 1 && static_cast<size_t>(error.line) <= lines.size() && error.column >= 1;
  size_t shown = caret ? static_cast<size_t>(error.line) : lines.size();
  for (size_t i = 0; i < shown; ++i) out += "  " + lines[i] + "\n";
  if (caret) {
    const std::string& line = lines[error.line - 1];
    size_t bytes = std::min(static_cast<size_t>(error.column - 1), line.size());
    out += "  " + std::string(DisplayWidth(std::string_view(line).substr(0, bytes)), ' ') + "^\n";
  }
  return out;
}

}  // namespace cg::format
