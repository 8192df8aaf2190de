// The procedures that walk relationships themselves (cg.network,
// cg.cooperation, cg.designations, cg.succession, the algo.* graphs) under an as-of day
// (QueryOptions::as_of): a relationship that ended before the day or
// begins after it is not listed; without as-of, every one is.
#include <doctest/doctest.h>

#include <set>

#include "graph/write_txn.h"
#include "tests/query/test_graph.h"

using namespace cg;
using cg::query::QueryOptions;
using cg::query::testing::Run;

namespace {

// Strings, integers, dates (ISO), null and lists of them as text.
std::string Text(const query::Value& v) {
  if (v.is_string()) return v.as_string();
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_date()) return v.as_date().ToString();
  if (v.is_null()) return "null";
  if (!v.is_list()) return "?";
  std::string s;
  for (const query::Value& e : v.as_list()) s += (s.empty() ? "" : ", ") + Text(e);
  return "[" + s + "]";
}

// Around 2026-02-21: for each procedure, one relationship that holds on the
// day, one that ended before it and one that begins after it.
struct Timeline {
  std::unique_ptr<graph::Graph> g = query::testing::NewGraph();

  Timeline() {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    auto node = [&](std::vector<std::string> labels, const std::string& name) {
      graph::NodeId id;
      REQUIRE(txn->CreateNode(std::move(labels), {{"name", name}}, &id).ok());
      return id;
    };
    auto rel = [&](const std::string& type, graph::NodeId a, graph::NodeId b, PropertyMap props) {
      graph::RelId id;
      REQUIRE(txn->CreateRelationship(type, a, b, std::move(props), &id).ok());
    };
    const graph::NodeId old = node({"Person"}, "Old Boss"), mencho = node({"Person"}, "El Mencho"),
                        heir = node({"Person"}, "The Heir"), cjng = node({"Organization"}, "CJNG"),
                        sedena = node({"Organization"}, "SEDENA"), jitf = node({"Organization"}, "Task Force"),
                        state = node({"Organization"}, "State Department"),
                        treasury = node({"Organization"}, "Treasury"), raid = node({"Event"}, "Tapalpa raid");
    // cg.succession: Old Boss until 2010, El Mencho until 2026-02-22, The Heir from 2026-03.
    rel("LEADS", old, cjng, {{"since", Date{2000, 0, 0}}, {"until", Date{2010, 1, 0}}});
    rel("LEADS", mencho, cjng, {{"since", Date{2010, 0, 0}}, {"until", Date{2026, 2, 22}}});
    rel("LEADS", heir, cjng, {{"since", Date{2026, 3, 0}}});
    rel("SUCCEEDED", mencho, old, {{"date", Date{2010, 0, 0}}, {"organization", "CJNG"}});
    rel("SUCCEEDED", heir, mencho, {{"date", Date{2026, 3, 0}}, {"organization", "CJNG"}});
    // cg.cooperation: SEDENA with the task force since 2025; with State from 2026-03-05;
    // Treasury with State until 2020. The raid counts only while it is in force.
    rel("COOPERATES_WITH", sedena, jitf, {{"since", Date{2025, 0, 0}}});
    rel("COOPERATES_WITH", sedena, state, {{"date", Date{2026, 3, 5}}});
    rel("COOPERATES_WITH", treasury, state, {{"until", Date{2020, 0, 0}}});
    rel("PARTICIPATED_IN", sedena, raid, {});
    rel("PARTICIPATED_IN", jitf, raid, {{"since", Date{2026, 2, 22}}});
    // cg.designations: CJNG from 2025-02-20; El Mencho from 2026-03; Old Boss 2001 to 2012.
    rel("DESIGNATED", state, cjng, {{"designation", "Foreign Terrorist Organization"}, {"date", Date{2025, 2, 20}}});
    rel("DESIGNATED", treasury, mencho, {{"designation", "Kingpin"}, {"date", Date{2026, 3, 1}}});
    rel("DESIGNATED", treasury, old, {{"designation", "Kingpin"}, {"date", Date{2001, 0, 0}}, {"until", Date{2012, 0, 0}}});
    // cg.network: El Mencho's ties that ended, and one that begins later.
    rel("RELATIVE_OF", heir, mencho, {{"since", Date{2027, 0, 0}}});
    rel("KNOWS", mencho, old, {{"until", Date{2005, 0, 0}}});
    REQUIRE(txn->Commit().ok());
  }

  // The query's rows, each rendered as its values joined by " | ".
  std::multiset<std::string> Rows(const std::string& text, bool as_of) {
    QueryOptions options;
    if (as_of) options.as_of = Date{2026, 2, 21};
    std::multiset<std::string> out;
    for (const auto& row : Run(*g, text, {}, options).rows) {
      std::string line;
      for (const query::Value& v : row) line += (line.empty() ? "" : " | ") + Text(v);
      out.insert(line);
    }
    return out;
  }
};

using Lines = std::multiset<std::string>;

}  // namespace

TEST_CASE("cg.network as of a day walks and lists only the relationships of that day") {
  Timeline t;
  const std::string q = "CALL cg.network('El Mencho', 2) YIELD nodes, relationships "
                        "UNWIND relationships AS r RETURN startNode(r).name, type(r), endNode(r).name";
  // The raid-era graph: his LEADS, the SUCCEEDED of 2010, and CJNG's designation two hops out.
  CHECK(t.Rows(q, true) == Lines{"El Mencho | LEADS | CJNG", "El Mencho | SUCCEEDED | Old Boss",
                                 "State Department | DESIGNATED | CJNG"});
  const Lines all = t.Rows(q, false);
  CHECK(all.count("The Heir | RELATIVE_OF | El Mencho") == 1);
  CHECK(all.count("El Mencho | KNOWS | Old Boss") == 1);
  CHECK(all.count("Old Boss | LEADS | CJNG") == 1);
  CHECK(t.Rows("CALL cg.network('El Mencho', 2) YIELD nodes UNWIND nodes AS n RETURN n.name", true) ==
        Lines{"El Mencho", "CJNG", "Old Boss", "State Department"});
}

TEST_CASE("cg.cooperation as of a day: pairs in force then, operations of relationships in force") {
  Timeline t;
  const std::string q = "CALL cg.cooperation() YIELD organization, partner, operations "
                        "RETURN organization, partner, size(operations)";
  CHECK(t.Rows(q, true) == Lines{"SEDENA | Task Force | 0"});  // the task force joined the raid on the 22nd
  CHECK(t.Rows(q, false) ==
        Lines{"SEDENA | Task Force | 1", "SEDENA | State Department | 0", "Treasury | State Department | 0"});
  CHECK(t.Rows("CALL cg.cooperation('State Department') YIELD partner RETURN partner", true).empty());
}

TEST_CASE("cg.designations as of a day: made by then and not ended") {
  Timeline t;
  const std::string q = "CALL cg.designations() YIELD designated, designation, by RETURN designated, designation, by";
  CHECK(t.Rows(q, true) == Lines{"CJNG | Foreign Terrorist Organization | State Department"});
  CHECK(t.Rows(q, false) == Lines{"CJNG | Foreign Terrorist Organization | State Department",
                                  "El Mencho | Kingpin | Treasury", "Old Boss | Kingpin | Treasury"});
}

TEST_CASE("cg.succession as of a day: the tenures and SUCCEEDED links that hold then") {
  Timeline t;
  const std::string q = "CALL cg.succession('CJNG') YIELD leader, since, until, predecessor, successor "
                        "RETURN leader.name, since, until, predecessor.name, successor.name";
  // Old Boss's tenure ended in 2010: he is known that day only as El
  // Mencho's predecessor (their SUCCEEDED holds from 2010 on); The Heir's
  // tenure and SUCCEEDED begin in 2026-03.
  CHECK(t.Rows(q, true) ==
        Lines{"Old Boss | null | null | null | El Mencho", "El Mencho | 2010 | 2026-02-22 | Old Boss | null"});
  CHECK(t.Rows(q, false) == Lines{"Old Boss | 2000 | 2010-01 | null | El Mencho",
                                  "El Mencho | 2010 | 2026-02-22 | Old Boss | The Heir",
                                  "The Heir | 2026-03 | null | El Mencho | null"});
}

TEST_CASE("algo.* as of a day run on the relationships that hold then") {
  Timeline t;
  const std::string degree = "CALL algo.degree({direction: 'BOTH'}) YIELD node, degree "
                             "WHERE node.name = 'El Mencho' RETURN degree";
  CHECK(t.Rows(degree, true) == Lines{"2"});   // CJNG, and Old Boss through SUCCEEDED
  CHECK(t.Rows(degree, false) == Lines{"4"});  // also The Heir and Treasury
  const std::string path = "MATCH (a:Person {name: 'El Mencho'}), (b:Person {name: 'The Heir'}) "
                           "CALL algo.shortestPath(a, b, {direction: 'BOTH'}) YIELD length RETURN length";
  CHECK(t.Rows(path, true).empty());
  CHECK(t.Rows(path, false) == Lines{"1"});
}
