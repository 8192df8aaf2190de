// Temporal values as properties (stored, reopened, sorted, grouped), partial
// dates in queries, NaN comparisons and datetime.fromepoch.
#include <doctest/doctest.h>

#include "format/value_text.h"
#include "tests/query/test_graph.h"
#include "tests/temp_dir.h"

namespace cg::query {
namespace {

using testing::NewGraph;
using testing::Run;

// The rows of a query as Cypher text, one string per row ("a | b").
std::vector<std::string> Rows(graph::Graph& g, const std::string& text) {
  QueryResult r = Run(g, text);
  std::vector<std::string> out;
  for (const auto& row : r.rows) {
    std::string line;
    for (const Value& v : row) line += (line.empty() ? "" : " | ") + format::CypherText(v, r);
    out.push_back(line);
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST_CASE("stored temporals: every kind and lists of them survive a reopen, equal to what was written") {
  const std::string values =
      "{lt: localtime('12:31:14.645876123'), t: time('12:31:14+01:00'), ldt: localdatetime('1984-10-11T12:31'), "
      "dt: datetime('2015-07-21T21:40:32.142[Europe/Stockholm]'), d: duration('P1Y2M3DT4H5M6.5S'), "
      "dts: [datetime('1900-01-01T00:00Z'), datetime('2100-12-31T23:59:59.999999999+14:00')], "
      "ds: [duration({days: -1}), duration('PT0S')], lts: [localtime('00:00'), localtime('23:59:59.999')], "
      "ts: [time('10:00-05:00')], ldts: [localdatetime('2000-02-29T12:00')]}";
  cg::testing::TempDir dir;
  {
    std::unique_ptr<graph::Graph> g;
    REQUIRE(graph::Graph::Open(dir.path(), {.enforce_ontology = false}, &g).ok());
    QueryResult r = Run(*g, "CREATE (v:Val " + values + ")-[:AT " + values + "]->(v)");
    CHECK(r.stats.properties_set == 20);
  }
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open(dir.path(), {.read_only = true, .enforce_ontology = false}, &g).ok());
  const std::string want = "WITH " + values + " AS w ";
  for (const std::string owner : {"MATCH (x:Val) ", "MATCH ()-[x:AT]->() "}) {
    QueryResult r = Run(*g, want + owner + "RETURN [k IN keys(w) WHERE x[k] = w[k] | k] AS same, x.dt, x.ds");
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0][0].as_list().size() == 10);
    CHECK(format::CypherText(r.rows[0][1], r) == "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]");
    CHECK(format::CypherText(r.rows[0][2], r) == "[P-1D, PT0S]");
  }
}

TEST_CASE("stored temporals: ORDER BY, DISTINCT, grouping and comparisons work on properties") {
  auto g = NewGraph();
  Run(*g,
      "UNWIND ['12:00+01:00', '10:30Z', '11:00Z', '09:00-03:00'] AS s CREATE (:T {t: time(s)}) "
      "WITH count(*) AS c "
      "UNWIND ['2020-01-01T00:00', '1999-12-31T23:59', '2020-01-01T00:00'] AS s CREATE (:L {t: localdatetime(s)})");
  // 12:00+01:00 and 11:00Z are one instant: they sort together and compare equal.
  CHECK(Rows(*g, "MATCH (n:T) RETURN n.t ORDER BY n.t, toString(n.t)") ==
        Lines{"10:30Z", "11:00Z", "12:00+01:00", "09:00-03:00"});
  CHECK(Rows(*g, "MATCH (a:T), (b:T) WHERE a.t = b.t AND id(a) < id(b) RETURN a.t, b.t") ==
        Lines{"12:00+01:00 | 11:00Z"});
  CHECK(Rows(*g, "MATCH (n:L) RETURN DISTINCT n.t ORDER BY n.t DESC") ==
        Lines{"2020-01-01T00:00", "1999-12-31T23:59"});
  CHECK(Rows(*g, "MATCH (n:L) RETURN n.t, count(*) ORDER BY n.t") ==
        Lines{"1999-12-31T23:59 | 1", "2020-01-01T00:00 | 2"});
  CHECK(Rows(*g, "MATCH (n:L) WHERE n.t > localdatetime('2000-01-01T00:00') RETURN count(*)") == Lines{"2"});
  CHECK(Rows(*g, "MATCH (n:L) RETURN max(n.t), min(n.t)") == Lines{"2020-01-01T00:00 | 1999-12-31T23:59"});
  // A duration property adds to a time read from another.
  Run(*g, "MATCH (n:T {t: time('10:30Z')}) SET n.d = duration({minutes: 45})");
  CHECK(Rows(*g, "MATCH (n:T) WHERE n.d IS NOT NULL RETURN n.t + n.d") == Lines{"11:15Z"});
}

TEST_CASE("stored temporals: maps and nested lists are still refused") {
  auto g = NewGraph();
  QueryError e = testing::Fails(*g, "CREATE (:X {m: [[time('10:00')]]})");
  CHECK(std::string(e.what()).find("scalar values") != std::string::npos);
}

TEST_CASE("partial dates compare at the coarser precision, sort first in their period and print as they are") {
  auto g = NewGraph();
  // A date property written as "2010" or "2026-02" keeps that precision
  // (an import or the ontology's date properties store such values).
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  graph::NodeId id = 0;
  for (const Date& d : {Date{2010, 0, 0}, Date{2026, 2, 0}, Date{2026, 2, 22}, Date{2010, 5, 3}, Date{2009, 12, 31}}) {
    REQUIRE(txn->CreateNode({"D"}, {{"on", cg::Value(d)}}, &id).ok());
  }
  REQUIRE(txn->Commit().ok());

  CHECK(Rows(*g, "MATCH (n:D) RETURN n.on ORDER BY n.on") ==
        Lines{"2009-12-31", "2010", "2010-05-03", "2026-02", "2026-02-22"});
  CHECK(Rows(*g, "MATCH (n:D) RETURN toString(n.on), n.on.year, n.on.month, n.on.day ORDER BY n.on") ==
        Lines{"'2009-12-31' | 2009 | 12 | 31", "'2010' | 2010 | null | null", "'2010-05-03' | 2010 | 5 | 3",
              "'2026-02' | 2026 | 2 | null", "'2026-02-22' | 2026 | 2 | 22"});
  // "2010" stands for the whole year: equal to any day of it, before none.
  CHECK(Rows(*g, "MATCH (n:D) WHERE n.on = date('2010-07-01') RETURN n.on ORDER BY n.on") == Lines{"2010"});
  CHECK(Rows(*g, "MATCH (n:D) WHERE n.on < date('2010-05-03') RETURN n.on ORDER BY n.on") == Lines{"2009-12-31"});
  CHECK(Rows(*g, "MATCH (n:D) WHERE n.on >= date('2026-02-10') RETURN n.on ORDER BY n.on") ==
        Lines{"2026-02", "2026-02-22"});
  CHECK(Rows(*g, "MATCH (n:D) WHERE n.on.year = 2026 RETURN date(n.on) ORDER BY n.on") ==
        Lines{"2026-02", "2026-02-22"});
  // date('2010') is openCypher's 2010-01-01, which the year 2010 covers.
  CHECK(Rows(*g, "MATCH (n:D) WHERE n.on = date('2010') RETURN n.on") == Lines{"2010"});
  // DISTINCT and grouping keep each precision apart.
  CHECK(Rows(*g, "MATCH (n:D) WHERE n.on.year = 2010 RETURN count(DISTINCT n.on)") == Lines{"2"});
}

TEST_CASE("NaN: ordering comparisons with a number are false, with another type null, equality false") {
  auto g = NewGraph();
  CHECK(Rows(*g, "WITH 0.0 / 0.0 AS nan RETURN nan > 0, nan < 0, nan >= 0, nan <= 0, nan = 0, nan <> 0") ==
        Lines{"false | false | false | false | false | true"});
  CHECK(Rows(*g, "WITH 0.0 / 0.0 AS nan RETURN nan > nan, nan <= nan, nan = nan, nan <> nan") ==
        Lines{"false | false | false | true"});
  CHECK(Rows(*g, "WITH 0.0 / 0.0 AS nan RETURN nan > 'a', nan <= 'a', nan = 'a'") == Lines{"null | null | false"});
  CHECK(Rows(*g, "WITH 0.0 / 0.0 AS nan RETURN [nan] < [1], 1 < nan < 2") == Lines{"false | false"});
  Run(*g, "CREATE (:N {x: 0.0 / 0.0}), (:N {x: 1.0})");
  CHECK(Rows(*g, "MATCH (n:N) WHERE n.x > 0 RETURN n.x") == Lines{"1.0"});
  CHECK(Rows(*g, "MATCH (n:N) WHERE n.x <= 1 RETURN n.x") == Lines{"1.0"});
}

TEST_CASE("datetime.fromepoch and datetime.fromepochmillis give UTC date-times") {
  auto g = NewGraph();
  CHECK(Rows(*g, "RETURN datetime.fromepoch(1234567890, 123456789), datetime.fromepochmillis(1234567890123)") ==
        Lines{"2009-02-13T23:31:30.123456789Z | 2009-02-13T23:31:30.123Z"});
  CHECK(Rows(*g, "RETURN datetime.fromEpochMillis(-1), datetime.fromepoch(0, 0), datetime.fromepoch(null, 0)") ==
        Lines{"1969-12-31T23:59:59.999Z | 1970-01-01T00:00Z | null"});
  CHECK(testing::Fails(*g, "RETURN datetime.fromepoch('1', 0)").code == "InvalidArgumentType");
}

}  // namespace
}  // namespace cg::query
