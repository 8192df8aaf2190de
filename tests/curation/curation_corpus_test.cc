// Issue 13's done-when on ../shared/corpus (skipped when absent): the
// duplicate "El Mecho" proposed and merged into Nemesio Rubén Oseguera
// Cervantes, the merge kept when the articles are ingested again, a
// decision file (with claim rejections) replayed on a fresh ingest, a
// rejected relationship hidden.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "exchange/decisions_jsonl.h"
#include "exchange/json_export.h"
#include "ingest/ingest.h"
#include "query/engine.h"
#include "tests/temp_dir.h"

using namespace cg;

namespace {

constexpr const char* kLeader = "Nemesio Rubén Oseguera Cervantes";

std::string Corpus() { return std::string(CG_SOURCE_DIR) + "/../shared/corpus"; }

std::unique_ptr<graph::Graph> Ingested(const std::vector<std::string>& paths) {
  static int counter = 0;
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open("curation-corpus-" + std::to_string(counter++), {.in_memory = true}, &g).ok());
  ingest::IngestReport report;
  REQUIRE(ingest::IngestPaths(*g, paths, {}, &report).ok());
  REQUIRE(report.failed == 0);
  return g;
}

query::QueryResult Ask(graph::Graph& g, const std::string& text) {
  query::QueryResult r = query::QueryEngine::Execute(g, text);
  INFO(text);
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error->what()));
  return r;
}

std::string Json(graph::Graph& g) {
  std::ostringstream out;
  REQUIRE(exchange::ExportJsonLines(*g.BeginRead(), out).ok());
  return out.str();
}

// Every name (and alias, and contender description) cg.vacuums mentions, as one text.
std::string VacuumsText(graph::Graph& g) {
  std::string text;
  for (const auto& row : Ask(g, "CALL cg.vacuums() YIELD organization, former_leader, contenders "
                                "RETURN organization.name, former_leader.name, "
                                "[c IN contenders | coalesce(c.name, c.description)]")
                             .rows) {
    for (const auto& v : row) {
      if (v.is_string()) text += v.as_string() + "\n";
      if (v.is_list()) {
        for (const auto& item : v.as_list()) text += (item.is_string() ? item.as_string() : "") + "\n";
      }
    }
  }
  return text;
}

// The relationships of the node called `name`: "TYPE other-name" sorted, with their evidence counts.
std::vector<std::string> Facts(graph::Graph& g, const std::string& where) {
  std::vector<std::string> out;
  for (const auto& row : Ask(g, "MATCH (p:Person)-[r]-(o) WHERE " + where +
                                    " AND type(r) <> 'MENTIONED_IN' CALL cg.evidence(r) YIELD rule "
                                    "WHERE rule <> 'decision' "
                                    "WITH type(r) + ' ' + coalesce(o.name, '') AS f, count(*) AS n "
                                    "RETURN f + ' ' + toString(n) AS fact ORDER BY fact")
                             .rows) {
    out.push_back(row[0].as_string());
  }
  return out;
}

bool Present(const std::string& corpus) {
  if (std::filesystem::is_directory(corpus)) return true;
  MESSAGE("skipped: " << corpus << " is absent");
  return false;
}

}  // namespace

TEST_CASE("../shared/corpus: cg.duplicates proposes El Mecho as Nemesio Rubén Oseguera Cervantes") {
  if (!Present(Corpus())) return;
  auto g = Ingested({Corpus()});
  const auto rows = Ask(*g, "CALL cg.duplicates('Person') YIELD entity, duplicate, score, reasons "
                            "RETURN entity.name, duplicate.name, score, reasons");
  bool proposed = false;
  for (const auto& row : rows.rows) {
    if (row[0].as_string() == kLeader && row[1].as_string() == "El Mecho") {
      proposed = true;
      CHECK(row[2].as_float() >= 0.6);
      const std::string reason = row[3].as_list()[0].as_string();
      CHECK(reason.find("names one edit apart") == 0);
      CHECK(reason.find("'El Mencho'") != std::string::npos);
      CHECK(reason.find("'El Mecho'") != std::string::npos);
    }
  }
  CHECK(proposed);
}

TEST_CASE("../shared/corpus: merging El Mecho moves its facts and evidence and takes it out of cg.vacuums") {
  if (!Present(Corpus())) return;
  auto g = Ingested({Corpus()});
  const std::vector<std::string> before = Facts(*g, "p.name = 'El Mecho'");
  REQUIRE_FALSE(before.empty());
  const std::vector<std::string> leader_before = Facts(*g, "p.name = '" + std::string(kLeader) + "'");
  // This ingest never lists El Mecho in a vacuum (its one fact is taking
  // part in "the killing of El Mecho"); the vacuum must stay whole and
  // name only the entity kept.
  const std::string vacuums_before = VacuumsText(*g);
  CHECK(vacuums_before.find(kLeader) != std::string::npos);
  Ask(*g, "CALL cg.merge('" + std::string(kLeader) + "', 'El Mecho', 'same person: typo in the headline of 004')");
  CHECK(Facts(*g, "p.name = 'El Mecho'").empty());
  const std::vector<std::string> after = Facts(*g, "p.name = '" + std::string(kLeader) + "'");
  for (const std::string& fact : before) {
    INFO(fact);
    const std::string head = fact.substr(0, fact.rfind(' '));
    CHECK(std::any_of(after.begin(), after.end(), [&](const std::string& f) { return f.rfind(head, 0) == 0; }));
  }
  CHECK(after.size() >= leader_before.size());
  CHECK(VacuumsText(*g) == vacuums_before);
  CHECK(VacuumsText(*g).find("El Mecho") == std::string::npos);
}

TEST_CASE("../shared/corpus: ingesting both articles again keeps the merge") {
  if (!Present(Corpus())) return;
  auto g = Ingested({Corpus()});
  Ask(*g, "CALL cg.merge('" + std::string(kLeader) + "', 'El Mecho', 'same person')");
  // The same texts as new files (a byte more, so new article ids): every
  // mention is resolved again.
  cg::testing::TempDir again;
  for (const auto& entry : std::filesystem::directory_iterator(Corpus())) {
    std::ifstream in(entry.path());
    std::ofstream out(std::filesystem::path(again.path()) / entry.path().filename());
    out << in.rdbuf() << "\n";
  }
  ingest::IngestReport report;
  REQUIRE(ingest::IngestPaths(*g, {again.path()}, {}, &report).ok());
  REQUIRE(report.failed == 0);
  CHECK(Ask(*g, "MATCH (p:Person) WHERE p.name = 'El Mecho' OR 'El Mecho' IN p.aliases RETURN p.name").rows.size() ==
        1);
  CHECK(Ask(*g, "MATCH (p:Person) WHERE 'El Mecho' IN p.aliases RETURN p.name").rows[0][0].as_string() == kLeader);
  CHECK(VacuumsText(*g).find("El Mecho") == std::string::npos);
}

TEST_CASE("../shared/corpus: a decision file applied to a fresh ingest reproduces the curated graph") {
  if (!Present(Corpus())) return;
  auto curated = Ingested({Corpus()});
  Ask(*curated, "CALL cg.merge('" + std::string(kLeader) + "', 'El Mecho', 'same person', 'ana')");
  Ask(*curated, "MATCH (:Person {name: '" + std::string(kLeader) + "'})-[r:LEADS]->() "
                "CALL cg.reject(r, 'test', 'ana') YIELD decision RETURN decision");
  // Its one birth date (a partial date, written to the file as text), and
  // one side of the reward disagreement.
  const std::string born = "MATCH (p:Person {name: '" + std::string(kLeader) + "'}) RETURN p.born";
  REQUIRE_FALSE(Ask(*curated, born).rows[0][0].is_null());
  Ask(*curated, "CALL cg.rejectClaim('Person:" + std::string(kLeader) + "', 'born', '1966', 'test', '', 'ana')");
  Ask(*curated, "CALL cg.rejectClaim('" + std::string(kLeader) + "', 'reward', 10000000, 'test', '', 'ana')");
  CHECK(Ask(*curated, born).rows[0][0].is_null());
  CHECK(Ask(*curated, "CALL cg.conflicts() YIELD key RETURN key").rows.empty());
  cg::testing::TempDir dir;
  const std::string file = dir.path() + "/decisions.jsonl";
  {
    std::ofstream out(file);
    REQUIRE(exchange::ExportDecisions(*curated->BeginRead(), out).ok());
  }
  auto fresh = Ingested({Corpus()});
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(fresh->BeginWrite(&txn).ok());
  std::ifstream in(file);
  size_t applied = 0;
  const Status s = exchange::ApplyDecisions(txn.get(), in, file, &applied);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(txn->Commit().ok());
  CHECK(applied == 4);
  CHECK(Ask(*fresh, born).rows[0][0].is_null());
  CHECK(Json(*fresh) == Json(*curated));
}

TEST_CASE("../shared/corpus: a rejected relationship is hidden from MATCH and exports, cg.decisions says why") {
  if (!Present(Corpus())) return;
  auto g = Ingested({Corpus()});
  const std::string leads = "MATCH (:Person {name: '" + std::string(kLeader) + "'})-[r:LEADS]->(o) ";
  const auto found = Ask(*g, leads + "RETURN id(r), o.name");
  REQUIRE(found.rows.size() >= 1);
  const int64_t id = found.rows[0][0].as_int();
  CHECK(Json(*g).find("\"type\":\"relationship\",\"id\":\"" + std::to_string(id) + "\"") != std::string::npos);
  Ask(*g, leads + "WHERE id(r) = " + std::to_string(id) +
              " CALL cg.reject(r, 'he founded it; the article means the Sinaloa years') YIELD decision "
              "RETURN decision");
  CHECK(Ask(*g, "MATCH ()-[r]->() WHERE id(r) = " + std::to_string(id) + " RETURN r").rows.empty());
  CHECK(Json(*g).find("\"type\":\"relationship\",\"id\":\"" + std::to_string(id) + "\"") == std::string::npos);
  const auto why = Ask(*g, "CALL cg.decisions() YIELD kind, reason, relationships RETURN kind, reason, relationships");
  REQUIRE(why.rows.size() == 1);
  CHECK(why.rows[0][0].as_string() == "reject");
  CHECK(why.rows[0][1].as_string() == "he founded it; the article means the Sinaloa years");
  CHECK(why.rows[0][2].as_list()[0].as_int() == id);
}
