#include <doctest/doctest.h>

#include "query/binder/binder.h"
#include "query/optimizer/optimizer.h"
#include "query/parser/parser.h"
#include "query/planner/planner.h"

namespace cg::query::optimizer {
namespace {

std::string OptimizedPlanOf(const std::string& text) {
  ast::Query q = parser::Parse(text);
  binder::BoundQuery b = binder::Bind(&q, text);
  planner::Plan plan = planner::BuildPlan(q, b, text);
  Optimize(&plan);
  return planner::Explain(plan);
}

TEST_CASE("optimizer: a pattern property map on an indexed key becomes an index seek") {
  std::string plan = OptimizedPlanOf("MATCH (p:Person {name: $n}) RETURN p");
  CHECK(plan.find("NodeIndexSeek (p:Person)") != std::string::npos);
  CHECK(plan.find("NodeByLabelScan") == std::string::npos);
}

TEST_CASE("optimizer: WHERE equality on an indexed key becomes an index seek") {
  std::string plan = OptimizedPlanOf("MATCH (p:Person)-[:KNOWS]->(q) WHERE p.name = $n AND q.age > 3 RETURN q");
  CHECK(plan.find("NodeIndexSeek (p:Person)") != std::string::npos);
  // The filter on p sits on the seek, below the expansion; the one on q above it.
  size_t expand = plan.find("Expand");
  size_t p_filter = plan.find("Filter p.name = $n");
  size_t q_filter = plan.find("Filter q.age > 3");
  REQUIRE(expand != std::string::npos);
  CHECK(q_filter < expand);
  CHECK(p_filter > expand);
}

TEST_CASE("optimizer: unindexed keys are scanned, not sought") {
  std::string plan = OptimizedPlanOf("MATCH (p:Person {born: 1970}) RETURN p");
  CHECK(plan.find("NodeIndexSeek") == std::string::npos);
  CHECK(plan.find("NodeByLabelScan (p:Person)") != std::string::npos);
}

TEST_CASE("optimizer: a filter does not move below the operator that binds what it reads") {
  std::string plan = OptimizedPlanOf("MATCH (a)-->(b) WHERE a.x = b.x RETURN a");
  CHECK(plan.find("Filter a.x = b.x") < plan.find("Expand"));
}

}  // namespace
}  // namespace cg::query::optimizer
