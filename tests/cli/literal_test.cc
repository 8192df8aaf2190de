#include <doctest/doctest.h>

#include <cmath>

#include "cli/input/literal.h"

using cg::query::Value;
using cg::cli::ParameterValue;
using cg::cli::ParseAssignment;
using cg::cli::ParseLiteral;

TEST_CASE("literals: scalars") {
  CHECK(ParseLiteral("42")->as_int() == 42);
  CHECK(ParseLiteral(" -7 ")->as_int() == -7);
  CHECK(ParseLiteral("0x1F")->as_int() == 31);
  CHECK(ParseLiteral("0o17")->as_int() == 15);
  CHECK(ParseLiteral("-9223372036854775808")->as_int() == INT64_MIN);
  CHECK_FALSE(ParseLiteral("9223372036854775808"));  // overflows
  CHECK(ParseLiteral("1.5")->as_float() == 1.5);
  CHECK(ParseLiteral("-2e3")->as_float() == -2000.0);
  CHECK(ParseLiteral(".5")->as_float() == 0.5);
  CHECK(ParseLiteral("1.0")->is_float());
  CHECK(ParseLiteral("TRUE")->as_bool());
  CHECK_FALSE(ParseLiteral("false")->as_bool());
  CHECK(ParseLiteral("Null")->is_null());
  CHECK(ParseLiteral("'it\\'s'")->as_string() == "it's");
  CHECK(ParseLiteral("\"a\\nb\"")->as_string() == "a\nb");
  CHECK(ParseLiteral("'\\u00e1'")->as_string() == "á");
}

TEST_CASE("literals: lists and maps nested") {
  std::optional<Value> v = ParseLiteral("[1, 'a', [true, null], {k: 2.5}]");
  REQUIRE(v);
  REQUIRE(v->as_list().size() == 4);
  CHECK(v->as_list()[1].as_string() == "a");
  CHECK(v->as_list()[2].as_list()[1].is_null());
  CHECK(v->as_list()[3].as_map().at("k").as_float() == 2.5);
  v = ParseLiteral("{name: 'Chapo', `born in`: 1957, tags: []}");
  REQUIRE(v);
  CHECK(v->as_map().at("name").as_string() == "Chapo");
  CHECK(v->as_map().at("born in").as_int() == 1957);
  CHECK(v->as_map().at("tags").as_list().empty());
  CHECK(ParseLiteral("{}")->as_map().empty());
}

TEST_CASE("literals: malformed text is not a literal") {
  for (const char* bad : {"", "El Mencho", "'open", "[1, 2", "{k 1}", "1 2", "1.", "0x", "tru", "[1,]", "'\\q'",
                          "'\\u12'", "{k: 1,}", "1 + 2", "$x"}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseLiteral(bad));
  }
  CHECK_FALSE(ParseLiteral(std::string(200, '[') + std::string(200, ']')));  // too deep, no stack overflow
}

TEST_CASE("parameters: a literal / else the text as a string / name=value assignments") {
  CHECK(ParameterValue("1957").as_int() == 1957);
  CHECK(ParameterValue("El Mencho").as_string() == "El Mencho");
  CHECK(ParameterValue("'El Mencho'").as_string() == "El Mencho");
  CHECK(ParameterValue("[1,2").as_string() == "[1,2");
  auto a = ParseAssignment("born=1957", "=");
  REQUIRE(a);
  CHECK(a->first == "born");
  CHECK(a->second.as_int() == 1957);
  a = ParseAssignment("name = El Mencho", "=");
  REQUIRE(a);
  CHECK(a->second.as_string() == "El Mencho");
  a = ParseAssignment("q=a=b", "=");  // the first '=' separates
  REQUIRE(a);
  CHECK(a->second.as_string() == "a=b");
  a = ParseAssignment("names => ['a', 'b']", "=>");
  REQUIRE(a);
  CHECK(a->first == "names");
  CHECK(a->second.as_list().size() == 2);
  CHECK_FALSE(ParseAssignment("novalue", "="));
  CHECK_FALSE(ParseAssignment("=1", "="));
  CHECK_FALSE(ParseAssignment("1x=1", "="));
  CHECK_FALSE(ParseAssignment("a b=1", "="));
}
