// `cartelgraph export --query` with a procedure that returns a subgraph:
// cg.network's nodes and relationships become the exported graph.
#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/cli/cartelgraph_process.h"

using cg::testing::Cartelgraph;
using cg::testing::Contains;
using cg::testing::Outcome;

TEST_CASE("export --query 'CALL cg.network(...)' writes the person's neighbourhood and nothing else") {
  cg::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  Outcome o = Cartelgraph(
      dir, {"query", "--db", db,
            "CREATE (m:Person {name: 'Nemesio Oseguera', aliases: ['El Mencho']})-[:LEADS]->"
            "(c:Organization:Cartel {name: 'CJNG'}), (c)-[:OPERATES_IN]->(:Place:State {name: 'Jalisco'}), "
            "(:Organization:Agency {name: 'State Department'})-[:DESIGNATED {designation: 'Foreign Terrorist "
            "Organization'}]->(c), (:Person {name: 'El Mayo'})-[:LEADS]->(:Organization:Cartel {name: 'Sinaloa'})"});
  REQUIRE(o.status == 0);

  auto exported = [&](const std::string& query) {
    Outcome e = Cartelgraph(dir, {"export", "--db", db, "--format", "json", "--query", query});
    REQUIRE_MESSAGE(e.status == 0, e.err);
    std::set<std::string> names, types;
    std::istringstream lines(e.out);
    for (std::string line; std::getline(lines, line);) {
      const auto j = nlohmann::json::parse(line);
      if (j["type"] == "node") names.insert(j["properties"]["name"].get<std::string>());
      else types.insert(j["label"].get<std::string>());
    }
    return std::pair(names, types);
  };
  auto [names, types] = exported("CALL cg.network('El Mencho')");
  CHECK(names == std::set<std::string>{"Nemesio Oseguera", "CJNG"});
  CHECK(types == std::set<std::string>{"LEADS"});
  std::tie(names, types) = exported("CALL cg.network('el mencho', 2) YIELD nodes, relationships RETURN *");
  CHECK(names == std::set<std::string>{"Nemesio Oseguera", "CJNG", "Jalisco", "State Department"});
  CHECK(types == std::set<std::string>{"LEADS", "OPERATES_IN", "DESIGNATED"});

  o = Cartelgraph(dir, {"export", "--db", db, "--format", "json", "--query", "CALL cg.network('Nobody')"});
  CHECK(o.status == 1);
  CHECK(Contains(o.err, "--query: cg.network: argument person = 'Nobody': names no Person"));
}
