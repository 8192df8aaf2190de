// QueryEngine: the query layer's entry point. Runs one openCypher query
// against a Graph:
//
//   QueryResult r = QueryEngine::Execute(*graph, "MATCH (p:Person {name: $n}) RETURN p.born",
//                                        {{"n", Value("El Mencho")}});
//   if (!r.ok()) std::cerr << r.error->what();
//
// Stages: parse -> bind -> plan -> optimize -> execute. A query that
// writes runs in one write transaction, committed when the whole query
// succeeded and rolled back on any error; a read-only query runs on a
// snapshot. `EXPLAIN <query>` returns the plan without running it;
// `PROFILE <query>` runs it and adds rows and time per operator.
#pragma once

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "query/error.h"
#include "query/execution/context.h"
#include "query/procedures.h"
#include "query/value.h"

namespace cg::query {

struct QueryOptions {
  // Set from another thread to stop the query (it fails with Cancelled).
  const std::atomic<bool>* cancel = nullptr;
  execution::Limits limits;
  // Refuse queries that write.
  bool read_only = false;
  // What CALL can call; none when null.
  const ProcedureRegistry* procedures = nullptr;
};

struct QueryResult {
  std::optional<QueryError> error;  // set when the query failed
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  execution::Stats stats;
  // EXPLAIN / PROFILE: the plan as text (PROFILE: with rows and time).
  std::string plan;
  // The labels/type/properties of every node and relationship the rows
  // mention, read at the end of the query (absent when deleted by it).
  std::map<graph::NodeId, graph::Node> nodes;
  std::map<graph::RelId, graph::Relationship> relationships;

  bool ok() const { return !error.has_value(); }
};

class QueryEngine {
 public:
  static QueryResult Execute(graph::Graph& graph, std::string_view query, const Map& params = {},
                             const QueryOptions& options = {});
};

}  // namespace cg::query
