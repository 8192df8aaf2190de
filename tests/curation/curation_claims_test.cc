// reject(claim) (graph/curation/reject.cc): a value one source (or every
// source) gives an entity's property no longer counts — the property is
// resolved from the other claims, cg.conflicts drops what it settles, the
// claim stays flagged in cg.evidence and in exports on request — and undo,
// decision files and a re-ingest of the articles keep or restore it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "exchange/decisions_jsonl.h"
#include "graph/curation/decision_codec.h"
#include "graph/curation/decision_store.h"
#include "ingest/ingest.h"
#include "tests/curation/curation_fixture.h"
#include "tests/temp_dir.h"

using namespace cg;
using cg::testing::CurationFixture;

namespace {

// The curation fixture, El Mencho (so named) with his birth date and reward stated
// differently by articles a1 and a2 (a3 repeats a1's birth date); born is
// a1's, the first claim's, as ingest resolves it.
struct ClaimsFixture : CurationFixture {
  ClaimsFixture() {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    for (const char* id : {"a1", "a2", "a3"}) {
      graph::Article article;
      article.id = id;
      article.title = std::string("Article ") + id;
      article.path = std::string(id) + ".md";
      article.text = "text";
      REQUIRE(txn->PutArticle(article).ok());
    }
    const graph::Evidence a1 = Sentence("a1", 0, "El Mencho, born 17 July 1966, has a $15 million bounty.");
    const graph::Evidence a2 = Sentence("a2", 0, "El Mencho, born in 1964, has a $10 million bounty.");
    const graph::Evidence a3 = Sentence("a3", 0, "He was born on 17 July 1966.");
    REQUIRE(txn->SetNodeProperty(mencho, "name", Value("El Mencho")).ok());
    REQUIRE(txn->SetNodeProperty(mencho, "born", Value(Date{1966, 7, 17})).ok());
    REQUIRE(txn->AddClaim(graph::ClaimOn::kNode, mencho, {"born", Value(Date{1966, 7, 17}), a1}).ok());
    REQUIRE(txn->AddClaim(graph::ClaimOn::kNode, mencho, {"reward", Value(int64_t{15000000}), a1}).ok());
    REQUIRE(txn->AddClaim(graph::ClaimOn::kNode, mencho, {"born", Value(Date{1964, 0, 0}), a2}).ok());
    REQUIRE(txn->AddClaim(graph::ClaimOn::kNode, mencho, {"reward", Value(int64_t{10000000}), a2}).ok());
    REQUIRE(txn->AddClaim(graph::ClaimOn::kNode, mencho, {"born", Value(Date{1966, 7, 17}), a3}).ok());
    REQUIRE(txn->Commit().ok());
  }

  std::string Born() { return Ask("MATCH (p:Person {name: 'El Mencho'}) RETURN toString(p.born)").rows[0][0].as_string(); }

  // "key: values" of every conflict listed.
  std::vector<std::string> Conflicts(const query::QueryOptions& options = {}) {
    std::vector<std::string> out;
    for (const auto& row :
         Ask("CALL cg.conflicts() YIELD key, values "
             "RETURN key + ':' + reduce(t = '', v IN values | t + ' ' + toString(v))",
             options)
             .rows) {
      out.push_back(row[0].as_string());
    }
    return out;
  }

  // cg.evidence(El Mencho): "article curation" of each statement.
  std::vector<std::string> Flags() {
    std::vector<std::string> out;
    for (const auto& row : Ask("MATCH (p:Person {name: 'El Mencho'}) CALL cg.evidence(p) YIELD rule, article, curation "
                               "WHERE rule <> 'decision' RETURN article + ' ' + coalesce(curation, '-')")
                               .rows) {
      out.push_back(row[0].as_string());
    }
    return out;
  }
};

}  // namespace

TEST_CASE("reject(claim): the property is resolved from the other claims, the conflict goes, undo restores it") {
  ClaimsFixture f;
  f.Ask("CALL cg.rename('El Mencho', 'El Mencho', 'the name he is known by')");
  REQUIRE(f.Born() == "1966-07-17");
  REQUIRE(f.Conflicts() == std::vector<std::string>{"born: 1966-07-17 1964", "reward: 15000000 10000000"});
  const auto made = f.Ask("CALL cg.rejectClaim('El Mencho', 'born', date('1966-07-17'), 'the birth certificate says "
                          "1964', '', 'ana') YIELD decision, summary RETURN decision, summary");
  CHECK(made.rows[0][0].as_int() == 2);
  CHECK(made.rows[0][1].as_string() == "reject born = 1966-07-17 of 'El Mencho' (1)");
  // Both sources of 1966-07-17 are rejected: born is the one value left.
  CHECK(f.Born() == "1964");
  CHECK(f.Conflicts() == std::vector<std::string>{"reward: 15000000 10000000"});
  query::QueryOptions shown;
  shown.show_rejected = true;
  CHECK(f.Conflicts(shown) == std::vector<std::string>{"born: 1966-07-17 1964", "reward: 15000000 10000000"});
  CHECK(f.Ask("CALL cg.conflicts() YIELD key, sources WHERE key = 'born' "
              "RETURN reduce(t = '', s IN sources | t + coalesce(toString(s.rejected), '-') + ' ')",
              shown)
            .rows[0][0]
            .as_string() == "2 - 2 ");
  CHECK(f.Flags() == std::vector<std::string>{"a1 born: rejected by decision 2", "a2 -", "a3 born: rejected by decision 2"});
  const auto why = f.Ask("CALL cg.decisions() YIELD decision, kind, reason, nodes WHERE decision = 2 "
                         "RETURN kind, reason, nodes[0], size(nodes)");
  CHECK(why.rows[0][0].as_string() == "reject");
  CHECK(why.rows[0][1].as_string() == "the birth certificate says 1964");
  CHECK(why.rows[0][2].as_int() == static_cast<int64_t>(f.mencho));
  CHECK(why.rows[0][3].as_int() == 1);
  // Exports carry the curated graph: the claim is left out unless shown.
  const std::string claim = "\"key\":\"born\",\"value\":\"1966-07-17\"";
  CHECK(f.Json().find(claim) == std::string::npos);
  CHECK(f.Json({std::nullopt, true}).find(claim) != std::string::npos);

  CHECK(f.Refusal("CALL cg.undo(1)").find("decision 2 (reject born") != std::string::npos);
  f.Ask("CALL cg.undo(2)");
  CHECK(f.Born() == "1966-07-17");
  CHECK(f.Conflicts().size() == 2);
  CHECK(f.Flags() == std::vector<std::string>{"a1 -", "a2 -", "a3 -"});
  CHECK(f.Ask("MATCH (p:Person {name: 'El Mencho'}) RETURN p.curated = [1]").rows[0][0].as_bool());
}

TEST_CASE("reject(claim) of one article: the value another source states still counts") {
  ClaimsFixture f;
  f.Ask("CALL cg.rejectClaim('El Mencho', 'born', '1966-07-17', 'a1 copies a3', 'Article a1')");
  CHECK(f.Born() == "1966-07-17");
  CHECK(f.Conflicts().size() == 2);
  CHECK(f.Flags() == std::vector<std::string>{"a1 born: rejected by decision 1", "a2 -", "a3 -"});
  // The decision names the article by its id, whatever named it.
  CHECK(f.Ask("CALL cg.decisions() YIELD summary RETURN summary").rows[0][0].as_string() ==
        "reject born = 1966-07-17 of 'El Mencho' (1) from article a1");
  f.Ask("CALL cg.rejectClaim('El Mencho', 'born', '1966-07-17', 'a3 too', 'a3.md')");
  CHECK(f.Born() == "1964");
  CHECK(f.Conflicts() == std::vector<std::string>{"reward: 15000000 10000000"});
  // The reward is not a property (ingest keeps it as claims): the
  // rejection settles the disagreement and writes no property.
  f.Ask("CALL cg.rejectClaim('El Mencho', 'reward', 10000000, 'a misprint')");
  CHECK(f.Conflicts().empty());
  CHECK(f.Ask("MATCH (p:Person {name: 'El Mencho'}) RETURN p.reward").rows[0][0].is_null());
}

TEST_CASE("reject(claim) is validated: the entity, the key, the value, the article; twice is refused") {
  ClaimsFixture f;
  CHECK(f.Refusal("CALL cg.rejectClaim('Nobody', 'born', 1966)").find("no node is named or aliased 'Nobody'") !=
        std::string::npos);
  CHECK(f.Refusal("CALL cg.rejectClaim('El Mencho', 'born', '1970')")
            .find("there is no claim born = 1970 of 'El Mencho' (1) (its claims of born: 1966-07-17, 1964)") !=
        std::string::npos);
  CHECK(f.Refusal("CALL cg.rejectClaim('El Mencho', 'height', 2)").find("its claims of height: none") !=
        std::string::npos);
  CHECK(f.Refusal("CALL cg.rejectClaim('El Mencho', 'born', '1964', '', 'a1')")
            .find("there is no claim born = 1964 of 'El Mencho' (1) from article a1") != std::string::npos);
  CHECK(f.Refusal("CALL cg.rejectClaim('El Mencho', 'born', '1964', '', 'a9')")
            .find("there is no article 'a9' (an article id, path or title)") != std::string::npos);
  CHECK(f.Refusal("CALL cg.rejectClaim('El Mencho', '', '1964')").find("needs the property key") != std::string::npos);
  f.Ask("CALL cg.rejectClaim('El Mencho', 'born', '1964')");
  CHECK(f.Refusal("CALL cg.rejectClaim('El Mencho', 'born', '1964', '', 'a2')")
            .find("is already rejected, by decision 1") != std::string::npos);
  // Every refusal wrote nothing.
  CHECK(f.Ask("CALL cg.decisions() YIELD decision RETURN decision").rows.size() == 1);
}

TEST_CASE("a duplicate with rejected claims is not merged: they would count again on the entity kept") {
  ClaimsFixture f;
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(f.g->BeginWrite(&txn).ok());
  REQUIRE(txn->AddClaim(graph::ClaimOn::kNode, f.mecho, {"born", Value(Date{1966, 7, 17}), f.Sentence("a3", 40, "x")})
              .ok());
  REQUIRE(txn->Commit().ok());
  f.Ask("CALL cg.rejectClaim('El Mecho', 'born', '1966-07-17', 'a typo')");
  CHECK(f.Refusal("CALL cg.merge('El Mencho', 'El Mecho', 'same person')")
            .find("'El Mecho' (2) has claims decision 1 rejected; undo it, merge, then reject them on 'El Mencho' (1)") !=
        std::string::npos);
  f.Ask("CALL cg.undo(1)");
  f.Ask("CALL cg.merge('El Mencho', 'El Mecho', 'same person')");
  f.Ask("CALL cg.rejectClaim('El Mencho', 'born', '1966-07-17', 'a typo')");
  CHECK(f.Born() == "1964");
}

TEST_CASE("a claim rejection round-trips through the decision codec and a decision file") {
  ClaimsFixture a, b;
  a.Ask("CALL cg.rejectClaim('El Mencho', 'born', '1966-07-17', 'a misreading', 'a1', 'ana')");
  a.Ask("CALL cg.rejectClaim('Person:El Mencho', 'born', '1966-07-17', 'and its copy', '', 'ana')");
  a.Ask("CALL cg.rejectClaim('El Mencho', 'reward', 10000000, 'a misprint', '', 'ben')");
  a.Ask("CALL cg.undo(3, 'ben')");
  graph::curation::Decision d, back;
  REQUIRE(graph::curation::DecisionStore::Get(*a.g->BeginRead(), 1, &d).ok());
  REQUIRE(graph::curation::DecodeDecision(graph::curation::EncodeDecision(d), &back).ok());
  CHECK(back.RejectsClaim());
  CHECK(back.claim.value == Value(Date{1966, 7, 17}));
  CHECK(back.claim.article == "a1");
  CHECK(back.claim.entity.name == "El Mencho");
  CHECK(back.Summary() == d.Summary());

  std::ostringstream file;
  REQUIRE(exchange::ExportDecisions(*a.g->BeginRead(), file).ok());
  CHECK(file.str().find("\"claim\":{\"entity\":{\"id\":1,\"label\":\"Person\",\"name\":\"El Mencho\"},\"key\":\"born\","
                        "\"value\":\"1966-07-17\",\"article\":\"a1\"}") != std::string::npos);
  CHECK(b.Apply(file.str()) == 3);
  CHECK(b.Born() == "1964");
  CHECK(b.Json() == a.Json());
  CHECK(b.Json({std::nullopt, true}) == a.Json({std::nullopt, true}));
  std::ostringstream again;
  REQUIRE(exchange::ExportDecisions(*b.g->BeginRead(), again).ok());
  CHECK(again.str() == file.str());

  // A claim line without its key is named.
  ClaimsFixture c;
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(c.g->BeginWrite(&txn).ok());
  std::istringstream bad("{\"id\": 1, \"kind\": \"reject\", \"claim\": {\"value\": 1}}\n");
  CHECK(exchange::ApplyDecisions(txn.get(), bad, "decisions.jsonl").message() ==
        "decisions.jsonl:1: \"claim\" must be an object with an entity, a key, a value and an article");
  txn.reset();  // rolled back, before its graph goes
}

TEST_CASE("examples/articles: a rejected claim stays rejected when an article states it again") {
  const std::filesystem::path articles = std::filesystem::path(CG_SOURCE_DIR) / "examples" / "articles";
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open("curation-claims-reingest", {.in_memory = true}, &g).ok());
  ingest::IngestReport report;
  REQUIRE(ingest::IngestPaths(*g, {(articles / "01-tapalpa-raid.md").string(), (articles / "06-reward-notice.md").string()},
                              {}, &report)
              .ok());
  auto ask = [&](const std::string& text) {
    query::QueryResult r = query::QueryEngine::Execute(*g, text);
    INFO(text);
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error->what()));
    return r;
  };
  const std::string mencho = "MATCH (p:Person {name: 'Nemesio Rubén Oseguera Cervantes'}) ";
  REQUIRE(ask("CALL cg.conflicts() YIELD key RETURN key").rows.size() == 1);
  REQUIRE(ask(mencho + "RETURN toString(p.died)").rows[0][0].as_string() == "2026-02-22");
  ask("CALL cg.rejectClaim('El Mencho', 'reward', 10000000, 'the notice is out of date')");
  ask("CALL cg.rejectClaim('El Mencho', 'died', '2026-02-22', 'not confirmed')");
  // The disagreement is settled in both its views (the person's reward and
  // the OFFERED_REWARD amount); died has no other claim, so it goes.
  CHECK(ask("CALL cg.conflicts() YIELD key RETURN key").rows.empty());
  CHECK(ask(mencho + "RETURN p.died").rows[0][0].is_null());

  // Both articles again, as new files (a byte more: new article ids).
  cg::testing::TempDir again;
  for (const char* name : {"01-tapalpa-raid.md", "06-reward-notice.md"}) {
    std::ifstream in(articles / name);
    std::ofstream out(std::filesystem::path(again.path()) / name);
    out << in.rdbuf() << "\n";
  }
  REQUIRE(ingest::IngestPaths(*g, {again.path()}, {}, &report).ok());
  REQUIRE(report.failed == 0);
  CHECK(ask("CALL cg.conflicts() YIELD key RETURN key").rows.empty());
  CHECK(ask(mencho + "RETURN p.died").rows[0][0].is_null());
  const auto flags = ask(mencho + "CALL cg.evidence(p) YIELD claims, curation WHERE claims.reward = 10000000 "
                                  "RETURN curation ORDER BY curation");
  REQUIRE(flags.rows.size() == 2);
  CHECK(flags.rows[0][0].as_string() == "reward: after rejection by decision 1");
  CHECK(flags.rows[1][0].as_string() == "reward: rejected by decision 1");
  ask("CALL cg.undo(2)");
  CHECK(ask(mencho + "RETURN toString(p.died)").rows[0][0].as_string() == "2026-02-22");
}
