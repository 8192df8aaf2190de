#include <doctest/doctest.h>

#include "query/binder/binder.h"
#include "query/parser/parser.h"
#include "query/planner/planner.h"

namespace cg::query::planner {
namespace {

// The unoptimized plan of a query, as EXPLAIN text.
std::string PlanOf(const std::string& text) {
  ast::Query q = parser::Parse(text);
  binder::BoundQuery b = binder::Bind(&q, text);
  return Explain(BuildPlan(q, b, text));
}

TEST_CASE("planner: a MATCH anchors on a labelled node and expands along the pattern") {
  std::string plan = PlanOf("MATCH (a)-[:T]->(b:Person) RETURN a");
  CHECK(plan.find("NodeByLabelScan (b:Person)") != std::string::npos);
  CHECK(plan.find("Expand (b)<-[:T]-(a)") != std::string::npos);
  CHECK(plan.find("ProduceResults a") == 0);
}

TEST_CASE("planner: a variable bound earlier is expanded from, not scanned") {
  std::string plan = PlanOf("MATCH (a:A) MATCH (a)-->(b) RETURN b");
  CHECK(plan.find("NodeByLabelScan (a:A)") != std::string::npos);
  CHECK(plan.find("NodeScan (b)") == std::string::npos);
  CHECK(plan.find("Expand (a)-[]->(b)") != std::string::npos);
}

TEST_CASE("planner: OPTIONAL MATCH, aggregation, ordering and paging operators") {
  std::string plan =
      PlanOf("MATCH (a) OPTIONAL MATCH (a)-->(b) WITH a, count(b) AS c ORDER BY c DESC SKIP 1 LIMIT 2 RETURN a, c");
  for (const char* op : {"Optional", "(per row)", "Aggregate", "Sort c DESC", "Skip 1", "Limit 2"}) {
    INFO(op);
    CHECK(plan.find(op) != std::string::npos);
  }
}

TEST_CASE("planner: writes and UNION") {
  CHECK(PlanOf("MERGE (a:A {x: 1}) ON CREATE SET a.y = 2").find("Merge") != std::string::npos);
  std::string plan = PlanOf("RETURN 1 AS x UNION RETURN 2 AS x");
  CHECK(plan.find("Union") == 0);
  auto plan_of = [](const std::string& text) {
    ast::Query q = parser::Parse(text);
    binder::BoundQuery b = binder::Bind(&q, text);
    return BuildPlan(q, b, text).updates;
  };
  CHECK(plan_of("CREATE (a)"));
  CHECK_FALSE(plan_of("MATCH (a) RETURN a"));
}

}  // namespace
}  // namespace cg::query::planner
