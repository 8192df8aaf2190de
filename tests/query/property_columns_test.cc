// Relationship and node properties read from the per-state columns
// (execution/property_columns.h, Graph::RelColumnFor): on random graphs,
// after every committed write (create, set, remove, delete, detach delete),
// a rolled-back one and a write inside the reading query, aggregations
// over RelationshipScan, ExpandAggregate and Expand give what a model of
// the graph kept by the test gives.
#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <random>
#include <tuple>

#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::NewGraph;
using testing::Run;

struct Lead {
  int64_t person, org;
  std::optional<int64_t> until;
};

// The model: LEADS relationships by their `k` property (unique), people
// and organizations by id.
struct Model {
  std::map<int64_t, Lead> leads;
  std::map<int64_t, bool> people;  // id -> alive
};

// Per organization (by id): count(r.until), open leads, max(r.until) as
// the query below returns them.
std::map<int64_t, std::tuple<int64_t, int64_t, std::optional<int64_t>>> Expected(const Model& m) {
  std::map<int64_t, std::tuple<int64_t, int64_t, std::optional<int64_t>>> out;
  for (const auto& [k, lead] : m.leads) {
    auto& [ended, open, last] = out[lead.org];
    if (lead.until) {
      ++ended;
      if (!last || *lead.until > *last) last = lead.until;
    } else {
      ++open;
    }
  }
  return out;
}

const char* const kPerOrg =
    "MATCH (:Person)-[r:LEADS]->(o:Org) "
    "RETURN o.id AS org, count(r.until) AS ended, sum(CASE WHEN r.until IS NULL THEN 1 ELSE 0 END) AS open, "
    "max(r.until) AS last ORDER BY org";
// The same through an ExpandAggregate and a plain Expand (from each org).
const char* const kPerOrgFromOrgs =
    "MATCH (o:Org) OPTIONAL MATCH (o)<-[r:LEADS]-(:Person) "
    "WITH o, count(r.until) AS ended, sum(CASE WHEN r IS NOT NULL AND r.until IS NULL THEN 1 ELSE 0 END) AS open, "
    "max(r.until) AS last WHERE ended + open > 0 RETURN o.id, ended, open, last ORDER BY o.id";
const char* const kExpand =
    "MATCH (o:Org) WITH o ORDER BY o.id MATCH (o)<-[r:LEADS]-(p:Person) RETURN o.id, r.k, r.until, p.id ORDER BY r.k";

void CheckAgainst(graph::Graph& g, const Model& m) {
  const auto want = Expected(m);
  for (const char* text : {kPerOrg, kPerOrgFromOrgs}) {
    INFO(text);
    const QueryResult r = Run(g, text);
    REQUIRE(r.rows.size() == want.size());
    auto it = want.begin();
    for (const auto& row : r.rows) {
      const auto& [ended, open, last] = it->second;
      CHECK(row[0].as_int() == it->first);
      CHECK(row[1].as_int() == ended);
      CHECK(row[2].as_int() == open);
      CHECK(row[3].is_null() == !last);
      if (last && row[3].is_int()) CHECK(row[3].as_int() == *last);
      ++it;
    }
  }
  const QueryResult r = Run(g, kExpand);
  REQUIRE(r.rows.size() == m.leads.size());
  auto it = m.leads.begin();
  for (const auto& row : r.rows) {
    CHECK(row[1].as_int() == it->first);
    CHECK(row[0].as_int() == it->second.org);
    CHECK(row[3].as_int() == it->second.person);
    CHECK(row[2].is_null() == !it->second.until);
    if (it->second.until && row[2].is_int()) CHECK(row[2].as_int() == *it->second.until);
    ++it;
  }
}

}  // namespace

TEST_CASE("property columns: relationship properties stay fresh across commits, rollbacks and deletes") {
  auto g = NewGraph();
  std::mt19937 rng(11);
  auto pick = [&](int64_t n) { return std::uniform_int_distribution<int64_t>(0, n - 1)(rng); };
  Model m;
  constexpr int64_t kPeople = 30, kOrgs = 8;
  Run(*g, "UNWIND range(0, $n - 1) AS i CREATE (:Person {id: i})", {{"n", Value(kPeople)}});
  Run(*g, "UNWIND range(0, $n - 1) AS i CREATE (:Org {id: i})", {{"n", Value(kOrgs)}});
  for (int64_t i = 0; i < kPeople; ++i) m.people[i] = true;
  int64_t next_k = 0;
  auto create = [&](int count) {
    for (int i = 0; i < count; ++i) {
      std::vector<int64_t> alive;
      for (const auto& [id, live] : m.people) {
        if (live) alive.push_back(id);
      }
      Lead lead{alive[pick(static_cast<int64_t>(alive.size()))], pick(kOrgs), std::nullopt};
      if (pick(3) > 0) lead.until = 1990 + pick(30);
      Run(*g,
          "MATCH (p:Person {id: $p}), (o:Org {id: $o}) CREATE (p)-[:LEADS {k: $k, until: $until}]->(o), "
          "(p)-[:MEMBER_OF {until: 1}]->(o)",
          {{"p", Value(lead.person)},
           {"o", Value(lead.org)},
           {"k", Value(next_k)},
           {"until", lead.until ? Value(*lead.until) : Value()}});
      m.leads[next_k++] = lead;
    }
  };
  create(40);
  CheckAgainst(*g, m);  // builds the LEADS columns of this state
  for (int round = 0; round < 40; ++round) {
    CAPTURE(round);
    auto any_lead = [&] {
      auto it = m.leads.begin();
      std::advance(it, pick(static_cast<int64_t>(m.leads.size())));
      return it;
    };
    switch (round % 6) {
      case 0: create(1 + static_cast<int>(pick(3))); break;
      case 1: {  // SET
        auto it = any_lead();
        it->second.until = 2000 + pick(40);
        Run(*g, "MATCH ()-[r:LEADS {k: $k}]->() SET r.until = $u",
            {{"k", Value(it->first)}, {"u", Value(*it->second.until)}});
        break;
      }
      case 2: {  // REMOVE
        auto it = any_lead();
        it->second.until.reset();
        Run(*g, "MATCH ()-[r:LEADS {k: $k}]->() REMOVE r.until", {{"k", Value(it->first)}});
        break;
      }
      case 3: {  // DELETE
        auto it = any_lead();
        Run(*g, "MATCH ()-[r:LEADS {k: $k}]->() DELETE r", {{"k", Value(it->first)}});
        m.leads.erase(it);
        break;
      }
      case 4: {  // DETACH DELETE a person (not the last)
        const int64_t p = pick(kPeople);
        if (!m.people[p] || m.people.size() < 3) break;
        Run(*g, "MATCH (p:Person {id: $p}) DETACH DELETE p", {{"p", Value(p)}});
        m.people[p] = false;
        std::erase_if(m.leads, [&](const auto& kv) { return kv.second.person == p; });
        break;
      }
      case 5: {  // a write that fails after writing: rolled back
        const QueryResult r =
            QueryEngine::Execute(*g, "MATCH ()-[r:LEADS]->() SET r.until = 1 WITH count(*) AS n RETURN 1 / (n - n)");
        CHECK_FALSE(r.ok());
        break;
      }
    }
    if (m.leads.empty()) create(2);
    CheckAgainst(*g, m);
  }
  // A query that writes sees its own writes, not the committed columns.
  const QueryResult r = Run(*g, "MATCH (:Person)-[r:LEADS]->(:Org) SET r.until = r.k + 5000 RETURN min(r.until - r.k)");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].as_int() == 5000);
  for (auto& [k, lead] : m.leads) lead.until = k + 5000;
  CheckAgainst(*g, m);
}

TEST_CASE("property columns: node properties come from a built node column, fresh after writes") {
  auto g = NewGraph();
  Run(*g, "UNWIND range(0, 19) AS i CREATE (:Person {id: i, name: 'p' + toString(i)})-[:LEADS]->(:Org {id: i % 4})");
  const std::string q =
      "MATCH (p:Person)-[:LEADS]->(o:Org) RETURN o.id AS o, min(p.id) AS first, count(p.name) AS named ORDER BY o";
  // (org, first, named) per org.
  auto rows = [&] {
    std::vector<std::tuple<int64_t, int64_t, int64_t>> out;
    for (const auto& row : Run(*g, q).rows) out.emplace_back(row[0].as_int(), row[1].as_int(), row[2].as_int());
    return out;
  };
  using Rows = std::vector<std::tuple<int64_t, int64_t, int64_t>>;
  CHECK(rows() == Rows{{0, 0, 5}, {1, 1, 5}, {2, 2, 5}, {3, 3, 5}});
  // Build the id column of this state (a reachability count reads it) and run again.
  Run(*g, "MATCH (p:Person {id: 0})-[:LEADS*1..2]-(n) WHERE n.id <> 0 RETURN count(DISTINCT n)");
  CHECK(rows() == Rows{{0, 0, 5}, {1, 1, 5}, {2, 2, 5}, {3, 3, 5}});
  Run(*g, "MATCH (p:Person {id: 0}) SET p.id = 100 REMOVE p.name");
  CHECK(rows() == Rows{{0, 4, 4}, {1, 1, 5}, {2, 2, 5}, {3, 3, 5}});
}

}  // namespace cg::query
