// Result formatting: the rows of a QueryResult as text in one of six
// formats.
//
//   table     ASCII grid (+---+), numbers right-aligned
//   box       the same grid in Unicode box-drawing characters
//   markdown  a GitHub-flavoured Markdown table ('|' in cells escaped)
//   csv       RFC 4180: a header row, fields quoted when they hold ',', '"',
//             CR or LF (quotes doubled), null as an empty field, "\n" ends rows
//   json      one array of row objects {"column": value, ...}
//   jsonl     one row object per line
//
// Grid formats show strings bare and other values as Cypher literals
// (format/value_text.h), align columns by display width
// (format/text_width.h) and truncate cells wider than max_column_width with
// "…". csv shows the same text untruncated (strings with their newlines).
// json/jsonl use the TCK value encoding (format/value_json.h).
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "query/engine.h"

namespace cg::format {

enum class Format { kTable, kBox, kCsv, kJson, kJsonl, kMarkdown };

inline constexpr std::array<std::string_view, 6> kFormatNames = {"table", "box", "csv", "json", "jsonl", "markdown"};

// The format named `name` (one of kFormatNames), or nullopt.
std::optional<Format> ParseFormat(std::string_view name);
std::string_view FormatName(Format format);

// Whether a format is meant for people (a grid) rather than programs.
bool IsGrid(Format format);

struct FormatOptions {
  Format format = Format::kTable;
  // Rows written at most; 0: all.
  size_t max_rows = 0;
  // Grid cells wider than this many display cells are truncated; 0: never.
  size_t max_column_width = 0;
};

// Writes the columns and rows of `result` (nothing when it has no
// columns). Grid formats also write the plan of PROFILE after the rows,
// and the plan of EXPLAIN instead of its one-row table.
void WriteResult(const query::QueryResult& result, const FormatOptions& options, std::ostream& out);

// Whether rows in this format can be written as they arrive (csv, jsonl).
bool IsStreamable(Format format);

// Streaming output (csv, jsonl): writes the rows of `chunk` (one batch of a
// result; `chunk.nodes`/`relationships` describe its entities), preceded
// by the csv header when `header`. Concatenated, the chunks of a result
// are exactly what WriteResult writes for the whole result.
void WriteStreamedRows(const query::QueryResult& chunk, Format format, bool header, std::ostream& out);

// One row of `result` as a JSON object text, keys in column order (the
// jsonl format's line, without its newline).
std::string JsonRowText(const query::QueryResult& result, const std::vector<query::Value>& row);

// The line that ends a result for people: "3 rows", "1 row", "120 rows (20
// shown)", then what the query changed ("1 node created, 2 properties
// set"), then the time if given ("4.2 ms"), separated by ", ". Empty for
// EXPLAIN, which runs nothing.
std::string Summary(const query::QueryResult& result, size_t max_rows, std::optional<std::chrono::nanoseconds> elapsed);

}  // namespace cg::format
