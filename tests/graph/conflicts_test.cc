#include <doctest/doctest.h>

#include "graph/conflicts.h"
#include "graph/graph.h"

using namespace cg;
using namespace cg::graph;

namespace {

Evidence Source(const std::string& article, uint32_t begin) {
  return Evidence{article, begin, begin + 10, "a sentence", "rule", 0.9f};
}

}  // namespace

TEST_CASE("conflicts: keys with two or more values, every claim kept; agreement and history are not conflicts") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("conflicts-test", {.in_memory = true}, &g).ok());
  NodeId mencho, state, cjng;
  RelId leads;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &mencho).ok());
    REQUIRE(txn->CreateNode({"Organization", "Agency"}, {{"name", "State Department"}}, &state).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "CJNG"}}, &cjng).ok());
    REQUIRE(txn->CreateRelationship("LEADS", mencho, cjng, {}, &leads).ok());
    // Disagreement: two amounts, one of them from two sources.
    REQUIRE(txn->AddNodeClaim(mencho, {"reward", Value(int64_t{10000000}), Source("a", 0)}).ok());
    REQUIRE(txn->AddNodeClaim(mencho, {"reward", Value(int64_t{15000000}), Source("b", 0)}).ok());
    REQUIRE(txn->AddNodeClaim(mencho, {"reward", Value(int64_t{15000000}), Source("c", 0)}).ok());
    // A history, not a disagreement.
    REQUIRE(txn->AddNodeClaim(mencho, {"status", Value("active"), Source("a", 20)}).ok());
    REQUIRE(txn->AddNodeClaim(mencho, {"status", Value("dead"), Source("b", 20)}).ok());
    // Agreement.
    REQUIRE(txn->AddNodeClaim(state, {"country", Value("US"), Source("a", 40)}).ok());
    REQUIRE(txn->AddNodeClaim(state, {"country", Value("US"), Source("b", 40)}).ok());
    // On a relationship.
    REQUIRE(txn->AddRelationshipClaim(leads, {"until", Value("2026-02-22"), Source("a", 60)}).ok());
    REQUIRE(txn->AddRelationshipClaim(leads, {"until", Value("2026-02-23"), Source("b", 60)}).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::vector<Conflict> conflicts;
  REQUIRE(ListConflicts(*g->BeginRead(), &conflicts).ok());
  REQUIRE(conflicts.size() == 2);

  CHECK(conflicts[0].on == ClaimOn::kNode);
  CHECK(conflicts[0].id == mencho);
  CHECK(conflicts[0].subject == "El Mencho");
  CHECK(conflicts[0].key == "reward");
  REQUIRE(conflicts[0].claims.size() == 3);
  CHECK(conflicts[0].claims[0].evidence.article == "a");
  CHECK(conflicts[0].claims[2].value == Value(int64_t{15000000}));

  CHECK(conflicts[1].on == ClaimOn::kRelationship);
  CHECK(conflicts[1].id == leads);
  CHECK(conflicts[1].subject == "LEADS El Mencho -> CJNG");
  CHECK(conflicts[1].key == "until");
  CHECK(conflicts[1].claims.size() == 2);

  CHECK(IsTimeVaryingKey("status"));
  CHECK_FALSE(IsTimeVaryingKey("reward"));
}

TEST_CASE("conflicts: one disagreement recorded on a person and on the OFFERED_REWARD it comes from is listed once") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("conflicts-views-test", {.in_memory = true}, &g).ok());
  NodeId mencho, state;
  RelId reward, other;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &mencho).ok());
    REQUIRE(txn->CreateNode({"Organization", "Agency"}, {{"name", "State Department"}}, &state).ok());
    REQUIRE(txn->CreateRelationship("OFFERED_REWARD", state, mencho, {}, &reward).ok());
    REQUIRE(txn->CreateRelationship("OFFERED_REWARD", state, mencho, {}, &other).ok());
    // As ingest writes them: each article's amount on the relationship and as the person's reward.
    for (const auto& [article, amount] : {std::pair{"a", 15000000}, std::pair{"b", 10000000}}) {
      REQUIRE(txn->AddNodeClaim(mencho, {"reward", Value(int64_t{amount}), Source(article, 0)}).ok());
      REQUIRE(txn->AddRelationshipClaim(reward, {"amount", Value(int64_t{amount}), Source(article, 0)}).ok());
    }
    // The same values from other sentences: another disagreement, kept.
    REQUIRE(txn->AddRelationshipClaim(other, {"amount", Value(int64_t{15000000}), Source("a", 100)}).ok());
    REQUIRE(txn->AddRelationshipClaim(other, {"amount", Value(int64_t{10000000}), Source("b", 100)}).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::vector<Conflict> conflicts;
  REQUIRE(ListConflicts(*g->BeginRead(), &conflicts).ok());
  REQUIRE(conflicts.size() == 2);
  CHECK(conflicts[0].id == mencho);
  CHECK(conflicts[0].key == "reward");
  CHECK(conflicts[0].claims.size() == 2);
  CHECK(conflicts[1].id == other);
  CHECK(conflicts[1].key == "amount");

  // A third article names the reward without an OFFERED_REWARD: the
  // relationship's statements are part of the person's disagreement.
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  REQUIRE(txn->AddNodeClaim(mencho, {"reward", Value(int64_t{20000000}), Source("c", 0)}).ok());
  REQUIRE(txn->Commit().ok());
  REQUIRE(ListConflicts(*g->BeginRead(), &conflicts).ok());
  REQUIRE(conflicts.size() == 2);
  CHECK(conflicts[0].claims.size() == 3);
  CHECK(conflicts[1].id == other);
}
