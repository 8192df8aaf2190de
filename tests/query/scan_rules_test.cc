// Scan rules (optimizer/scan_rules.h) and the fused ExpandAggregate
// (optimizer/aggregate_rules.h): the rewritten plans give the rows of the
// plans they replace — compared with formulations no rule touches — on the
// CSR projection, on its fallbacks (a rare label, a transaction that has
// written), and after commits that change labels and relationships (the
// per-state label columns are never stale).
#include <doctest/doctest.h>

#include <algorithm>

#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::NewGraph;
using testing::Run;

bool Shows(graph::Graph& g, const std::string& text, const std::string& op) {
  return Run(g, "EXPLAIN " + text).plan.find(op) != std::string::npos;
}

std::string Show(const Value& v) {
  if (v.is_null()) return "null";
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_string()) return v.as_string();
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  if (!v.is_list()) return "?";
  std::string out = "[";
  for (const Value& e : v.as_list()) out += Show(e) + ",";
  return out + "]";
}

// The rows of `text` as strings, sorted unless `in_order` (the rules keep
// the rows; tests compare their order only where a rule promises it).
std::vector<std::string> Rows(graph::Graph& g, const std::string& text, bool in_order = false) {
  std::vector<std::string> out;
  for (const auto& row : Run(g, text).rows) {
    std::string line;
    for (const Value& v : row) line += Show(v) + "|";
    out.push_back(line);
  }
  if (!in_order) std::sort(out.begin(), out.end());
  return out;
}

// A small world: people leading and belonging to organizations, a
// non-person member, a self-loop and a relationship of another type.
void Populate(graph::Graph& g) {
  Run(g,
      "CREATE (a:Person {id: 'a'}), (b:Person {id: 'b'}), (c:Person {id: 'c'}), (x:Thing {id: 'x'}),"
      "       (o1:Organization {id: 'o1'}), (o2:Organization {id: 'o2'}), (o3:Organization:Cartel {id: 'o3'}),"
      "       (a)-[:LEADS {until: '2001'}]->(o1), (b)-[:LEADS {until: '2005', end_cause: 'killed'}]->(o1),"
      "       (c)-[:LEADS]->(o2), (x)-[:LEADS {until: '1999'}]->(o3), (a)-[:LEADS {until: '2010'}]->(o3),"
      "       (a)-[:MEMBER_OF]->(o1), (b)-[:MEMBER_OF]->(o1), (x)-[:MEMBER_OF]->(o1), (b)-[:MEMBER_OF]->(o1),"
      "       (c)-[:MEMBER_OF]->(o3), (o1)-[:LEADS]->(o1), (a)-[:KNOWS]->(b)");
}

TEST_CASE("scan rules: label checks inside Expand keep the rows") {
  auto g = NewGraph();
  Populate(*g);
  const std::string fused = "MATCH (o:Organization {id: 'o1'})<-[r:MEMBER_OF]-(m:Person) RETURN m.id";
  CHECK(Shows(*g, fused, "with labels :Person"));
  CHECK(Rows(*g, fused) == Rows(*g, "MATCH (o:Organization {id: 'o1'})<-[r:MEMBER_OF]-(m) WHERE m:Person RETURN m.id"));
  CHECK(Rows(*g, fused) == std::vector<std::string>{"a|", "b|", "b|"});
  // Several labels, and a property check that stays in the EntityFilter.
  CHECK(Rows(*g, "MATCH (p:Person {id: 'a'})-[:LEADS]->(o:Organization:Cartel) RETURN o.id") ==
        std::vector<std::string>{"o3|"});
  CHECK(Rows(*g, "MATCH (p:Person)-[:LEADS]->(o:Organization {id: 'o3'}) RETURN p.id") ==
        std::vector<std::string>{"a|"});
}

TEST_CASE("scan rules: a node scan and a typed hop become a RelationshipScan with the same rows in order") {
  auto g = NewGraph();
  Populate(*g);
  const std::string scan = "MATCH (p:Person)-[r:LEADS]->(o:Organization) RETURN p.id, r.until, o.id";
  CHECK(Shows(*g, scan, "RelationshipScan"));
  // The same rows in the same order as the plan it replaces (reached
  // through a WITH, which no rule rewrites).
  const std::string plain = "MATCH (p:Person) WITH p MATCH (p)-[r:LEADS]->(o:Organization) RETURN p.id, r.until, o.id";
  CHECK_FALSE(Shows(*g, plain, "RelationshipScan"));
  CHECK(Rows(*g, scan, true) == Rows(*g, plain, true));
  CHECK(Rows(*g, scan, true) == std::vector<std::string>{"a|2001|o1|", "a|2010|o3|", "b|2005|o1|", "c|null|o2|"});
  // Incoming, unlabelled start, several types.
  CHECK(Rows(*g, "MATCH (o:Organization)<-[r:LEADS]-(p) RETURN o.id, p.id") ==
        Rows(*g, "MATCH (o:Organization) WITH o MATCH (o)<-[r:LEADS]-(p) RETURN o.id, p.id"));
  CHECK(Rows(*g, "MATCH (n)-[r:LEADS|KNOWS]->(m) RETURN n.id, m.id") ==
        Rows(*g, "MATCH (n) WITH n MATCH (n)-[r:LEADS|KNOWS]->(m) RETURN n.id, m.id"));
  // A self-loop is one row.
  CHECK(Rows(*g, "MATCH (o:Organization)-[r:LEADS]->(q) RETURN o.id, q.id") == std::vector<std::string>{"o1|o1|"});
  // A type or label that does not exist.
  CHECK(Run(*g, "MATCH (p:Person)-[r:NOPE]->(o) RETURN p").rows.empty());
  CHECK(Run(*g, "MATCH (p:Nobody)-[r:LEADS]->(o) RETURN p").rows.empty());
}

TEST_CASE("scan rules: a rare start label reads its index instead (same rows)") {
  auto g = NewGraph();
  Populate(*g);
  Run(*g, "UNWIND range(1, 200) AS i CREATE (:Filler {i: i})");
  Run(*g, "MATCH (o:Organization {id: 'o2'}) CREATE (:Rare {id: 'r'})-[:LEADS]->(o)");
  CHECK(Rows(*g, "MATCH (p:Rare)-[r:LEADS]->(o) RETURN p.id, o.id") == std::vector<std::string>{"r|o2|"});
  CHECK(Rows(*g, "MATCH (p:Person)-[r:LEADS]->(o) RETURN p.id, o.id") ==
        std::vector<std::string>{"a|o1|", "a|o3|", "b|o1|", "c|o2|"});
}

TEST_CASE("scan rules: results follow commits and a query's own writes (no stale label columns)") {
  auto g = NewGraph();
  Populate(*g);
  const std::string members = "MATCH (o:Organization {id: 'o1'})<-[:MEMBER_OF]-(m:Person) RETURN count(DISTINCT m)";
  const std::string leads = "MATCH (p:Person)-[r:LEADS]->(o:Organization) RETURN count(r.until)";
  CHECK(Run(*g, members).rows[0][0].as_int() == 2);
  CHECK(Run(*g, leads).rows[0][0].as_int() == 3);
  Run(*g, "MATCH (x:Thing) SET x:Person");
  CHECK(Run(*g, members).rows[0][0].as_int() == 3);
  CHECK(Run(*g, leads).rows[0][0].as_int() == 4);
  Run(*g, "MATCH (a:Person {id: 'a'}) REMOVE a:Person");
  CHECK(Run(*g, members).rows[0][0].as_int() == 2);
  CHECK(Run(*g, leads).rows[0][0].as_int() == 2);
  Run(*g, "MATCH (c:Person {id: 'c'}), (o:Organization {id: 'o1'}) CREATE (c)-[:MEMBER_OF]->(o)");
  CHECK(Run(*g, members).rows[0][0].as_int() == 3);
  // Within one query after its own write there is no projection: the
  // fallbacks (inner scan, record label checks) see the write.
  auto r = Run(*g,
               "CREATE (:Person {id: 'new'})-[:LEADS {until: '2020'}]->(:Organization {id: 'o9'}) "
               "WITH 1 AS one MATCH (p:Person)-[r:LEADS]->(o:Organization) "
               "OPTIONAL MATCH (o)<-[:MEMBER_OF]-(m:Person) RETURN count(r.until) AS ended, count(DISTINCT m) AS members");
  // b->o1 meets 4 member relationships (b twice, x, c), x->o3 one (c),
  // c->o2 and new->o9 none (one row each, with r.until null / '2020').
  CHECK(r.rows[0][0].as_int() == 6);
  CHECK(r.rows[0][1].as_int() == 3);
}

TEST_CASE("aggregate rules: folding an expansion equals aggregating its rows") {
  auto g = NewGraph();
  Populate(*g);
  // Fused: the keys read only the input row; unfused: a WITH in between.
  const std::string fused =
      "MATCH (o:Organization) OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(o) "
      "RETURN o.id AS org, count(DISTINCT m) AS distinct_members, count(m) AS members, count(*) AS rows, "
      "collect(m.id) AS ids";
  const std::string plain =
      "MATCH (o:Organization) OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(o) WITH o, m "
      "RETURN o.id AS org, count(DISTINCT m) AS distinct_members, count(m) AS members, count(*) AS rows, "
      "collect(m.id) AS ids";
  CHECK(Shows(*g, fused, "folding each row of its inner hop"));
  CHECK_FALSE(Shows(*g, plain, "folding"));
  CHECK(Rows(*g, fused + " ORDER BY org", true) == Rows(*g, plain + " ORDER BY org", true));
  // o1: a and b (b twice), not the Thing; o2: no members, one row of nulls.
  CHECK(Rows(*g, fused + " ORDER BY org", true) ==
        std::vector<std::string>{"o1|2|3|3|[a,b,b,]|", "o2|0|0|1|[]|", "o3|1|1|1|[c,]|"});
  // Without OPTIONAL a row without relationships adds no group; keys that
  // merge rows of different nodes.
  const std::string inner =
      "MATCH (o:Organization) WHERE o.id <> 'none' MATCH (m)-[:MEMBER_OF]->(o) "
      "RETURN o:Cartel AS cartel, count(DISTINCT m) AS n";
  CHECK(Shows(*g, inner, "folding"));
  CHECK(Rows(*g, inner) == Rows(*g, "MATCH (o:Organization) MATCH (m)-[:MEMBER_OF]->(o) WITH o, m "
                                    "RETURN o:Cartel AS cartel, count(DISTINCT m) AS n"));
  CHECK(Rows(*g, inner) == std::vector<std::string>{"false|3|", "true|1|"});
  // An undirected hop (the self-loop of o1 once) that skips the
  // relationship its MATCH already bound: a->o1 meets 6 others, a->o3 2.
  const std::string unique = "MATCH (p:Person {id: 'a'})-[r1:LEADS]->(o)-[r2]-(q) RETURN p.id, count(*), count(DISTINCT q)";
  CHECK(Shows(*g, unique, "folding"));
  CHECK(Rows(*g, unique) == std::vector<std::string>{"a|8|5|"});
  // No keys and no rows: one row with the empty aggregates.
  auto none = Run(*g, "MATCH (o:Nothing) OPTIONAL MATCH (m)-[:MEMBER_OF]->(o) RETURN count(DISTINCT m), count(*)");
  CHECK(none.rows[0][0].as_int() == 0);
  CHECK(none.rows[0][1].as_int() == 0);
  // A key reading the hop's node is not fused.
  CHECK_FALSE(Shows(*g, "MATCH (o:Organization) OPTIONAL MATCH (m)-[:MEMBER_OF]->(o) RETURN m.id, count(*)", "folding"));
}

}  // namespace
}  // namespace cg::query
