// QuerySession: one database and the statements a person or a script runs
// against it (the query and shell commands). Results go to `out` in the
// chosen format, error reports and warnings (format/error_report.h: an
// unknown label, ...) to `err`.
//
// Results in a streaming format (csv, jsonl) without a summary or row
// limit are written batch by batch as the query produces them (the first
// rows of a long query show at once, memory stays bounded); other formats
// collect the whole result first (grids need every row for the widths).
//
// A session opened kReadFirst opens an existing database read-only (beside
// a writing process, without its lock) and reopens it writable the first
// time a statement writes; a missing database is created writable.
// kWritable opens writable, falling back to read-only (with a note on
// `err`) when another process holds the database.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/graph.h"
#include "query/engine.h"
#include "format/result_format.h"
#include "cli/input/statement_splitter.h"

namespace cg::cli {

class QuerySession {
 public:
  enum class Access { kReadFirst, kWritable };

  struct Settings {
    format::FormatOptions format;
    bool summary = false;  // end each result with format::Summary
    bool timing = false;   // include the time in the summary
    // Each statement stops with TimedOut after this long; 0: never.
    std::chrono::milliseconds timeout{0};
    // What one statement may hold (QueryOptions limits.memory_limit).
    size_t memory_limit = query::execution::kDefaultMemoryLimit;
    // Statements see the graph as of this day (QueryOptions::as_of).
    std::optional<Date> as_of;
    // Statements see rejected relationships too (QueryOptions::show_rejected).
    bool show_rejected = false;
  };

  // nullptr, with the reason on `err`, when the database cannot be opened.
  static std::unique_ptr<QuerySession> Open(const std::string& path, Access access, std::ostream& out,
                                            std::ostream& err);

  // Runs one statement. `origin` prefixes the error report ("cartelgraph: ",
  // "script.cypher:12: "); `cancel`, when set from another thread or a
  // signal handler, stops the statement. Returns whether it succeeded.
  bool Run(const cli::Statement& statement, std::string_view origin, const std::atomic<bool>* cancel = nullptr);

  Settings& settings() { return settings_; }
  query::Map& params() { return params_; }
  // The open database; null after a failed reopen (the next Run retries).
  graph::Graph* graph() { return graph_.get(); }

 private:
  QuerySession(std::string path, std::ostream& out, std::ostream& err) : path_(std::move(path)), out_(out), err_(err) {}

  std::string path_;
  std::ostream& out_;
  std::ostream& err_;
  std::unique_ptr<graph::Graph> graph_;
  query::QueryOptions Options(const std::atomic<bool>* cancel) const;
  // Reopens the database writable after a read-only refusal.
  bool ReopenWritable(std::string_view origin);
  bool RunStreaming(const cli::Statement& statement, std::string_view origin, const std::atomic<bool>* cancel);

  Settings settings_;
  query::Map params_;
};

}  // namespace cg::cli
