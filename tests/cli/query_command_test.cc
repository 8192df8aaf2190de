// `cartelgraph query` as scripts use it: exit status, stdout, stderr.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "storage/format.h"
#include "tests/cli/cartelgraph_process.h"

using cg::testing::Cartelgraph;
using cg::testing::Contains;
using cg::testing::Outcome;
using cg::testing::ReadAll;

TEST_CASE("query: writes create the database / reads print a table ending with the row count") {
  cg::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  Outcome o = Cartelgraph(dir, {"query", "--db", db,
                                "CREATE (:Person {name: 'Joaquín Guzmán', nationality: 'MX'})-[:LEADS]->"
                                "(:Organization:Cartel {name: 'Sinaloa'})"});
  CHECK(o.status == 0);
  CHECK(o.err == "");
  CHECK(o.out == "0 rows, 2 nodes created, 1 relationship created, 3 properties set, 3 labels added\n");
  o = Cartelgraph(dir, {"query", "--db", db, "MATCH (p:Person)-[:LEADS]->(c) RETURN p.name AS boss, c.name AS cartel"});
  CHECK(o.status == 0);
  CHECK(o.out ==
        "+----------------+---------+\n"
        "| boss           | cartel  |\n"
        "+----------------+---------+\n"
        "| Joaquín Guzmán | Sinaloa |\n"
        "+----------------+---------+\n"
        "1 row\n");
}

TEST_CASE("query: --param values are Cypher literals / else strings / formats csv and json") {
  cg::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  Outcome o = Cartelgraph(dir, {"query", "--db", db, "--format", "csv", "--param", "n=41", "--param", "who=El Mencho",
                                "--param", "l=[1, 'a, b']", "--param", "q='quoted'",
                                "RETURN $n + 1 AS n, $who AS who, size($l) AS size, $l AS l, $q AS q"});
  CHECK(o.status == 0);
  CHECK(o.out == "n,who,size,l,q\n42,El Mencho,2,\"[1, 'a, b']\",quoted\n");
  o = Cartelgraph(dir, {"query", "--db", db, "--format", "json", "--param", "m={k: 1.5}", "RETURN $m AS m, null AS z"});
  CHECK(o.status == 0);
  CHECK(nlohmann::json::parse(o.out) == nlohmann::json::parse(R"([{"m": {"k": 1.5}, "z": null}])"));
}

TEST_CASE("query: a query error exits 1 with the statement and a caret on stderr") {
  cg::testing::TempDir dir;
  Outcome o = Cartelgraph(dir, {"query", "--db", dir.path() + "/db", "MATCH (n) RETRUN n"});
  CHECK(o.status == 1);
  CHECK(o.out == "");
  CHECK(Contains(o.err, "cartelgraph: SyntaxError"));
  CHECK(Contains(o.err, "\n  MATCH (n) RETRUN n\n            ^\n"));
}

TEST_CASE("query: usage errors exit 2") {
  cg::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  CHECK(Cartelgraph(dir, {"query", "RETURN 1"}).status == 2);                                    // no --db
  CHECK(Cartelgraph(dir, {"query", "--db", db, "--format", "xml", "RETURN 1"}).status == 2);     // unknown format
  Outcome o = Cartelgraph(dir, {"query", "--db", db, "--param", "oops", "RETURN 1"});
  CHECK(o.status == 2);
  CHECK(Contains(o.err, "name=value"));
  std::ofstream(dir.path() + "/s.cypher") << "RETURN 1;";
  CHECK(Cartelgraph(dir, {"query", "--db", db, "-f", dir.path() + "/s.cypher", "RETURN 1"}).status == 2);
  CHECK(Cartelgraph(dir, {"query", "--db", db, "-f", dir.path() + "/missing.cypher"}).status == 2);
  CHECK(Cartelgraph(dir, {"--db"}).status == 2);
}

TEST_CASE("query -f: semicolons in strings and comments do not split / the first error stops the script and names file and line") {
  cg::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  std::string script = dir.path() + "/s.cypher";
  std::ofstream(script) << "// a script; with a comment\n"
                           "CREATE (:Person {name: 'a;b'});\n"
                           "/* another; one */ MATCH (p:Person) RETURN p.name AS name;\n"
                           "\n"
                           "MATCH (p)\n"
                           "RETURN q;\n"
                           "CREATE (:Person {name: 'never'});\n";
  Outcome o = Cartelgraph(dir, {"query", "--db", db, "--format", "jsonl", "-f", script});
  CHECK(o.status == 1);
  CHECK(o.out == "{\"name\":\"a;b\"}\n");
  CHECK(Contains(o.err, script + ":5: "));
  CHECK(Contains(o.err, "(UndefinedVariable)"));
  CHECK(Contains(o.err, "  MATCH (p)\n  RETURN q\n         ^\n"));
  o = Cartelgraph(dir, {"query", "--db", db, "--format", "csv", "MATCH (p:Person) RETURN count(*) AS n"});
  CHECK(o.out == "n\n1\n");  // the statement after the error did not run
}

TEST_CASE("query: statements on stdin when no query or -f is given / reads and writes mixed") {
  cg::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  Outcome o = Cartelgraph(dir, {"query", "--db", db, "--format", "csv"},
                          "RETURN 1 AS a;\nCREATE (:Person {name: 'x'});\nMATCH (p:Person) RETURN p.name AS name\n");
  CHECK(o.status == 0);
  CHECK(o.err == "");
  CHECK(o.out == "a\n1\nname\nx\n");
  // Without a terminal, `cartelgraph --db PATH` runs stdin the same way.
  o = Cartelgraph(dir, {"--db", db}, "MATCH (p:Person) RETURN p.name AS name;");
  CHECK(o.status == 0);
  CHECK(Contains(o.out, "| x    |"));
}

TEST_CASE("serve --stdio: one JSON line per query line, errors as objects, writes kept") {
  cg::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  Outcome o = Cartelgraph(dir, {"serve", "--db", db, "--stdio"},
                          "CREATE (:Person {name: 'a'}), (:Person {name: 'b'})\n"
                          "\n"
                          "MATCH (p:Person) RETURN p.name AS name, 1 AS one ORDER BY name\n"
                          "MATCH (p RETURN p\n"
                          "MATCH (p:Person) RETURN count(*) AS n\n");
  CHECK(o.status == 0);
  std::istringstream lines(o.out);
  std::vector<nlohmann::json> answers;
  for (std::string line; std::getline(lines, line);) answers.push_back(nlohmann::json::parse(line));
  REQUIRE(answers.size() == 4);
  CHECK(answers[0] == nlohmann::json::array());
  CHECK(answers[1].dump() == R"([{"name":"a","one":1},{"name":"b","one":1}])");
  CHECK(answers[2]["error"]["kind"] == "SyntaxError");
  CHECK(answers[3] == nlohmann::json::parse(R"([{"n":2}])"));
  CHECK(Contains(o.out, "{\"name\":\"a\",\"one\":1}"));
}

TEST_CASE("query --format jsonl streams rows; --memory-limit bounds a query") {
  cg::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  Outcome o = Cartelgraph(dir, {"query", "--db", db, "--format", "jsonl", "UNWIND range(1, 3000) AS x RETURN x"});
  CHECK(o.status == 0);
  CHECK(std::count(o.out.begin(), o.out.end(), '\n') == 3000);
  CHECK(Contains(o.out, "{\"x\":3000}\n"));
  o = Cartelgraph(dir, {"query", "--db", db, "--memory-limit", "1MB", "UNWIND range(1, 20000) AS x RETURN collect(x)"});
  CHECK(o.status == 1);
  CHECK(Contains(o.err, "MemoryLimitExceeded"));
  o = Cartelgraph(dir, {"query", "--db", db, "--memory-limit", "lots", "RETURN 1"});
  CHECK(o.status == 2);
}

TEST_CASE("--as-of: query and export see the graph of that day; a bad date names the flag and the form") {
  cg::testing::TempDir dir;
  std::string db = dir.path() + "/db";
  Outcome o = Cartelgraph(
      dir, {"query", "--db", db,
            "CREATE (m:Person {name: 'Nemesio Oseguera Cervantes'})-[:LEADS {since: date('2010-01-01'), "
            "until: date('2026-02-22')}]->(c:Organization {name: 'CJNG'}), "
            "(:Person {name: 'Contender One'})-[:LEADS {since: date('2026-02-23')}]->(c)"});
  REQUIRE(o.status == 0);
  const std::string who = "MATCH (p:Person)-[:LEADS]->(:Organization {name: 'CJNG'}) RETURN p.name AS leader";
  o = Cartelgraph(dir, {"query", "--db", db, "--format", "csv", "--as-of", "2026-02-21", who});
  CHECK(o.status == 0);
  CHECK(o.out == "leader\nNemesio Oseguera Cervantes\n");
  o = Cartelgraph(dir, {"query", "--db", db, "--format", "csv", "--as-of", "2026-02-23", who});
  CHECK(o.out == "leader\nContender One\n");
  // The shell without a subcommand takes it too (statements on stdin: not a terminal).
  o = Cartelgraph(dir, {"--db", db, "--as-of", "2026-02-23"}, who + ";\n");
  CHECK(o.status == 0);
  CHECK(Contains(o.out, "Contender One"));
  CHECK_FALSE(Contains(o.out, "Nemesio"));
  o = Cartelgraph(dir, {"--db", db}, who + ";\n");
  CHECK((Contains(o.out, "Contender One") && Contains(o.out, "Nemesio")));
  o = Cartelgraph(dir, {"query", "--db", db, "--as-of", "2026-02-21", "CREATE (:Person {name: 'x'})"});
  CHECK(o.status == 1);
  CHECK(Contains(o.err, "as of 2026-02-21"));

  o = Cartelgraph(dir,
                  {"export", "--db", db, "--format", "gexf", "--as-of", "2026-02-23", "-o", dir.path() + "/g.gexf"});
  CHECK(o.status == 0);
  const std::string gexf = ReadAll(dir.path() + "/g.gexf");
  CHECK(Contains(gexf, "label=\"Contender One\""));
  CHECK(Contains(gexf, "label=\"Nemesio Oseguera Cervantes\""));  // nodes stay
  CHECK(Contains(gexf, "kind=\"LEADS\""));
  CHECK(gexf.find("kind=\"LEADS\"") == gexf.rfind("kind=\"LEADS\""));  // one of the two

  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"query", "--db", db, "--as-of", "21/02/2026", "RETURN 1"},
        std::vector<std::string>{"export", "--db", db, "--as-of", "2026-02-30"},
        std::vector<std::string>{"shell", "--db", db, "--as-of", "yesterday"},
        std::vector<std::string>{"--db", db, "--as-of", "2026-13"}}) {
    o = Cartelgraph(dir, args);
    CHECK(o.status == 2);
    CHECK(Contains(o.err, "--as-of"));
    CHECK(Contains(o.err, "YYYY-MM-DD"));
    CHECK(Contains(o.err, *(std::find(args.begin(), args.end(), "--as-of") + 1)));
  }
}

TEST_CASE("--version: the program version and the storage formats it reads and writes") {
  cg::testing::TempDir dir;
  Outcome o = Cartelgraph(dir, {"--version"});
  CHECK(o.status == 0);
  CHECK(o.out.rfind("cartelgraph " CG_TEST_VERSION "\nstorage format ", 0) == 0);
  CHECK(Contains(o.out, "(writes " + std::to_string(cg::storage::kFormatVersion) + "; reads " +
                            std::to_string(cg::storage::kOldestUpgradableFormatVersion) + " to " +
                            std::to_string(cg::storage::kFormatVersion)));
}
