#include <doctest/doctest.h>

#include "query/error.h"
#include "query/parser/parser.h"

namespace cg::query::parser {
namespace {

using namespace ast;

QueryError SyntaxErrorOf(std::string_view text) {
  try {
    Parse(text);
  } catch (const QueryError& e) {
    return e;
  }
  FAIL("expected a syntax error for: " << text);
  throw;
}

TEST_CASE("parser: MATCH pattern with labels, properties, directions and var-length") {
  Query q = Parse("MATCH (a:Person:Boss {name: 'x'})<-[r:KNOWS|LIKES*2..4]-(b) RETURN a");
  REQUIRE(q.parts.size() == 1);
  const Clause& m = q.parts[0].clauses[0];
  CHECK(m.kind == Clause::Kind::kMatch);
  const PatternPart& p = m.patterns[0];
  REQUIRE(p.nodes.size() == 2);
  CHECK(p.nodes[0].variable == "a");
  CHECK(p.nodes[0].labels == std::vector<std::string>{"Person", "Boss"});
  REQUIRE(p.nodes[0].properties);
  CHECK(p.nodes[0].properties->keys == std::vector<std::string>{"name"});
  const RelPattern& r = p.rels[0];
  CHECK(r.direction == RelDirection::kLeft);
  CHECK(r.types == std::vector<std::string>{"KNOWS", "LIKES"});
  CHECK(r.var_length);
  CHECK(r.min_hops == 2);
  CHECK(r.max_hops == 4);
}

TEST_CASE("parser: operator precedence and comparison chains") {
  Query q = Parse("RETURN 1 + 2 * 3 < 10 <= 11 AND NOT false");
  const Expr& e = *q.parts[0].clauses[0].projection.items[0].expr;
  REQUIRE(e.kind == ExprKind::kBinary);
  CHECK(e.op == Op::kAnd);
  const Expr& cmp = *e.args[0];
  REQUIRE(cmp.kind == ExprKind::kComparison);
  CHECK(cmp.ops == std::vector<Op>{Op::kLt, Op::kLe});
  const Expr& sum = *cmp.args[0];
  CHECK(sum.op == Op::kAdd);
  CHECK(sum.args[1]->op == Op::kMul);
}

TEST_CASE("parser: a projection without alias is named by its source text") {
  Query q = Parse("MATCH (n) RETURN n.name, count( * ) AS c");
  const Projection& p = q.parts[0].clauses[1].projection;
  CHECK(p.items[0].alias == "n.name");
  CHECK_FALSE(p.items[0].has_alias);
  CHECK(p.items[1].alias == "c");
}

TEST_CASE("parser: literals") {
  Query q = Parse("RETURN -9223372036854775808, 0x1F, 0o17, .5, 1e3, 'a\\n\\u00e9'");
  const auto& items = q.parts[0].clauses[0].projection.items;
  CHECK(items[0].expr->literal.as_int() == INT64_MIN);
  CHECK(items[1].expr->literal.as_int() == 31);
  CHECK(items[2].expr->literal.as_int() == 15);
  CHECK(items[3].expr->literal.as_float() == 0.5);
  CHECK(items[4].expr->literal.as_float() == 1000.0);
  CHECK(items[5].expr->literal.as_string() == "a\n\xc3\xa9");
}

TEST_CASE("parser: syntax errors name line:column and what was expected") {
  QueryError e = SyntaxErrorOf("MATCH (n)\nRETURN n.");
  CHECK(e.kind == "SyntaxError");
  CHECK(e.phase == Phase::kCompile);
  CHECK(e.line == 2);
  CHECK(std::string(e.what()).find("line 2:") != std::string::npos);
  CHECK(std::string(e.what()).find("expected") != std::string::npos);

  CHECK(SyntaxErrorOf("RETURN 9223372036854775808").code == "IntegerOverflow");
  CHECK(SyntaxErrorOf("RETURN 0x").code == "InvalidNumberLiteral");
  CHECK(SyntaxErrorOf("RETURN '\\uZZZZ'").code == "InvalidUnicodeLiteral");
  CHECK(SyntaxErrorOf("MATCH (n RETURN n").code == "UnexpectedSyntax");
}

TEST_CASE("parser: comprehensions, pattern predicates, CASE, map projection, EXISTS") {
  Query q = Parse(
      "MATCH (n) WHERE (n)-->() AND EXISTS { (n)-[:T]->(m) WHERE m.x > 1 } "
      "RETURN [x IN range(1, 3) WHERE x > 1 | x * 2], [(n)-->(m) | m.name], "
      "CASE n.x WHEN 1 THEN 'one' ELSE 'other' END, n {.name, .*, k: 1}, all(x IN [1] WHERE x = 1)");
  const Clause& m = q.parts[0].clauses[0];
  CHECK(m.where->args[0]->kind == ExprKind::kPatternPredicate);
  CHECK(m.where->args[1]->kind == ExprKind::kExists);
  const auto& items = q.parts[0].clauses[1].projection.items;
  CHECK(items[0].expr->kind == ExprKind::kListComprehension);
  CHECK(items[1].expr->kind == ExprKind::kPatternComprehension);
  CHECK(items[2].expr->kind == ExprKind::kCase);
  CHECK(items[3].expr->kind == ExprKind::kMapProjection);
  CHECK(items[3].expr->items.size() == 3);
  CHECK(items[4].expr->kind == ExprKind::kQuantifier);
}

TEST_CASE("parser: UNION, EXPLAIN and update clauses") {
  Query q = Parse("EXPLAIN MATCH (a) SET a.x = 1, a:L REMOVE a.y DETACH DELETE a RETURN 1 AS x UNION ALL RETURN 2 AS x");
  CHECK(q.explain);
  REQUIRE(q.parts.size() == 2);
  CHECK(q.union_all == std::vector<bool>{true});
  const auto& c = q.parts[0].clauses;
  CHECK(c[1].kind == Clause::Kind::kSet);
  CHECK(c[1].set_items.size() == 2);
  CHECK(c[2].kind == Clause::Kind::kRemove);
  CHECK(c[3].kind == Clause::Kind::kDelete);
  CHECK(c[3].detach);
}

}  // namespace
}  // namespace cg::query::parser
