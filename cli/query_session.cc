#include "cli/query_session.h"

#include <chrono>
#include <filesystem>

#include "format/error_report.h"

namespace cg::cli {

namespace {

// QueryEngine::Execute reports query failures in the result; anything else
// it lets escape (an engine bug) is reported the same way rather than
// ending the shell.
query::QueryResult Execute(graph::Graph& graph, const std::string& text, const query::Map& params,
                           const query::QueryOptions& options) {
  try {
    return query::QueryEngine::Execute(graph, text, params, options);
  } catch (const std::exception& e) {
    query::QueryResult r;
    r.error = query::RuntimeError("DatabaseError", "Internal", std::string("internal error: ") + e.what());
    return r;
  }
}

void ReportWarnings(const std::vector<query::Notification>& warnings, std::string_view origin,
                    std::string_view statement, std::ostream& err) {
  for (const query::Notification& warning : warnings) err << origin << format::WarningReport(warning, statement);
  if (!warnings.empty()) err << std::flush;
}

bool IsReadOnlyRefusal(const std::optional<query::QueryError>& e) {
  return e && e->phase == query::Phase::kCompile && e->code == "ReadOnly";
}

}  // namespace

std::unique_ptr<QuerySession> QuerySession::Open(const std::string& path, Access access, std::ostream& out,
                                                 std::ostream& err) {
  std::unique_ptr<QuerySession> session(new QuerySession(path, out, err));
  std::error_code ec;
  bool read_only = access == Access::kReadFirst && std::filesystem::exists(path, ec);
  Status s = graph::Graph::Open(path, {.read_only = read_only}, &session->graph_);
  if (!s.ok() && access == Access::kWritable && std::filesystem::exists(path, ec)) {
    Status ro = graph::Graph::Open(path, {.read_only = true}, &session->graph_);
    if (ro.ok()) {
      err << "cartelgraph: opened " << path << " read-only: " << s.ToString() << '\n';
      s = ro;
    }
  }
  if (!s.ok()) {
    err << "cartelgraph: " << s.ToString() << '\n';
    return nullptr;
  }
  return session;
}

query::QueryOptions QuerySession::Options(const std::atomic<bool>* cancel) const {
  query::QueryOptions options;
  options.cancel = cancel;
  options.read_only = graph_->options().read_only;
  options.timeout = settings_.timeout;
  options.limits.memory_limit = settings_.memory_limit;
  options.as_of = settings_.as_of;
  options.show_rejected = settings_.show_rejected;
  return options;
}

bool QuerySession::ReopenWritable(std::string_view origin) {
  graph_.reset();
  Status s = graph::Graph::Open(path_, {}, &graph_);
  if (s.ok()) return true;
  err_ << origin << "cannot open " << path_ << " for writing: " << s.ToString() << '\n';
  graph_.reset();  // the next statement reopens it read-only
  return false;
}

bool QuerySession::Run(const cli::Statement& statement, std::string_view origin, const std::atomic<bool>* cancel) {
  if (!graph_) {
    Status s = graph::Graph::Open(path_, {.read_only = true}, &graph_);
    if (!s.ok()) {
      err_ << origin << s.ToString() << '\n';
      return false;
    }
  }
  if (format::IsStreamable(settings_.format.format) && !settings_.summary && settings_.format.max_rows == 0) {
    return RunStreaming(statement, origin, cancel);
  }
  auto start = std::chrono::steady_clock::now();
  query::QueryResult result = Execute(*graph_, statement.text, params_, Options(cancel));
  if (IsReadOnlyRefusal(result.error)) {
    // The statement writes: nothing ran yet; reopen writable and run it.
    if (!ReopenWritable(origin)) return false;
    result = Execute(*graph_, statement.text, params_, Options(cancel));
  }
  auto elapsed = std::chrono::steady_clock::now() - start;
  if (!result.ok()) {
    err_ << origin << format::ErrorReport(*result.error, statement.text) << std::flush;
    return false;
  }
  ReportWarnings(result.notifications, origin, statement.text, err_);
  format::WriteResult(result, settings_.format, out_);
  std::string summary =
      settings_.summary ? format::Summary(result, settings_.format.max_rows,
                                         settings_.timing ? std::optional<std::chrono::nanoseconds>(elapsed) : std::nullopt)
                        : "";
  if (!summary.empty()) out_ << summary << '\n';
  out_ << std::flush;
  return true;
}

bool QuerySession::RunStreaming(const cli::Statement& statement, std::string_view origin,
                                const std::atomic<bool>* cancel) {
  std::unique_ptr<query::QueryCursor> cursor;
  query::QueryResult chunk;
  bool header = true;
  try {
    cursor = query::QueryEngine::Open(*graph_, statement.text, params_, Options(cancel));
    if (IsReadOnlyRefusal(cursor->error())) {
      if (!ReopenWritable(origin)) return false;
      cursor = query::QueryEngine::Open(*graph_, statement.text, params_, Options(cancel));
    }
    chunk.columns = cursor->columns();
    ReportWarnings(cursor->notifications(), origin, statement.text, err_);
    while (cursor->Next(&chunk.rows)) {
      chunk.nodes.clear();
      chunk.relationships.clear();
      cursor->CollectEntities(chunk.rows, &chunk.nodes, &chunk.relationships);
      format::WriteStreamedRows(chunk, settings_.format.format, header, out_);
      out_ << std::flush;
      header = false;
    }
  } catch (const std::exception& e) {
    // An engine bug escaping the cursor is reported, not a crash.
    err_ << origin << format::ErrorReport(query::RuntimeError("DatabaseError", "Internal",
                                                             std::string("internal error: ") + e.what()),
                                         statement.text)
         << std::flush;
    return false;
  }
  if (cursor->error()) {
    err_ << origin << format::ErrorReport(*cursor->error(), statement.text) << std::flush;
    return false;
  }
  if (header) format::WriteStreamedRows(chunk, settings_.format.format, true, out_);
  out_ << std::flush;
  return true;
}

}  // namespace cg::cli
