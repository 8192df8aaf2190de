// cg.vacuums on graphs written in the test: when a vacuum is present, the
// contenders' ranking by the documented scores (query/procedures/
// contenders.h), fragmentation signals, and composition with Cypher.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "tests/procedures/leadership_graph.h"

using namespace cg;
using cg::query::testing::Fails;
using cg::query::testing::Run;
using cg::testing::D;
using cg::testing::LeadershipGraph;

namespace {

const query::Value& Field(const query::Value& map, const std::string& key) {
  REQUIRE(map.is_map());
  auto it = map.as_map().find(key);
  REQUIRE(it != map.as_map().end());
  return it->second;
}

// A contender as "name-or-[description] score".
std::string Describe(const query::Value& c) {
  const query::Value& name = Field(c, "name");
  const std::string who = name.is_null() ? "[" + Field(c, "description").as_string() + "]" : name.as_string();
  return who + " " + fmt::format("{}", Field(c, "score").as_number());
}

std::vector<std::string> Ranked(const query::Value& contenders) {
  std::vector<std::string> out;
  for (const query::Value& c : contenders.as_list()) out.push_back(Describe(c));
  return out;
}

std::vector<std::string> Strings(const query::Value& list) {
  std::vector<std::string> out;
  for (const query::Value& v : list.as_list()) out.push_back(v.as_string());
  return out;
}

std::vector<std::string> Reasons(const query::Value& contenders, const std::string& name) {
  for (const query::Value& c : contenders.as_list()) {
    if (Field(c, "name").is_string() && Field(c, "name").as_string() == name) return Strings(Field(c, "reasons"));
  }
  FAIL("no contender " << name);
  return {};
}

const char* kVacuums =
    "CALL cg.vacuums($day) YIELD organization, former_leader, ended, cause, evidence, contenders, fragmentation "
    "RETURN organization.name AS org, former_leader.name AS former, ended, cause, evidence, contenders, "
    "fragmentation";

query::QueryResult Vacuums(graph::Graph& g, const std::string& day) { return Run(g, kVacuums, {{"day", day}}); }

// CJNG: El Mencho killed on 2026-02-22; contenders of every kind, some only
// from March on (a splinter, a plaza boss, an arrest reported on March 10).
struct Cjng {
  LeadershipGraph b;
  graph::NodeId cjng = b.Org("Jalisco New Generation Cartel", {"CJNG"});
  graph::NodeId mencho = b.Person("Nemesio Oseguera Cervantes", {"El Mencho"});
  graph::Graph* g = nullptr;

  Cjng() {
    b.Article("a1", "2026-02-22");
    b.Article("a2", "2026-02-23");
    b.Article("a3", "2026-03-10");
    b.Rel("LEADS", mencho, cjng, {{"since", D("2010")}, {"until", D("2026-02-22")}, {"end_cause", "killed"}},
          {"a1", "a2"});
    const graph::NodeId audias = b.Person("Audias Flores Silva");
    b.Rel("MEMBER_OF", audias, cjng, {{"role", "regional commander"}}, {"a2"});
    b.SetStatus(audias, "arrested", "a3");
    const graph::NodeId stepson = b.Person("Juan Carlos Valencia González");
    b.Rel("CONTENDER_FOR", stepson, cjng, {{"basis", "heir"}}, {"a2", "a3"});
    b.Rel("RELATIVE_OF", stepson, mencho, {{"relation", "stepson"}}, {"a2"});
    const graph::NodeId son = b.Person("Rubén Oseguera González");
    b.Rel("RELATIVE_OF", son, mencho, {{"relation", "son"}}, {"a2"});
    b.SetStatus(son, "imprisoned", "a2");
    const graph::NodeId nephew = b.Person("Nemesio Oseguera Cervantes's nephew");
    b.Rel("RELATIVE_OF", nephew, mencho, {{"relation", "nephew"}}, {"a3"});
    const graph::NodeId splinter = b.Org("Nueva Plaza");
    b.Rel("EMERGED_FROM", splinter, cjng, {{"date", D("2026-03-01")}}, {"a3"});
    b.Rel("RIVAL_OF", splinter, cjng, {{"since", D("2026-03")}}, {"a3"});
    b.Rel("LEADS", b.Person("Gonzalo Mendoza"), splinter, {{"since", D("2026-03-01")}}, {"a3"});
    b.Rel("MEMBER_OF", b.Person("El Jardinero"), cjng, {{"role", "plaza boss"}, {"since", D("2026-03-05")}}, {"a3"});
    b.Rel("MEMBER_OF", b.Person("Pedro Pistolero"), cjng, {{"role", "hitman"}}, {"a2"});
    const graph::NodeId dead = b.Person("Muerto Ramírez");
    b.Rel("CONTENDER_FOR", dead, cjng, {}, {"a1"});
    b.SetStatus(dead, "dead", "a1");
    g = &b.Done();
  }
};

}  // namespace

TEST_CASE("a killed leader's organization has a vacuum from the day his LEADS ended") {
  Cjng f;
  CHECK(Vacuums(*f.g, "2026-02-21").rows.empty());
  for (const std::string day : {"2026-02-22", "2026-02-23", "2026-03", "2027"}) {
    query::QueryResult r = Vacuums(*f.g, day);
    INFO(day);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0][0].as_string() == "Jalisco New Generation Cartel");
    CHECK(r.rows[0][1].as_string() == "Nemesio Oseguera Cervantes");
    CHECK(r.rows[0][2].as_date().ToString() == "2026-02-22");
    CHECK(r.rows[0][3].as_string() == "killed");
    CHECK(r.rows[0][4].as_int() == 2);
  }
  // The day defaults to today (long after 2026-02-22); a DATE works as a string does.
  CHECK(Run(*f.g, "CALL cg.vacuums() YIELD organization RETURN organization").rows.size() == 1);
  CHECK(Run(*f.g, "CALL cg.vacuums(date('2026-02-21')) YIELD organization RETURN organization").rows.empty());
  // Under a query run as of a day (--as-of), the day defaults to it; an argument still wins.
  query::QueryOptions before;
  before.as_of = *Date::Parse("2026-02-21");
  CHECK(Run(*f.g, "CALL cg.vacuums() YIELD organization RETURN organization", {}, before).rows.empty());
  CHECK(Run(*f.g, "CALL cg.vacuums('2026-02-23') YIELD organization RETURN organization", {}, before).rows.size() == 1);
  query::QueryOptions after;
  after.as_of = *Date::Parse("2026-02-23");
  CHECK(Run(*f.g, "CALL cg.vacuums() YIELD organization RETURN organization", {}, after).rows.size() == 1);
}

TEST_CASE("contenders are ranked by the documented scores, with their reasons, as of the day") {
  Cjng f;
  query::QueryResult feb = Vacuums(*f.g, "2026-02-23");
  REQUIRE(feb.rows.size() == 1);
  // stepson: named contender 4 + stepson 2 + a second source 0.5; regional
  // commander 2; nephew 1; imprisoned son 2 - 3. Neither the hitman nor the
  // dead contender is listed; the March signals are not yet there.
  CHECK(Ranked(feb.rows[0][5]) == std::vector<std::string>{"Juan Carlos Valencia González 6.5",
                                                            "Audias Flores Silva 2",
                                                            "[Nemesio Oseguera Cervantes's nephew] 1",
                                                            "Rubén Oseguera González -1"});
  CHECK(Reasons(feb.rows[0][5], "Juan Carlos Valencia González") ==
        std::vector<std::string>{"named contender (heir)", "stepson of Nemesio Oseguera Cervantes", "2 sources"});
  CHECK(Reasons(feb.rows[0][5], "Rubén Oseguera González") ==
        std::vector<std::string>{"son of Nemesio Oseguera Cervantes", "1 source", "status: imprisoned"});
  CHECK(Strings(feb.rows[0][6]).empty());

  // A relative known only by a description keeps it as the description,
  // never as a name, and still points at the node ingest made for it.
  const query::Value& nephew = feb.rows[0][5].as_list()[2];
  CHECK(Field(nephew, "name").is_null());
  CHECK(Field(nephew, "description").as_string() == "Nemesio Oseguera Cervantes's nephew");
  CHECK(Field(nephew, "node").is_node());

  query::QueryResult march = Vacuums(*f.g, "2026-03-15");
  REQUIRE(march.rows.size() == 1);
  // The splinter's leader 3, the plaza boss 2; Audias arrested on March 10:
  // 2 - 3, tied with the son and ranked by name.
  CHECK(Ranked(march.rows[0][5]) == std::vector<std::string>{"Juan Carlos Valencia González 6.5",
                                                             "Gonzalo Mendoza 3",
                                                             "El Jardinero 2",
                                                             "[Nemesio Oseguera Cervantes's nephew] 1",
                                                             "Audias Flores Silva -1",
                                                             "Rubén Oseguera González -1"});
  CHECK(Reasons(march.rows[0][5], "Gonzalo Mendoza") ==
        std::vector<std::string>{"leads Nueva Plaza, which emerged from Jalisco New Generation Cartel", "1 source"});
  CHECK(Strings(march.rows[0][6]) ==
        std::vector<std::string>{"regional commands: El Jardinero (plaza boss), Audias Flores Silva (regional commander)",
                                 "splinters: Nueva Plaza (2026-03-01)",
                                 "rivals: Nueva Plaza and Jalisco New Generation Cartel"});
}

TEST_CASE("no vacuum while a LEADS is in force, nor after a leader was replaced") {
  LeadershipGraph b;
  const graph::NodeId gulf = b.Org("Gulf Cartel");
  b.Rel("LEADS", b.Person("Osiel Cárdenas"), gulf,
        {{"since", D("1996")}, {"until", D("2003-03-14")}, {"end_cause", "arrested"}});
  b.Rel("LEADS", b.Person("Jorge Costilla"), gulf, {{"since", D("2003-06")}, {"until", D("2012-09-12")}});
  const graph::NodeId cdn = b.Org("Cartel del Noreste");
  b.Rel("LEADS", b.Person("Miguel Treviño"), cdn, {{"until", D("2013-07-15")}, {"end_cause", "replaced"}});
  const graph::NodeId sinaloa = b.Org("Sinaloa Cartel");
  b.Rel("LEADS", b.Person("Ismael Zambada"), sinaloa, {{"until", D("2024-07-25")}, {"end_cause", "arrested"}});
  b.Rel("LEADS", b.Person("Somebody Else"), sinaloa, {});  // undated: in force on any day
  graph::Graph& g = b.Done();

  // The Gulf Cartel: vacant between the arrest and the successor's start;
  // the successor's LEADS ended with no vacating cause.
  auto orgs = [&](const std::string& day) {
    std::vector<std::string> out;
    for (const auto& row : Vacuums(g, day).rows) out.push_back(row[0].as_string() + " " + row[3].as_string());
    return out;
  };
  CHECK(orgs("2003-03-13").empty());
  CHECK(orgs("2003-04") == std::vector<std::string>{"Gulf Cartel arrested"});
  CHECK(orgs("2003-06-10").empty());
  CHECK(orgs("2020").empty());
}

TEST_CASE("fragmentation: named contenders leading rival factions with separate territories") {
  LeadershipGraph b;
  const graph::NodeId gulf = b.Org("Gulf Cartel");
  b.Rel("LEADS", b.Person("Osiel Cárdenas"), gulf, {{"until", D("2003-03-14")}, {"end_cause", "arrested"}});
  const graph::NodeId metros = b.Org("Los Metros"), rojos = b.Org("Los Rojos");
  b.Rel("PART_OF", metros, gulf);
  b.Rel("PART_OF", rojos, gulf);
  b.Rel("RIVAL_OF", metros, rojos);
  b.Rel("OPERATES_IN", metros, b.Place("Tamaulipas"));
  b.Rel("OPERATES_IN", rojos, b.Place("Nuevo León"));
  const graph::NodeId a = b.Person("Samuel Flores"), c = b.Person("Juan Reyes");
  b.Rel("LEADS", a, metros);
  b.Rel("LEADS", c, rojos);
  b.Rel("CONTENDER_FOR", a, gulf);
  b.Rel("CONTENDER_FOR", c, gulf);
  graph::Graph& g = b.Done();

  query::QueryResult r = Vacuums(g, "2004");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][4].as_int() == 0);  // written without evidence
  // Each: named contender 4 + faction leader 2; tied, ranked by name.
  CHECK(Ranked(r.rows[0][5]) == std::vector<std::string>{"Juan Reyes 6", "Samuel Flores 6"});
  CHECK(Strings(r.rows[0][6]) ==
        std::vector<std::string>{"several named contenders: Juan Reyes, Samuel Flores",
                                 "separate territories: Juan Reyes (Nuevo León); Samuel Flores (Tamaulipas)",
                                 "rivals: Los Metros and Los Rojos"});
}

TEST_CASE("fragmentation: territories are a contender's own places; long lists are cut") {
  LeadershipGraph b;
  const graph::NodeId gulf = b.Org("Gulf Cartel");
  b.Rel("LEADS", b.Person("Osiel Cárdenas"), gulf, {{"until", D("2003-03-14")}, {"end_cause", "arrested"}});
  const graph::NodeId tamaulipas = b.Place("Tamaulipas");
  std::vector<graph::NodeId> cells;
  for (const char* cell : {"Cell A", "Cell B", "Cell C"}) cells.push_back(b.Org(cell));
  b.Rel("OPERATES_IN", cells[0], tamaulipas);
  b.Rel("OPERATES_IN", cells[1], tamaulipas);
  b.Rel("OPERATES_IN", cells[1], b.Place("Coahuila"));
  b.Rel("OPERATES_IN", cells[2], b.Place("Sonora"));
  for (int i = 0; i < 7; ++i) {
    const graph::NodeId p = b.Person("Commander " + std::to_string(i));
    b.Rel("MEMBER_OF", p, gulf, {{"role", i == 6 ? "Plaza Boss" : "plaza boss"}});  // case folded
    if (i < 3) b.Rel("MEMBER_OF", p, cells[i], {{"role", "member"}});
  }
  graph::Graph& g = b.Done();
  query::QueryResult r = Vacuums(g, "2004");
  REQUIRE(r.rows.size() == 1);
  CHECK(Strings(r.rows[0][6]) ==
        std::vector<std::string>{"regional commands: Commander 0 (plaza boss), Commander 1 (plaza boss), Commander 2 "
                                 "(plaza boss), Commander 3 (plaza boss), Commander 4 (plaza boss), +2 more",
                                 "separate territories: Commander 1 (Coahuila); Commander 2 (Sonora)"});
}

TEST_CASE("cg.vacuums composes with WHERE, WITH and list expressions") {
  Cjng f;
  query::QueryResult r = Run(*f.g,
                             "CALL cg.vacuums('2026-03-15') YIELD organization, contenders "
                             "WHERE size(contenders) > 5 "
                             "WITH organization, [c IN contenders WHERE c.score > 2 | c.name] AS strong "
                             "RETURN organization.name AS org, strong");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "Jalisco New Generation Cartel");
  CHECK(Strings(r.rows[0][1]) == std::vector<std::string>{"Juan Carlos Valencia González", "Gonzalo Mendoza"});
  CHECK(Run(*f.g, "CALL cg.vacuums('2026-02-23') YIELD contenders WHERE size(contenders) > 5 RETURN 1").rows.empty());

  // The former leader joins a MATCH like any node.
  query::QueryResult m = Run(*f.g,
                             "CALL cg.vacuums('2026-02-23') YIELD former_leader "
                             "MATCH (former_leader)-[:LEADS]->(o) RETURN o.name");
  REQUIRE(m.rows.size() == 1);
  CHECK(m.rows[0][0].as_string() == "Jalisco New Generation Cartel");
}

TEST_CASE("cg.vacuums refuses a day it cannot read, naming the argument") {
  Cjng f;
  for (const std::string arg : {"42", "'yesterday'", "'2026-13-01'"}) {
    query::QueryError e = Fails(*f.g, "CALL cg.vacuums(" + arg + ") YIELD organization RETURN organization");
    INFO(arg << ": " << e.what());
    CHECK(std::string(e.what()).find("cg.vacuums: asOf must be a DATE or an ISO date string") != std::string::npos);
  }
}
