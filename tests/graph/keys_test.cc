#include <doctest/doctest.h>

#include "graph/keys.h"

namespace keys = cg::graph::keys;

TEST_CASE("edge keys round-trip and sort by node, then type, then neighbour") {
  const std::string key = keys::Edge(7, "LEADS", 9, 42);
  keys::DecodedEdge e;
  REQUIRE(keys::DecodeEdge(key, &e));
  CHECK(e.from == 7);
  CHECK(e.type == "LEADS");
  CHECK(e.to == 9);
  CHECK(e.rel == 42);
  CHECK(key.starts_with(keys::EdgePrefix(7, "LEADS")));
  CHECK(key.starts_with(keys::EdgePrefix(7, "")));
  CHECK_FALSE(key.starts_with(keys::EdgePrefix(7, "LEAD")));  // type is NUL-terminated
  CHECK(keys::Edge(7, "A", 1, 1) < keys::Edge(256, "A", 0, 0));  // big-endian ids sort numerically
  CHECK_FALSE(keys::DecodeEdge("short", &e));
}

TEST_CASE("property index keys distinguish types and string prefixes") {
  CHECK(keys::PropertyPrefix("id", cg::Value("ab")) != keys::PropertyPrefix("id", cg::Value(int64_t{1})));
  CHECK_FALSE(keys::Property("name", cg::Value("abc"), 1).starts_with(keys::PropertyPrefix("name", cg::Value("ab"))));
  CHECK(keys::TrailingNode(keys::Property("name", cg::Value("x"), 77)) == 77);
}
