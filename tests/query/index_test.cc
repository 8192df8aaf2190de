// CREATE / DROP INDEX and CONSTRAINT: seeks on the user's indexes give the
// rows a scan gives; uniqueness is enforced atomically; indexes survive a
// reopen and pass the integrity check.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "tests/query/test_graph.h"
#include "tests/temp_dir.h"

namespace cg::query {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

// A value as text that tells types apart (1 and 1.0 differ).
std::string Text(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return "null";
    case Value::Type::kBool: return v.as_bool() ? "true" : "false";
    case Value::Type::kInt: return "i" + std::to_string(v.as_int());
    case Value::Type::kFloat: return "f" + std::to_string(v.as_float());
    case Value::Type::kString: return "'" + v.as_string() + "'";
    case Value::Type::kDate: return "d" + v.as_date().ToString();
    case Value::Type::kList: {
      std::string out = "[";
      for (const Value& e : v.as_list()) out += Text(e) + ",";
      return out + "]";
    }
    default: return v.TypeName();
  }
}

std::vector<std::string> Sorted(const QueryResult& r) {
  std::vector<std::string> out;
  for (const auto& row : r.rows) {
    std::string line;
    for (const Value& v : row) line += Text(v) + "|";
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void CheckIntegrity(graph::Graph& g) {
  std::vector<std::string> problems;
  REQUIRE(g.Check(&problems).ok());
  CHECK(problems == std::vector<std::string>{});
}

TEST_CASE("index: CREATE, SHOW, EXPLAIN, IF NOT EXISTS, DROP") {
  auto g = NewGraph();
  Run(*g, "CREATE (:Person {name: 'a', born: 1960}), (:Person {name: 'b', born: 1975}), (:Org {born: 1960})");
  QueryResult created = Run(*g, "CREATE INDEX FOR (p:Person) ON (p.born)");
  CHECK(created.stats.indexes_added == 1);
  QueryResult shown = Run(*g, "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type = 'RANGE'");
  REQUIRE(shown.rows.size() == 1);
  CHECK(shown.rows[0][0].as_string() == "index_Person_born");
  CHECK(shown.rows[0][2].as_list()[0].as_string() == "Person");
  CHECK(shown.rows[0][3].as_list()[0].as_string() == "born");

  QueryResult plan = Run(*g, "EXPLAIN MATCH (p:Person) WHERE p.born >= 1960 AND p.born < $to RETURN p.name");
  CHECK(plan.plan.find("NodeIndexSeek (p:Person) INDEX index_Person_born WHERE born >= 1960 AND born <= $to") !=
        std::string::npos);
  plan = Run(*g, "EXPLAIN MATCH (p:Person {born: 1960}) RETURN p");
  CHECK(plan.plan.find("INDEX index_Person_born WHERE born = 1960") != std::string::npos);
  plan = Run(*g, "EXPLAIN MATCH (o:Org) WHERE o.born = 1960 RETURN o");
  CHECK(plan.plan.find("NodeIndexSeek") == std::string::npos);  // no index on :Org
  CHECK(Run(*g, "MATCH (p:Person) WHERE p.born < 1970 RETURN p.name").rows.size() == 1);

  CHECK(Run(*g, "CREATE INDEX IF NOT EXISTS FOR (p:Person) ON (p.born)").stats.indexes_added == 0);
  CHECK(Fails(*g, "CREATE INDEX FOR (p:Person) ON (p.born)").code == "EquivalentSchemaRuleAlreadyExists");
  CHECK(Fails(*g, "CREATE INDEX other FOR (x:Person) ON (x.born)").code == "IndexAlreadyExists");
  CHECK(Run(*g, "CREATE INDEX named IF NOT EXISTS FOR (x:Person) ON (x.name)").stats.indexes_added == 1);
  CHECK(Run(*g, "CREATE INDEX ON :Org(born)").stats.indexes_added == 1);
  CHECK(Run(*g, "SHOW INDEXES WHERE type = 'RANGE'").rows.size() == 3);
  CheckIntegrity(*g);

  CHECK(Run(*g, "DROP INDEX named").stats.indexes_removed == 1);
  CHECK(Fails(*g, "DROP INDEX named").code == "IndexNotFound");
  CHECK(Run(*g, "DROP INDEX named IF EXISTS").stats.indexes_removed == 0);
  CHECK(Run(*g, "DROP INDEX index_Org_born").stats.indexes_removed == 1);
  plan = Run(*g, "EXPLAIN MATCH (p:Person) WHERE p.name STARTS WITH 'a' RETURN p");
  CHECK(plan.plan.find("NodeIndexSeek") == std::string::npos);  // dropped: the plan is made again
  CheckIntegrity(*g);
}

TEST_CASE("index: syntax errors name what is not supported") {
  auto g = NewGraph();
  CHECK(Fails(*g, "CREATE INDEX FOR (p:Person) ON (p.a, p.b)").code == "UnsupportedSyntax");
  CHECK(Fails(*g, "CREATE INDEX FOR ()-[r:R]-() ON (r.a)").code == "UnsupportedSyntax");
  CHECK(Fails(*g, "CREATE INDEX FOR (p:Person) ON (q.a)").code == "UndefinedVariable");
  CHECK(Fails(*g, "CREATE CONSTRAINT FOR (p:Person) REQUIRE p.a IS NOT NULL").code == "UnsupportedSyntax");
  CHECK(Fails(*g, "CREATE INDEX FOR (p:Person) ON (p.a) RETURN 1").kind == "SyntaxError");
}

// Random nodes with values of every indexed type (and some that are not
// indexed), then random predicates: the rows with the index equal the rows
// without it.
TEST_CASE("index: seeks give the rows a scan gives (random data and predicates)") {
  std::mt19937 random(20261203);
  auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  auto value = [&]() -> Value {
    switch (pick(9)) {
      case 0: return Value(static_cast<int64_t>(pick(40) - 20));
      case 1: return Value(static_cast<double>(pick(80) - 40) / 2);
      case 2: return Value(std::string(1, static_cast<char>('a' + pick(4))) + (pick(2) ? "b" : ""));
      case 3: return Value(pick(2) == 1);
      case 4: {
        Date d{1950 + pick(20), static_cast<uint8_t>(pick(3) == 0 ? 0 : 1 + pick(12)), 0};
        if (d.month && pick(2)) d.day = static_cast<uint8_t>(1 + pick(28));
        return Value(d);
      }
      case 5: return Value(List{Value(static_cast<int64_t>(pick(5)))});
      case 6: return Value(static_cast<int64_t>(pick(3)) * int64_t{1000000000000000001});
      default: return Value();
    }
  };
  auto g = NewGraph();
  for (int i = 0; i < 300; ++i) {
    Value v = value();
    Map params{{"v", v}, {"i", Value(static_cast<int64_t>(i))}};
    Run(*g, pick(4) ? "CREATE (:P {i: $i, k: $v})" : "CREATE (:Q {i: $i, k: $v})", params);
  }
  const std::vector<std::string> predicates = {
      "p.k = $a", "p.k < $a", "p.k <= $a", "p.k > $a", "p.k >= $a", "$a < p.k", "$a >= p.k",
      "p.k > $a AND p.k <= $b", "$a <= p.k AND p.k < $b", "p.k STARTS WITH $a", "p.k = $a AND p.k > $b"};
  std::vector<std::pair<std::string, Map>> queries;
  for (int q = 0; q < 160; ++q) {
    const std::string& predicate = predicates[pick(static_cast<int>(predicates.size()))];
    Value a = value(), b = value();
    if (predicate.find("STARTS") != std::string::npos && pick(3)) a = Value(std::string(1, 'a' + pick(4)));
    if (pick(2) && a.is_number()) b = Value(a.as_number() + pick(10));  // a sensible range
    queries.push_back({"MATCH (p:P) WHERE " + predicate + " RETURN p.i, p.k", {{"a", a}, {"b", b}}});
  }
  queries.push_back({"MATCH (p:P {k: $a}) RETURN p.i", {{"a", Value(int64_t{3})}}});
  queries.push_back({"MATCH (p:P {k: $a}) RETURN p.i", {{"a", Value(3.0)}}});
  queries.push_back({"UNWIND [1, 2.5, 'a', null, date('1960')] AS x MATCH (p:P) WHERE p.k >= x RETURN x, p.i", {}});

  std::vector<std::vector<std::string>> scanned;
  for (const auto& [text, params] : queries) scanned.push_back(Sorted(Run(*g, text, params)));
  Run(*g, "CREATE INDEX k FOR (p:P) ON (p.k)");
  CheckIntegrity(*g);
  size_t sought = 0;
  for (size_t i = 0; i < queries.size(); ++i) {
    const auto& [text, params] = queries[i];
    INFO(text, " a=", params.count("a") ? Text(params.at("a")) : "", " b=", params.count("b") ? Text(params.at("b")) : "");
    sought += Run(*g, "EXPLAIN " + text, params).plan.find("INDEX k") != std::string::npos;
    CHECK(Sorted(Run(*g, text, params)) == scanned[i]);
  }
  CHECK(sought == queries.size());
  // Writes after the index keep it: change, remove, relabel, delete.
  Run(*g, "MATCH (p:P) WHERE p.i % 3 = 0 SET p.k = p.i");
  Run(*g, "MATCH (p:P) WHERE p.i % 5 = 0 REMOVE p.k");
  Run(*g, "MATCH (q:Q) WHERE q.i % 2 = 0 SET q:P");
  Run(*g, "MATCH (p:P) WHERE p.i % 7 = 0 REMOVE p:P");
  Run(*g, "MATCH (p:P) WHERE p.i % 11 = 0 DETACH DELETE p");
  CheckIntegrity(*g);
  const std::string range = "MATCH (p:P) WHERE p.k >= $a AND p.k < $b RETURN p.i";
  const Map params{{"a", Value(int64_t{10})}, {"b", Value(int64_t{200})}};
  const auto with_index = Sorted(Run(*g, range, params));
  Run(*g, "DROP INDEX k");
  CHECK(Sorted(Run(*g, range, params)) == with_index);
  CHECK_FALSE(with_index.empty());
}

TEST_CASE("index: dates, strings and STARTS WITH seek") {
  auto g = NewGraph();
  Run(*g, "CREATE (:Person {name: 'Guzmán', born: date('1957-04-04')}), (:Person {name: 'Guzmán López', born: "
          "date('1986')}), (:Person {name: 'Oseguera', born: date('1966-07')}), (:Person {name: 'Zambada'})");
  Run(*g, "CREATE INDEX FOR (p:Person) ON (p.born)");
  Run(*g, "CREATE INDEX FOR (p:Person) ON (p.name)");
  QueryResult r = Run(*g, "MATCH (p:Person) WHERE p.born >= date('1960') RETURN p.name ORDER BY p.name");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].as_string() == "Guzmán López");
  CHECK(Run(*g, "EXPLAIN MATCH (p:Person) WHERE p.name STARTS WITH 'Guz' RETURN p").plan.find(
            "INDEX index_Person_name WHERE name STARTS WITH 'Guz'") != std::string::npos);
  CHECK(Run(*g, "MATCH (p:Person) WHERE p.name STARTS WITH 'Guz' RETURN p").rows.size() == 2);
  CHECK(Run(*g, "MATCH (p:Person) WHERE p.name STARTS WITH 'Guzmán ' RETURN p").rows.size() == 1);
  CHECK(Run(*g, "MATCH (p:Person) WHERE p.name STARTS WITH 1 RETURN p").rows.empty());
}

TEST_CASE("index: seeks on partial and full dates give what a scan gives, for = < <= > >= and ranges") {
  // Partial dates come from ingest and the ontology ("2010", "2010-05"); here, as parameters.
  auto date = [](const std::string& text) { return Value(*Date::Parse(text)); };
  auto g = NewGraph();
  const std::vector<std::string> stored = {"2009",    "2009-12",    "2009-12-31", "2010",       "2010-04",
                                           "2010-05", "2010-05-02", "2010-05-03", "2010-05-04", "2010-06",
                                           "2010-12-31", "2011",    "2011-01-01"};
  for (size_t i = 0; i < stored.size(); ++i) {
    Run(*g, "CREATE (:Event {i: $i, on: $d}), (:Event {i: $i + 100, on: $s})",  // a date, and a string
        {{"i", Value(static_cast<int64_t>(i))}, {"d", date(stored[i])}, {"s", Value(stored[i])}});
  }
  const std::vector<std::string> sought = {"2009", "2010", "2010-05", "2010-05-03", "2010-06-15", "2011-01"};
  std::vector<std::pair<std::string, Map>> queries;
  for (const std::string op : {"=", "<", "<=", ">", ">="}) {
    for (const std::string& a : sought) {
      queries.push_back({"MATCH (e:Event) WHERE e.on " + op + " $a RETURN e.i", {{"a", date(a)}}});
      queries.push_back({"MATCH (e:Event) WHERE $a " + op + " e.on RETURN e.i", {{"a", date(a)}}});
    }
    queries.push_back({"MATCH (e:Event) WHERE e.on " + op + " date('2010-05-03') RETURN e.i", {{"a", Value()}}});
  }
  for (const std::string& a : sought) {
    queries.push_back({"MATCH (e:Event {on: $a}) RETURN e.i", {{"a", date(a)}}});
    for (const std::string& b : sought) {
      queries.push_back({"MATCH (e:Event) WHERE e.on >= $a AND e.on < $b RETURN e.i", {{"a", date(a)}, {"b", date(b)}}});
      queries.push_back({"MATCH (e:Event) WHERE e.on > $a AND e.on <= $b RETURN e.i", {{"a", date(a)}, {"b", date(b)}}});
    }
  }
  std::vector<std::vector<std::string>> scanned;
  for (const auto& [text, params] : queries) scanned.push_back(Sorted(Run(*g, text, params)));
  // A scan compares at the coarser precision: 2010-05-03 equals 2010 and 2010-05.
  CHECK(Sorted(Run(*g, "MATCH (e:Event) WHERE e.on = $a RETURN e.on", {{"a", date("2010-05-03")}})) ==
        std::vector<std::string>{"d2010-05-03|", "d2010-05|", "d2010|"});
  Run(*g, "CREATE INDEX event_day FOR (e:Event) ON (e.on)");
  for (size_t i = 0; i < queries.size(); ++i) {
    const auto& [text, params] = queries[i];
    INFO(text, " a=", Text(params.at("a")), " b=", params.count("b") ? Text(params.at("b")) : "");
    CHECK(Run(*g, "EXPLAIN " + text, params).plan.find("INDEX event_day") != std::string::npos);
    CHECK(Sorted(Run(*g, text, params)) == scanned[i]);
  }
}

TEST_CASE("constraint: uniqueness is checked at creation and on every write, atomically") {
  auto g = NewGraph();
  Run(*g, "CREATE (:Person {id: 1, n: 'a'}), (:Person {id: 1.0, n: 'b'}), (:Person {id: 2, n: 'c'}), (:Org {id: 1})");
  QueryError e = Fails(*g, "CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
  CHECK(e.code == "ConstraintCreationFailed");
  CHECK(std::string(e.what()).find("label `Person` and property `id` = 1") != std::string::npos);
  CHECK(Run(*g, "SHOW CONSTRAINTS").rows.empty());
  CHECK(Run(*g, "SHOW INDEXES WHERE type = 'RANGE'").rows.empty());
  CheckIntegrity(*g);

  Run(*g, "MATCH (p:Person {n: 'b'}) SET p.id = 3");
  CHECK(Run(*g, "CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE").stats.constraints_added == 1);
  QueryResult shown = Run(*g, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties");
  REQUIRE(shown.rows.size() == 1);
  CHECK(shown.rows[0][1].as_string() == "UNIQUENESS");
  CHECK(Run(*g, "SHOW INDEXES YIELD name, owningConstraint WHERE owningConstraint = 'person_id'").rows.size() == 1);
  CHECK(Fails(*g, "DROP INDEX person_id").code == "IndexDropFailed");

  // A failing query writes nothing, not even its other nodes.
  e = Fails(*g, "CREATE (:Marker) CREATE (:Person {id: 2.0})");
  CHECK(e.kind == "ConstraintVerificationFailed");
  CHECK(std::string(e.what()).find("already exists with label `Person` and property `id` = 2") != std::string::npos);
  CHECK(Run(*g, "MATCH (m:Marker) RETURN m").rows.empty());
  CHECK(Fails(*g, "MATCH (p:Person {id: 3}) SET p.id = 1").kind == "ConstraintVerificationFailed");
  CHECK(Fails(*g, "MATCH (o:Org) SET o:Person").kind == "ConstraintVerificationFailed");
  CHECK(Fails(*g, "UNWIND [7, 7] AS i CREATE (:Person {id: i})").kind == "ConstraintVerificationFailed");
  // Values equal only at the end of the query are fine: a swap.
  Run(*g, "MATCH (a:Person {id: 1}), (b:Person {id: 2}) SET a.id = 2, b.id = 1");
  CHECK(Run(*g, "MERGE (p:Person {id: 2}) RETURN p").rows.size() == 1);
  CHECK(Run(*g, "MATCH (p:Person) RETURN p").rows.size() == 3);
  Run(*g, "CREATE (:Person {id: 'x'}), (:Person {name: 'no id'}), (:Person {name: 'no id'})");
  e = Fails(*g, "CREATE (:Person {id: [1]})");  // a list cannot be checked: refused
  CHECK(e.kind == "ConstraintVerificationFailed");
  CHECK(std::string(e.what()).find("holds a list in property `id`") != std::string::npos);
  CheckIntegrity(*g);
  CHECK(Fails(*g, "DROP CONSTRAINT nope").code == "ConstraintNotFound");
  CHECK(Run(*g, "DROP CONSTRAINT person_id").stats.constraints_removed == 1);
  Run(*g, "CREATE (:Person {id: 1})");
  CheckIntegrity(*g);
}

TEST_CASE("index: a reopened database keeps its indexes and constraints") {
  cg::testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  const graph::OpenOptions options{.enforce_ontology = false};
  {
    std::unique_ptr<graph::Graph> g;
    REQUIRE(graph::Graph::Open(path, options, &g).ok());
    Run(*g, "UNWIND range(1, 50) AS i CREATE (:P {n: i})");
    Run(*g, "CREATE INDEX p_n FOR (p:P) ON (p.n)");
    Run(*g, "CREATE CONSTRAINT p_u FOR (p:P) REQUIRE p.u IS UNIQUE");
  }
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open(path, options, &g).ok());
  CHECK(Run(*g, "SHOW INDEXES WHERE type = 'RANGE'").rows.size() == 2);
  CHECK(Run(*g, "EXPLAIN MATCH (p:P) WHERE p.n > 45 RETURN p").plan.find("INDEX p_n") != std::string::npos);
  CHECK(Run(*g, "MATCH (p:P) WHERE p.n > 45 RETURN p").rows.size() == 5);
  Run(*g, "CREATE (:P {u: 'a'})");
  CHECK(Fails(*g, "CREATE (:P {u: 'a'})").kind == "ConstraintVerificationFailed");
  CheckIntegrity(*g);
}

}  // namespace
}  // namespace cg::query
