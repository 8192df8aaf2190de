// QueryEngine: the query layer's entry point. Runs one openCypher query
// against a Graph, streaming its rows through a cursor:
//
//   auto cursor = QueryEngine::Open(*graph, "MATCH (p:Person) RETURN p.name", {});
//   std::vector<execution::Row> batch;
//   while (cursor->Next(&batch)) { for (const auto& row : batch) ... }
//   if (cursor->error()) std::cerr << cursor->error()->what();
//
// or, all rows at once (a convenience on top of the cursor):
//
//   QueryResult r = QueryEngine::Execute(*graph, "MATCH (p:Person {name: $n}) RETURN p.born",
//                                        {{"n", Value("El Mencho")}});
//   if (!r.ok()) std::cerr << r.error->what();
//
// Stages: parse -> bind -> plan -> optimize (cached per query text, see
// prepared_query.h) -> execute (execution/operator.h: a pipeline of
// operators pulling row batches). `EXPLAIN <query>` returns the plan
// without running it; `PROFILE <query>` runs it and adds rows and time per
// operator.
//
// Transactions: a read-only query reads one snapshot, held by the cursor.
// A query that writes runs in one write transaction (holding the Graph's
// writer slot while the cursor lives), committed when Next() first
// returns false without an error, rolled back on any error or when the
// cursor is destroyed before its end. Its rows can be read only after all
// its updates ran (updates are eager), so they see the final state.
#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "query/error.h"
#include "query/execution/context.h"
#include "query/notifications.h"
#include "query/procedures/registry.h"
#include "query/value.h"
#include "schema/date.h"

namespace cg::query {

struct QueryOptions {
  // Set from another thread to stop the query (it fails with Cancelled
  // within a few milliseconds: every operator loop checks it).
  const std::atomic<bool>* cancel = nullptr;
  // Stops the query (TimedOut) once it ran this long; 0: no limit.
  std::chrono::milliseconds timeout{0};
  // limits.memory_limit bounds what the query holds (MemoryLimitExceeded
  // beyond); limits.max_expansions bounds path enumeration work.
  execution::Limits limits;
  // Refuse queries that write.
  bool read_only = false;
  // What CALL can call; the built-in procedures when null.
  const ProcedureRegistry* procedures = nullptr;
  // The graph as of a day: every pattern (MATCH, OPTIONAL MATCH, pattern
  // predicates and EXISTS, shortestPath, counts) sees only the
  // relationships that hold on it — `since` (or, for a one-time act such
  // as DESIGNATED, its `date`) on or before it and `until` absent or after
  // it, partial dates compared at their own precision (schema/validity.h);
  // nodes have no validity and are all seen.
  // Procedures get it as ProcedureContext::as_of. A query run as of a day
  // must not write (it fails with AsOfReadOnly). nullopt: the whole graph.
  std::optional<Date> as_of;
  // Show the relationships a curation decision rejected (hidden from
  // every pattern by default, as as_of hides; graph/curation/decision.h).
  bool show_rejected = false;
};

struct QueryResult {
  std::optional<QueryError> error;  // set when the query failed
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  execution::Stats stats;
  // EXPLAIN / PROFILE: the plan as text (PROFILE: with rows and time).
  std::string plan;
  // Warnings about the query (notifications.h); also on success, with rows.
  std::vector<Notification> notifications;
  // The labels/type/properties of every node and relationship the rows
  // mention, read when the rows were produced (absent when deleted by the
  // query).
  std::map<graph::NodeId, graph::Node> nodes;
  std::map<graph::RelId, graph::Relationship> relationships;

  bool ok() const { return !error.has_value(); }
};

// The rows of one running query, batch by batch. Not thread-safe (one
// thread pulls it; another may only set the cancel flag).
class QueryCursor {
 public:
  ~QueryCursor();
  QueryCursor(const QueryCursor&) = delete;
  QueryCursor& operator=(const QueryCursor&) = delete;

  // The result columns (empty for a query without RETURN, or when the
  // query failed to compile).
  const std::vector<std::string>& columns() const;
  // Replaces *batch with the next rows (values in column order); false at
  // the end, or on failure (then error() says why). After false, Next keeps
  // returning false.
  bool Next(std::vector<execution::Row>* batch);
  // Why the query failed; nullopt while it runs fine or after success.
  const std::optional<QueryError>& error() const;
  // What the query changed; complete once Next returned false.
  const execution::Stats& stats() const;
  // EXPLAIN: the plan (at once); PROFILE: the plan with rows and time per
  // operator, once Next returned false; otherwise empty.
  const std::string& plan() const;
  // Warnings about the query (notifications.h), known once Open returned
  // (empty when the query failed to compile).
  const std::vector<Notification>& notifications() const;
  // Adds the entities `rows` mention to the maps, as they are now (call it
  // before the next Next). Nothing after a failure.
  void CollectEntities(const std::vector<execution::Row>& rows, std::map<graph::NodeId, graph::Node>* nodes,
                       std::map<graph::RelId, graph::Relationship>* relationships);

  struct State;

 private:
  friend class QueryEngine;
  explicit QueryCursor(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

class QueryEngine {
 public:
  // Never null: a query that fails to compile gives a cursor whose first
  // Next returns false with the error.
  static std::unique_ptr<QueryCursor> Open(graph::Graph& graph, std::string_view query, const Map& params = {},
                                           const QueryOptions& options = {});
  // Runs the query to its end and collects all its rows (charged to the
  // memory limit like the rest of the query).
  static QueryResult Execute(graph::Graph& graph, std::string_view query, const Map& params = {},
                             const QueryOptions& options = {});
};

}  // namespace cg::query
