// Helpers for query tests: a fresh in-memory schemaless graph and a
// one-call query runner that fails the test on an unexpected error.
#pragma once

#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "graph/graph.h"
#include "query/engine.h"

namespace cg::query::testing {

inline std::unique_ptr<graph::Graph> NewGraph() {
  static int counter = 0;
  std::unique_ptr<graph::Graph> g;
  Status s = graph::Graph::Open("query-test-" + std::to_string(counter++),
                                graph::OpenOptions{.in_memory = true, .enforce_ontology = false}, &g);
  REQUIRE(s.ok());
  return g;
}

inline QueryResult Run(graph::Graph& g, const std::string& text, const Map& params = {},
                       const QueryOptions& options = {}) {
  QueryResult r = QueryEngine::Execute(g, text, params, options);
  INFO(text);
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : std::string(r.error->what())));
  return r;
}

// The error of a query that must fail.
inline QueryError Fails(graph::Graph& g, const std::string& text, const Map& params = {},
                        const QueryOptions& options = {}) {
  QueryResult r = QueryEngine::Execute(g, text, params, options);
  INFO(text);
  REQUIRE_FALSE(r.ok());
  return *r.error;
}

}  // namespace cg::query::testing
