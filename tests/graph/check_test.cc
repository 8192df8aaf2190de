#include <doctest/doctest.h>

#include "graph/graph.h"
#include "graph/keys.h"
#include "storage/store.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

namespace {

// Writes raw keys behind the graph's back, as corruption or a bug would.
void Tamper(const std::string& path, const std::function<void(storage::WriteBatchView&)>& edit) {
  std::unique_ptr<storage::Store> store;
  REQUIRE(storage::Store::Open(path, {}, &store).ok());
  auto batch = store->NewWriteBatch();
  edit(*batch);
  REQUIRE(batch->Commit().ok());
}

std::vector<std::string> CheckProblems(const std::string& path) {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(path, {.read_only = true}, &g).ok());
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  return problems;
}

}  // namespace

TEST_CASE("check passes a sound graph and names each kind of damage") {
  testing::TempDir dir;
  NodeId person, cartel;
  RelId leads;
  {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &person).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "CJNG"}}, &cartel).ok());
    REQUIRE(txn->CreateRelationship("LEADS", person, cartel, {}, &leads).ok());
    REQUIRE(txn->Commit().ok());
  }
  CHECK(CheckProblems(dir.path()).empty());

  SUBCASE("a dangling label entry") {
    Tamper(dir.path(), [&](auto& b) { b.Put(storage::Column::kLabels, keys::Label("Person", 999), ""); });
    auto problems = CheckProblems(dir.path());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("label index entry") != std::string::npos);
  }
  SUBCASE("a missing adjacency entry") {
    Tamper(dir.path(), [&](auto& b) { b.Delete(storage::Column::kInEdges, keys::Edge(cartel, "LEADS", person, leads)); });
    auto problems = CheckProblems(dir.path());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("incoming adjacency") != std::string::npos);
    CHECK(problems[0].find("missing") != std::string::npos);
  }
  SUBCASE("an undecodable record and a relationship to a deleted node") {
    Tamper(dir.path(), [&](auto& b) {
      b.Put(storage::Column::kNodes, keys::Id(person), "not a capnp message");
    });
    auto problems = CheckProblems(dir.path());
    CHECK(problems.size() >= 2);
    bool corrupt = false, dangling = false;
    for (const auto& p : problems) {
      corrupt |= p.find("node " + std::to_string(person)) != std::string::npos;
      dangling |= p.find("missing node") != std::string::npos;
    }
    CHECK(corrupt);
    CHECK(dangling);
  }
}
