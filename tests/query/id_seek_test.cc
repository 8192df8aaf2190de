// elementId() and the seeks by id(n) = $x and elementId(n) = $x: the same
// rows as a scan, found without one.
#include <doctest/doctest.h>

#include "query/function/element_id.h"
#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::NewGraph;
using testing::Run;

TEST_CASE("elementId: 'n:<id>' for nodes, 'r:<id>' for relationships") {
  auto g = NewGraph();
  Run(*g, "CREATE (:A {k: 1})-[:R]->(:B)");
  QueryResult r = Run(*g, "MATCH (a:A)-[r:R]->(b) RETURN elementId(a), id(a), elementId(r), id(r), elementId(null)");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "n:" + std::to_string(r.rows[0][1].as_int()));
  CHECK(r.rows[0][2].as_string() == "r:" + std::to_string(r.rows[0][3].as_int()));
  CHECK(r.rows[0][4].is_null());
  CHECK(function::NodeOfElementId("n:12") == graph::NodeId{12});
  CHECK_FALSE(function::NodeOfElementId("r:12").has_value());
  CHECK_FALSE(function::NodeOfElementId("n:").has_value());
  CHECK_FALSE(function::NodeOfElementId("n:012").has_value());
  CHECK_FALSE(function::NodeOfElementId("n:1x").has_value());
  CHECK_FALSE(function::NodeOfElementId("n:99999999999999999999999").has_value());
  CHECK(testing::Fails(*g, "RETURN elementId(1)").kind == "TypeError");
}

TEST_CASE("id seek: EXPLAIN shows it; the rows are the scan's") {
  auto g = NewGraph();
  Run(*g, "UNWIND range(1, 40) AS i CREATE (:P {i: i})-[:NEXT]->(:Q {i: i})");
  QueryResult plan = Run(*g, "EXPLAIN MATCH (p:P) WHERE id(p) = $x RETURN p.i");
  CHECK(plan.plan.find("NodeByIdSeek (p:P) WHERE id(p) = $x") != std::string::npos);
  CHECK(plan.plan.find("NodeByLabelScan") == std::string::npos);
  plan = Run(*g, "EXPLAIN MATCH (q)<-[:NEXT]-(p) WHERE $x = elementId(p) RETURN q");
  CHECK(plan.plan.find("NodeByIdSeek (p) WHERE elementId(p) = $x") != std::string::npos);

  const QueryResult all = Run(*g, "MATCH (n) RETURN id(n) AS id, elementId(n) AS e, labels(n)[0] AS l, n.i AS i");
  REQUIRE(all.rows.size() == 80);
  for (const auto& row : all.rows) {
    const Map by_id = {{"x", row[0]}}, by_element = {{"x", row[1]}};
    // Each query finds the node when it is a P (any node for the unlabelled one), with its i.
    for (const char* query : {"MATCH (p:P) WHERE id(p) = $x RETURN p.i", "MATCH (p:P) WHERE elementId(p) = $x RETURN p.i",
                              "MATCH (p) WHERE id(p) = $x AND p.i > 0 RETURN p.i",
                              "MATCH (p)-[:NEXT]->(q) WHERE id(p) = $x RETURN q.i"}) {
      const bool element = std::string(query).find("elementId") != std::string::npos;
      const bool any_label = std::string(query).find("p.i > 0") != std::string::npos;
      QueryResult r = Run(*g, query, element ? by_element : by_id);
      const bool found = any_label || row[2].as_string() == "P";
      INFO(query, " ", row[1].as_string());
      REQUIRE(r.rows.size() == (found ? 1u : 0u));
      if (found) CHECK(r.rows[0][0].as_int() == row[3].as_int());
    }
  }
  const int64_t first = all.rows[0][0].as_int();
  CHECK(Run(*g, "MATCH (n) WHERE id(n) = $x RETURN n", {{"x", Value(static_cast<double>(first))}}).rows.size() == 1);
  CHECK(Run(*g, "MATCH (n) WHERE id(n) = $x RETURN n", {{"x", Value(first + 0.5)}}).rows.empty());
  CHECK(Run(*g, "MATCH (n) WHERE id(n) = $x RETURN n", {{"x", Value(int64_t{-1})}}).rows.empty());
  CHECK(Run(*g, "MATCH (n) WHERE id(n) = $x RETURN n", {{"x", Value("1")}}).rows.empty());
  CHECK(Run(*g, "MATCH (n) WHERE id(n) = null RETURN n").rows.empty());
  CHECK(Run(*g, "MATCH (n) WHERE elementId(n) = 'r:1' RETURN n").rows.empty());
  CHECK(Run(*g, "MATCH (n) WHERE elementId(n) = 7 RETURN n").rows.empty());
  // Per row of an outer variable: the seek's value comes from the row.
  CHECK(Run(*g, "UNWIND $ids AS x MATCH (n) WHERE id(n) = x RETURN n",
            {{"x", Value()}, {"ids", Value(List{all.rows[0][0], all.rows[1][0], Value(int64_t{100000})})}})
            .rows.size() == 2);
  // A node deleted by the query is not found.
  CHECK(Run(*g, "MATCH (n) WHERE id(n) = $x DETACH DELETE n WITH 1 AS one MATCH (m) WHERE id(m) = $x RETURN m",
            {{"x", all.rows[0][0]}})
            .rows.empty());
}

}  // namespace
}  // namespace cg::query
