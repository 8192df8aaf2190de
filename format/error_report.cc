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

// The statement indented, up to `line` with a caret under `column` when
// that position is in it (line 0: no position), else whole.
std::string Excerpt(std::string_view statement, int line_number, int column) {
  std::string out;
  std::vector<std::string> lines = Lines(statement);
  // Tabs become one space so that the caret line's width matches.
  for (std::string& line : lines) {
    for (char& c : line) c = c == '\t' ? ' ' : c;
  }
  bool caret = line_number >= 1 && static_cast<size_t>(line_number) <= lines.size() && column >= 1;
  size_t shown = caret ? static_cast<size_t>(line_number) : lines.size();
  for (size_t i = 0; i < shown; ++i) out += "  " + lines[i] + "\n";
  if (caret) {
    const std::string& line = lines[line_number - 1];
    size_t bytes = std::min(static_cast<size_t>(column - 1), line.size());
    out += "  " + std::string(DisplayWidth(std::string_view(line).substr(0, bytes)), ' ') + "^\n";
  }
  return out;
}

}  // namespace

std::string ErrorReport(const query::QueryError& error, std::string_view statement) {
  std::string out = error.kind;
  if (!error.code.empty()) out += " (" + error.code + ")";
  return out + ": " + std::string(error.what()) + "\n" + Excerpt(statement, error.line, error.column);
}

std::string WarningReport(const query::Notification& warning, std::string_view statement) {
  const std::string code = warning.code.substr(warning.code.rfind('.') + 1);
  return "warning (" + code + "): " + warning.message + "\n" +
         Excerpt(statement, warning.line, warning.column);
}

}  // namespace cg::format
