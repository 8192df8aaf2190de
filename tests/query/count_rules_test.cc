// Count rules (optimizer/count_rules.h): the shortcut plans give exactly
// the counts of the plans that produce the rows (sum(1) is never
// rewritten), relationship uniqueness and self-loops included.
#include <doctest/doctest.h>

#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::NewGraph;
using testing::Run;

int64_t One(graph::Graph& g, const std::string& text) { return Run(g, text).rows.at(0).at(0).as_int(); }

// The count by `count(*)` (rewritten) and by `sum(1)` (not) must agree.
void Agree(graph::Graph& g, const std::string& match, int64_t expected, const char* op) {
  INFO(match);
  CHECK(Run(g, "EXPLAIN " + match + " RETURN count(*)").plan.find(op) != std::string::npos);
  CHECK(One(g, match + " RETURN count(*)") == expected);
  CHECK(One(g, match + " RETURN sum(1)") == expected);
}

TEST_CASE("count rules: store counts and counted expansions equal the enumerated counts") {
  auto g = NewGraph();
  Run(*g,
      "CREATE (a:Person {name: 'a'}), (b:Person {name: 'b'}), (c:Person {name: 'c'}), (x:Thing),"
      "       (o1:Organization), (o2:Organization),"
      "       (a)-[:MEMBER_OF]->(o1), (b)-[:MEMBER_OF]->(o1), (c)-[:MEMBER_OF]->(o1), (x)-[:MEMBER_OF]->(o1),"
      "       (a)-[:MEMBER_OF]->(o2), (a)-[:KNOWS]->(b), (b)-[:KNOWS]->(b)");
  Agree(*g, "MATCH (n:Person)", 3, "CountFromStore");
  Agree(*g, "MATCH (n:Nothing)", 0, "CountFromStore");
  Agree(*g, "MATCH ()-[r]->()", 7, "CountFromStore");
  Agree(*g, "MATCH ()-[r:KNOWS|MEMBER_OF]->()", 7, "CountFromStore");
  Agree(*g, "MATCH ()<-[r:KNOWS]-()", 2, "CountFromStore");
  // o1 has three Person members: 3 * 2 ordered pairs by distinct relationships.
  Agree(*g, "MATCH (a:Person)-[:MEMBER_OF]->(o)<-[:MEMBER_OF]-(b:Person)", 6, "ExpandCount");
  Agree(*g, "MATCH (a)-[:MEMBER_OF]->(o)<-[:MEMBER_OF]-(b)", 12, "ExpandCount");
  // Undirected two-hop walks with a self-loop (reported once per node).
  Agree(*g, "MATCH (a)--(b)--(c)", One(*g, "MATCH (a)--(b)--(c) RETURN sum(1)"), "ExpandCount");
  Agree(*g, "MATCH (a)--(b)", 13, "ExpandCount");
  auto r = Run(*g, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].as_string() == "KNOWS");
  CHECK(r.rows[0][1].as_int() == 2);
  CHECK(r.rows[1][1].as_int() == 5);
  CHECK(One(*g, "MATCH (n:Person) RETURN count(n) + 1") == 4);
}

}  // namespace
}  // namespace cg::query
