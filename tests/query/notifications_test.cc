// Notifications: a read of a label, relationship type or property key the
// database has never seen succeeds with a warning naming it, placed in the
// query text, with the nearest known name; writes never warn.
#include <doctest/doctest.h>

#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::NewGraph;
using testing::Run;

std::vector<std::string> Messages(const QueryResult& r) {
  std::vector<std::string> out;
  for (const Notification& n : r.notifications) out.push_back(n.message);
  return out;
}

void Seed(graph::Graph& g) {
  Run(g, "CREATE (:Person {name: 'El Mencho', born: 1966})-[:LEADS {since: 2010}]->(:Cartel {name: 'CJNG'})");
}

TEST_CASE("an unknown relationship type: zero rows, a warning with a suggestion, code and position") {
  auto g = NewGraph();
  Seed(*g);
  const std::string text = "MATCH (p:Person)\n  -[:LEADZ]->(c) RETURN c";
  QueryResult r = Run(*g, text);
  CHECK(r.rows.empty());
  REQUIRE(r.notifications.size() == 1);
  const Notification& n = r.notifications[0];
  CHECK(n.message == "no relationship type LEADZ in the database; did you mean LEADS?");
  CHECK(n.code == "Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning");
  CHECK(n.severity == "WARNING");
  CHECK(text.substr(n.offset, 5) == "LEADZ");
  CHECK(n.line == 2);
  CHECK(n.column == 6);
}

TEST_CASE("unknown labels and property keys, anywhere a query reads them") {
  auto g = NewGraph();
  Seed(*g);
  CHECK(Messages(Run(*g, "MATCH (p:Persn) RETURN p")) ==
        std::vector<std::string>{"no label Persn in the database; did you mean Person?"});
  // Case alone differs: still suggested.
  CHECK(Messages(Run(*g, "MATCH (p) WHERE p:person RETURN p")) ==
        std::vector<std::string>{"no label person in the database; did you mean Person?"});
  QueryResult r = Run(*g, "MATCH (p:Person) RETURN p.nmae, p {.brn}");
  CHECK(r.rows.size() == 1);  // rows of nulls: the warning is what tells
  CHECK(Messages(r) == std::vector<std::string>{"no property key nmae in the database; did you mean name?",
                                                "no property key brn in the database; did you mean born?"});
  CHECK(Messages(Run(*g, "MATCH (p {nam: 'x'}) RETURN p")) ==
        std::vector<std::string>{"no property key nam in the database; did you mean name?"});
  // Relationship keys, renamed variables, subqueries; each name once.
  CHECK(Messages(Run(*g, "MATCH ()-[r]->() WITH r AS s WHERE s.sinse > 0 AND s.sinse < 9 RETURN s")) ==
        std::vector<std::string>{"no property key sinse in the database; did you mean since?"});
  CHECK(Messages(Run(*g, "MATCH (p) WHERE EXISTS { (p)-[:FUNDS]->() } RETURN p")) ==
        std::vector<std::string>{"no relationship type FUNDS in the database"});
  // In the order the text names them.
  CHECK(Messages(Run(*g, "MATCH (p:Persn)-[:LEDS]->(c:Cartl) RETURN c")) ==
        std::vector<std::string>{"no label Persn in the database; did you mean Person?",
                                 "no relationship type LEDS in the database; did you mean LEADS?",
                                 "no label Cartl in the database; did you mean Cartel?"});
}

TEST_CASE("known names, map keys and writes do not warn") {
  auto g = NewGraph();
  Seed(*g);
  CHECK(Run(*g, "MATCH (p:Person)-[l:LEADS]->(c:Cartel) WHERE l.since > 2000 RETURN p.name, c {.name}")
            .notifications.empty());
  CHECK(Run(*g, "WITH {a: 1} AS m RETURN m.b").notifications.empty());
  CHECK(Run(*g, "CREATE (:Vessel {flag: 'x'})-[:CARRIES {tons: 3}]->(:Cargo)").notifications.empty());
  CHECK(Run(*g, "MATCH (p:Person) SET p:Boss, p.alias = 'x' REMOVE p.nick RETURN p.alias").notifications.empty());
  CHECK(Run(*g, "MERGE (n:Plaza {city: 'x'}) RETURN n.city").notifications.empty());
  // A query that writes still warns about what it reads.
  CHECK(Messages(Run(*g, "MATCH (n:Persn) SET n.seen = true")) ==
        std::vector<std::string>{"no label Persn in the database; did you mean Person?"});
  // What was written is known afterwards; a key stays known once its last holder is gone.
  CHECK(Run(*g, "MATCH (v:Vessel)-[:CARRIES]->(c) RETURN v.flag").notifications.empty());
  Run(*g, "MATCH (v:Vessel) DETACH DELETE v");
  CHECK(Messages(Run(*g, "MATCH (v:Vessel) RETURN v.flag")) ==
        std::vector<std::string>{"no label Vessel in the database"});
}

TEST_CASE("the cursor has the warnings before the first row; EXPLAIN has them too") {
  auto g = NewGraph();
  Seed(*g);
  auto cursor = QueryEngine::Open(*g, "MATCH (n:Cartell) RETURN n");
  REQUIRE(cursor->notifications().size() == 1);
  CHECK(cursor->notifications()[0].code == "Neo.ClientNotification.Statement.UnknownLabelWarning");
  CHECK(Messages(Run(*g, "EXPLAIN MATCH (n:Cartell) RETURN n")) ==
        std::vector<std::string>{"no label Cartell in the database; did you mean Cartel?"});
}

TEST_CASE("with the ontology enforced, its names are known even before any record uses them") {
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open("notifications-ontology", graph::OpenOptions{.in_memory = true}, &g).ok());
  CHECK(Run(*g, "MATCH (p:Person)-[:LEADS]->(o:Organization) RETURN p.name").notifications.empty());
  CHECK(Messages(Run(*g, "MATCH (p:Persn) RETURN p")) ==
        std::vector<std::string>{"no label Persn in the database; did you mean Person?"});
}

}  // namespace
}  // namespace cg::query
