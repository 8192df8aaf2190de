// What cg.vacuums sees of curation (issue 13): it keeps to its own day, not
// the query's, but never to what a researcher rejected; a merge of two
// names of one contender leaves one contender with both sources.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "query/engine.h"

using namespace cg;

namespace {

graph::Evidence Sentence(const std::string& article, const std::string& quote) {
  graph::Evidence e;
  e.article = article;
  e.span_begin = 0;
  e.span_end = static_cast<uint32_t>(quote.size());
  e.quote = quote;
  e.rule = "test";
  return e;
}

// A cartel whose leader was killed on 2026-02-22, with three CONTENDER_FOR
// claims from three articles: "Audias Flores Silva", the same man as
// "El Jardinero", and "Juan Carlos Valencia".
struct VacuumGraph {
  std::unique_ptr<graph::Graph> g;
  graph::RelId leads = 0, valencia_contends = 0;

  VacuumGraph() {
    static int counter = 0;
    REQUIRE(graph::Graph::Open("curation-vacuums-" + std::to_string(counter++), {.in_memory = true}, &g).ok());
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    graph::NodeId cartel, leader, audias, jardinero, valencia;
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "Jalisco New Generation Cartel"}}, &cartel).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "Nemesio Oseguera Cervantes"}}, &leader).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "Audias Flores Silva"}}, &audias).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Jardinero"}}, &jardinero).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "Juan Carlos Valencia"}}, &valencia).ok());
    REQUIRE(txn->CreateRelationship("LEADS", leader, cartel,
                                    {{"until", Value(Date{2026, 2, 22})}, {"end_cause", Value("killed")}}, &leads)
                .ok());
    REQUIRE(txn->AddEvidence(leads, Sentence("a1", "He was killed on 22 February.")).ok());
    const std::vector<std::pair<graph::NodeId, std::string>> claims = {
        {audias, "a1"}, {jardinero, "a2"}, {valencia, "a3"}};
    for (const auto& [person, article] : claims) {
      graph::RelId rel;
      REQUIRE(txn->CreateRelationship("CONTENDER_FOR", person, cartel, {}, &rel).ok());
      REQUIRE(txn->AddEvidence(rel, Sentence(article, "He may take over the cartel.")).ok());
      if (person == valencia) valencia_contends = rel;
    }
    REQUIRE(txn->Commit().ok());
  }

  query::QueryResult Ask(const std::string& text) {
    query::QueryResult r = query::QueryEngine::Execute(*g, text);
    INFO(text);
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error->what()));
    return r;
  }

  // The contenders' names of the one vacuum on 2026-03-01, best first, each
  // with its score; empty when there is no vacuum.
  std::vector<std::pair<std::string, double>> Contenders() {
    const auto r = Ask("CALL cg.vacuums('2026-03-01') YIELD contenders RETURN contenders");
    std::vector<std::pair<std::string, double>> out;
    if (r.rows.empty()) return out;
    REQUIRE(r.rows.size() == 1);
    for (const query::Value& c : r.rows[0][0].as_list()) {
      const query::Map& m = c.as_map();
      out.emplace_back(m.at("name").as_string(), m.at("score").as_number());
    }
    return out;
  }
};

bool Lists(const std::vector<std::pair<std::string, double>>& contenders, const std::string& name) {
  for (const auto& [n, score] : contenders) {
    if (n == name) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("cg.vacuums: a rejected CONTENDER_FOR drops its contender; a rejected LEADS end drops the vacuum") {
  VacuumGraph v;
  REQUIRE(v.Contenders().size() == 3);
  v.Ask("MATCH (:Person {name: 'Juan Carlos Valencia'})-[c:CONTENDER_FOR]->() "
        "CALL cg.reject(c, 'misread: he was named as a witness') YIELD decision RETURN decision");
  const auto after = v.Contenders();
  CHECK(after.size() == 2);
  CHECK_FALSE(Lists(after, "Juan Carlos Valencia"));

  // Undone, he is back; the leader's LEADS rejected, no vacuum is left.
  v.Ask("CALL cg.undo(1)");
  CHECK(Lists(v.Contenders(), "Juan Carlos Valencia"));
  v.Ask("MATCH (:Person {name: 'Nemesio Oseguera Cervantes'})-[l:LEADS]->() "
        "CALL cg.reject(l, 'the article confused him with his brother') YIELD decision RETURN decision");
  CHECK(v.Contenders().empty());
  CHECK(v.Ask("CALL cg.vacuums('2026-03-01') YIELD organization RETURN organization").rows.empty());
}

TEST_CASE("cg.vacuums: merging two names of one contender lists him once, with both sources") {
  VacuumGraph v;
  const auto before = v.Contenders();
  REQUIRE(before.size() == 3);
  REQUIRE(Lists(before, "El Jardinero"));
  double audias_before = 0;
  for (const auto& [name, score] : before) {
    if (name == "Audias Flores Silva") audias_before = score;
  }
  v.Ask("CALL cg.merge('Audias Flores Silva', 'El Jardinero', 'El Jardinero is his nickname')");
  const auto after = v.Contenders();
  CHECK(after.size() == 2);
  CHECK_FALSE(Lists(after, "El Jardinero"));
  REQUIRE(Lists(after, "Audias Flores Silva"));
  // Two articles now say so: ranked first, above the contender with one.
  CHECK(after.front().first == "Audias Flores Silva");
  CHECK(after.front().second > audias_before);
}
