// Bounded queries (issue 12): a query that would enumerate without end, or
// hold more than fits, either finishes or stops with the limit's own error
// (MemoryLimitExceeded, BoundExceeded, TimedOut, or a compile error for
// nesting past the parser's depth); none runs away with the machine. The
// limits are set small here so that each case stops quickly; what is
// asserted is which error stops it, never how long it took. (A timeout
// case uses a query whose work is astronomically larger than any timeout.)
#include <doctest/doctest.h>

#include <string>

#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

// Small limits and no clock: what these stop must be the memory or
// expansion bound, however slow the machine (a sanitizer build, load).
QueryOptions Small() {
  QueryOptions options;
  options.limits.memory_limit = 16 << 20;
  options.limits.max_expansions = 100'000;
  return options;
}

// For work that holds nothing and would run for hours: only a clock stops it.
QueryOptions Clock() {
  QueryOptions options = Small();
  options.timeout = std::chrono::milliseconds(300);
  return options;
}

std::unique_ptr<graph::Graph> Nodes(int n) {
  auto g = NewGraph();
  Run(*g, "UNWIND range(1, " + std::to_string(n) + ") AS i CREATE (:N {i: i})");
  return g;
}

// `open` copies of `left`, `middle` in between, `close` copies of `right`.
std::string Nested(const std::string& left, const std::string& middle, const std::string& right, int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) out += left;
  out += middle;
  for (int i = 0; i < depth; ++i) out += right;
  return out;
}

TEST_CASE("bounds: the engine's default limits are finite") {
  const execution::Limits defaults;
  CHECK(defaults.memory_limit == size_t{2} << 30);
  CHECK(defaults.max_expansions == 20'000'000);
}

TEST_CASE("bounds: a cartesian product over the whole graph counts, or stops at the memory limit or the timeout") {
  auto g = Nodes(200);
  CHECK(Run(*g, "MATCH (a), (b) RETURN count(*)").rows[0][0].as_int() == 40'000);
  // 8 000 000 rows collected, sorted or aggregated by key: over 16 MiB.
  CHECK(Fails(*g, "MATCH (a), (b), (c) RETURN a.i, b.i, c.i", {}, Small()).code == "MemoryLimitExceeded");
  CHECK(Fails(*g, "MATCH (a), (b), (c) RETURN a.i, b.i, c.i ORDER BY a.i", {}, Small()).code ==
        "MemoryLimitExceeded");
  CHECK(Fails(*g, "MATCH (a), (b), (c) RETURN a.i * 1000000 + b.i * 1000 + c.i AS k, count(*)", {}, Small()).code ==
        "MemoryLimitExceeded");
  CHECK(Fails(*g, "MATCH (a), (b), (c) RETURN collect(a.i)", {}, Small()).code == "MemoryLimitExceeded");
  // 1.6 * 10^11 rows holding nothing: only the clock stops it.
  CHECK(Fails(*g, "MATCH (a), (b), (c), (d), (e) RETURN count(*)", {}, Clock()).code == "TimedOut");
}

TEST_CASE("bounds: unbounded * from a hub finishes as reachability or stops at the expansion bound") {
  auto g = NewGraph();
  // A hub joined both ways to every node of a 10-clique: paths without a
  // repeated relationship number in the billions.
  Run(*g, "CREATE (:Hub)");
  Run(*g, "UNWIND range(1, 10) AS i CREATE (:K {i: i})");
  Run(*g, "MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:E]->(b)");
  Run(*g, "MATCH (h:Hub), (k:K) CREATE (h)-[:E]->(k), (k)-[:E]->(h)");
  CHECK(Run(*g, "MATCH (:Hub)-[*]-(x) RETURN count(DISTINCT x)").rows[0][0].as_int() == 11);
  CHECK(Run(*g, "MATCH (h:Hub) RETURN exists((h)-[*]->(:K {i: 10}))").rows[0][0].as_bool());
  for (const std::string q : {"MATCH p = (:Hub)-[*]-() RETURN count(p)", "MATCH p = (:Hub)-[*]->(x) RETURN max(length(p))",
                              "MATCH (:Hub)-[r*]-() RETURN count(*)", "MATCH p = (:Hub)-[*]-() RETURN p"}) {
    CAPTURE(q);
    QueryError e = Fails(*g, q, {}, Small());
    CAPTURE(e.code);
    CHECK((e.code == "BoundExceeded" || e.code == "MemoryLimitExceeded"));
  }
  QueryError e = Fails(*g, "MATCH p = (:Hub)-[*]-() RETURN count(p)", {}, Small());
  CHECK(e.code == "BoundExceeded");
  CHECK(std::string(e.what()).find("100000 relationships") != std::string::npos);
}

TEST_CASE("bounds: shortestPath between disconnected nodes finds nothing and ends") {
  auto g = NewGraph();
  // Two chains of 2 000 nodes each, never joined.
  Run(*g, "UNWIND range(1, 2000) AS i CREATE (:A {i: i}), (:B {i: i})");
  Run(*g, "MATCH (x:A), (y:A) WHERE y.i = x.i + 1 CREATE (x)-[:R]->(y)");
  Run(*g, "MATCH (x:B), (y:B) WHERE y.i = x.i + 1 CREATE (x)-[:R]->(y)");
  CHECK(Run(*g, "MATCH (a:A {i: 1}), (b:B {i: 2000}), p = shortestPath((a)-[*]-(b)) RETURN p").rows.empty());
  CHECK(Run(*g, "MATCH (a:A {i: 1}), (b:B {i: 2000}), p = allShortestPaths((a)-[*]-(b)) RETURN p").rows.empty());
  CHECK(Run(*g, "MATCH (a:A {i: 1}), (b:A {i: 2000}), p = shortestPath((a)-[*]->(b)) RETURN length(p)")
            .rows[0][0]
            .as_int() == 1999);
  // Every pair across the two chains: 4 * 10^6 searches, each over a whole chain.
  CHECK(Fails(*g, "MATCH (a:A), (b:B), p = shortestPath((a)-[*]-(b)) RETURN count(p)", {}, Clock()).code ==
        "TimedOut");
}

TEST_CASE("bounds: huge range() and UNWIND stop at the memory limit or the timeout; edge values do not overflow") {
  auto g = NewGraph();
  CHECK(Fails(*g, "RETURN range(1, 100000000) AS r", {}, Small()).code == "MemoryLimitExceeded");
  CHECK(Fails(*g, "RETURN size(range(-9223372036854775808, 9223372036854775807)) AS n").code ==
        "MemoryLimitExceeded");
  CHECK(Fails(*g, "UNWIND range(1, 9223372036854775807) AS x RETURN count(x)", {}, Small()).code ==
        "MemoryLimitExceeded");
  CHECK(Fails(*g, "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*)", {}, Clock()).code ==
        "TimedOut");
  // A list of lists, each small, together far over the limit (found while
  // writing these tests: a list comprehension's result was not charged).
  CHECK(Fails(*g, "RETURN [x IN range(1, 100000) | range(1, 1000)] AS l", {}, Small()).code == "MemoryLimitExceeded");
  CHECK(Fails(*g, "RETURN size([x IN range(1, 100000) | range(1, 1000)]) AS n", {}, Small()).code ==
        "MemoryLimitExceeded");
  // A string doubled 40 times would be a terabyte (found while writing
  // these tests: concatenation and replace() were not charged, and took
  // every byte of the machine).
  CHECK(Fails(*g, "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n", {}, Small()).code ==
        "MemoryLimitExceeded");
  CHECK(Fails(*g, "RETURN size(reduce(s = 'x', i IN range(1, 40) | replace(s, 'x', 'xx'))) AS n", {}, Small())
            .code == "MemoryLimitExceeded");
  CHECK(Fails(*g, "RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS n", {}, Small()).code ==
        "MemoryLimitExceeded");
  // The last steps before the int64 bounds end the list instead of wrapping.
  QueryResult r = Run(*g, "RETURN range(9223372036854775805, 9223372036854775807, 2) AS up, "
                          "range(-9223372036854775806, -9223372036854775808, -2) AS down");
  CHECK(r.rows[0][0].as_list().size() == 2);
  CHECK(r.rows[0][1].as_list().size() == 2);
}

TEST_CASE("bounds: nesting up to the parser's depth runs; deeper is a syntax error saying so") {
  auto g = NewGraph();
  CHECK(Run(*g, "RETURN " + Nested("(", "1", ")", 150) + " AS x").rows[0][0].as_int() == 1);
  CHECK(Run(*g, "RETURN size(" + Nested("[", "1", "]", 150) + ") AS x").rows[0][0].as_int() == 1);
  CHECK(Run(*g, "RETURN " + Nested("{a: ", "1", "}", 150) + " IS NOT NULL AS x").rows[0][0].as_bool());
  CHECK(Run(*g, "RETURN " + Nested("-", "1", "", 450) + " AS x").rows[0][0].as_int() == 1);
  CHECK(Run(*g, "RETURN 1" + Nested("", "", " + 1", 450) + " AS x").rows[0][0].as_int() == 451);
  CHECK(Run(*g, "RETURN " + Nested("CASE WHEN true THEN ", "1", " END", 150) + " AS x").rows[0][0].as_int() == 1);
  // A long chain of one operator is as deep as its length when evaluated.
  for (const std::string& deep :
       {Nested("(", "1", ")", 5000), Nested("[", "1", "]", 5000), Nested("{a: ", "1", "}", 5000),
        Nested("-", "1", "", 5000), Nested("NOT ", "true", "", 5000), Nested("size(", "[]", ")", 5000),
        "1" + Nested("", "", " + 1", 20000), "true" + Nested("", "", " AND true", 20000)}) {
    QueryError e = Fails(*g, "RETURN " + deep + " AS x");
    CHECK(e.kind == "SyntaxError");
    CHECK(std::string(e.what()).find("nested less deeply") != std::string::npos);
  }
}

TEST_CASE("bounds: lists and maps built 1 000 levels deep work; deeper fails with ValueNestedTooDeep") {
  auto g = NewGraph();
  // Values are destroyed, compared, printed and encoded recursively: a list
  // nested a million levels deep crashed the process with a stack overflow
  // (found while writing these tests). Now nesting stops at 1 000 levels.
  QueryResult r = Run(*g, "WITH reduce(l = [], i IN range(1, 999) | [l]) AS deep "
                          "WITH deep, reduce(d = deep, i IN range(1, 998) | d[0]) AS bottom "
                          "RETURN size(deep), deep = deep, deep < [[[]]], size(bottom), size(bottom[0])");
  CHECK(r.rows[0][0].as_int() == 1);
  CHECK(r.rows[0][1].as_bool());
  CHECK_FALSE(r.rows[0][2].as_bool());
  CHECK(r.rows[0][3].as_int() == 1);  // 998 levels down: [[]]
  CHECK(r.rows[0][4].as_int() == 0);
  CHECK(Run(*g, "RETURN size(keys(reduce(m = {}, i IN range(1, 999) | {a: m}))) AS n").rows[0][0].as_int() == 1);
  for (const std::string q : {"RETURN size(reduce(l = [], i IN range(1, 3000000) | [l])) AS n",
                              "RETURN size(reduce(l = [], i IN range(1, 3000000) | [l, 1])) AS n",
                              "RETURN size(keys(reduce(m = {}, i IN range(1, 3000000) | {a: m}))) AS n",
                              "RETURN size(reduce(l = [], i IN range(1, 3000000) | [x IN [1] | l])) AS n",
                              "RETURN size(keys(reduce(m = {}, i IN range(1, 3000000) | m {.*, a: m}))) AS n"}) {
    CAPTURE(q);
    QueryError e = Fails(*g, q);
    CHECK(e.code == "ValueNestedTooDeep");
    CHECK(std::string(e.what()).find("1000 levels") != std::string::npos);
  }
}

}  // namespace
}  // namespace cg::query
