// db.labels(), db.relationshipTypes(), db.propertyKeys(),
// db.schema.visualization(): what the data holds, kept current by writes.
#include <doctest/doctest.h>

#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::NewGraph;
using testing::Run;

std::vector<std::string> Column(graph::Graph& g, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& row : Run(g, text).rows) out.push_back(row[0].as_string());
  return out;
}

TEST_CASE("db.labels / db.relationshipTypes / db.propertyKeys list what the data holds") {
  auto g = NewGraph();
  CHECK(Column(*g, "CALL db.labels()").empty());
  Run(*g, "CREATE (:Person:Boss {name: 'a', born: 1966})-[:LEADS {since: 2010}]->(:Cartel {name: 'c'}), (:Gone)");
  CHECK(Column(*g, "CALL db.labels()") == std::vector<std::string>{"Boss", "Cartel", "Gone", "Person"});
  CHECK(Column(*g, "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType") ==
        std::vector<std::string>{"LEADS"});
  CHECK(Column(*g, "CALL db.propertyKeys()") == std::vector<std::string>{"born", "name", "since"});
  Run(*g, "MATCH (n:Gone) DELETE n");
  Run(*g, "MATCH ()-[r]->() SET r.until = 2024 REMOVE r.since");
  CHECK(Column(*g, "CALL db.labels() YIELD label WHERE label <> 'Boss' RETURN label") ==
        std::vector<std::string>{"Cartel", "Person"});
  CHECK(Column(*g, "CALL db.propertyKeys()") == std::vector<std::string>{"born", "name", "until"});
}

TEST_CASE("db.schema.visualization: labels with counts, and the types between them") {
  auto g = NewGraph();
  Run(*g, "CREATE (a:Person {name: 'a'})-[:LEADS]->(c:Cartel), (b:Person:Boss)-[:LEADS]->(c), "
          "(a)-[:KNOWS]->(b), (c)-[:ALLY]->(), (:Agency)");
  QueryResult r = Run(*g, "CALL db.schema.visualization()");
  REQUIRE(r.rows.size() == 1);
  REQUIRE(r.columns == std::vector<std::string>{"nodes", "relationships"});
  std::vector<std::string> nodes, rels;
  for (const Value& n : r.rows[0][0].as_list()) {
    nodes.push_back(n.as_map().at("name").as_string() + "=" + std::to_string(n.as_map().at("count").as_int()));
  }
  for (const Value& l : r.rows[0][1].as_list()) {
    const Map& m = l.as_map();
    rels.push_back(m.at("start").as_string() + "-" + m.at("type").as_string() + "->" + m.at("end").as_string() + "=" +
                   std::to_string(m.at("count").as_int()));
  }
  CHECK(nodes == std::vector<std::string>{"Agency=1", "Boss=1", "Cartel=1", "Person=2"});
  // Sorted by start label index (Agency, Boss, Cartel, Person), type, end.
  CHECK(rels == std::vector<std::string>{"Boss-LEADS->Cartel=1", "Person-KNOWS->Boss=1", "Person-KNOWS->Person=1",
                                         "Person-LEADS->Cartel=2"});
}

}  // namespace
}  // namespace cg::query
