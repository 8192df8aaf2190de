// Warnings about a query (an unknown label, relationship type or property
// key) as the command line shows them: on stderr with the statement and a
// caret, the rows unchanged on stdout; in serve --stdio only when asked.
#include <doctest/doctest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/cli/cartelgraph_process.h"

using cg::testing::Cartelgraph;
using cg::testing::Contains;
using cg::testing::Outcome;

namespace {

void Seed(const cg::testing::TempDir& dir, const std::string& db) {
  REQUIRE(Cartelgraph(dir, {"query", "--db", db,
                            "CREATE (:Person {name: 'El Mencho'})-[:LEADS]->(:Organization {name: 'CJNG'})"})
              .status == 0);
}

}  // namespace

TEST_CASE("query: an unknown relationship type warns on stderr with a caret, and succeeds with no rows") {
  cg::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  Seed(dir, db);
  Outcome o = Cartelgraph(dir, {"query", "--db", db, "--format", "csv", "MATCH (p)-[:LEADZ]->(o) RETURN o.name AS o"});
  CHECK(o.status == 0);
  CHECK(o.out == "o\n");
  CHECK(o.err ==
        "cartelgraph: warning (UnknownRelationshipTypeWarning): no relationship type LEADZ in the database; "
        "did you mean LEADS?\n"
        "  MATCH (p)-[:LEADZ]->(o) RETURN o.name AS o\n"
        "              ^\n");
  // Streamed output (jsonl) warns the same way, before the rows.
  o = Cartelgraph(dir, {"query", "--db", db, "--format", "jsonl", "MATCH (p:Person) RETURN p.nmae AS n"});
  CHECK(o.status == 0);
  CHECK(o.out == "{\"n\":null}\n");
  CHECK(Contains(o.err, "warning (UnknownPropertyKeyWarning): no property key nmae in the database; did you mean name?"));
  // Known names and writes are silent.
  o = Cartelgraph(dir, {"query", "--db", db, "MATCH (p:Person)-[:LEADS]->(o) SET o:Cartel RETURN p.name AS n"});
  CHECK(o.status == 0);
  CHECK(o.err == "");
}

TEST_CASE("serve --stdio --notifications: {rows, notifications} per line; without the flag, bare rows") {
  cg::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  Seed(dir, db);
  const std::string input = "MATCH (p:Persn) RETURN p.name AS n\nMATCH (p:Person) RETURN p.name AS n\n";
  Outcome o = Cartelgraph(dir, {"serve", "--db", db, "--stdio", "--notifications"}, input);
  CHECK(o.status == 0);
  std::istringstream lines(o.out);
  std::vector<nlohmann::json> answers;
  for (std::string line; std::getline(lines, line);) answers.push_back(nlohmann::json::parse(line));
  REQUIRE(answers.size() == 2);
  CHECK(answers[0]["rows"] == nlohmann::json::array());
  REQUIRE(answers[0]["notifications"].size() == 1);
  const nlohmann::json& n = answers[0]["notifications"][0];
  CHECK(n["code"] == "Neo.ClientNotification.Statement.UnknownLabelWarning");
  CHECK(n["message"] == "no label Persn in the database; did you mean Person?");
  CHECK(n["severity"] == "WARNING");
  CHECK(n["line"] == 1);
  CHECK(n["column"] == 10);
  CHECK(n["offset"] == 9);
  CHECK(answers[1] == nlohmann::json::parse(R"({"rows": [{"n": "El Mencho"}], "notifications": []})"));
  o = Cartelgraph(dir, {"serve", "--db", db, "--stdio"}, input);
  CHECK(o.out == "[]\n[{\"n\":\"El Mencho\"}]\n");
}
