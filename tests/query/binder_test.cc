#include <doctest/doctest.h>

#include "query/binder/binder.h"
#include "query/error.h"
#include "query/parser/parser.h"

namespace cg::query::binder {
namespace {

std::string CodeOf(const std::string& text) {
  ast::Query q = parser::Parse(text);
  try {
    Bind(&q, text);
  } catch (const QueryError& e) {
    CHECK(e.phase == Phase::kCompile);
    return e.code;
  }
  return "";
}

TEST_CASE("binder: semantic errors carry the TCK codes") {
  CHECK(CodeOf("MATCH (a) RETURN b") == "UndefinedVariable");
  CHECK(CodeOf("MATCH (a) CREATE (a)") == "VariableAlreadyBound");
  CHECK(CodeOf("MATCH (a)-[a]->() RETURN a") == "VariableTypeConflict");
  CHECK(CodeOf("MATCH (a) WHERE count(a) > 1 RETURN a") == "InvalidAggregation");
  CHECK(CodeOf("RETURN count(count(*))") == "NestedAggregation");
  CHECK(CodeOf("RETURN count(rand())") == "NonConstantExpression");
  CHECK(CodeOf("UNWIND [1, 2] AS x RETURN sum(x * rand())") == "NonConstantExpression");
  CHECK(CodeOf("CREATE ()-[:A|B]->()") == "NoSingleRelationshipType");
  CHECK(CodeOf("CREATE ()-[:A]-()") == "RequiresDirectedRelationship");
  CHECK(CodeOf("CREATE ()-[:A*2]->()") == "CreatingVarLength");
  CHECK(CodeOf("RETURN 1 AS a, 2 AS a") == "ColumnNameConflict");
  CHECK(CodeOf("MATCH () RETURN *") == "NoVariablesInScope");
  CHECK(CodeOf("RETURN 1 AS a UNION RETURN 2 AS b") == "DifferentColumnsInUnion");
  CHECK(CodeOf("RETURN nosuchfunction(1)") == "UnknownFunction");
  CHECK(CodeOf("RETURN abs(1, 2)") == "InvalidNumberOfArguments");
  CHECK(CodeOf("MATCH (n) RETURN n LIMIT n.x") == "NonConstantExpression");
  CHECK(CodeOf("RETURN 1 SKIP -1") == "NegativeIntegerArgument");
  CHECK(CodeOf("MATCH (n {name: 1})-[r]->()-[r]->() RETURN n") == "RelationshipUniquenessViolation");
  CHECK(CodeOf("MATCH (n $p) RETURN n") == "InvalidParameterUse");
  CHECK(CodeOf("MATCH (n) RETURN n.x + count(*)") == "AmbiguousAggregationExpression");
  CHECK(CodeOf("RETURN 1 AND true") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH (n) RETURN n MATCH (m) RETURN m") == "InvalidClauseComposition");
  CHECK(CodeOf("MATCH (n) RETURN (n)-->()") == "UnexpectedSyntax");
  CHECK(CodeOf("MATCH (n) WHERE (n) RETURN n") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH (n) WHERE NOT (n)-->() RETURN exists((n)<--())").empty());
}

TEST_CASE("binder: type errors the query text shows are compile-time InvalidArgumentType") {
  CHECK(CodeOf("RETURN 1 IN 2 AS x") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH (n) RETURN 'a' IN n AS x") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH (n) RETURN type(n)") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH p = (n)-->() RETURN type(p)") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH p = (n)-->() RETURN labels(p)") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH p = (n)-->() RETURN size(p)") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH (n) RETURN size(n)") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH (n) DELETE 1 + 1") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH (n) DELETE 'n'") == "InvalidArgumentType");
  CHECK(CodeOf("MATCH p = (n)-->() WHERE p.name = 'x' RETURN p") == "InvalidArgumentType");
  CHECK(CodeOf("RETURN (1 + 2) AND true") == "InvalidArgumentType");
  // What only the values can tell stays for run time.
  CHECK(CodeOf("MATCH (n) RETURN 1 IN n.list, 1 IN $l, 1 IN null, 1 IN [1], 1 IN labels(n)").empty());
  CHECK(CodeOf("MATCH (n)-[r]->() RETURN type(r), size(n.name), labels(startNode(r))").empty());
  CHECK(CodeOf("MATCH p = (n)-->() DELETE n, p").empty());
  CHECK(CodeOf("MATCH (n) WITH [n] AS ns UNWIND ns AS m DELETE m").empty());
}

TEST_CASE("binder: valid queries bind, assigning distinct slots") {
  std::string text = "MATCH (a)-[r]->(b) WITH a, count(b) AS n ORDER BY n RETURN a, n";
  ast::Query q = parser::Parse(text);
  BoundQuery b = Bind(&q, text);
  CHECK(b.columns == std::vector<std::string>{"a", "n"});
  CHECK_FALSE(b.updates);
  const ast::PatternPart& p = q.parts[0].clauses[0].patterns[0];
  CHECK(p.nodes[0].slot != p.nodes[1].slot);
  CHECK(p.rels[0].slot >= 0);
  CHECK(b.num_slots > p.rels[0].slot);
  CHECK(q.parts[0].clauses[1].projection.items[1].expr->is_aggregate);
}

TEST_CASE("binder: scopes follow WITH, comprehensions and ORDER BY rules") {
  CHECK(CodeOf("MATCH (a) WITH a.x AS x RETURN a") == "UndefinedVariable");
  CHECK(CodeOf("MATCH (a) WITH a.x AS x WHERE a.y = 1 RETURN x").empty());
  CHECK(CodeOf("RETURN [x IN [1] | x] AS l, x") == "UndefinedVariable");
  CHECK(CodeOf("MATCH (a) RETURN a.x AS x ORDER BY a.y").empty());
  CHECK(CodeOf("MATCH (a) RETURN DISTINCT a.x AS x ORDER BY a.y") == "UndefinedVariable");
  CHECK(CodeOf("MATCH (a) RETURN a.x, count(*) ORDER BY a.x").empty());
  ast::Query q = parser::Parse("CREATE (a)");
  CHECK(Bind(&q, "CREATE (a)").updates);
}

}  // namespace
}  // namespace cg::query::binder
