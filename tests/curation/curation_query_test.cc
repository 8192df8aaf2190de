// What queries, exports and decision files see of curation: a rejected
// relationship is hidden from patterns, counts and exports unless asked;
// decisions replay from a file; cg.duplicates ranks likely duplicates.
#include <doctest/doctest.h>

#include <sstream>

#include "exchange/decisions_jsonl.h"
#include "tests/curation/curation_fixture.h"

using namespace cg;
using cg::testing::CurationFixture;

TEST_CASE("reject: hidden from MATCH, counts and exports, kept with its reason, shown on request") {
  CurationFixture f;
  const auto made = f.Ask("MATCH (:Person {name: 'El Mecho'})-[m:MEMBER_OF]->() "
                          "CALL cg.reject(m, 'misread: he fought the Sinaloa Cartel') YIELD decision, summary "
                          "RETURN decision, summary");
  REQUIRE(made.rows.size() == 1);
  CHECK(made.rows[0][1].as_string().rfind("reject 'El Mecho'", 0) == 0);
  CHECK(f.Ask("MATCH ()-[m:MEMBER_OF]->() RETURN m").rows.empty());
  CHECK(f.Ask("MATCH ()-[m:MEMBER_OF]->() RETURN count(m)").rows[0][0].as_int() == 0);
  CHECK(f.Ask("MATCH (p {name: 'El Mecho'})--(o) RETURN o.name").rows.size() == 1);  // LEADS only
  CHECK(f.Ask("MATCH ()-[r]->() RETURN count(r)").rows[0][0].as_int() == 2);
  // Procedures that walk the graph themselves do not see it either.
  CHECK(f.Ask("CALL algo.degree() YIELD node, degree WHERE node.name = 'El Mecho' RETURN degree").rows[0][0].as_int() ==
        1);
  CHECK(f.Ask("CALL cg.network('El Mecho', 1) YIELD relationships RETURN size(relationships)").rows[0][0].as_int() ==
        1);
  const std::string json = f.Json();
  CHECK(json.find("MEMBER_OF") == std::string::npos);
  CHECK(json.find("\"LEADS\"") != std::string::npos);

  query::QueryOptions show;
  show.show_rejected = true;
  const auto shown = f.Ask("MATCH ()-[m:MEMBER_OF]->() RETURN m.curated", show);
  REQUIRE(shown.rows.size() == 1);
  CHECK(shown.rows[0][0].as_list().size() == 1);
  const std::string shown_json = f.Json({std::nullopt, /*show_rejected=*/true});
  CHECK(shown_json.find("MEMBER_OF") != std::string::npos);
  CHECK(shown_json.find("\"curated\"") != std::string::npos);
  const auto log = f.Ask("CALL cg.decisions() YIELD kind, reason, relationships RETURN kind, reason, relationships");
  REQUIRE(log.rows.size() == 1);
  CHECK(log.rows[0][0].as_string() == "reject");
  CHECK(log.rows[0][1].as_string() == "misread: he fought the Sinaloa Cartel");
  CHECK(log.rows[0][2].as_list()[0].as_int() == static_cast<int64_t>(f.mecho_member));

  // Stated again by another article: the evidence joins it, flagged; it stays rejected.
  {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(f.g->BeginWrite(&txn).ok());
    REQUIRE(txn->AddEvidence(f.mecho_member, CurationFixture::Sentence("a3", 5, "El Mecho worked for Sinaloa.")).ok());
    REQUIRE(txn->Commit().ok());
  }
  CHECK(f.Ask("MATCH ()-[m:MEMBER_OF]->() RETURN m").rows.empty());
  const auto flagged = f.Ask("MATCH ()-[m:MEMBER_OF]->() CALL cg.evidence(m) YIELD quote, curation "
                             "WHERE curation STARTS WITH 'after' OR curation STARTS WITH 'rejected' "
                             "RETURN quote, curation ORDER BY quote",
                             show);
  REQUIRE(flagged.rows.size() == 2);
  CHECK(flagged.rows[0][0].as_string() == "El Mecho once served the Sinaloa Cartel.");
  CHECK(flagged.rows[0][1].as_string() == "rejected by decision 1");
  CHECK(flagged.rows[1][0].as_string() == "El Mecho worked for Sinaloa.");
  CHECK(flagged.rows[1][1].as_string() == "after rejection by decision 1");

  // Undone: visible again, with both sentences.
  f.Ask("CALL cg.undo(1)");
  const auto back = f.Ask("MATCH ()-[m:MEMBER_OF]->() CALL cg.evidence(m) YIELD rule WHERE rule <> 'decision' "
                          "RETURN count(*), m.curated");
  REQUIRE(back.rows.size() == 1);
  CHECK(back.rows[0][0].as_int() == 2);
  CHECK(back.rows[0][1].is_null());
}

TEST_CASE("a decision file applied to a copy of the graph gives the same curated graph") {
  CurationFixture a, b;
  a.Ask("CALL cg.merge('Nemesio Rubén Oseguera Cervantes', 'El Mecho', 'same person', 'ana')");
  a.Ask("MATCH (:Person)-[m:MEMBER_OF]->() CALL cg.reject(m, 'misread', 'ana') YIELD decision RETURN decision");
  a.Ask("CALL cg.relabel('Sinaloa Cartel', 'Agency', 'a unit', 'ben')");
  a.Ask("CALL cg.rename('Jalisco', 'Jalisco State', 'full name', 'ben')");
  a.Ask("CALL cg.undo(4, 'ben')");
  a.Ask("CALL cg.assert('El Mencho', 'LEADS', 'Sinaloa Cartel', 'book, p. 12', 'led a Sinaloa cell', {}, 'cy')");
  std::ostringstream file;
  size_t count = 0;
  REQUIRE(exchange::ExportDecisions(*a.g->BeginRead(), file, &count).ok());
  CHECK(count == 5);

  CHECK(b.Apply(file.str()) == 5);
  CHECK(b.Json() == a.Json());
  std::ostringstream again;
  REQUIRE(exchange::ExportDecisions(*b.g->BeginRead(), again).ok());
  CHECK(again.str() == file.str());

  // Bad lines are named and nothing is applied.
  CurationFixture c;
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(c.g->BeginWrite(&txn).ok());
  std::istringstream bad(file.str().substr(0, file.str().find('\n') + 1) + "{\"id\": 2, \"kind\": \"smash\"}\n");
  const Status refused = exchange::ApplyDecisions(txn.get(), bad, "decisions.jsonl");
  CHECK(refused.message().find("decisions.jsonl:2: \"kind\" must be merge") != std::string::npos);
  txn.reset();  // rolled back, before its graph goes
  CHECK(c.Ask("CALL cg.decisions() YIELD decision RETURN decision").rows.empty());
}

TEST_CASE("cg.duplicates: a one-letter variant of an alias, a name inside another; never across labels") {
  CurationFixture f;
  const auto rows = f.Ask("CALL cg.duplicates() YIELD entity, duplicate, label, score, reasons "
                          "RETURN entity.name, duplicate.name, label, score, reasons");
  REQUIRE(rows.rows.size() == 1);
  CHECK(rows.rows[0][0].as_string() == "Nemesio Rubén Oseguera Cervantes");
  CHECK(rows.rows[0][1].as_string() == "El Mecho");
  CHECK(rows.rows[0][2].as_string() == "Person");
  CHECK(rows.rows[0][3].as_float() > 0.79);  // one edit, a nickname, a shared neighbour
  const auto& reasons = rows.rows[0][4].as_list();
  REQUIRE(reasons.size() == 3);
  CHECK(reasons[0].as_string() == "names one edit apart: 'El Mencho' / 'El Mecho'");
  CHECK(reasons[2].as_string() == "shared neighbours: Jalisco New Generation Cartel");
  CHECK(f.Ask("CALL cg.duplicates('Organization') YIELD entity RETURN entity").rows.empty());
}
