// Cursor: one query's rows for Python, pulled batch by batch from the
// engine's QueryCursor with the GIL released.
//
// A read query streams: each FetchMany() runs the engine for one more
// batch. A query that writes (found by opening it read-only first: the
// compiled plan is cached, so that costs nothing) runs to its end when the
// cursor is made, so its changes are committed by the time db.query()
// returns whether or not its rows are read, and it never holds the writer
// slot while Python runs; its rows wait in the cursor.
//
// Warnings (an unknown label, ...) are kept for Notifications(); the
// package warns with them. Errors raise cartelgraph.QueryError subclasses (errors.h); with
// `interruptible` (the caller is Python's main thread), Ctrl-C cancels the
// engine and raises KeyboardInterrupt. One Python thread reads a cursor at a
// time: another that tries while the engine runs gets RuntimeError.
#pragma once

#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "python/convert.h"
#include "query/engine.h"

namespace cg::python {

struct QuerySettings {
  bool interruptible = false;
  bool read_only_database = false;
  double timeout_seconds = 0;  // 0: none
  size_t memory_limit = 0;     // bytes; 0: the engine's default
  std::optional<Date> as_of;   // QueryOptions::as_of
  bool show_rejected = false;  // QueryOptions::show_rejected
};

class Cursor {
 public:
  Cursor(std::shared_ptr<graph::Graph> graph, const std::string& text, query::Map params,
         const QuerySettings& settings);

  const std::vector<std::string>& columns() const { return columns_; }
  // The next batch of rows as tuples; an empty list at the end.
  py::list FetchMany();
  // Every remaining row, column by column (columns.h: (kind, data, nulls)
  // per column).
  py::list FetchColumns();
  // What the query changed (a writing query: at once; else once read to
  // the end).
  py::dict Stats() const;
  // The query's warnings (query/notifications.h), one dict each: code,
  // title, message, severity, line, column, offset. Known at once.
  py::list Notifications() const;
  // Drops the engine's cursor (a read snapshot; nothing to roll back) and
  // the database; done by itself at the end and on failure. RuntimeError
  // while another thread reads the cursor.
  void Close();
  bool closed() const { return !cursor_; }

 private:
  struct Batch {
    std::vector<query::execution::Row> rows;
    Entities entities;
  };
  // The next batch into *batch; false at the end. Raises on failure.
  bool Pull(Batch* batch);
  // Runs `work` with the GIL released (and Ctrl-C cancelling when
  // interruptible), then raises what Python signal handlers raised.
  template <typename Work>
  void Unlocked(Work&& work);
  [[noreturn]] void RaiseError();
  // Close without the check: the end, a failure, a cancel.
  void Release();

  std::shared_ptr<graph::Graph> graph_;  // outlives cursor_; null once closed
  QuerySettings settings_;
  std::atomic<bool> cancel_{false};
  std::unique_ptr<query::QueryCursor> cursor_;
  std::vector<std::string> columns_;
  std::deque<Batch> buffered_;  // a writing query's rows
  bool writes_ = false;
  bool busy_ = false;  // a thread is in Pull (guarded by the GIL)
  query::execution::Stats stats_;
  std::vector<query::Notification> notifications_;
};

}  // namespace cg::python
