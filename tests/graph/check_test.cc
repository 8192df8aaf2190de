#include <doctest/doctest.h>

#include "graph/codec.h"
#include "graph/evidence_store.h"
#include "graph/graph.h"
#include "graph/keys.h"
#include "graph/span_check.h"
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

std::vector<std::string> CheckProblems(const std::string& path, bool deep = false) {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(path, {.read_only = true}, &g).ok());
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems, {.deep = deep}).ok());
  return problems;
}

bool AnyHas(const std::vector<std::string>& lines, const std::string& part) {
  for (const auto& line : lines) {
    if (line.find(part) != std::string::npos) return true;
  }
  return false;
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

TEST_CASE("check --deep holds every evidence span and quote against the stored article") {
  testing::TempDir dir;
  Article article;
  article.id = "a1";
  article.text = "CJNG grew fast. El Mencho leads CJNG. Nothing else.";
  Evidence evidence;
  evidence.article = article.id;
  evidence.span_begin = 16;
  evidence.span_end = 37;
  evidence.quote = "El Mencho leads CJNG.";
  evidence.rule = "leads";
  RelId leads;
  NodeId person;
  {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    NodeId cartel;
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &person).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "CJNG"}}, &cartel).ok());
    REQUIRE(txn->CreateRelationship("LEADS", person, cartel, {}, &leads).ok());
    REQUIRE(txn->PutArticle(article).ok());
    REQUIRE(txn->AddEvidence(leads, evidence).ok());
    REQUIRE(txn->AddNodeClaim(person, {"nationality", Value("Mexican"), evidence}).ok());
    REQUIRE(txn->Commit().ok());
  }
  CHECK(CheckProblems(dir.path(), true).empty());

  SUBCASE("a quote that is not the text at its span") {
    Evidence altered = evidence;
    altered.quote = "El Mencho leads CJNG!";
    Tamper(dir.path(), [&](auto& b) {
      b.Put(storage::Column::kEvidence, evidence_keys::Key(leads, altered), codec::EncodeEvidence(altered));
    });
    CHECK(CheckProblems(dir.path()).empty());  // the records are sound; only the texts tell
    auto problems = CheckProblems(dir.path(), true);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("evidence of relationship " + std::to_string(leads)) != std::string::npos);
    CHECK(problems[0].find("is not the text of article a1 at [16, 37)") != std::string::npos);
  }
  SUBCASE("an article text changed under its spans, then a span past its end") {
    Article changed = article;
    changed.text = "CJNG grew fast. El Mencho flees CJNG. Nothing else.";
    Tamper(dir.path(), [&](auto& b) { b.Put(storage::Column::kArticles, article.id, codec::EncodeArticle(changed)); });
    auto problems = CheckProblems(dir.path(), true);
    CHECK(problems.size() == 2);  // the relationship's evidence and the claim's
    CHECK(AnyHas(problems, "claim nationality of node " + std::to_string(person)));
    CHECK(AnyHas(problems, "El Mencho flees CJNG."));

    changed.text = "CJNG grew fast.";
    Tamper(dir.path(), [&](auto& b) { b.Put(storage::Column::kArticles, article.id, codec::EncodeArticle(changed)); });
    problems = CheckProblems(dir.path(), true);
    CHECK(problems.size() == 2);
    CHECK(AnyHas(problems, "its span [16, 37) lies outside the 15 bytes of article a1"));
  }
  SUBCASE("evidence naming an article that is not stored") {
    Tamper(dir.path(), [&](auto& b) { b.Delete(storage::Column::kArticles, article.id); });
    auto problems = CheckProblems(dir.path(), true);
    CHECK(problems.size() == 2);
    CHECK(AnyHas(problems, "names article a1, which is not stored"));
  }
}

TEST_CASE("QuoteOf: the span's text, cut at a character boundary past kMaxQuoteBytes") {
  CHECK(QuoteOf("ab cd", 3, 5) == "cd");
  std::string text(kMaxQuoteBytes - 1, 'x');
  text += "\xc3\xa9 tail";  // 'é' straddles the cut
  CHECK(QuoteOf(text, 0, static_cast<uint32_t>(text.size())) == std::string(kMaxQuoteBytes - 1, 'x'));
  CHECK(QuoteOf(text, 1, static_cast<uint32_t>(text.size())).size() == kMaxQuoteBytes);
}
