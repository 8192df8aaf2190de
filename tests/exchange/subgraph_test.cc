#include <doctest/doctest.h>

#include "exchange/subgraph.h"

using namespace cg;
using namespace cg::graph;

TEST_CASE("a query's subgraph keeps relationship ends, properties, evidence and claims") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("subgraph-source", {.in_memory = true}, &g).ok());
  NodeId mencho, cjng, jalisco;
  RelId leads, operates;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &mencho).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "CJNG"}}, &cjng).ok());
    REQUIRE(txn->CreateNode({"Place", "State"}, {{"name", "Jalisco"}}, &jalisco).ok());
    REQUIRE(txn->CreateRelationship("LEADS", mencho, cjng, {{"until", "2026-02-22"}}, &leads).ok());
    REQUIRE(txn->CreateRelationship("OPERATES_IN", cjng, jalisco, {}, &operates).ok());
    REQUIRE(txn->AddEvidence(leads, Evidence{"a1", 0, 10, "He led CJNG.", "leads.verb", 0.8f}).ok());
    REQUIRE(txn->AddNodeClaim(mencho, Claim{"status", Value("dead"), Evidence{"a1", 0, 10, "q", "r", 0.8f}}).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::unique_ptr<Graph> sub;
  REQUIRE(Graph::Open("subgraph-copy", {.in_memory = true, .enforce_ontology = false}, &sub).ok());
  REQUIRE(exchange::CopySubgraph(*g->BeginRead(), {}, {leads}, sub.get()).ok());

  auto r = sub->BeginRead();
  std::vector<Node> nodes;
  REQUIRE(r->ForEachNode([&](NodeId id) {
              Node n;
              REQUIRE(r->GetNode(id, &n).ok());
              nodes.push_back(n);
              return true;
            }).ok());
  REQUIRE(nodes.size() == 2);  // the relationship's ends, not Jalisco
  std::vector<Relationship> rels;
  REQUIRE(r->ForEachRelationship([&](RelId id) {
              Relationship rel;
              REQUIRE(r->GetRelationship(id, &rel).ok());
              rels.push_back(rel);
              return true;
            }).ok());
  REQUIRE(rels.size() == 1);
  CHECK(rels[0].type == "LEADS");
  CHECK(rels[0].Find("until")->as_date().ToString() == "2026-02-22");
  REQUIRE(rels[0].evidence.size() == 1);
  CHECK(rels[0].evidence[0].quote == "He led CJNG.");
  Node start;
  REQUIRE(r->GetNode(rels[0].start, &start).ok());
  CHECK(start.Find("name")->as_string() == "El Mencho");
  CHECK(start.claims.size() == 1);
}
