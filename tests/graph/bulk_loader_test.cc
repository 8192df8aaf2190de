#include <doctest/doctest.h>

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
