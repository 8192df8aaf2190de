// Runtime semantics: values, three-valued logic, arithmetic, ordering and
// the read operators, checked through queries on small graphs.
#include <doctest/doctest.h>

#include "query/value.h"
#include "tests/query/test_graph.h"

namespace cg::query::execution {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

Value One(graph::Graph& g, const std::string& text, const Map& params = {}) {
  QueryResult r = Run(g, text, params);
  REQUIRE(r.rows.size() == 1);
  return r.rows[0][0];
}

TEST_CASE("values: equality, comparison and ordering across types") {
  CHECK(Equals(Value(1), Value(1.0)) == true);
  CHECK_FALSE(Equals(Value(1), Value()).has_value());
  CHECK(Equals(Value(List{Value(1), Value()}), Value(List{Value(2), Value()})) == false);
  CHECK_FALSE(Equals(Value(List{Value(1), Value()}), Value(List{Value(1), Value()})).has_value());
  CHECK_FALSE(Compare(Value(1), Value("a")).has_value());
  CHECK(OrderCompare(Value("a"), Value(1)) < 0);
  CHECK(OrderCompare(Value(1), Value()) < 0);
  CHECK(Equivalent(Value(), Value()));
}

TEST_CASE("evaluation: null and three-valued logic") {
  auto g = NewGraph();
  CHECK(One(*g, "RETURN null AND false").as_bool() == false);
  CHECK(One(*g, "RETURN null OR true").as_bool() == true);
  CHECK(One(*g, "RETURN null AND true").is_null());
  CHECK(One(*g, "RETURN 1 IN [null, 2]").is_null());
  CHECK(One(*g, "RETURN 2 IN [null, 2]").as_bool());
  CHECK(One(*g, "RETURN null = null").is_null());
  CHECK(One(*g, "RETURN 1 < 2 < 3").as_bool());
}

TEST_CASE("evaluation: integer and float arithmetic; overflow is a runtime error") {
  auto g = NewGraph();
  CHECK(One(*g, "RETURN 7 / 2").as_int() == 3);
  CHECK(One(*g, "RETURN 7 / 2.0").as_float() == 3.5);
  CHECK(One(*g, "RETURN 2 ^ 3").as_float() == 8.0);
  CHECK(One(*g, "RETURN -7 % 3").as_int() == -1);
  QueryError e = Fails(*g, "RETURN 9223372036854775807 + 1");
  CHECK(e.phase == Phase::kRuntime);
  CHECK(e.code == "IntegerOverflow");
  CHECK(Fails(*g, "RETURN 1 / 0").phase == Phase::kRuntime);
}

TEST_CASE("evaluation: lists, maps, slicing, comprehensions and CASE") {
  auto g = NewGraph();
  CHECK(One(*g, "RETURN [1, 2, 3, 4][1..-1]").as_list().size() == 2);
  CHECK(One(*g, "RETURN [1, 2, 3][-1]").as_int() == 3);
  CHECK(One(*g, "RETURN {a: {b: 1}}.a.b").as_int() == 1);
  CHECK(One(*g, "RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x * x][0]").as_int() == 4);
  CHECK(One(*g, "RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)").as_int() == 6);
  CHECK(One(*g, "RETURN CASE WHEN 1 > 2 THEN 'a' ELSE 'b' END").as_string() == "b");
  CHECK(One(*g, "RETURN single(x IN [1, 2] WHERE x > 1)").as_bool());
}

TEST_CASE("operators: MATCH directions, var-length, OPTIONAL MATCH and uniqueness") {
  auto g = NewGraph();
  Run(*g, "CREATE (a:N {name: 'a'})-[:T]->(b:N {name: 'b'})-[:T]->(c:N {name: 'c'}), (c)-[:T]->(a)");
  CHECK(Run(*g, "MATCH (x)-[:T]->(y) RETURN x").rows.size() == 3);
  CHECK(Run(*g, "MATCH (x)-[:T]-(y) RETURN x").rows.size() == 6);
  CHECK(Run(*g, "MATCH (x {name: 'a'})-[:T*2]->(y) RETURN y.name").rows[0][0].as_string() == "c");
  CHECK(Run(*g, "MATCH (x {name: 'a'})-[:T*]->(y) RETURN y").rows.size() == 3);
  // A relationship is used at most once per pattern.
  CHECK(Run(*g, "MATCH (x)-[r1]->(y)<-[r2]-(z) RETURN x").rows.empty());
  QueryResult r = Run(*g, "MATCH (x {name: 'a'}) OPTIONAL MATCH (x)-[:NONE]->(y) RETURN y");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].is_null());
  CHECK(Run(*g, "MATCH p = (:N {name: 'a'})-[*2]->() RETURN length(p)").rows[0][0].as_int() == 2);
  CHECK(Run(*g, "MATCH (a {name: 'a'}), (c {name: 'c'}) MATCH p = shortestPath((a)-[*]->(c)) RETURN length(p)")
            .rows[0][0]
            .as_int() == 2);
}

TEST_CASE("operators: aggregation, DISTINCT, ORDER BY, SKIP, LIMIT, UNWIND, UNION") {
  auto g = NewGraph();
  QueryResult r = Run(*g,
                      "UNWIND [3, 1, 2, 1, null] AS x WITH x, count(*) AS c "
                      "RETURN x, c ORDER BY x DESC SKIP 1 LIMIT 2");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].as_int() == 3);
  CHECK(r.rows[1][0].as_int() == 2);
  CHECK(One(*g, "UNWIND [1, 1, 2] AS x RETURN count(DISTINCT x)").as_int() == 2);
  CHECK(One(*g, "UNWIND [] AS x RETURN count(*)").as_int() == 0);
  CHECK(Run(*g, "RETURN 1 AS x UNION RETURN 1 AS x").rows.size() == 1);
  CHECK(Run(*g, "RETURN 1 AS x UNION ALL RETURN 1 AS x").rows.size() == 2);
}

}  // namespace
}  // namespace cg::query::execution
