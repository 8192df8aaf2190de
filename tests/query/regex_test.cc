// `=~`: Java regular expressions (inline flags, whole-string matching,
// code points), checked through queries.
#include <doctest/doctest.h>

#include "query/execution/regex.h"
#include "tests/query/test_graph.h"

namespace cg::query::execution {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

bool Matches(graph::Graph& g, const std::string& subject, const std::string& pattern) {
  QueryResult r = Run(g, "RETURN $s =~ $p", {{"s", Value(subject)}, {"p", Value(pattern)}});
  REQUIRE(r.rows.size() == 1);
  REQUIRE(r.rows[0][0].is_bool());
  return r.rows[0][0].as_bool();
}

TEST_CASE("regex: the pattern matches the whole string") {
  auto g = NewGraph();
  CHECK(Matches(*g, "abc", "abc"));
  CHECK(Matches(*g, "abc", "a.c"));
  CHECK_FALSE(Matches(*g, "abc", "b"));
  CHECK_FALSE(Matches(*g, "abc", "ab"));
  CHECK(Matches(*g, "abc", ".*b.*"));
  CHECK_FALSE(Matches(*g, "a|b", "a"));  // the alternation is anchored as a whole
  CHECK(Matches(*g, "b", "a|b"));
  CHECK_FALSE(Matches(*g, "a\n", "a$"));
  const QueryResult nulls = Run(*g, "RETURN null =~ 'a', 'a' =~ null, 1 =~ 'a'");
  for (const Value& v : nulls.rows[0]) CHECK(v.is_null());
}

TEST_CASE("regex: inline flags as Java has them") {
  auto g = NewGraph();
  CHECK(Matches(*g, "El Mencho", "(?i).*mencho.*"));
  CHECK_FALSE(Matches(*g, "El Mencho", ".*mencho.*"));
  CHECK(Matches(*g, "El Mencho", "El (?i:MENCHO)"));
  CHECK_FALSE(Matches(*g, "EL Mencho", "El (?i:MENCHO)"));
  CHECK(Matches(*g, "abcABC", "(?i)abc(?-i)ABC"));
  CHECK_FALSE(Matches(*g, "abcabc", "(?i)abc(?-i)ABC"));
  CHECK(Matches(*g, "a\nb", "(?s)a.b"));
  CHECK_FALSE(Matches(*g, "a\nb", "a.b"));
  CHECK(Matches(*g, "x\nfoo", "(?ms).*^foo$"));
  CHECK(Matches(*g, "abc", "(?x) a b  c  # a comment"));
  CHECK(Matches(*g, "ÉL", "(?iu)él"));  // u: Unicode case folding
  CHECK(Matches(*g, "ÉL", "(?ui:él)"));
  CHECK(Matches(*g, "ab", "(?d)ab"));
  CHECK(Matches(*g, "(?u)", "\\Q(?u)\\E"));  // quoted: not a flag group
  CHECK(Matches(*g, "(u)", "[(?u)]+"));      // in a class: not a flag group
}

TEST_CASE("regex: Unicode: accents, code points, classes") {
  auto g = NewGraph();
  CHECK(Matches(*g, "Nemesio Oseguera Cervantes alias El Mencho, Michoacán", "(?i).*michoacán"));
  CHECK(Matches(*g, "MICHOACÁN", "(?i)michoacán"));
  CHECK(Matches(*g, "é", "."));  // one code point, two bytes
  CHECK(Matches(*g, "ñu", "\\u00f1u"));
  CHECK(Matches(*g, "ñu", "\\x{f1}u"));
  CHECK(Matches(*g, "Peña", "[A-Za-zñ]+"));
  CHECK_FALSE(Matches(*g, "Peña", "\\w+"));  // Java: \w is ASCII ...
  CHECK(Matches(*g, "Peña", "(?U)\\w+"));    // ... unless (?U)
  CHECK(Matches(*g, "Peña", "\\p{L}+"));
}

TEST_CASE("regex: a bad pattern is an error naming the query position and the offset") {
  auto g = NewGraph();
  QueryError e = Fails(*g, "WITH 1 AS x\nRETURN 'abc' =~ 'a(b'");
  CHECK(e.phase == Phase::kRuntime);
  CHECK(e.kind == "ArgumentError");
  const std::string message = e.what();
  CHECK(message.find("line 2:8") != std::string::npos);
  CHECK(message.find("'a(b'") != std::string::npos);
  CHECK(message.find("offset 3") != std::string::npos);
  CHECK(std::string(Fails(*g, "RETURN 'a' =~ '(?i)[a'").what()).find("offset 6") != std::string::npos);
}

TEST_CASE("regex: compiled patterns are reused and bounded") {
  Regexes regexes;
  for (size_t i = 0; i < Regexes::kMaxPatterns * 2 + 3; ++i) {
    CHECK(regexes.Matches("a{" + std::to_string(i) + "}", std::string(i, 'a'), 1, 1));
    CHECK(regexes.Matches("(?i)A+", "aaa", 1, 1));
  }
  auto g = NewGraph();
  Run(*g, "UNWIND range(1, 1000) AS i CREATE (:P {name: 'n' + toString(i)})");
  CHECK(Run(*g, "MATCH (p:P) WHERE p.name =~ 'n9.' RETURN p.name").rows.size() == 10);
  // One pattern per row: more than the cache keeps.
  CHECK(Run(*g, "MATCH (p:P) WHERE p.name =~ p.name + '|x' RETURN p").rows.size() == 1000);
}

}  // namespace
}  // namespace cg::query::execution
