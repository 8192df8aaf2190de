// SHOW PROCEDURES / FUNCTIONS / INDEXES: CALLs of the listing procedures,
// with YIELD, WHERE and RETURN as after a CALL.
#include <doctest/doctest.h>

#include <algorithm>

#include "query/function/function_docs.h"
#include "query/function/functions.h"
#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

bool HasRow(const QueryResult& r, size_t column, const std::string& value) {
  return std::any_of(r.rows.begin(), r.rows.end(),
                     [&](const auto& row) { return row[column].is_string() && row[column].as_string() == value; });
}

TEST_CASE("SHOW PROCEDURES lists every procedure; YIELD, WHERE and RETURN compose") {
  auto g = NewGraph();
  QueryResult all = Run(*g, "SHOW PROCEDURES");
  CHECK(all.columns == std::vector<std::string>{"name", "signature", "description"});
  CHECK(HasRow(all, 0, "db.labels"));
  CHECK(HasRow(all, 0, "cg.vacuums"));
  CHECK(all.rows.size() == Run(*g, "CALL dbms.procedures()").rows.size());
  QueryResult db = Run(*g, "SHOW PROCEDURES WHERE name STARTS WITH 'db.'");
  CHECK(db.rows.size() == 7);  // db.labels ... db.index.fulltext.queryNodes
  QueryResult names = Run(*g, "SHOW PROCEDURE YIELD name WHERE name STARTS WITH 'db.' RETURN name ORDER BY name DESC");
  CHECK(names.columns == std::vector<std::string>{"name"});
  REQUIRE(names.rows.size() == 7);
  CHECK(names.rows[0][0].as_string() == "db.schema.visualization");
  CHECK(Run(*g, "SHOW ALL PROCEDURES YIELD * RETURN count(*) AS n").rows[0][0].as_int() ==
        static_cast<int64_t>(all.rows.size()));
  QueryResult plan = Run(*g, "EXPLAIN SHOW PROCEDURES");
  CHECK(plan.plan.find("ProcedureCall SHOW PROCEDURES (dbms.procedures)") != std::string::npos);
}

TEST_CASE("SHOW FUNCTIONS lists every function with a signature and a description") {
  auto g = NewGraph();
  QueryResult all = Run(*g, "SHOW FUNCTIONS");
  CHECK(all.columns == std::vector<std::string>{"name", "category", "signature", "description", "aggregating"});
  CHECK(all.rows.size() == function::AllFunctions().size());
  for (const auto& row : all.rows) {
    INFO(row[0].as_string());
    CHECK(function::FindFunction(row[0].as_string()) != nullptr);
    CHECK(row[2].as_string().rfind(row[0].as_string() + "(", 0) == 0);
    CHECK_FALSE(row[3].as_string().empty());  // every function is described
  }
  QueryResult aggregating = Run(*g, "SHOW FUNCTIONS YIELD name, aggregating WHERE aggregating RETURN name");
  CHECK(aggregating.rows.size() == 10);
  QueryResult one = Run(*g, "SHOW FUNCTIONS WHERE name = 'elementId'");
  REQUIRE(one.rows.size() == 1);
  CHECK(one.rows[0][2].as_string() == "elementId(input :: NODE | RELATIONSHIP) :: STRING");
}

TEST_CASE("SHOW INDEXES lists the indexes every database has") {
  auto g = NewGraph();
  QueryResult r = Run(*g, "SHOW INDEXES YIELD name, type RETURN name, type");
  CHECK(HasRow(r, 0, "node_label_lookup"));
  CHECK(HasRow(r, 0, "node_name_exact"));
  CHECK(HasRow(r, 0, "node_names_text"));
  QueryResult exact = Run(*g, "SHOW INDEXES WHERE type = 'EXACT' RETURN properties[0] AS key ORDER BY key");
  CHECK(exact.rows.size() == 3);
}

TEST_CASE("SHOW: errors name what was expected") {
  auto g = NewGraph();
  QueryError e = Fails(*g, "SHOW TABLES");
  CHECK(e.kind == "SyntaxError");
  CHECK(std::string(e.what()).find("expected PROCEDURES, FUNCTIONS, INDEXES or CONSTRAINTS") != std::string::npos);
  CHECK(Fails(*g, "MATCH (n) SHOW PROCEDURES").code == "InvalidClauseComposition");
  CHECK(Fails(*g, "SHOW PROCEDURES YIELD nope").code == "UndefinedVariable");
}

}  // namespace
}  // namespace cg::query
