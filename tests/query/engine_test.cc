// The engine's contract: atomic write transactions, statistics,
// EXPLAIN/PROFILE, parameters, cancellation and bounds.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "query/procedures/table_procedure.h"
#include "query/procedures/procedures_doc.h"
#include "query/procedures/registry.h"
#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

int64_t Count(graph::Graph& g, const std::string& text) { return Run(g, text).rows[0][0].as_int(); }

TEST_CASE("engine: writes commit atomically and report statistics") {
  auto g = NewGraph();
  QueryResult r = Run(*g, "CREATE (a:A {x: 1})-[:T {w: 2}]->(b:B) SET a:C RETURN a.x");
  CHECK(r.stats.nodes_created == 2);
  CHECK(r.stats.relationships_created == 1);
  CHECK(r.stats.properties_set == 2);
  CHECK(r.stats.labels_added == 3);  // A and B on create, C by SET
  CHECK(Count(*g, "MATCH (n:C) RETURN count(n)") == 1);
}

TEST_CASE("engine: a failing query leaves no trace") {
  auto g = NewGraph();
  QueryError e = Fails(*g, "UNWIND [1, 0] AS d CREATE (:X) RETURN 1 / d");
  CHECK(e.phase == Phase::kRuntime);
  CHECK(Count(*g, "MATCH (n) RETURN count(n)") == 0);
  Run(*g, "CREATE (a:A)-[:T]->(:B)");
  CHECK(Fails(*g, "MATCH (a:A) DELETE a").code == "DeleteConnectedNode");
  CHECK(Count(*g, "MATCH (n) RETURN count(n)") == 2);
  QueryResult r = Run(*g, "MATCH (a:A) DETACH DELETE a");
  CHECK(r.stats.nodes_deleted == 1);
  CHECK(r.stats.relationships_deleted == 1);
}

TEST_CASE("engine: MERGE matches or creates, with ON CREATE / ON MATCH") {
  auto g = NewGraph();
  Run(*g, "MERGE (p:P {name: 'x'}) ON CREATE SET p.created = true");
  Run(*g, "MERGE (p:P {name: 'x'}) ON MATCH SET p.matched = true");
  QueryResult r = Run(*g, "MATCH (p:P) RETURN p.created, p.matched, count(*)");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_bool());
  CHECK(r.rows[0][1].as_bool());
  CHECK(r.rows[0][2].as_int() == 1);
}

TEST_CASE("engine: parameters, and a missing one is an error") {
  auto g = NewGraph();
  Run(*g, "CREATE (:Person {name: 'El Mencho', born: 1966})");
  QueryResult r = Run(*g, "MATCH (p:Person {name: $n}) RETURN p.born", {{"n", Value("El Mencho")}});
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_int() == 1966);
  CHECK(Fails(*g, "RETURN $missing").kind == "ParameterMissing");
}

TEST_CASE("engine: a cached plan run again after a write sees the write") {
  auto g = NewGraph();
  Run(*g, "CREATE (:Person {name: 'a', born: 1960})-[:KNOWS]->(:Person {name: 'b', born: 1970})");
  const std::string seek = "MATCH (p:Person {name: $n}) RETURN p.born AS born";
  const std::string hop = "MATCH (p:Person {name: $n})--(q) RETURN q.name AS name, q.born AS born ORDER BY name";
  CHECK(Run(*g, seek, {{"n", Value("a")}}).rows.at(0).at(0).as_int() == 1960);
  CHECK(Run(*g, hop, {{"n", Value("a")}}).rows.size() == 1);
  Run(*g, "MATCH (p:Person {name: 'a'}) SET p.born = 1961 CREATE (p)-[:KNOWS]->(:Person {name: 'c', born: 1980})");
  CHECK(Run(*g, seek, {{"n", Value("a")}}).rows.at(0).at(0).as_int() == 1961);
  QueryResult r = Run(*g, hop, {{"n", Value("a")}});
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[1][0].as_string() == "c");
  CHECK(r.rows[1][1].as_int() == 1980);
  Run(*g, "MATCH (p:Person {name: 'c'}) DETACH DELETE p");
  CHECK(Run(*g, hop, {{"n", Value("a")}}).rows.size() == 1);
}

TEST_CASE("engine: property reads within one query see its own writes, one property or several") {
  auto g = NewGraph();
  Run(*g, "CREATE (:P {x: 1, y: 2})");
  // x read once (one property of the record), then written, then read again.
  QueryResult r = Run(*g, "MATCH (n:P) WITH n, n.x AS before SET n.x = before + 10 RETURN before, n.x, n.y");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_int() == 1);
  CHECK(r.rows[0][1].as_int() == 11);
  CHECK(r.rows[0][2].as_int() == 2);
  CHECK(Run(*g, "MATCH (n:P) RETURN n.x, n.missing, n.y").rows[0][0].as_int() == 11);
  CHECK(Run(*g, "MATCH (n:P) RETURN n.missing").rows[0][0].is_null());
  CHECK(Fails(*g, "MATCH (n:P) DELETE n RETURN n.x").code == "DeletedEntityAccess");
}

TEST_CASE("engine: index seek and scan agree, including numeric equality across int and float") {
  auto g = NewGraph();
  Run(*g, "UNWIND range(1, 50) AS i CREATE (:P {name: 'p' + toString(i), id: i})");
  CHECK(Run(*g, "MATCH (p:P) WHERE p.name = 'p7' RETURN p.id").rows[0][0].as_int() == 7);
  CHECK(Run(*g, "MATCH (p:P {id: 7.0}) RETURN p.name").rows[0][0].as_string() == "p7");
  CHECK(Run(*g, "MATCH (p:P {name: null}) RETURN p").rows.empty());
}

TEST_CASE("engine: EXPLAIN shows the index seek; PROFILE adds rows and time") {
  auto g = NewGraph();
  Run(*g, "CREATE (:Person {name: 'a'}), (:Person {name: 'b'})");
  QueryResult e = Run(*g, "EXPLAIN MATCH (p:Person {name: $n}) RETURN p", {{"n", Value("a")}});
  CHECK(e.plan.find("NodeIndexSeek") != std::string::npos);
  CHECK(e.columns == std::vector<std::string>{"plan"});
  QueryResult p = Run(*g, "PROFILE MATCH (p:Person) WHERE p.name = 'a' RETURN p");
  CHECK(p.rows.size() == 1);
  CHECK(p.plan.find("rows=1") != std::string::npos);
  CHECK(p.plan.find("time=") != std::string::npos);
}

TEST_CASE("engine: variable-length expansion honours the bound and the cancel flag") {
  auto g = NewGraph();
  // A complete graph on 8 nodes has very many simple paths.
  Run(*g, "UNWIND range(1, 8) AS i CREATE (:K {i: i})");
  Run(*g, "MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:E]->(b)");
  QueryOptions bounded;
  bounded.limits.max_expansions = 10'000;
  QueryError e = Fails(*g, "MATCH p = (:K {i: 1})-[*]->() RETURN count(p)", {}, bounded);
  CHECK(e.code == "BoundExceeded");
  std::atomic<bool> cancel{true};
  QueryOptions cancelled;
  cancelled.cancel = &cancel;
  CHECK(Fails(*g, "MATCH (a)-[*]->(b) RETURN count(*)", {}, cancelled).code == "Cancelled");
}

TEST_CASE("engine: read-only option refuses writes") {
  auto g = NewGraph();
  QueryOptions ro;
  ro.read_only = true;
  CHECK(Fails(*g, "CREATE ()", {}, ro).code == "ReadOnly");
}

}  // namespace
}  // namespace cg::query

namespace cg::query {
namespace {

TEST_CASE("engine: CALL runs a registered procedure, standalone or in a query") {
  auto g = testing::NewGraph();
  ProcedureRegistry registry;
  registry.Register(std::make_unique<TableProcedure>(
      "test.lookup", std::vector<ProcedureField>{{"in", "INTEGER?"}}, std::vector<ProcedureField>{{"out", "STRING?"}},
      std::vector<List>{{Value(1), Value("one")}, {Value(2), Value("two")}}));
  QueryOptions options;
  options.procedures = &registry;
  QueryResult r = testing::Run(*g, "CALL test.lookup(2)", {}, options);
  CHECK(r.columns == std::vector<std::string>{"out"});
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "two");
  r = testing::Run(*g, "UNWIND [1, 2, 3] AS i CALL test.lookup(i) YIELD out RETURN collect(out) AS all", {}, options);
  CHECK(r.rows[0][0].as_list().size() == 2);
  CHECK(testing::Fails(*g, "CALL test.nothing()", {}, options).code == "ProcedureNotFound");
  CHECK(testing::Fails(*g, "CALL test.lookup()", {}, options).code == "InvalidNumberOfArguments");
}

TEST_CASE("engine: a procedure's trailing inputs may have defaults; dbms.procedures lists every callable procedure") {
  auto g = testing::NewGraph();
  ProcedureRegistry registry;
  registry.Register(std::make_unique<TableProcedure>(
      "test.pair", std::vector<ProcedureField>{{"a", "INTEGER"}, {"b", "INTEGER", Value(7)}},
      std::vector<ProcedureField>{{"out", "STRING"}},
      std::vector<List>{{Value(1), Value(7), Value("default")}, {Value(1), Value(2), Value("given")}}));
  QueryOptions options;
  options.procedures = &registry;
  CHECK(testing::Run(*g, "CALL test.pair(1)", {}, options).rows.at(0)[0].as_string() == "default");
  CHECK(testing::Run(*g, "CALL test.pair(1, 2)", {}, options).rows.at(0)[0].as_string() == "given");
  QueryError e = testing::Fails(*g, "CALL test.pair(1, 2, 3)", {}, options);
  CHECK(e.code == "InvalidNumberOfArguments");
  CHECK(std::string(e.what()).find("1 to 2 arguments") != std::string::npos);
  CHECK(std::string(e.what()).find("test.pair(a :: INTEGER, b = 7 :: INTEGER)") != std::string::npos);
  // The embedder's registry falls back to the built-ins; the listing has both.
  QueryResult r = testing::Run(*g, "CALL dbms.procedures() YIELD name, signature RETURN name, signature", {}, options);
  std::vector<std::string> names;
  for (const auto& row : r.rows) names.push_back(row[0].as_string());
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK(std::find(names.begin(), names.end(), "test.pair") != names.end());
  CHECK(std::find(names.begin(), names.end(), "dbms.procedures") != names.end());
  // Without a registry of its own a query sees the built-ins.
  r = testing::Run(*g, "CALL dbms.procedures() YIELD name WHERE name = 'dbms.procedures' RETURN count(*) AS n");
  CHECK(r.rows.at(0)[0].as_int() == 1);
  CHECK(testing::Fails(*g, "CALL test.pair(1)").code == "ProcedureNotFound");
}

}  // namespace
}  // namespace cg::query

namespace cg::query {
namespace {

TEST_CASE("engine: long paths and deep nesting do not exhaust the stack") {
  auto g = testing::NewGraph();
  testing::Run(*g, "UNWIND range(1, 20000) AS i CREATE (:C {i: i, name: toString(i)})");
  // Index seeks by a value computed per row (a cartesian product would hit the row bound).
  QueryResult plan = testing::Run(
      *g, "EXPLAIN UNWIND range(1, 19999) AS i MATCH (a:C {name: toString(i)}), (b:C {name: toString(i + 1)}) RETURN a");
  CHECK(plan.plan.find("NodeByLabelScan") == std::string::npos);
  testing::Run(*g,
               "UNWIND range(1, 19999) AS i MATCH (a:C {name: toString(i)}), (b:C {name: toString(i + 1)}) "
               "CREATE (a)-[:NEXT]->(b)");
  QueryResult r = testing::Run(*g, "MATCH (a:C {name: '1'})-[:NEXT*19999]->(b) RETURN b.i");
  CHECK(r.rows[0][0].as_int() == 20000);
  r = testing::Run(*g, "MATCH (a:C {name: '1'}), (b:C {name: '20000'}) MATCH p = shortestPath((a)-[:NEXT*]->(b)) "
                       "RETURN length(p)");
  CHECK(r.rows[0][0].as_int() == 19999);
  std::string deep = "RETURN " + std::string(5000, '(') + "1" + std::string(5000, ')');
  CHECK(testing::Fails(*g, deep).kind == "SyntaxError");
}

}  // namespace
}  // namespace cg::query

namespace cg::query {
namespace {

TEST_CASE("docs/VOCABULARY.md lists the built-in procedures with their signatures") {
  const std::string path = std::string(CG_SOURCE_DIR) + "/docs/VOCABULARY.md";
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::optional<std::string> block = GeneratedBlock(text.str(), kProceduresMarkers);
  REQUIRE_MESSAGE(block.has_value(), path << " lacks the procedures block's markers");
  CHECK_MESSAGE(*block == ProceduresMarkdown(BuiltinProcedures()),
                path << " is out of date: run `build/cartelgraph vocabulary --update docs/VOCABULARY.md`");
  CHECK(block->find("| `dbms.procedures` | `dbms.procedures() :: (name :: STRING, ") != std::string::npos);
}

// Found by record_fuzz (tests/fuzz): stored text stopped at its first NUL byte.
TEST_CASE("engine: a string holding U+0000 is stored and read back whole") {
  auto g = NewGraph();
  Run(*g, "CREATE (:S {s: 'a\\u0000b'})");
  QueryResult r = Run(*g, "MATCH (n:S) RETURN size(n.s), n.s = 'a\\u0000b', n.s");
  CHECK(r.rows[0][0].as_int() == 3);
  CHECK(r.rows[0][1].as_bool());
  CHECK(r.rows[0][2].as_string() == std::string("a\0b", 3));
}

}  // namespace
}  // namespace cg::query
