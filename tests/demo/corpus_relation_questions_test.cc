// "Done when" of the cooperation, designation and conflict questions: the
// database built from ../shared/corpus answers them through cg.designations,
// cg.conflicts and cg.cooperation. Skipped (with a message) when the corpus
// is absent.
#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <set>

#include "ingest/ingest.h"
#include "query/engine.h"

using namespace cg;

namespace {

const std::string kCorpus = std::string(CG_SOURCE_DIR) + "/../shared/corpus";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

TEST_CASE("corpus: designations, the reward conflict and the Tapalpa cooperation") {
  if (!std::filesystem::is_directory(kCorpus)) {
    MESSAGE("skipped: no corpus at " << kCorpus);
    return;
  }
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open("corpus", {.in_memory = true}, &g).ok());
  ingest::IngestReport report;
  REQUIRE(ingest::IngestPaths(*g, {kCorpus}, {}, &report).ok());
  REQUIRE(report.ingested > 0);
  auto ask = [&](const std::string& text) {
    query::QueryResult r = query::QueryEngine::Execute(*g, text);
    REQUIRE_MESSAGE(r.ok(), text << ": " << (r.ok() ? "" : r.error->what()));
    return r;
  };

  // The U.S. designated CJNG a Foreign Terrorist Organization on 2025-02-20.
  query::QueryResult r = ask(
      "CALL cg.designations('Foreign Terrorist Organization') YIELD designated, since, by "
      "WHERE designated = 'Jalisco New Generation Cartel' RETURN since, by");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_date() == Date{2025, 2, 20});
  CHECK_FALSE(r.rows[0][1].as_string().empty());

  // One article says $10 million, another $15 million: one disagreement, both sources.
  r = ask("CALL cg.conflicts() YIELD subject, key, values, sources WHERE key = 'reward' "
          "RETURN subject, values, [s IN sources | s.article] AS articles");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string().find("Oseguera") != std::string::npos);
  std::set<int64_t> amounts;
  for (const query::Value& v : r.rows[0][1].as_list()) amounts.insert(v.as_int());
  CHECK(amounts == std::set<int64_t>{10000000, 15000000});
  std::set<std::string> articles;
  for (const query::Value& a : r.rows[0][2].as_list()) articles.insert(a.as_string());
  CHECK(articles.size() == 2);
  // Not again as the amount of the OFFERED_REWARD it comes from.
  CHECK(ask("CALL cg.conflicts() YIELD key WHERE key = 'amount' RETURN key").rows.empty());

  // The Mexican military with the U.S. task force, in the operation in Tapalpa.
  r = ask("CALL cg.cooperation('Mexican military') YIELD partner, operations "
          "UNWIND operations AS op WITH partner, op WHERE 'Tapalpa' IN op.places RETURN partner, op.name");
  bool task_force = false;
  for (const auto& row : r.rows) task_force |= Lower(row[0].as_string()).find("task force") != std::string::npos;
  CHECK(task_force);
}
