#include <doctest/doctest.h>

#include "cli/input/literal.h"

using cg::query::Value;
using cg::cli::ParameterValue;
using cg::cli::ParseAssignment;

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
