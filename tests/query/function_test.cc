#include <doctest/doctest.h>

#include "query/error.h"
#include "query/function/aggregates.h"
#include "query/function/functions.h"

namespace cg::query::function {
namespace {

// Scalar functions that do not touch the graph never call it.
class NoGraph : public EntityReader {
 public:
  std::vector<std::string> Labels(graph::NodeId) const override { return {}; }
  Map Properties(const Value&) const override { return {}; }
  std::string Type(graph::RelId) const override { return ""; }
  graph::NodeId StartNode(graph::RelId) const override { return 0; }
  graph::NodeId EndNode(graph::RelId) const override { return 0; }
  void Tick() const override {}
  void CheckMemory(size_t) const override {}
};

Value Call(const char* name, std::vector<Value> args) {
  const FunctionInfo* f = FindFunction(name);
  REQUIRE(f);
  REQUIRE(static_cast<bool>(f->fn));
  return f->fn(args, NoGraph());
}

TEST_CASE("functions: lookup is case-insensitive and knows arities and aggregates") {
  REQUIRE(FindFunction("TOUPPER"));
  CHECK(FindFunction("toUpper")->min_args == 1);
  CHECK(FindFunction("count")->aggregate);
  CHECK(FindFunction("coalesce")->max_args == -1);
  CHECK(FindFunction("nope") == nullptr);
}

TEST_CASE("functions: conversions follow openCypher") {
  CHECK(Call("toInteger", {Value("42")}).as_int() == 42);
  CHECK(Call("toInteger", {Value(3.9)}).as_int() == 3);
  CHECK(Call("toInteger", {Value("x")}).is_null());
  CHECK(Call("toFloat", {Value("2.5")}).as_float() == 2.5);
  CHECK(Call("toString", {Value(1.0)}).as_string() == "1.0");
  CHECK(Call("toBoolean", {Value("TRUE")}).as_bool());
  CHECK(Call("toBoolean", {Value("yes")}).is_null());
}

TEST_CASE("functions: strings and lists") {
  CHECK(Call("substring", {Value("hello"), Value(1), Value(3)}).as_string() == "ell");
  CHECK(Call("split", {Value("a,b"), Value(",")}).as_list().size() == 2);
  CHECK(Call("reverse", {Value("abc")}).as_string() == "cba");
  CHECK(Call("size", {Value("\xc3\xa9t\xc3\xa9")}).as_int() == 3);  // code points, not bytes
  CHECK(Call("range", {Value(0), Value(10), Value(5)}).as_list().size() == 3);
  CHECK(Call("head", {Value(List{})}).is_null());
  CHECK(Call("coalesce", {Value(), Value(2)}).as_int() == 2);
}

TEST_CASE("functions: type errors are runtime TypeErrors") {
  try {
    Call("toUpper", {Value(1)});
    FAIL("expected an error");
  } catch (const QueryError& e) {
    CHECK(e.kind == "TypeError");
    CHECK(e.phase == Phase::kRuntime);
  }
}

TEST_CASE("aggregates: nulls skipped, DISTINCT, percentiles and overflow") {
  auto sum = MakeAggregator("sum", false);
  sum->Add(Value(1), Value());
  sum->Add(Value(), Value());
  sum->Add(Value(2.5), Value());
  CHECK(sum->Result().as_float() == 3.5);

  auto count = MakeAggregator("count", true);
  for (Value v : {Value(1), Value(1.0), Value(2), Value()}) count->Add(v, Value());
  CHECK(count->Result().as_int() == 2);

  auto disc = MakeAggregator("percentileDisc", false);
  for (int i : {10, 20, 30, 40}) disc->Add(Value(i), Value(0.5));
  CHECK(disc->Result().as_int() == 20);
  auto cont = MakeAggregator("percentileCont", false);
  for (int i : {10, 20, 30, 40}) cont->Add(Value(i), Value(0.5));
  CHECK(cont->Result().as_float() == 25.0);

  auto big = MakeAggregator("sum", false);
  big->Add(Value(INT64_MAX), Value());
  CHECK_THROWS_AS(big->Add(Value(1), Value()), QueryError);

  CHECK(MakeAggregator("avg", false)->Result().is_null());
  CHECK(MakeAggregator("collect", false)->Result().as_list().empty());
}

}  // namespace
}  // namespace cg::query::function
