#include <doctest/doctest.h>

#include <atomic>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "graph/graph.h"
#include "graph/projection.h"
#include "tests/graph/adjacency_oracle.h"

using namespace cg;
using namespace cg::graph;
using cg::graph::testing::FromProjection;
using cg::graph::testing::FromStorage;

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


TEST_CASE("ProjectionFor: one projection per committed state, shared, never stale") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("fresh", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::vector<NodeId> nodes;
  std::vector<RelId> rels;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    for (int i = 0; i < 4; ++i) {
      NodeId id;
      REQUIRE(txn->CreateNode({"N"}, {}, &id).ok());
      nodes.push_back(id);
    }
    RelId r;
    REQUIRE(txn->CreateRelationship("T", nodes[0], nodes[1], {}, &r).ok());
    rels.push_back(r);
    REQUIRE(txn->Commit().ok());
  }
  auto first = g->BeginRead();
  CHECK_FALSE(g->BuiltProjectionFor(*first));  // none built yet, and asking builds none
  std::shared_ptr<const Projection> first_p, again;
  REQUIRE(g->ProjectionFor(*first, &first_p).ok());
  REQUIRE(first_p);
  CHECK(g->BuiltProjectionFor(*first).get() == first_p.get());
  const auto first_state = FromStorage(*first);
  CHECK(FromProjection(*first_p) == first_state);
  REQUIRE(g->ProjectionFor(*g->BeginRead(), &again).ok());
  CHECK(again.get() == first_p.get());  // same state: shared, not rebuilt

  // Write and traverse in turn: creations, deletions, a node and its edges gone.
  for (int round = 0; round < 12; ++round) {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    std::shared_ptr<const Projection> in_txn;
    REQUIRE(g->ProjectionFor(*txn, &in_txn).ok());
    CHECK(in_txn);  // nothing written yet: the committed state
    NodeId id;
    REQUIRE(txn->CreateNode({"N"}, {}, &id).ok());
    REQUIRE(g->ProjectionFor(*txn, &in_txn).ok());
    CHECK_FALSE(in_txn);  // uncommitted writes: callers read adjacency from txn
    nodes.push_back(id);
    RelId r;
    REQUIRE(txn->CreateRelationship(round % 2 ? "T" : "U", nodes[round % nodes.size()], id, {}, &r).ok());
    rels.push_back(r);
    if (round % 3 == 2) {
      REQUIRE(txn->DeleteRelationship(rels[round / 2]).ok());
    }
    if (round == 7) REQUIRE(txn->DeleteNode(nodes[2], true).ok());
    auto before_commit = g->BeginRead();
    REQUIRE(txn->Commit().ok());

    auto reader = g->BeginRead();
    CHECK_FALSE(g->BuiltProjectionFor(*reader));  // the one built is of the state before
    std::shared_ptr<const Projection> p, old;
    REQUIRE(g->ProjectionFor(*reader, &p).ok());
    REQUIRE(p);
    CHECK(FromProjection(*p) == FromStorage(*reader));
    CHECK(FromProjection(*p) != FromStorage(*before_commit));
    // A snapshot taken before the commit still gets its own state.
    REQUIRE(g->ProjectionFor(*before_commit, &old).ok());
    REQUIRE(old);
    CHECK(FromProjection(*old) == FromStorage(*before_commit));
  }
  REQUIRE(g->ProjectionFor(*first, &again).ok());
  CHECK(FromProjection(*again) == first_state);

  // A bulk load is a new state too.
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  NodeId bulk;
  REQUIRE(loader->AddNode({"N"}, {}, &bulk).ok());
  REQUIRE(loader->AddRelationship("B", nodes[0], bulk, {}, nullptr).ok());
  REQUIRE(loader->Finish().ok());
  auto reader = g->BeginRead();
  std::shared_ptr<const Projection> p;
  REQUIRE(g->ProjectionFor(*reader, &p).ok());
  REQUIRE(p);
  CHECK(p->IndexOf(bulk).has_value());
  CHECK(FromProjection(*p) == FromStorage(*reader));
}

TEST_CASE("ProjectionFor from several threads while commits land: each reader gets its own snapshot's adjacency") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("threads", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::vector<NodeId> nodes(6);
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    for (NodeId& n : nodes) REQUIRE(txn->CreateNode({"N"}, {}, &n).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::atomic<bool> done{false};
  std::atomic<int> mismatches{0}, checked{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      // Doctest assertions are not thread-safe: count, assert after join.
      while (!done.load() || checked.load() < 30) {
        auto reader = g->BeginRead();
        std::shared_ptr<const Projection> p;
        if (!g->ProjectionFor(*reader, &p).ok()) ++mismatches;
        if (!p) continue;  // a snapshot taken mid-commit has no projection
        const auto stored = FromStorage(*reader);
        const bool ok = !stored.empty();
        if (!ok || FromProjection(*p) != stored) ++mismatches;
        ++checked;
      }
    });
  }
  std::vector<RelId> rels;
  for (int i = 0; i < 40; ++i) {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    RelId r;
    REQUIRE(txn->CreateRelationship(i % 3 ? "T" : "U", nodes[i % 6], nodes[(i * 5 + 1) % 6], {}, &r).ok());
    rels.push_back(r);
    if (i % 4 == 3 && i < 20) REQUIRE(txn->DeleteRelationship(rels[i / 2]).ok());  // deletes land between readers
    if (i == 20) {
      REQUIRE(txn->DeleteNode(nodes[5], true).ok());
      REQUIRE(txn->CreateNode({"N"}, {}, &nodes[5]).ok());
    }
    REQUIRE(txn->Commit().ok());
  }
  done = true;
  for (auto& t : readers) t.join();
  CHECK(mismatches.load() == 0);
  CHECK(checked.load() >= 30);
}
