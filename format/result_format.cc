#include "format/result_format.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "format/text_width.h"
#include "format/value_json.h"
#include "format/value_text.h"

namespace cg::format {

namespace {

using query::QueryResult;
using query::Value;

size_t ShownRows(const QueryResult& r, size_t max_rows) {
  return max_rows == 0 ? r.rows.size() : std::min(max_rows, r.rows.size());
}

// EXPLAIN returns its plan as the only cell of a "plan" column.
bool IsExplain(const QueryResult& r) {
  return !r.plan.empty() && r.columns.size() == 1 && r.columns[0] == "plan" && r.rows.size() == 1 &&
         r.rows[0].size() == 1 && r.rows[0][0].is_string() && r.rows[0][0].as_string() == r.plan;
}

// The cells of a grid, truncated, with each column's width and alignment.
struct Grid {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<size_t> widths;
  std::vector<bool> numeric;  // right-aligned: every non-null value is a number
};

Grid MakeGrid(const QueryResult& r, const FormatOptions& options, bool markdown) {
  auto cell = [&](std::string text) {
    if (markdown) {
      std::string escaped;
      for (char c : text) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
      text = std::move(escaped);
    }
    return options.max_column_width ? TruncateToWidth(text, options.max_column_width) : text;
  };
  Grid g;
  size_t n = r.columns.size();
  g.widths.assign(n, 0);
  g.numeric.assign(n, false);
  std::vector<bool> all_numbers(n, true);
  for (size_t c = 0; c < n; ++c) g.header.push_back(cell(r.columns[c]));
  size_t shown = ShownRows(r, options.max_rows);
  for (size_t i = 0; i < shown; ++i) {
    std::vector<std::string> row;
    for (size_t c = 0; c < n; ++c) {
      const Value& v = r.rows[i][c];
      row.push_back(cell(CellText(v, r)));
      if (!v.is_null()) {
        all_numbers[c] = all_numbers[c] && v.is_number();
        g.numeric[c] = all_numbers[c];
      }
    }
    g.rows.push_back(std::move(row));
  }
  for (size_t c = 0; c < n; ++c) {
    g.widths[c] = DisplayWidth(g.header[c]);
    for (const auto& row : g.rows) g.widths[c] = std::max(g.widths[c], DisplayWidth(row[c]));
  }
  return g;
}

std::string Pad(const std::string& text, size_t width, bool right) {
  std::string fill(width - std::min(width, DisplayWidth(text)), ' ');
  return right ? fill + text : text + fill;
}

struct Rule {
  std::string_view left, fill, cross, right;
};
struct GridStyle {
  Rule top, middle, bottom;
  std::string_view vertical;
};
constexpr GridStyle kAscii{{"+", "-", "+", "+"}, {"+", "-", "+", "+"}, {"+", "-", "+", "+"}, "|"};
constexpr GridStyle kBox{{"┌", "─", "┬", "┐"}, {"├", "─", "┼", "┤"}, {"└", "─", "┴", "┘"}, "│"};

void WriteRule(const Grid& g, const Rule& rule, std::ostream& out) {
  out << rule.left;
  for (size_t c = 0; c < g.widths.size(); ++c) {
    if (c) out << rule.cross;
    for (size_t i = 0; i < g.widths[c] + 2; ++i) out << rule.fill;
  }
  out << rule.right << '\n';
}

void WriteLine(const Grid& g, const std::vector<std::string>& cells, bool align_numbers, std::string_view vertical,
               std::ostream& out) {
  out << vertical;
  for (size_t c = 0; c < cells.size(); ++c) {
    out << ' ' << Pad(cells[c], g.widths[c], align_numbers && g.numeric[c]) << ' ' << vertical;
  }
  out << '\n';
}

void WriteGrid(const Grid& g, const GridStyle& style, std::ostream& out) {
  WriteRule(g, style.top, out);
  WriteLine(g, g.header, false, style.vertical, out);
  WriteRule(g, style.middle, out);
  for (const auto& row : g.rows) WriteLine(g, row, true, style.vertical, out);
  WriteRule(g, style.bottom, out);
}

void WriteMarkdown(const Grid& g, std::ostream& out) {
  WriteLine(g, g.header, false, "|", out);
  out << '|';
  for (size_t c = 0; c < g.widths.size(); ++c) {
    // At least three dashes, as the column is wide.
    size_t dashes = std::max<size_t>(g.widths[c], 3);
    out << ' ' << std::string(g.numeric[c] ? dashes - 1 : dashes, '-') << (g.numeric[c] ? ":" : "") << " |";
  }
  out << '\n';
  for (const auto& row : g.rows) WriteLine(g, row, true, "|", out);
}

std::string CsvField(const Value& v, const QueryResult& r) {
  if (v.is_null()) return "";
  std::string text = v.is_string() ? v.as_string() : CypherText(v, r);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void WriteCsv(const QueryResult& r, size_t shown, bool header, std::ostream& out) {
  auto write_row = [&](const std::vector<Value>& row) {
    for (size_t c = 0; c < row.size(); ++c) out << (c ? "," : "") << CsvField(row[c], r);
    out << '\n';
  };
  if (header) write_row(std::vector<Value>(r.columns.begin(), r.columns.end()));
  for (size_t i = 0; i < shown; ++i) write_row(r.rows[i]);
}

// One row as a JSON object, keys in column order.
std::string JsonRow(const QueryResult& r, const std::vector<Value>& row) {
  std::string out = "{";
  for (size_t c = 0; c < row.size(); ++c) {
    if (c) out += ",";
    out += nlohmann::json(r.columns[c]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += ":";
    out += ValueToJson(row[c], r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return out + "}";
}

std::string Plural(int64_t n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  for (size_t i = 0; i < kFormatNames.size(); ++i) {
    if (kFormatNames[i] == name) return static_cast<Format>(i);
  }
  return std::nullopt;
}

std::string_view FormatName(Format format) { return kFormatNames[static_cast<size_t>(format)]; }

bool IsGrid(Format format) {
  return format == Format::kTable || format == Format::kBox || format == Format::kMarkdown;
}

void WriteResult(const QueryResult& r, const FormatOptions& options, std::ostream& out) {
  if (IsGrid(options.format) && IsExplain(r)) {
    out << r.plan << (r.plan.ends_with('\n') ? "" : "\n");
    return;
  }
  if (!r.columns.empty()) {
    size_t shown = ShownRows(r, options.max_rows);
    switch (options.format) {
      case Format::kTable: WriteGrid(MakeGrid(r, options, false), kAscii, out); break;
      case Format::kBox: WriteGrid(MakeGrid(r, options, false), kBox, out); break;
      case Format::kMarkdown: WriteMarkdown(MakeGrid(r, options, true), out); break;
      case Format::kCsv: WriteCsv(r, shown, true, out); break;
      case Format::kJson:
        out << "[";
        for (size_t i = 0; i < shown; ++i) out << (i ? ",\n  " : "\n  ") << JsonRow(r, r.rows[i]);
        out << (shown ? "\n]\n" : "]\n");
        break;
      case Format::kJsonl:
        for (size_t i = 0; i < shown; ++i) out << JsonRow(r, r.rows[i]) << '\n';
        break;
    }
  }
  if (IsGrid(options.format) && !r.plan.empty()) out << r.plan << (r.plan.ends_with('\n') ? "" : "\n");
}

std::string JsonRowText(const QueryResult& result, const std::vector<Value>& row) { return JsonRow(result, row); }

bool IsStreamable(Format format) { return format == Format::kCsv || format == Format::kJsonl; }

void WriteStreamedRows(const QueryResult& chunk, Format format, bool header, std::ostream& out) {
  if (chunk.columns.empty()) return;
  if (format == Format::kCsv) {
    WriteCsv(chunk, chunk.rows.size(), header, out);
    return;
  }
  for (const auto& row : chunk.rows) out << JsonRow(chunk, row) << '\n';
}

std::string Summary(const QueryResult& r, size_t max_rows, std::optional<std::chrono::nanoseconds> elapsed) {
  if (IsExplain(r)) return "";
  std::vector<std::string> parts;
  size_t shown = ShownRows(r, max_rows);
  std::string rows = Plural(static_cast<int64_t>(r.rows.size()), "row", "rows");
  if (shown < r.rows.size()) rows += fmt::format(" ({} shown)", shown);
  parts.push_back(rows);
  const auto& s = r.stats;
  auto change = [&](int64_t n, std::string_view singular, std::string_view plural, std::string_view verb) {
    if (n) parts.push_back(Plural(n, singular, plural) + " " + std::string(verb));
  };
  change(s.nodes_created, "node", "nodes", "created");
  change(s.nodes_deleted, "node", "nodes", "deleted");
  change(s.relationships_created, "relationship", "relationships", "created");
  change(s.relationships_deleted, "relationship", "relationships", "deleted");
  change(s.properties_set, "property", "properties", "set");
  change(s.labels_added, "label", "labels", "added");
  change(s.labels_removed, "label", "labels", "removed");
  change(s.indexes_added, "index", "indexes", "added");
  change(s.indexes_removed, "index", "indexes", "removed");
  change(s.constraints_added, "constraint", "constraints", "added");
  change(s.constraints_removed, "constraint", "constraints", "removed");
  if (elapsed) {
    double ms = static_cast<double>(elapsed->count()) / 1e6;
    parts.push_back(ms < 1000 ? fmt::format("{:.1f} ms", ms) : fmt::format("{:.2f} s", ms / 1000));
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out;
}

}  // namespace cg::format
