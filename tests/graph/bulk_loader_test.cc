#include <doctest/doctest.h>

#include <thread>

#include "graph/graph.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

TEST_CASE("a bulk load becomes visible whole, indexed like transactional writes") {
  testing::TempDir dir;
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  NodeId existing;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "Sinaloa Cartel"}}, &existing).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  NodeId mayo, son;
  REQUIRE(loader->AddNode({"Person"}, {{"name", "Ismael Zambada García"}, {"aliases", ValueList{"El Mayo"}}}, &mayo).ok());
  REQUIRE(loader->AddNode({"Person"}, {{"name", "Vicente Zambada Niebla"}}, &son).ok());
  RelId leads;
  REQUIRE(loader->AddRelationship("LEADS", mayo, existing, {{"until", "2024-07-25"}, {"end_cause", "arrested"}}, &leads).ok());
  REQUIRE(loader->AddRelationship("RELATIVE_OF", son, mayo, {{"relation", "son"}}, nullptr).ok());
  // Checked like any write: a broken rule and a missing end are refused.
  CHECK(loader->AddRelationship("LEADS", existing, mayo, {}, nullptr).code() == Status::Code::kConstraint);
  CHECK(loader->AddRelationship("LEADS", mayo, 424242, {}, nullptr).code() == Status::Code::kConstraint);
  CHECK(g->BeginRead()->NodeExists(existing));
  CHECK_FALSE(g->BeginRead()->NodeExists(mayo));  // nothing visible before Finish
  REQUIRE(loader->Finish().ok());
  loader.reset();

  auto r = g->BeginRead();
  Relationship rel;
  REQUIRE(r->GetRelationship(leads, &rel).ok());
  CHECK(rel.Find("until")->is_date());
  std::vector<NodeId> named;
  REQUIRE(r->ForEachNodeNamed("el mayo", [&](NodeId id) { return named.push_back(id), true; }).ok());
  CHECK(named == std::vector<NodeId>{mayo});
  int incoming = 0;
  REQUIRE(r->ForEachEdge(existing, Direction::kIncoming, "LEADS", [&](const Edge&) { return ++incoming, true; }).ok());
  CHECK(incoming == 1);
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems[0]));

  // Transactions after a bulk load get fresh ids.
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId after;
  REQUIRE(txn->CreateNode({"Person"}, {}, &after).ok());
  CHECK(after > son);
}

TEST_CASE("an abandoned bulk load writes nothing; an in-memory graph bulk-loads too") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("bulk-memory", {.in_memory = true}, &g).ok());
  {
    std::unique_ptr<BulkLoader> loader;
    REQUIRE(g->BeginBulkLoad(&loader).ok());
    REQUIRE(loader->AddNode({"Person"}, {{"name", "Dropped"}}, nullptr).ok());
  }
  int nodes = 0;
  REQUIRE(g->BeginRead()->ForEachNode([&](NodeId) { return ++nodes, true; }).ok());
  CHECK(nodes == 0);
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  REQUIRE(loader->AddNode({"Person"}, {{"name", "Kept"}}, nullptr).ok());
  REQUIRE(loader->Finish().ok());
  REQUIRE(g->BeginRead()->ForEachNode([&](NodeId) { return ++nodes, true; }).ok());
  CHECK(nodes == 1);
}

TEST_CASE("shards add reserved ids from several threads; ends may be another shard's nodes") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("bulk-shards", {.in_memory = true}, &g).ok());
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  constexpr int kPerShard = 500;
  BulkLoader::Shard* shards[2] = {loader->NewShard(), loader->NewShard()};
  CHECK(shards[0]->AddNode(1 << 20, {"Person"}, {{"name", "unreserved"}}).code() == Status::Code::kInvalidArgument);
  const NodeId first = loader->ReserveNodes(2 * kPerShard);
  auto add_nodes = [&](int s) {
    for (int i = 0; i < kPerShard; ++i) {
      const NodeId id = first + s * kPerShard + i;
      CHECK(shards[s]->AddNode(id, {"Person"}, {{"name", "P" + std::to_string(id)}}).ok());
    }
  };
  std::thread other(add_nodes, 1);
  add_nodes(0);
  other.join();
  const RelId rels = loader->ReserveRelationships(2 * kPerShard);
  auto add_rels = [&](int s) {  // each shard links its nodes to the other shard's
    for (int i = 0; i < kPerShard; ++i) {
      const NodeId mine = first + s * kPerShard + i, theirs = first + (1 - s) * kPerShard + i;
      CHECK(shards[s]->AddRelationship(rels + s * kPerShard + i, "RELATIVE_OF", mine, theirs, {}).ok());
    }
  };
  std::thread again(add_rels, 1);
  add_rels(0);
  again.join();
  REQUIRE(loader->Finish().ok());
  CHECK(loader->nodes_added() == 2 * kPerShard);
  CHECK(loader->relationships_added() == 2 * kPerShard);
  auto r = g->BeginRead();
  uint64_t degree = 0;
  REQUIRE(r->ForEachEdge(first + 7, Direction::kBoth, {}, [&](const Edge&) { return ++degree, true; }).ok());
  CHECK(degree == 2);
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK(problems.empty());
}
