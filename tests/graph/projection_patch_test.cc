// The projection of a new committed state is patched from the previous one
// (projection.h); on random graphs it must equal what storage holds after
// every commit, and traversals on it must equal a BFS over storage.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

#include "graph/graph.h"
#include "graph/node_column.h"
#include "graph/projection.h"
#include "graph/traversal.h"
#include "tests/graph/adjacency_oracle.h"

using namespace cg;
using namespace cg::graph;
using cg::graph::testing::FromProjection;
using cg::graph::testing::FromStorage;

namespace {

// The nodes within `hops` of `source` (source included) following
// direction and types, by adjacency scans of `reader`.
std::set<NodeId> BfsInStorage(const Reader& reader, NodeId source, Direction direction,
                              const std::vector<std::string>& types, uint32_t hops) {
  std::set<NodeId> seen{source};
  std::vector<NodeId> frontier{source}, next;
  for (uint32_t d = 0; d < hops; ++d) {
    next.clear();
    for (NodeId u : frontier) {
      REQUIRE(reader
                  .ForEachEdge(u, direction, "",
                               [&](const Edge& e) {
                                 const bool typed = types.empty() || std::find(types.begin(), types.end(),
                                                                               std::string(e.type)) != types.end();
                                 if (typed && seen.insert(e.other()).second) next.push_back(e.other());
                                 return true;
                               })
                  .ok());
    }
    std::swap(frontier, next);
  }
  return seen;
}

std::set<NodeId> BfsInProjection(const Projection& p, NodeId source, Direction direction,
                                 const std::vector<std::string>& types, uint32_t hops) {
  std::set<NodeId> seen;
  ForEachReachable(p, *p.IndexOf(source), EdgeFilter(p, direction, types), 0, hops,
                   [&](Projection::Vertex v) { seen.insert(p.IdOf(v)); });
  return seen;
}

}  // namespace

TEST_CASE("a patched projection equals storage after random creates, deletes and property writes") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("patch", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::mt19937 rng(7);
  const std::vector<std::string> kTypes{"A", "B", "C"};
  std::vector<NodeId> live;
  std::vector<RelId> rels;
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  auto add_rels = [&](WriteTxn* txn, int count, const std::string& type) {
    for (int i = 0; i < count; ++i) {
      RelId r;
      REQUIRE(txn->CreateRelationship(type.empty() ? kTypes[pick(3)] : type, live[pick(live.size())],
                                      live[pick(live.size())], {}, &r)
                  .ok());
      rels.push_back(r);
    }
  };
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    for (int i = 0; i < 40; ++i) {
      live.emplace_back();
      REQUIRE(txn->CreateNode({"N"}, {{"p", Value(int64_t{i})}}, &live.back()).ok());
    }
    add_rels(txn.get(), 90, "");
    REQUIRE(txn->Commit().ok());
  }
  int patched = 0, rebuilt = 0;
  for (int round = 0; round < 50; ++round) {
    std::shared_ptr<const Projection> before;
    REQUIRE(g->ProjectionFor(*g->BeginRead(), &before).ok());
    std::shared_ptr<const NodeColumn> column_before;
    REQUIRE(g->NodeColumnFor(*g->BeginRead(), "p", Graph::kColumnAfter, &column_before).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    for (size_t i = pick(3); i > 0; --i) {
      live.emplace_back();
      REQUIRE(txn->CreateNode({"N"}, {}, &live.back()).ok());
    }
    // Relationships: a few, or (rounds 20 and 40) more than a patch takes,
    // or (round 30) of a type the projection has never seen.
    const int count = round % 20 == 0 && round > 0 ? 400 : round == 30 ? 2 : static_cast<int>(pick(6));
    add_rels(txn.get(), count, round == 30 ? "D" : "");
    for (size_t i = pick(4); i > 0 && !rels.empty(); --i) {
      const size_t k = pick(rels.size());
      REQUIRE(txn->DeleteRelationship(rels[k]).ok());
      rels.erase(rels.begin() + k);
    }
    if (round % 4 == 1) {
      RelId r;  // created and deleted in one transaction
      REQUIRE(txn->CreateRelationship("A", live[0], live[1], {}, &r).ok());
      REQUIRE(txn->DeleteRelationship(r).ok());
    }
    if (round % 5 == 2) {  // a node and its relationships
      const size_t k = pick(live.size());
      REQUIRE(txn->DeleteNode(live[k], true).ok());
      live.erase(live.begin() + k);
      std::string type;
      std::erase_if(rels, [&](RelId r) { return !txn->GetRelationshipType(r, &type).ok(); });
    }
    const NodeId changed = live[pick(live.size())];
    REQUIRE(txn->SetNodeProperty(changed, "p", Value(int64_t{1000 + round})).ok());
    auto before_commit = g->BeginRead();
    REQUIRE(txn->Commit().ok());

    auto reader = g->BeginRead();
    std::shared_ptr<const Projection> p;
    REQUIRE(g->ProjectionFor(*reader, &p).ok());
    REQUIRE(p);
    CHECK(p.get() != before.get());
    (p->SharesCsrWith(*before) ? patched : rebuilt) += 1;
    if (round == 30 || (round % 20 == 0 && round > 0)) CHECK_FALSE(p->SharesCsrWith(*before));  // built whole
    const auto stored = FromStorage(*reader);
    REQUIRE(FromProjection(*p) == stored);
    size_t stored_edges = 0;
    for (const auto& [node, edges] : stored) {
      for (const auto& e : edges) stored_edges += std::get<3>(e);  // each once, from its start
    }
    CHECK(p->num_edges() == stored_edges);

    for (int s = 0; s < 4; ++s) {
      const NodeId source = live[pick(live.size())];
      for (Direction d : {Direction::kOutgoing, Direction::kIncoming, Direction::kBoth}) {
        for (const auto& types : std::vector<std::vector<std::string>>{{}, {"A"}, {"B", "C"}}) {
          const uint32_t hops = 1 + static_cast<uint32_t>(pick(3));
          CHECK(BfsInProjection(*p, source, d, types, hops) == BfsInStorage(*reader, source, d, types, hops));
        }
      }
    }
    // The property column follows too (patched from the previous one).
    std::shared_ptr<const NodeColumn> column;
    REQUIRE(g->NodeColumnFor(*reader, "p", 0, &column).ok());
    REQUIRE(column);  // patched along
    std::shared_ptr<const NodeColumn> again;
    REQUIRE(g->NodeColumnFor(*reader, "p", 0, &again).ok());
    CHECK(again == column);  // cached for the state
    for (NodeId id : live) {
      Node node;
      REQUIRE(reader->GetNode(id, &node).ok());
      const Value* expected = node.Find("p");
      const NodeColumn::Cell cell = column->Get(id);
      CHECK(cell.kind == (expected ? NodeColumn::Kind::kValue : NodeColumn::Kind::kAbsent));
      if (expected) CHECK(*cell.value == *expected);
    }
    // A snapshot of the state before gets a projection and a column of its
    // own (built, numbered alike), not the patched ones.
    std::shared_ptr<const Projection> old;
    std::shared_ptr<const NodeColumn> old_column;
    REQUIRE(g->ProjectionFor(*before_commit, &old).ok());
    REQUIRE(g->NodeColumnFor(*before_commit, "p", Graph::kColumnAfter, &old_column).ok());
    REQUIRE(old_column);
    CHECK(old_column != column);
    REQUIRE(before_commit->ForEachNode([&](NodeId id) {
      Node node;
      REQUIRE(before_commit->GetNode(id, &node).ok());
      const Value* expected = node.Find("p");
      const NodeColumn::Cell cell = old_column->Get(id);
      CHECK(cell.kind == (expected ? NodeColumn::Kind::kValue : NodeColumn::Kind::kAbsent));
      if (expected) CHECK(*cell.value == *expected);
      return true;
    }).ok());
  }
  CHECK(patched >= 40);  // most states were patched, not built
  CHECK(rebuilt >= 3);
}

TEST_CASE("a projection is built whole after a bulk load, and patched again after it") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("bulk", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  NodeId a, b;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"N"}, {}, &a).ok());
    REQUIRE(txn->CreateNode({"N"}, {}, &b).ok());
    REQUIRE(txn->CreateRelationship("T", a, b, {}, nullptr).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::shared_ptr<const Projection> first, p;
  REQUIRE(g->ProjectionFor(*g->BeginRead(), &first).ok());
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  NodeId c;
  REQUIRE(loader->AddNode({"N"}, {}, &c).ok());
  REQUIRE(loader->AddRelationship("T", b, c, {}, nullptr).ok());
  REQUIRE(loader->Finish().ok());
  auto reader = g->BeginRead();
  REQUIRE(g->ProjectionFor(*reader, &p).ok());
  CHECK_FALSE(p->SharesCsrWith(*first));  // the bulk load's changes are not logged
  CHECK(FromProjection(*p) == FromStorage(*reader));
  const auto loaded = p;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateRelationship("T", c, a, {}, nullptr).ok());
    REQUIRE(txn->Commit().ok());
  }
  reader = g->BeginRead();
  REQUIRE(g->ProjectionFor(*reader, &p).ok());
  CHECK(p->SharesCsrWith(*loaded));
  CHECK(p->patched_vertices() == 2);
  CHECK(FromProjection(*p) == FromStorage(*reader));
}
