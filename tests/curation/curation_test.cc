// Decisions through the Curator and the cg.* procedures on a small graph:
// each kind's effects, its refusals, undo, and the decision log.
#include <doctest/doctest.h>

#include "graph/curation/curator.h"
#include "graph/curation/decision_codec.h"
#include "graph/curation/decision_store.h"
#include "tests/curation/curation_fixture.h"

using namespace cg;
using cg::testing::CurationFixture;
using graph::curation::Decision;
using graph::curation::Kind;

namespace {

std::vector<std::string> Strings(const query::Value& list) {
  std::vector<std::string> out;
  for (const query::Value& v : list.as_list()) out.push_back(v.as_string());
  return out;
}

}  // namespace

TEST_CASE("merge: names become aliases, relationships and evidence move, duplicates fold") {
  CurationFixture f;
  const std::string mencho = std::to_string(f.mencho), mecho = std::to_string(f.mecho);
  const auto made = f.Ask("MATCH (a), (b) WHERE id(a) = " + mencho + " AND id(b) = " + mecho +
                          " CALL cg.merge(a, b, 'same person: typo in 004', 'ana') YIELD decision, summary "
                          "RETURN decision, summary");
  REQUIRE(made.rows.size() == 1);
  CHECK(made.rows[0][0].as_int() == 1);
  CHECK(made.rows[0][1].as_string() == "merge 'El Mecho' (" + mecho + ") into 'Nemesio Rubén Oseguera Cervantes' (" +
                                           mencho + ")");

  auto reader = f.g->BeginRead();
  CHECK_FALSE(reader->NodeExists(f.mecho));
  graph::Node kept;
  REQUIRE(reader->GetNode(f.mencho, &kept).ok());
  CHECK(kept.Find("aliases")->as_list() == ValueList{Value("El Mencho"), Value("El Mecho")});
  CHECK(kept.Find("born")->as_date().ToString() == "1966-07-17");  // filled in from the duplicate
  CHECK(kept.Find("curated")->as_list() == ValueList{Value(int64_t{1})});
  // The two LEADS fold into one with both sentences; MEMBER_OF moved.
  const auto leads = f.Ask("MATCH (p:Person)-[l:LEADS]->(c) CALL cg.evidence(l) YIELD quote, rule "
                           "WHERE rule <> 'decision' RETURN p.name, l.since, collect(quote) AS quotes");
  REQUIRE(leads.rows.size() == 1);
  CHECK(leads.rows[0][0].as_string() == "Nemesio Rubén Oseguera Cervantes");
  CHECK(leads.rows[0][1].as_date().ToString() == "2010");
  CHECK(Strings(leads.rows[0][2]) ==
        std::vector<std::string>{"El Mencho leads the CJNG.", "El Mecho heads the CJNG since 2010."});
  const auto member = f.Ask("MATCH (p:Person)-[:MEMBER_OF]->(o) RETURN id(p), o.name");
  REQUIRE(member.rows.size() == 1);
  CHECK(member.rows[0][0].as_int() == static_cast<int64_t>(f.mencho));
  // The merged alias finds the entity.
  CHECK(f.Ask("MATCH (p:Person {name: 'El Mecho'}) RETURN p").rows.empty());
  CHECK(f.Ask("MATCH (p:Person) WHERE 'El Mecho' IN p.aliases RETURN p").rows.size() == 1);

  const auto log = f.Ask("CALL cg.decisions() YIELD decision, kind, reason, author, undone, nodes "
                         "RETURN decision, kind, reason, author, undone, nodes");
  REQUIRE(log.rows.size() == 1);
  CHECK(log.rows[0][1].as_string() == "merge");
  CHECK(log.rows[0][2].as_string() == "same person: typo in 004");
  CHECK(log.rows[0][3].as_string() == "ana");
  CHECK_FALSE(log.rows[0][4].as_bool());
  CHECK(log.rows[0][5].as_list().size() == 2);
  // cg.evidence of the entity names the decision.
  const auto audit = f.Ask("MATCH (p:Person) CALL cg.evidence(p) YIELD rule, quote, curation "
                           "WHERE rule = 'decision' RETURN quote, curation");
  REQUIRE(audit.rows.size() == 1);
  CHECK(audit.rows[0][0].as_string() == "same person: typo in 004");
  CHECK(audit.rows[0][1].as_string().rfind("merge 'El Mecho'", 0) == 0);
  std::vector<std::string> problems;
  REQUIRE(f.g->Check(&problems).ok());
  CHECK(problems.empty());
}

TEST_CASE("a decision is validated: a Person does not merge with a Place, unknown entities are named") {
  CurationFixture f;
  const std::string refused = f.Refusal("CALL cg.merge(" + std::to_string(f.mencho) + ", " + std::to_string(f.jalisco) +
                                        ", 'wrong')");
  CHECK(refused.find("cannot merge Person 'Nemesio Rubén Oseguera Cervantes'") != std::string::npos);
  CHECK(refused.find("with Place 'Jalisco'") != std::string::npos);
  CHECK(f.Refusal("CALL cg.merge('El Mencho', 'Nobody At All')").find("no node is named or aliased 'Nobody At All'") !=
        std::string::npos);
  CHECK(f.Refusal("CALL cg.merge(999, 'El Mecho')").find("there is no node 999") != std::string::npos);
  CHECK(f.Refusal("CALL cg.merge('El Mecho', 'El Mecho')").find("with itself") != std::string::npos);
  CHECK(f.Refusal("CALL cg.relabel('Jalisco New Generation Cartel', 'Place')").find("would not fit") !=
        std::string::npos);
  CHECK(f.Refusal("CALL cg.relabel('El Mecho', 'Narco')").find("not a label of the ontology") != std::string::npos);
  CHECK(f.Refusal("CALL cg.split('El Mecho', ['Someone Else'])").find("is not a name of node") != std::string::npos);
  CHECK(f.Refusal("CALL cg.undo(42)").find("there is no decision 42") != std::string::npos);
  // Nothing was written.
  CHECK(f.Ask("CALL cg.decisions() YIELD decision RETURN decision").rows.empty());
  CHECK(f.Ask("MATCH (n) RETURN count(n)").rows[0][0].as_int() == 5);
}

TEST_CASE("undo puts back what a merge changed; a later decision on the same entity must be undone first") {
  CurationFixture f;
  const std::string before = f.Json();
  f.Ask("CALL cg.merge('Nemesio Rubén Oseguera Cervantes', 'El Mecho', 'same person')");
  f.Ask("CALL cg.rename('Nemesio Rubén Oseguera Cervantes', 'Nemesio Oseguera', 'shorter')");
  CHECK(f.Refusal("CALL cg.undo(1)").find("decision 2 (rename") != std::string::npos);
  f.Ask("CALL cg.undo(2)");
  f.Ask("CALL cg.undo(1)");
  CHECK(f.Json() == before);
  const auto log = f.Ask("CALL cg.decisions() YIELD decision, undone RETURN decision, undone");
  REQUIRE(log.rows.size() == 2);
  CHECK(log.rows[0][1].as_bool());
  CHECK(log.rows[1][1].as_bool());
  CHECK(f.Refusal("CALL cg.undo(1)").find("undone already") != std::string::npos);
}

TEST_CASE("rename, relabel, assert and split") {
  CurationFixture f;
  f.Ask("CALL cg.rename('El Mecho', 'Rubén Mecho', 'his real name')");
  auto r = f.Ask("MATCH (p:Person) WHERE id(p) = " + std::to_string(f.mecho) + " RETURN p.name, p.aliases");
  CHECK(r.rows[0][0].as_string() == "Rubén Mecho");
  CHECK(Strings(r.rows[0][1]) == std::vector<std::string>{"El Mecho"});

  f.Ask("CALL cg.relabel('Sinaloa Cartel', 'Agency', 'a unit, not a cartel')");
  CHECK(f.Ask("MATCH (o:Organization:Agency) RETURN o.name").rows.size() == 1);
  CHECK(f.Ask("MATCH (o:Cartel {name: 'Sinaloa Cartel'}) RETURN o").rows.empty());

  f.Ask("CALL cg.assert('Rubén Mecho', 'RELATIVE_OF', 'Nemesio Rubén Oseguera Cervantes', "
        "'interview, 2026-03-01', 'his cousin, says a former agent', {relation: 'cousin'})");
  const auto asserted = f.Ask("MATCH (:Person)-[r:RELATIVE_OF]->(:Person) CALL cg.evidence(r) YIELD quote, rule, article "
                              "WHERE rule <> 'decision' RETURN r.relation, quote, rule, article");
  REQUIRE(asserted.rows.size() == 1);
  CHECK(asserted.rows[0][0].as_string() == "cousin");
  CHECK(asserted.rows[0][1].as_string() == "his cousin, says a former agent");
  CHECK(asserted.rows[0][2].as_string() == "curation");
  CHECK(asserted.rows[0][3].as_string() == "interview, 2026-03-01");

  // "El Mecho" leaves: the facts only its sentences state go with it.
  f.Ask("CALL cg.split('Rubén Mecho', ['El Mecho'], 'two people')");
  const auto split = f.Ask("MATCH (p:Person {name: 'El Mecho'})-[r]->(o) RETURN type(r), o.name ORDER BY type(r)");
  REQUIRE(split.rows.size() == 2);
  CHECK(split.rows[0][0].as_string() == "LEADS");
  CHECK(split.rows[1][0].as_string() == "MEMBER_OF");
  CHECK(f.Ask("MATCH (p:Person {name: 'Rubén Mecho'})-[r:RELATIVE_OF]->() RETURN r").rows.size() == 1);
  std::vector<std::string> problems;
  REQUIRE(f.g->Check(&problems).ok());
  CHECK(problems.empty());
}

TEST_CASE("the Curator finds entities by label and name when the ids are another database's") {
  CurationFixture f;
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(f.g->BeginWrite(&txn).ok());
  Decision d;
  d.kind = Kind::kMerge;
  d.id = 7;
  d.author = "ana";
  d.timestamp = "2026-12-01T10:00:00Z";
  d.entities = {{9999, "Person", "El Mencho"}, {8888, "Person", "El Mecho"}};
  REQUIRE(graph::curation::Apply(txn.get(), &d).ok());
  CHECK(d.entities[0].id == f.mencho);
  CHECK(d.entities[1].id == f.mecho);
  REQUIRE(txn->Commit().ok());
  Decision stored;
  REQUIRE(graph::curation::DecisionStore::Get(*f.g->BeginRead(), 7, &stored).ok());
  CHECK(stored.timestamp == "2026-12-01T10:00:00Z");
  CHECK(stored.before_nodes.size() == 2);
  // The next new decision comes after the replayed one.
  graph::curation::DecisionId next = 0;
  REQUIRE(graph::curation::DecisionStore::NextId(*f.g->BeginRead(), &next).ok());
  CHECK(next == 8);
}

TEST_CASE("a decision record round-trips through its codec; bytes that are not one are refused") {
  Decision d;
  d.id = 3;
  d.kind = Kind::kAssert;
  d.author = "ana";
  d.timestamp = "2026-12-03T08:00:00Z";
  d.reason = "an interview";
  d.entities = {{1, "Person", "A"}, {2, "Organization", "B"}};
  d.type = "MEMBER_OF";
  d.properties = {{"role", Value("accountant")}};
  d.source = "interview";
  d.note = "said so";
  graph::Node before;
  before.id = 1;
  before.labels = {"Person"};
  before.properties = {{"name", Value("A")}};
  d.before_nodes = {before};
  d.created_rels = {9};
  Decision back;
  REQUIRE(graph::curation::DecodeDecision(graph::curation::EncodeDecision(d), &back).ok());
  CHECK(back.Summary() == d.Summary());
  CHECK(back.properties == d.properties);
  CHECK(back.before_nodes[0].properties == before.properties);
  CHECK(back.created_rels == std::vector<graph::RelId>{9});
  CHECK(back.source == "interview");
  CHECK(graph::curation::DecodeDecision(std::string(16, '\x7f'), &back).code() == Status::Code::kCorruption);
  CHECK(graph::curation::DecodeDecision("abc", &back).code() == Status::Code::kCorruption);
}
