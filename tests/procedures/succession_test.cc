// cg.succession on a graph written in the test: the chain's order, the
// SUCCEEDED links that count for the organization, gaps and overlaps at
// the dates' own precision, and how the organization is named.
#include <doctest/doctest.h>

#include "tests/procedures/leadership_graph.h"

using namespace cg;
using cg::query::testing::Fails;
using cg::query::testing::Run;
using cg::testing::D;
using cg::testing::LeadershipGraph;

namespace {

// Cártel del Noreste: Miguel known only as Omar's predecessor; Omar
// arrested; Ramiro after a gap; Pedro from "2019", within Ramiro's last
// year; Juan from 2019-03, overlapping Ramiro's end in 2019-05.
struct Noreste {
  LeadershipGraph b;
  graph::NodeId cdn = b.Org("Cártel del Noreste", {"CDN", "Cartel del Noreste"});
  graph::Graph* g = nullptr;

  Noreste() {
    const graph::NodeId miguel = b.Person("Miguel Treviño Morales"), omar = b.Person("Omar Treviño Morales");
    const graph::NodeId ramiro = b.Person("Ramiro Pérez");
    b.Rel("SUCCEEDED", omar, miguel, {{"organization", "Cartel del Noreste"}, {"date", D("2013-07")}}, {"a1"});
    b.Rel("LEADS", omar, cdn, {{"since", D("2013-07")}, {"until", D("2015-03-04")}, {"end_cause", "arrested"}},
          {"a1", "a2"});
    b.Rel("SUCCEEDED", ramiro, omar, {}, {"a2"});  // no organization: both led the CDN
    b.Rel("SUCCEEDED", b.Person("Someone Else"), omar, {{"organization", "Gulf Cartel"}}, {"a2"});
    b.Rel("LEADS", ramiro, cdn, {{"since", D("2016")}, {"until", D("2019-05")}, {"end_cause", "killed"}}, {"a2"});
    b.Rel("LEADS", b.Person("Juan Reyes"), cdn, {{"since", D("2019-03")}}, {"a2"});
    b.Rel("LEADS", b.Person("Pedro Salas"), cdn, {{"since", D("2019")}}, {"a2", "a3"});
    g = &b.Done();
  }
};

std::vector<std::string> Chain(graph::Graph& g, const std::string& org) {
  query::QueryResult r = Run(g,
                             "CALL cg.succession($org) YIELD leader, since, until, end_cause, predecessor, successor, "
                             "evidence, gap, overlap "
                             "RETURN leader.name, since, until, end_cause, predecessor.name, successor.name, evidence, "
                             "gap, overlap",
                             {{"org", org}});
  std::vector<std::string> out;
  for (const auto& row : r.rows) {
    std::string line;
    for (const query::Value& v : row) {
      if (!line.empty()) line += " | ";
      line += v.is_null() ? "-" : v.is_bool() ? (v.as_bool() ? "true" : "false")
                                : v.is_int() ? std::to_string(v.as_int())
                                : v.is_date() ? v.as_date().ToString()
                                              : v.as_string();
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("the chain of leaders in order, with SUCCEEDED links, evidence, gaps and overlaps") {
  Noreste f;
  CHECK(Chain(*f.g, "Cártel del Noreste") ==
        std::vector<std::string>{
            "Miguel Treviño Morales | - | - | - | - | Omar Treviño Morales | 1 | - | -",
            "Omar Treviño Morales | 2013-07 | 2015-03-04 | arrested | Miguel Treviño Morales | Ramiro Pérez | 2 | - | -",
            "Ramiro Pérez | 2016 | 2019-05 | killed | Omar Treviño Morales | - | 1 | true | false",
            "Pedro Salas | 2019 | - | - | - | - | 2 | false | false",
            "Juan Reyes | 2019-03 | - | - | - | - | 1 | - | -",
        });
}

TEST_CASE("overlapping tenures are flagged on the later one") {
  LeadershipGraph b;
  const graph::NodeId org = b.Org("Los Metros");
  b.Rel("LEADS", b.Person("Ana"), org, {{"since", D("2010-01-01")}, {"until", D("2012-06-30")}});
  b.Rel("LEADS", b.Person("Beto"), org, {{"since", D("2012-03-01")}, {"until", D("2014")}});
  b.Rel("LEADS", b.Person("Carla"), org, {{"since", D("2014")}});
  graph::Graph& g = b.Done();
  CHECK(Chain(g, "Los Metros") == std::vector<std::string>{
                                      "Ana | 2010-01-01 | 2012-06-30 | - | - | - | 0 | - | -",
                                      "Beto | 2012-03-01 | 2014 | - | - | - | 0 | false | true",
                                      "Carla | 2014 | - | - | - | - | 0 | false | false",
                                  });
}

TEST_CASE("undated leaders go by the dates of their SUCCEEDED links, else after their predecessors") {
  LeadershipGraph b;
  const graph::NodeId chapitos = b.Org("Los Chapitos");
  const graph::NodeId ivan = b.Person("Iván Archivaldo Guzmán Salazar"), chapo = b.Person("Joaquín Guzmán Loera");
  b.Rel("LEADS", ivan, chapitos);
  b.Rel("SUCCEEDED", ivan, chapo, {{"organization", "Los Chapitos"}, {"date", D("2017")}});
  b.Rel("LEADS", b.Person("Ovidio Guzmán López"), chapitos, {{"since", D("2016")}, {"until", D("2019")}});
  const graph::NodeId hermanos = b.Org("Los Hermanos");
  const graph::NodeId second = b.Person("Segundo"), first = b.Person("Primero");
  b.Rel("LEADS", second, hermanos);
  b.Rel("LEADS", first, hermanos);
  b.Rel("SUCCEEDED", second, first);
  graph::Graph& g = b.Done();
  CHECK(Chain(g, "Los Chapitos") ==
        std::vector<std::string>{
            "Ovidio Guzmán López | 2016 | 2019 | - | - | - | 0 | - | -",
            "Joaquín Guzmán Loera | - | - | - | - | Iván Archivaldo Guzmán Salazar | 0 | - | -",
            "Iván Archivaldo Guzmán Salazar | - | - | - | Joaquín Guzmán Loera | - | 0 | - | -",
        });
  CHECK(Chain(g, "Los Hermanos") == std::vector<std::string>{
                                        "Primero | - | - | - | - | Segundo | 0 | - | -",
                                        "Segundo | - | - | - | Primero | - | 0 | - | -",
                                    });
}

TEST_CASE("the organization is named by any alias, accents and case folded, or given as a node") {
  Noreste f;
  const std::vector<std::string> expected = Chain(*f.g, "Cártel del Noreste");
  CHECK(Chain(*f.g, "CDN") == expected);
  CHECK(Chain(*f.g, "cartel del noreste") == expected);
  query::QueryResult r = Run(*f.g,
                             "MATCH (o:Organization) WHERE o.name STARTS WITH 'Cártel' "
                             "CALL cg.succession(o) YIELD organization, leader "
                             "RETURN organization.name AS org, count(leader) AS leaders");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_string() == "Cártel del Noreste");
  CHECK(r.rows[0][1].as_int() == static_cast<int64_t>(expected.size()));
}

TEST_CASE("cg.succession names what it cannot resolve") {
  Noreste f;
  auto error = [&](const std::string& query) { return std::string(Fails(*f.g, query).what()); };
  CHECK(error("CALL cg.succession('Los Nadie') YIELD leader RETURN leader") ==
        "cg.succession: no organization is named 'Los Nadie'");
  // A person's name is no organization's.
  CHECK(error("CALL cg.succession('Ramiro Pérez') YIELD leader RETURN leader") ==
        "cg.succession: no organization is named 'Ramiro Pérez'");
  CHECK(error("MATCH (p:Person {name: 'Ramiro Pérez'}) CALL cg.succession(p) YIELD leader RETURN leader")
            .find("org must be an Organization node or an organization's name, got a node that is not an "
                  "Organization") != std::string::npos);
  CHECK(error("CALL cg.succession(7) YIELD leader RETURN leader").find("got INTEGER") != std::string::npos);
}
