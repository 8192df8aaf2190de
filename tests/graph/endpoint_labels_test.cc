#include <doctest/doctest.h>

#include "graph/graph.h"

using namespace cg;
using namespace cg::graph;

// Relationship checks read their ends' labels through a cache of committed
// labels (graph/endpoint_cache.h) that each commit updates. Whatever the
// cache holds, the ontology must judge each relationship by the labels its
// ends have in the committed state plus the transaction's own writes.
namespace {

Status Leads(Graph& g, NodeId person, NodeId org, bool commit) {
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g.BeginWrite(&txn).ok());
  Status s = txn->CreateRelationship("LEADS", person, org, {}, nullptr);
  if (s.ok() && commit) return txn->Commit();
  txn->Rollback();
  return s;
}

void Relabel(Graph& g, NodeId id, const char* from, const char* to, bool commit) {
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g.BeginWrite(&txn).ok());
  REQUIRE(txn->RemoveLabel(id, from).ok());
  REQUIRE(txn->AddLabel(id, to).ok());
  if (commit) {
    REQUIRE(txn->Commit().ok());
  } else {
    txn->Rollback();
  }
}

}  // namespace

TEST_CASE("relationship ends are judged by their committed labels across commits and rollbacks") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("endpoint-labels", OpenOptions{.in_memory = true}, &g).ok());
  NodeId person, place;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "A"}}, &person).ok());
    REQUIRE(txn->CreateNode({"Place"}, {{"name", "B"}}, &place).ok());
    REQUIRE(txn->Commit().ok());
  }
  // Labels written by the previous commit: a Place cannot be led.
  CHECK(Leads(*g, person, place, false).code() == Status::Code::kConstraint);
  // A committed relabelling is seen by the next transaction.
  Relabel(*g, place, "Place", "Organization", true);
  CHECK(Leads(*g, person, place, false).ok());
  // A rolled-back relabelling is not.
  Relabel(*g, place, "Organization", "Place", false);
  CHECK(Leads(*g, person, place, true).ok());
  // Within one transaction, its own relabelling counts.
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->RemoveLabel(place, "Organization").ok());
    REQUIRE(txn->AddLabel(place, "Place").ok());
    CHECK(txn->CreateRelationship("LEADS", person, place, {}, nullptr).code() == Status::Code::kConstraint);
    txn->Rollback();
  }
  // A deleted end is named as missing, not judged by remembered labels.
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->DeleteNode(place, /*detach=*/true).ok());
    REQUIRE(txn->Commit().ok());
  }
  Status gone = Leads(*g, person, place, false);
  CHECK(gone.code() == Status::Code::kConstraint);
  CHECK(gone.ToString().find("does not exist") != std::string::npos);
}
