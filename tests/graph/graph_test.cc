#include <doctest/doctest.h>

#include <set>

#include "graph/graph.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

namespace {

std::unique_ptr<Graph> OpenMemory(bool ontology = true) {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("graph-test", OpenOptions{.in_memory = true, .enforce_ontology = ontology}, &g).ok());
  return g;
}

std::vector<NodeId> Collect(const std::function<Status(const NodeCallback&)>& scan) {
  std::vector<NodeId> ids;
  REQUIRE(scan([&](NodeId id) {
            ids.push_back(id);
            return true;
          }).ok());
  return ids;
}

}  // namespace

TEST_CASE("nodes and relationships: create, read, index, traverse") {
  auto g = OpenMemory();
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId mencho, cjng, milenio;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "Nemesio Oseguera Cervantes"}, {"aliases", ValueList{"El Mencho", "Mencho"}}}, &mencho).ok());
  REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "Cártel de Jalisco Nueva Generación"}}, &cjng).ok());
  REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "Milenio Cartel"}}, &milenio).ok());
  RelId leads, member;
  REQUIRE(txn->CreateRelationship("LEADS", mencho, cjng, {{"since", "2010"}, {"until", "2026-02-22"}}, &leads).ok());
  REQUIRE(txn->CreateRelationship("MEMBER_OF", mencho, milenio, {{"role", "assassin"}}, &member).ok());
  REQUIRE(txn->Commit().ok());

  auto r = g->BeginRead();
  Relationship rel;
  REQUIRE(r->GetRelationship(leads, &rel).ok());
  CHECK(rel.type == "LEADS");
  CHECK(rel.start == mencho);
  REQUIRE(rel.Find("until"));
  CHECK(rel.Find("until")->is_date());  // ISO text became a date (ontology)
  CHECK(rel.Find("until")->as_date().ToString() == "2026-02-22");

  std::vector<std::pair<std::string, NodeId>> out;
  REQUIRE(r->ForEachEdge(mencho, Direction::kOutgoing, "", [&](const Edge& e) {
              out.emplace_back(std::string(e.type), e.other());
              return true;
            }).ok());
  CHECK(out == std::vector<std::pair<std::string, NodeId>>{{"LEADS", cjng}, {"MEMBER_OF", milenio}});
  int leads_in = 0;
  REQUIRE(r->ForEachEdge(cjng, Direction::kIncoming, "LEADS", [&](const Edge& e) {
              CHECK(e.other() == mencho);
              CHECK_FALSE(e.outgoing);
              ++leads_in;
              return true;
            }).ok());
  CHECK(leads_in == 1);

  CHECK(Collect([&](auto& fn) { return r->ForEachNodeWithLabel("Cartel", fn); }) == std::vector<NodeId>{cjng, milenio});
  CHECK(Collect([&](auto& fn) { return r->ForEachNodeWithProperty("name", Value("Milenio Cartel"), fn); }) ==
        std::vector<NodeId>{milenio});
  CHECK(Collect([&](auto& fn) { return r->ForEachNodeWithProperty("aliases", Value("Mencho"), fn); }) ==
        std::vector<NodeId>{mencho});
  // Normalized names: accents, case and punctuation fold.
  CHECK(Collect([&](auto& fn) { return r->ForEachNodeNamed("EL MENCHO", fn); }) == std::vector<NodeId>{mencho});
  CHECK(Collect([&](auto& fn) { return r->ForEachNodeNamed("Cartel de Jalisco Nueva Generacion", fn); }) ==
        std::vector<NodeId>{cjng});
}

TEST_CASE("updates keep the indexes in step") {
  auto g = OpenMemory();
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId p;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "Old Name"}}, &p).ok());
  REQUIRE(txn->SetNodeProperty(p, "name", Value("New Name")).ok());
  REQUIRE(txn->AddLabel(p, "Informant").ok());
  CHECK(Collect([&](auto& fn) { return txn->ForEachNodeNamed("old name", fn); }).empty());
  CHECK(Collect([&](auto& fn) { return txn->ForEachNodeNamed("new name", fn); }) == std::vector<NodeId>{p});
  CHECK(Collect([&](auto& fn) { return txn->ForEachNodeWithLabel("Informant", fn); }) == std::vector<NodeId>{p});
  REQUIRE(txn->RemoveLabel(p, "Informant").ok());
  REQUIRE(txn->SetNodeProperty(p, "name", Value()).ok());
  CHECK(Collect([&](auto& fn) { return txn->ForEachNodeWithLabel("Informant", fn); }).empty());
  CHECK(Collect([&](auto& fn) { return txn->ForEachNodeNamed("new name", fn); }).empty());
  Node node;
  REQUIRE(txn->GetNode(p, &node).ok());
  CHECK(node.properties.empty());
}

TEST_CASE("a replacement given the current record writes what a plain one writes and returns the record read back") {
  for (const bool given : {false, true}) {
    CAPTURE(given);
    auto g = OpenMemory();
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    NodeId p;
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "Old Name"}, {"aliases", Value(ValueList{Value("Old")})}}, &p).ok());
    Node current;
    REQUIRE(txn->GetNodeRecord(p, &current).ok());
    Node node = current;
    node.labels = {"Informant", "Person", "Person"};  // normalized on write
    node.properties["aliases"].as_list().emplace_back("Older");
    node.properties["born"] = Value("1970-03-02");  // made a date by the ontology's check
    node.properties["nickname"] = Value();  // a null: dropped
    node.claims.push_back(Claim{"nationality", Value("Mexican"), Evidence{}});
    Node written;
    if (given) {
      REQUIRE(txn->ReplaceNode(node, current, &written).ok());
    } else {
      REQUIRE(txn->ReplaceNode(node).ok());
    }
    Node read;
    REQUIRE(txn->GetNodeRecord(p, &read).ok());
    if (given) {
      CHECK(written.labels == read.labels);
      CHECK(written.properties == read.properties);
      CHECK(written.claims.empty());
      CHECK(read.claims.empty());
    }
    CHECK(std::set<std::string>(read.labels.begin(), read.labels.end()) == std::set<std::string>{"Informant", "Person"});
    CHECK(read.labels.size() == 2);
    REQUIRE(read.Find("born"));
    CHECK(read.Find("born")->is_date());
    CHECK(Collect([&](auto& fn) { return txn->ForEachNodeNamed("older", fn); }) == std::vector<NodeId>{p});
    CHECK(Collect([&](auto& fn) { return txn->ForEachNodeWithLabel("Informant", fn); }) == std::vector<NodeId>{p});
    std::vector<Claim> claims;
    REQUIRE(txn->GetClaims(ClaimOn::kNode, p, &claims).ok());
    CHECK(claims.size() == 1);
    REQUIRE(txn->Commit().ok());
  }
}

TEST_CASE("ontology violations are rejected naming the rule, and change nothing") {
  auto g = OpenMemory();
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId org, place;
  REQUIRE(txn->CreateNode({"Organization"}, {{"name", "CJNG"}}, &org).ok());
  REQUIRE(txn->CreateNode({"Place", "State"}, {{"name", "Jalisco"}}, &place).ok());
  Status s = txn->CreateRelationship("LEADS", org, place, {}, nullptr);
  CHECK(s.code() == Status::Code::kConstraint);
  CHECK(s.message().find("LEADS") != std::string::npos);
  CHECK(txn->CreateNode({"Person", "Cartel"}, {}, nullptr).code() == Status::Code::kConstraint);
  CHECK(txn->CreateRelationship("OPERATES_IN", org, place, {}, nullptr).ok());
  CHECK(txn->CreateRelationship("SUPPLIES", place, org, {}, nullptr).ok());  // extension type
  CHECK(txn->CreateRelationship("LEADS", org, 999, {}, nullptr).code() == Status::Code::kConstraint);

  auto schemaless = OpenMemory(/*ontology=*/false);
  std::unique_ptr<WriteTxn> free_txn;  // declared after its Graph: a txn must not outlive it
  REQUIRE(schemaless->BeginWrite(&free_txn).ok());
  REQUIRE(free_txn->CreateNode({"Organization"}, {}, &org).ok());
  REQUIRE(free_txn->CreateNode({"Place"}, {}, &place).ok());
  CHECK(free_txn->CreateRelationship("LEADS", org, place, {}, nullptr).ok());
}

TEST_CASE("delete: refused while connected, DETACH removes relationships and index entries") {
  auto g = OpenMemory();
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId a, b;
  RelId r;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "A"}}, &a).ok());
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "B"}}, &b).ok());
  REQUIRE(txn->CreateRelationship("RELATIVE_OF", a, b, {{"relation", "brother"}}, &r).ok());
  CHECK(txn->DeleteNode(a, false).code() == Status::Code::kConstraint);
  REQUIRE(txn->DeleteNode(a, true).ok());
  CHECK_FALSE(txn->NodeExists(a));
  CHECK_FALSE(txn->RelationshipExists(r));
  int edges = 0;
  REQUIRE(txn->ForEachEdge(b, Direction::kBoth, "", [&](const Edge&) { return ++edges, true; }).ok());
  CHECK(edges == 0);
  CHECK(Collect([&](auto& fn) { return txn->ForEachNodeNamed("A", fn); }).empty());
}

TEST_CASE("rollback discards everything; commit persists across reopen with fresh ids") {
  testing::TempDir dir;
  NodeId first;
  {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "Kept"}}, &first).ok());
    REQUIRE(txn->Commit().ok());
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "Dropped"}}, nullptr).ok());
    txn->Rollback();
    auto r = g->BeginRead();
    CHECK(Collect([&](auto& fn) { return r->ForEachNodeNamed("Dropped", fn); }).empty());
  }
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  auto r = g->BeginRead();
  CHECK(Collect([&](auto& fn) { return r->ForEachNode(fn); }) == std::vector<NodeId>{first});
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId next;
  REQUIRE(txn->CreateNode({}, {}, &next).ok());
  CHECK(next > first);
}

TEST_CASE("evidence and claims accumulate without duplicates") {
  auto g = OpenMemory();
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId state, mencho;
  RelId reward;
  REQUIRE(txn->CreateNode({"Organization", "Agency"}, {{"name", "State Department"}}, &state).ok());
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &mencho).ok());
  REQUIRE(txn->CreateRelationship("OFFERED_REWARD", state, mencho, {}, &reward).ok());
  Evidence a{"sha-a", 10, 80, "The State Department offered $10 million.", "reward.offered", 0.9f};
  Evidence b{"sha-b", 0, 50, "A $15 million reward was offered.", "reward.passive", 0.8f};
  REQUIRE(txn->AddEvidence(reward, a).ok());
  REQUIRE(txn->AddEvidence(reward, a).ok());
  REQUIRE(txn->AddEvidence(reward, b).ok());
  REQUIRE(txn->AddRelationshipClaim(reward, {"amount", Value(int64_t{10000000}), a}).ok());
  REQUIRE(txn->AddRelationshipClaim(reward, {"amount", Value(int64_t{15000000}), b}).ok());
  REQUIRE(txn->AddRelationshipClaim(reward, {"amount", Value(int64_t{15000000}), b}).ok());
  REQUIRE(txn->Commit().ok());
  Relationship rel;
  REQUIRE(g->BeginRead()->GetRelationship(reward, &rel).ok());
  REQUIRE(rel.evidence.size() == 2);
  CHECK(rel.evidence[0].quote == a.quote);
  CHECK(rel.evidence[1].confidence == doctest::Approx(0.8));
  CHECK(rel.claims.size() == 2);
}

TEST_CASE("evidence of an article stored by the transaction is deduped against its own writes, others against the database") {
  auto g = OpenMemory();
  NodeId a, b;
  RelId rel;
  Article article;
  article.id = "sha-new";
  article.text = "A leads B.";
  const Evidence ev{"sha-new", 0, 10, "A leads B.", "leads.verb", 0.9f};
  bool added = false;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "A"}}, &a).ok());
    REQUIRE(txn->CreateNode({"Organization"}, {{"name", "B"}}, &b).ok());
    REQUIRE(txn->CreateRelationship("LEADS", a, b, {}, &rel).ok());
    REQUIRE(txn->PutArticle(article).ok());
    REQUIRE(txn->AddEvidence(rel, ev, &added).ok());
    CHECK(added);
    REQUIRE(txn->AddEvidence(rel, ev, &added).ok());
    CHECK_FALSE(added);  // the transaction's own write
    REQUIRE(txn->Commit().ok());
  }
  {
    // The article is stored now: storing it again does not make it new.
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->PutArticle(article).ok());
    REQUIRE(txn->AddEvidence(rel, ev, &added).ok());
    CHECK_FALSE(added);  // found in the database
    Evidence other = ev;
    other.span_begin = 2;
    REQUIRE(txn->AddEvidence(rel, other, &added).ok());
    CHECK(added);
    REQUIRE(txn->Commit().ok());
  }
  std::vector<Evidence> evidence;
  REQUIRE(g->BeginRead()->GetEvidence(rel, &evidence).ok());
  CHECK(evidence.size() == 2);
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK(problems.empty());
}

TEST_CASE("relationship ends are checked against the latest labels: committed, own uncommitted, rolled back") {
  auto g = OpenMemory();
  NodeId person, org, gone;
  auto write = [&](const std::function<void(WriteTxn&)>& fn, bool commit = true) {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    fn(*txn);
    if (commit) REQUIRE(txn->Commit().ok());
  };
  auto member = [&](NodeId from, NodeId to) {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    return txn->CreateRelationship("MEMBER_OF", from, to, {}, nullptr).code();
  };
  write([&](WriteTxn& txn) {
    REQUIRE(txn.CreateNode({"Person"}, {{"name", "A"}}, &person).ok());
    REQUIRE(txn.CreateNode({"Organization"}, {{"name", "O"}}, &org).ok());
    REQUIRE(txn.CreateNode({"Organization"}, {{"name", "G"}}, &gone).ok());
  });
  CHECK(member(person, org) == Status::Code::kOk);  // both ends now read once
  CHECK(member(person, gone) == Status::Code::kOk);

  // Labels changed by a commit: the next transaction sees them.
  write([&](WriteTxn& txn) {
    REQUIRE(txn.RemoveLabel(org, "Organization").ok());
    REQUIRE(txn.AddLabel(org, "Place").ok());
  });
  CHECK(member(person, org) == Status::Code::kConstraint);

  // Changed within the transaction, not committed: that transaction sees
  // its own labels, the next one the committed ones.
  write(
      [&](WriteTxn& txn) {
        REQUIRE(txn.RemoveLabel(org, "Place").ok());
        REQUIRE(txn.AddLabel(org, "Organization").ok());
        CHECK(txn.CreateRelationship("MEMBER_OF", person, org, {}, nullptr).ok());
      },
      /*commit=*/false);
  CHECK(member(person, org) == Status::Code::kConstraint);

  // Deleted by a commit: no longer an end.
  write([&](WriteTxn& txn) { REQUIRE(txn.DeleteNode(gone, true).ok()); });
  CHECK(member(person, gone) == Status::Code::kConstraint);

  // Created and rolled back: never an end.
  NodeId never = 0;
  write([&](WriteTxn& txn) { REQUIRE(txn.CreateNode({"Organization"}, {}, &never).ok()); }, /*commit=*/false);
  CHECK(member(person, never) == Status::Code::kConstraint);
}
