// cg.search and db.index.fulltext.queryNodes: nodes by name or alias,
// forgiving accents, case, word order, word starts and small typos, ranked.
#include <doctest/doctest.h>

#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

std::unique_ptr<graph::Graph> Names() {
  auto g = NewGraph();
  Run(*g, "CREATE (:Person {name: 'Nemesio Oseguera Cervantes', aliases: ['El Mencho']}),"
          "       (:Person {name: 'Rubén Oseguera González', aliases: ['El Menchito']}),"
          "       (:Person {name: 'Joaquín Guzmán Loera', aliases: ['El Chapo']}),"
          "       (:Person {name: 'Ismael Zambada García', aliases: ['El Mayo']}),"
          "       (:Organization {name: 'Cártel de Jalisco Nueva Generación', aliases: ['CJNG']})");
  return g;
}

// "name score" per row, the score to 3 places.
std::vector<std::string> Hits(graph::Graph& g, const std::string& call) {
  std::vector<std::string> out;
  for (const auto& row : Run(g, call + " YIELD name, score RETURN name, score").rows) {
    char score[16];
    std::snprintf(score, sizeof score, "%.3f", row[1].as_float());
    out.push_back(row[0].as_string() + " " + score);
  }
  return out;
}

TEST_CASE("cg.search forgives accents, case and word order, and ranks exact words first") {
  auto g = Names();
  CHECK(Hits(*g, "CALL cg.search('mencho')") == std::vector<std::string>{"El Mencho 0.900"});
  CHECK(Hits(*g, "CALL cg.search('MENCHÓ')") == std::vector<std::string>{"El Mencho 0.900"});
  CHECK(Hits(*g, "CALL cg.search('guzman joaquin')") == std::vector<std::string>{"Joaquín Guzmán Loera 0.933"});
  CHECK(Hits(*g, "CALL cg.search('cartel jalisco')") ==
        std::vector<std::string>{"Cártel de Jalisco Nueva Generación 0.880"});
  // Two equal scores: by name.
  CHECK(Hits(*g, "CALL cg.search('oseguera')") ==
        std::vector<std::string>{"Nemesio Oseguera Cervantes 0.867", "Rubén Oseguera González 0.867"});
}

TEST_CASE("cg.search: word starts, typos, a label and a limit") {
  auto g = Names();
  CHECK(Hits(*g, "CALL cg.search('menc*')") == std::vector<std::string>{"El Menchito 0.855", "El Mencho 0.855"});
  CHECK(Hits(*g, "CALL cg.search('zambda')") == std::vector<std::string>{"Ismael Zambada García 0.650"});
  CHECK(Hits(*g, "CALL cg.search('guzmna')") == std::vector<std::string>{"Joaquín Guzmán Loera 0.650"});
  CHECK(Hits(*g, "CALL cg.search('oseguera', 'Organization')").empty());
  CHECK(Hits(*g, "CALL cg.search('oseguera', 'Person', 1)") ==
        std::vector<std::string>{"Nemesio Oseguera Cervantes 0.867"});
  CHECK(Hits(*g, "CALL cg.search('nobody at all')").empty());
  CHECK(Hits(*g, "CALL cg.search('')").empty());
  QueryResult r = Run(*g, "CALL cg.search('el chapo') YIELD node RETURN node.name");
  REQUIRE(r.rows.size() >= 1);
  CHECK(r.rows[0][0].as_string() == "Joaquín Guzmán Loera");
}

TEST_CASE("db.index.fulltext.queryNodes('names', ...) answers as cg.search, Neo4j's columns") {
  auto g = Names();
  QueryResult r = Run(*g, "CALL db.index.fulltext.queryNodes('names', 'menc*') YIELD node, score "
                          "RETURN node.name, score");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].as_string() == "Rubén Oseguera González");
  CHECK(r.rows[1][0].as_string() == "Nemesio Oseguera Cervantes");
  CHECK(Run(*g, "CALL db.index.fulltext.queryNodes('names', 'oseguera', {limit: 1})").rows.size() == 1);
  CHECK(Fails(*g, "CALL db.index.fulltext.queryNodes('titles', 'x')").kind == "ArgumentError");
}

}  // namespace
}  // namespace cg::query
