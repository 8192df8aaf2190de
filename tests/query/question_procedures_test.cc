// cg.cooperation, cg.designations, cg.network, cg.conflicts and cg.evidence
// on a small graph whose answers are known, alone and composed with the
// rest of the language.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "query/procedures/registry.h"
#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

// Two articles on a raid, a designation and a reward they disagree on.
struct Sample {
  std::unique_ptr<graph::Graph> g = testing::NewGraph();
  graph::NodeId mencho, cjng, sedena, jitf, state, treasury, raid, arrest, tapalpa, article;
  graph::RelId leads, cooperates, fto, sdnt, mencho_target;

  static graph::Evidence From(const std::string& article, uint32_t begin, const std::string& quote) {
    return graph::Evidence{article, begin, begin + static_cast<uint32_t>(quote.size()), quote, "test.rule", 0.9f};
  }

  Sample() {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    auto node = [&](std::vector<std::string> labels, PropertyMap props) {
      graph::NodeId id;
      REQUIRE(txn->CreateNode(std::move(labels), std::move(props), &id).ok());
      return id;
    };
    auto rel = [&](const std::string& type, graph::NodeId a, graph::NodeId b, PropertyMap props = {}) {
      graph::RelId id;
      REQUIRE(txn->CreateRelationship(type, a, b, std::move(props), &id).ok());
      return id;
    };
    mencho = node({"Person"}, {{"name", "Nemesio Oseguera"}, {"aliases", cg::Value(cg::ValueList{"El Mencho"})}});
    cjng = node({"Organization", "Cartel"}, {{"name", "Jalisco New Generation Cartel"}});
    sedena = node({"Organization", "Agency"},
                  {{"name", "Secretariat of National Defense"}, {"aliases", cg::Value(cg::ValueList{"SEDENA"})}});
    jitf = node({"Organization", "TaskForce"}, {{"name", "Joint Interagency Task Force"}});
    state = node({"Organization", "Agency"}, {{"name", "State Department"}});
    treasury = node({"Organization", "Agency"}, {{"name", "Treasury Department"}});
    raid = node({"Event", "Raid"}, {{"name", "Tapalpa raid"}, {"date", Date{2026, 2, 22}}});
    arrest = node({"Event", "Arrest"}, {{"name", "an arrest"}, {"date", Date{2025, 5, 1}}});
    tapalpa = node({"Place", "City"}, {{"name", "Tapalpa"}});
    article = node({"Article"}, {{"title", "Raid in Tapalpa"}});
    leads = rel("LEADS", mencho, cjng);
    cooperates = rel("COOPERATES_WITH", sedena, jitf, {{"context", "joint_operation"}, {"hedged", true}});
    rel("PARTICIPATED_IN", sedena, raid, {{"role", "conductor"}});
    rel("PARTICIPATED_IN", jitf, raid, {{"role", "supporter"}});
    rel("PARTICIPATED_IN", sedena, arrest, {{"role", "conductor"}});
    mencho_target = rel("PARTICIPATED_IN", mencho, raid, {{"role", "target"}});
    rel("OCCURRED_IN", raid, tapalpa);
    fto = rel("DESIGNATED", state, cjng, {{"designation", "Foreign Terrorist Organization"}, {"date", Date{2025, 2, 20}}});
    sdnt = rel("DESIGNATED", treasury, mencho, {{"designation", "Specially Designated Narcotics Trafficker"}});
    rel("MENTIONED_IN", mencho, article, {{"count", int64_t{2}}});

    graph::Article a1{"a1", "Raid in Tapalpa", "", "Sample Wire", "https://example.org/1", "", Date{2026, 2, 22}, "", article};
    graph::Article a2{"a2", "Reward raised", "", "Sample Wire", "", "", Date{2025, 3, 1}, "", 0};
    REQUIRE(txn->PutArticle(a1).ok());
    REQUIRE(txn->PutArticle(a2).ok());
    REQUIRE(txn->AddEvidence(cooperates, From("a1", 100, "SEDENA worked with the task force.")).ok());
    REQUIRE(txn->AddEvidence(fto, From("a1", 200, "The State Department designated CJNG.")).ok());
    REQUIRE(txn->AddEvidence(fto, From("a2", 0, "CJNG is a designated terrorist group.")).ok());
    REQUIRE(txn->AddEvidence(leads, From("a1", 0, "El Mencho led CJNG.")).ok());
    REQUIRE(txn->AddNodeClaim(mencho, {"reward", cg::Value(int64_t{15000000}), From("a1", 300, "A $15 million reward.")}).ok());
    REQUIRE(txn->AddNodeClaim(mencho, {"reward", cg::Value(int64_t{10000000}), From("a2", 50, "A $10 million reward.")}).ok());
    REQUIRE(txn->AddNodeClaim(mencho, {"status", cg::Value("dead"), From("a1", 300, "A $15 million reward.")}).ok());
    REQUIRE(txn->Commit().ok());
  }

  QueryResult Run(const std::string& text) { return testing::Run(*g, text); }
  QueryError Fails(const std::string& text) { return testing::Fails(*g, text); }
};

std::vector<std::string> Strings(const Value& list) {
  std::vector<std::string> out;
  for (const Value& v : list.as_list()) out.push_back(v.as_string());
  return out;
}

}  // namespace

TEST_CASE("cg.cooperation: pairs with the operations both took part in, filtered by an agency's name or alias") {
  Sample s;
  QueryResult r = s.Run("CALL cg.cooperation()");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.columns == std::vector<std::string>{"organization", "partner", "operations", "context", "date", "evidence",
                                              "sources", "relationship"});
  const auto& row = r.rows[0];
  CHECK(row[0].as_string() == "Secretariat of National Defense");
  CHECK(row[1].as_string() == "Joint Interagency Task Force");
  REQUIRE(row[2].as_list().size() == 1);  // the raid, not SEDENA's arrest alone
  const Map& op = row[2].as_list()[0].as_map();
  CHECK(op.at("name").as_string() == "Tapalpa raid");
  CHECK(op.at("kind").as_string() == "Raid");
  CHECK(op.at("date").as_date() == Date{2026, 2, 22});
  CHECK(Strings(op.at("places")) == std::vector<std::string>{"Tapalpa"});
  CHECK(Strings(op.at("roles")) == std::vector<std::string>{"conductor", "supporter"});
  CHECK(row[3].as_string() == "joint_operation");
  CHECK(row[4].is_null());
  CHECK(row[5].as_int() == 1);
  CHECK(Strings(row[6]) == std::vector<std::string>{"Raid in Tapalpa"});
  CHECK(row[7].as_rel().id == s.cooperates);

  // By alias, folded; the named agency comes first even when it is the relationship's end.
  r = s.Run("CALL cg.cooperation('sedena') YIELD organization, partner RETURN organization, partner");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "Secretariat of National Defense");
  r = s.Run("CALL cg.cooperation('Joint Interagency Task Force') YIELD organization, partner RETURN organization, partner");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "Joint Interagency Task Force");
  CHECK(r.rows[0][1].as_string() == "Secretariat of National Defense");
  CHECK(s.Run("CALL cg.cooperation('State Department')").rows.empty());

  QueryError e = s.Fails("CALL cg.cooperation('Nobody')");
  CHECK(e.kind == "ArgumentError");
  CHECK(std::string(e.what()) == "cg.cooperation: argument agency = 'Nobody': names no Organization (names and aliases are searched)");
  CHECK(s.Fails("CALL cg.cooperation(42)").code == "InvalidArgumentType");
}

TEST_CASE("cg.designations: by whom, since when, with evidence; filtered by a folded part of the designation") {
  Sample s;
  QueryResult r = s.Run("CALL cg.designations()");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.columns ==
        std::vector<std::string>{"designated", "designation", "since", "by", "evidence", "sources", "relationship"});
  // Dated first.
  CHECK(r.rows[0][0].as_string() == "Jalisco New Generation Cartel");
  CHECK(r.rows[0][1].as_string() == "Foreign Terrorist Organization");
  CHECK(r.rows[0][2].as_date() == Date{2025, 2, 20});
  CHECK(r.rows[0][3].as_string() == "State Department");
  CHECK(r.rows[0][4].as_int() == 2);
  CHECK(Strings(r.rows[0][5]) == std::vector<std::string>{"Raid in Tapalpa", "Reward raised"});
  CHECK(r.rows[0][6].as_rel().id == s.fto);
  CHECK(r.rows[1][0].as_string() == "Nemesio Oseguera");
  CHECK(r.rows[1][2].is_null());
  CHECK(r.rows[1][3].as_string() == "Treasury Department");

  r = s.Run("CALL cg.designations('TERRORIST') YIELD designated RETURN designated");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "Jalisco New Generation Cartel");

  // Composition: WHERE on the yielded fields, and the evidence of each designation.
  r = s.Run(
      "CALL cg.designations() YIELD designated, designation, since WHERE since IS NULL "
      "RETURN designated, designation");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][1].as_string() == "Specially Designated Narcotics Trafficker");
  r = s.Run(
      "CALL cg.designations('foreign terrorist') YIELD relationship "
      "CALL cg.evidence(relationship) YIELD title, quote RETURN title, quote");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].as_string() == "Reward raised");  // published 2025-03-01, the older
  CHECK(r.rows[1][1].as_string() == "The State Department designated CJNG.");

  QueryError e = s.Fails("CALL cg.designations('Kingpin')");
  CHECK(std::string(e.what()) ==
        "cg.designations: argument designation = 'Kingpin': no designation in the graph contains it (it has: "
        "Foreign Terrorist Organization, Specially Designated Narcotics Trafficker)");
}

TEST_CASE("cg.conflicts: one row per disagreement with every source and its value; a history (status) is none") {
  Sample s;
  QueryResult r = s.Run("CALL cg.conflicts() YIELD subject, key, values, sources, entity "
                        "RETURN subject, key, values, sources, entity");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "Nemesio Oseguera");
  CHECK(r.rows[0][1].as_string() == "reward");
  std::set<int64_t> values;
  for (const Value& v : r.rows[0][2].as_list()) values.insert(v.as_int());
  CHECK(values == std::set<int64_t>{10000000, 15000000});
  CHECK(r.rows[0][4].as_node().id == s.mencho);
  REQUIRE(r.rows[0][3].as_list().size() == 2);
  for (const Value& side : r.rows[0][3].as_list()) {
    const Map& source = side.as_map();
    const bool smaller = source.at("value").as_int() == 10000000;
    CHECK(source.at("title").as_string() == (smaller ? "Reward raised" : "Raid in Tapalpa"));
    CHECK(source.at("article").as_string() == (smaller ? "a2" : "a1"));
    CHECK(source.at("quote").as_string() == (smaller ? "A $10 million reward." : "A $15 million reward."));
    CHECK(source.at("rule").as_string() == "test.rule");
    CHECK(source.at("confidence").as_float() == 0.9);
    if (smaller) CHECK(source.at("published").as_date() == Date{2025, 3, 1});
  }
}

TEST_CASE("cg.evidence: a relationship's evidence, a node's claims' evidence, oldest article first") {
  Sample s;
  QueryResult r = s.Run(
      "MATCH (:Organization {name: 'Secretariat of National Defense'})-[c:COOPERATES_WITH]->() "
      "CALL cg.evidence(c) YIELD quote, title, published, span, rule, confidence, hedged, claims, article "
      "RETURN quote, title, published, span, rule, confidence, hedged, claims, article");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "SEDENA worked with the task force.");
  CHECK(r.rows[0][1].as_string() == "Raid in Tapalpa");
  CHECK(r.rows[0][2].as_date() == Date{2026, 2, 22});
  CHECK(r.rows[0][3].as_list().at(0).as_int() == 100);
  CHECK(r.rows[0][3].as_list().at(1).as_int() == 134);
  CHECK(r.rows[0][4].as_string() == "test.rule");
  CHECK(r.rows[0][5].as_float() == 0.9);
  CHECK(r.rows[0][6].as_bool());
  CHECK(r.rows[0][7].as_map().empty());
  CHECK(r.rows[0][8].as_string() == "a1");

  // A node: one row per source, with what that source claims.
  r = s.Run("MATCH (p:Person) CALL cg.evidence(p) YIELD title, claims, hedged RETURN title, claims, hedged");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].as_string() == "Reward raised");
  CHECK(r.rows[0][1].as_map().at("reward").as_int() == 10000000);
  CHECK(r.rows[1][1].as_map().size() == 2);  // reward and status, from one sentence
  CHECK(r.rows[1][1].as_map().at("status").as_string() == "dead");
  CHECK(r.rows[1][2].is_null());
  // Facts with no source have no rows; a relationship with no hedge is not hedged.
  CHECK(s.Run("MATCH (p:Place) CALL cg.evidence(p) YIELD quote RETURN quote").rows.empty());
  r = s.Run("MATCH ()-[l:LEADS]->() CALL cg.evidence(l) YIELD hedged RETURN hedged");
  REQUIRE(r.rows.size() == 1);
  CHECK_FALSE(r.rows[0][0].as_bool());
  CHECK(s.Run("OPTIONAL MATCH (x:Nothing) CALL cg.evidence(x) YIELD quote RETURN quote").rows.empty());

  QueryError e = s.Fails("CALL cg.evidence('El Mencho')");
  CHECK(std::string(e.what()) == "cg.evidence: argument entity = 'El Mencho': expected a node or a relationship");
}

TEST_CASE("cg.network: the k-hop neighbourhood, every relationship among its nodes, no provenance links") {
  Sample s;
  auto ids = [](const Value& list, bool nodes) {
    std::set<uint64_t> out;
    for (const Value& v : list.as_list()) out.insert(nodes ? v.as_node().id : v.as_rel().id);
    return out;
  };
  QueryResult r = s.Run("CALL cg.network('el mencho')");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.columns == std::vector<std::string>{"nodes", "relationships"});
  CHECK(r.rows[0][0].as_list().at(0).as_node().id == s.mencho);  // the person first
  CHECK(ids(r.rows[0][0], true) == std::set<uint64_t>{s.mencho, s.cjng, s.raid, s.treasury});
  CHECK(ids(r.rows[0][1], false) == std::set<uint64_t>{s.leads, s.mencho_target, s.sdnt});

  r = s.Run("MATCH (p:Person) CALL cg.network(p, 0) YIELD nodes, relationships RETURN nodes, relationships");
  CHECK(ids(r.rows[0][0], true) == std::set<uint64_t>{s.mencho});
  CHECK(r.rows[0][1].as_list().empty());

  // Two hops: the raid's other participants and place, CJNG's designator; and
  // the cooperation between two nodes both two hops away.
  r = s.Run("CALL cg.network('Nemesio Oseguera', 2) YIELD nodes, relationships "
            "RETURN size(nodes) AS n, [r IN relationships | type(r)] AS types");
  CHECK(r.rows[0][0].as_int() == 8);  // all but the arrest and the article
  std::vector<std::string> types = Strings(r.rows[0][1]);
  CHECK(std::count(types.begin(), types.end(), "COOPERATES_WITH") == 1);
  CHECK(std::count(types.begin(), types.end(), "MENTIONED_IN") == 0);
  CHECK(types.size() == 8);

  CHECK(std::string(s.Fails("CALL cg.network('Nobody')").what()) ==
        "cg.network: argument person = 'Nobody': names no Person (names and aliases are searched)");
  CHECK(std::string(s.Fails("CALL cg.network('El Mencho', -1)").what()) ==
        "cg.network: argument k = -1: expected a number of hops, 0 or more");
  CHECK(std::string(s.Fails("CALL cg.network(1.5)").what()) ==
        "cg.network: argument person = a FLOAT: expected a node or a Person's name");
}

TEST_CASE("cg.network: a name two people share is an error naming both") {
  Sample s;
  s.Run("CREATE (:Person {name: 'Rubén Oseguera', aliases: ['El Menchito']}), "
        "(:Person {name: 'Rubén Oseguera González', aliases: ['El Menchito']})");
  QueryError e = s.Fails("CALL cg.network('El Menchito')");
  CHECK(std::string(e.what()) ==
        "cg.network: argument person = 'El Menchito': names 2 people (Rubén Oseguera; Rubén Oseguera González): "
        "pass the node instead");
}

TEST_CASE("the question procedures are listed with their signatures") {
  Sample s;
  QueryResult r = s.Run("CALL dbms.procedures() YIELD name, signature WHERE name IN ['cg.cooperation', 'cg.designations', 'cg.network', 'cg.conflicts', 'cg.evidence'] "
                        "RETURN name, signature ORDER BY name");
  REQUIRE(r.rows.size() == 5);
  CHECK(r.rows[3][1].as_string() ==
        "cg.evidence(entity :: ANY?) :: (quote :: STRING, title :: STRING?, published :: DATE?, path :: STRING?, span :: LIST OF "
        "INTEGER, rule :: STRING, confidence :: FLOAT, hedged :: BOOLEAN?, claims :: MAP, article :: STRING, curation :: STRING?)");
  CHECK(r.rows[4][1].as_string() ==
        "cg.network(person :: ANY, k = 1 :: INTEGER) :: (nodes :: LIST OF NODE, relationships :: LIST OF RELATIONSHIP)");
}

}  // namespace cg::query
