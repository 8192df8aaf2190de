#include <doctest/doctest.h>

#include <set>

#include "graph/graph.h"
#include "graph/projection.h"

using namespace cg;
using namespace cg::graph;

TEST_CASE("the CSR projection mirrors adjacency in both directions, with types and rel ids") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("projection", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId a, b, c, lonely;
  REQUIRE(txn->CreateNode({"A"}, {}, &a).ok());
  REQUIRE(txn->CreateNode({"B"}, {}, &b).ok());
  REQUIRE(txn->CreateNode({"C"}, {}, &c).ok());
  REQUIRE(txn->CreateNode({"D"}, {}, &lonely).ok());
  RelId ab, bc, ca, aa;
  REQUIRE(txn->CreateRelationship("X", a, b, {}, &ab).ok());
  REQUIRE(txn->CreateRelationship("Y", b, c, {}, &bc).ok());
  REQUIRE(txn->CreateRelationship("X", c, a, {}, &ca).ok());
  REQUIRE(txn->CreateRelationship("Z", a, a, {}, &aa).ok());
  REQUIRE(txn->Commit().ok());

  std::unique_ptr<Projection> p;
  REQUIRE(Projection::Build(*g->BeginRead(), &p).ok());
  CHECK(p->num_nodes() == 4);
  CHECK(p->num_edges() == 4);
  CHECK_FALSE(p->IndexOf(999).has_value());
  const auto va = *p->IndexOf(a);
  CHECK(p->IdOf(va) == a);

  std::multiset<std::tuple<NodeId, std::string, RelId, bool>> seen;
  p->ForEachNeighbour(va, Direction::kBoth, [&](Projection::Vertex n, const Projection::EdgeData& e, bool out) {
    seen.emplace(p->IdOf(n), p->types()[e.type], e.rel, out);
  });
  CHECK(seen == std::multiset<std::tuple<NodeId, std::string, RelId, bool>>{
                    {b, "X", ab, true}, {a, "Z", aa, true}, {c, "X", ca, false}, {a, "Z", aa, false}});
  int lonely_edges = 0;
  p->ForEachNeighbour(*p->IndexOf(lonely), Direction::kBoth, [&](auto, auto&, bool) { ++lonely_edges; });
  CHECK(lonely_edges == 0);
}
