// Traversals on the CSR projection (execution/csr_*.h, optimizer/
// reachability.h) against the same queries answered by enumerating paths
// over storage, on random multigraphs with self-loops and parallel
// relationships.
#include <doctest/doctest.h>

#include <random>
#include <set>

#include "graph/projection.h"
#include "query/execution/operator.h"
#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

// A random graph of nodes (:N {key: 0..n-1, id: key, name: key as text},
// some without id, some without name, some with a number as name) and
// relationships of types A, B, C, with loops and repeated pairs; ends are
// found by `key`.
std::unique_ptr<graph::Graph> RandomGraph(std::mt19937& rng, int* num_nodes) {
  auto g = NewGraph();
  const int n = std::uniform_int_distribution<int>(1, 8)(rng);
  const int m = std::uniform_int_distribution<int>(0, 14)(rng);
  Run(*g, "UNWIND range(0, $n - 1) AS i CREATE (:N {key: i, id: CASE WHEN i % 4 = 3 THEN null ELSE i END, "
          "name: CASE i % 3 WHEN 1 THEN null WHEN 2 THEN i ELSE toString(i) END})",
      {{"n", Value(int64_t{n})}});
  std::uniform_int_distribution<int> node(0, n - 1), type(0, 2), coin(0, 5);
  int64_t last_a = 0, last_b = 0;
  for (int i = 0; i < m; ++i) {
    const int c = coin(rng);
    int64_t a = node(rng), b = c == 0 ? a : node(rng);
    if (c == 1 && i > 0) a = last_a, b = last_b;
    const std::string t = std::string(1, static_cast<char>('A' + type(rng)));
    Run(*g, "MATCH (a:N {key: $a}), (b:N {key: $b}) CREATE (a)-[:" + t + "]->(b)",
        {{"a", Value(a)}, {"b", Value(b)}});
    last_a = a, last_b = b;
  }
  *num_nodes = n;
  return g;
}

// The integers, lists and nulls these tests return, as text.
std::string Render(const Value& v) {
  if (v.is_int()) return std::to_string(v.as_int());
  if (!v.is_list()) return v.is_null() ? "null" : "?";
  std::string s = "[";
  for (const Value& e : v.as_list()) s += Render(e) + ",";
  return s + "]";
}

// The rows of `text`, sorted, as strings.
std::multiset<std::string> Rows(graph::Graph& g, const std::string& text, const Map& params) {
  std::multiset<std::string> out;
  for (const auto& row : Run(g, text, params).rows) {
    std::string s;
    for (const Value& v : row) s += Render(v) + "|";
    out.insert(s);
  }
  return out;
}

// `text` after a write in the same transaction, so with no projection:
// answered from storage (the write adds an isolated node, removed again).
std::multiset<std::string> RowsFromStorage(graph::Graph& g, const std::string& text, const Map& params) {
  auto rows = Rows(g, "CREATE (:Scratch) WITH count(*) AS ignored " + text, params);
  Run(g, "MATCH (s:Scratch) DELETE s");
  return rows;
}

bool Explains(graph::Graph& g, const std::string& text, const std::string& op) {
  return Run(g, "EXPLAIN " + text, {{"id", Value(int64_t{0})}}).plan.find(op) != std::string::npos;
}

}  // namespace

TEST_CASE("csr: distinct end nodes of var-length patterns equal path enumeration") {
  std::mt19937 rng(4242);
  const std::vector<std::string> shapes = {"-[*1..K]-", "-[*1..K]->", "<-[*1..K]-", "-[:A|C*1..K]-",
                                           "-[*0..K]-", "-[:B*0..K]->"};
  for (int round = 0; round < 25; ++round) {
    int n = 0;
    auto g = RandomGraph(rng, &n);
    for (const std::string& shape : shapes) {
      for (int k : {1, 2, 3}) {
        std::string pattern = shape;
        pattern.replace(pattern.find('K'), 1, std::to_string(k));
        std::string named = pattern;
        named.insert(named.find('[') + 1, "r");
        const std::string match = "MATCH (p:N {key: $id})";
        const std::string ids = match + pattern + "(n) WHERE n.key >= 0 RETURN DISTINCT n.key";
        const std::string ids_named = match + named + "(n) WHERE n.key >= 0 RETURN DISTINCT n.key";
        REQUIRE(Explains(*g, ids, "ExpandReachable"));
        REQUIRE_FALSE(Explains(*g, ids_named, "ExpandReachable"));
        for (const std::string where : {"", "WHERE n.id <> $id ", "WHERE '4' > n.name ", "WHERE n.name = '3' ",
                                    "WHERE 2 > n.id AND n.key <> 1 "}) {
          const std::string count = match + pattern + "(n) " + where + "RETURN count(DISTINCT n) AS c";
          const std::string count_named = match + named + "(n) " + where + "RETURN count(DISTINCT n) AS c";
          // T4's shape fuses; the others may be planned from n (a seek on name).
          const bool fused = where.empty() || where.find("n.id <>") != std::string::npos;
          REQUIRE(Explains(*g, count, fused ? "CountReachable" : "Reachable"));
          for (int64_t id = 0; id < n; ++id) {
            INFO("round " << round << " " << count << " id " << id);
            const Map params{{"id", Value(id)}};
            const auto want = RowsFromStorage(*g, count_named, params);
            CHECK(Rows(*g, count, params) == want);             // BFS on the projection
            CHECK(Rows(*g, count_named, params) == want);       // enumeration on the projection
            CHECK(RowsFromStorage(*g, count, params) == want);  // the rewritten plan's fallback
          }
        }
        for (int64_t id = 0; id < n; ++id) {
          const Map params{{"id", Value(id)}};
          CHECK(Rows(*g, ids, params) == RowsFromStorage(*g, ids_named, params));
        }
      }
    }
  }
}

TEST_CASE("csr: the rule leaves duplicate-sensitive and path-reading queries alone") {
  auto g = NewGraph();
  const std::string match = "MATCH (p:N {id: $id})-[*1..3]-(n) ";
  CHECK_FALSE(Explains(*g, match + "RETURN count(n)", "ExpandReachable"));
  CHECK_FALSE(Explains(*g, match + "RETURN count(*), count(DISTINCT n)", "ExpandReachable"));
  CHECK_FALSE(Explains(*g, match + "RETURN n", "ExpandReachable"));
  CHECK_FALSE(Explains(*g, "MATCH p = (:N {id: $id})-[*1..3]-(n) RETURN count(DISTINCT n)", "ExpandReachable"));
  CHECK_FALSE(Explains(*g, "MATCH (p:N {id: $id})-[*2..3]-(n) RETURN count(DISTINCT n)", "ExpandReachable"));
  CHECK_FALSE(Explains(*g, "MATCH (p:N {id: $id})-[*1..3 {w: 1}]-(n) RETURN count(DISTINCT n)", "ExpandReachable"));
  CHECK(Explains(*g, match + "RETURN min(n.id), max(n.id), collect(DISTINCT n.id)", "ExpandReachable"));
}

TEST_CASE("csr: shortestPath and allShortestPaths equal the search over storage") {
  std::mt19937 rng(77);
  const std::vector<std::string> shapes = {"-[*..5]-", "-[*]->", "<-[:A|B*..4]-", "-[*0..3]-", "-[:C]-"};
  for (int round = 0; round < 25; ++round) {
    int n = 0;
    auto g = RandomGraph(rng, &n);
    for (const std::string& shape : shapes) {
      for (const char* fn : {"shortestPath", "allShortestPaths"}) {
        const std::string text = std::string("MATCH p = ") + fn + "((a:N {key: $a})" + shape +
                                 "(b:N {key: $b})) RETURN length(p), [r IN relationships(p) | id(r)], "
                                 "[x IN nodes(p) | x.key]";
        for (int64_t a = 0; a < n; ++a) {
          for (int64_t b = 0; b < n; ++b) {
            INFO("round " << round << " " << text << " a " << a << " b " << b);
            const Map params{{"a", Value(a)}, {"b", Value(b)}};
            const auto want = RowsFromStorage(*g, text, params);
            const auto got = Rows(*g, text, params);
            if (std::string(fn) == "allShortestPaths") {
              CHECK(got == want);
            } else {  // any one shortest path: compare the lengths
              REQUIRE(got.size() == want.size());
              if (!got.empty()) CHECK(got.begin()->substr(0, got.begin()->find('|')) ==
                                      want.begin()->substr(0, want.begin()->find('|')));
            }
          }
        }
      }
    }
  }
}

TEST_CASE("csr: reachability over many start rows and past a batch streams and charges its marks") {
  auto g = NewGraph();
  // A chain 0 - 1 - ... - 2999 and a spur to the start rows every 100 nodes.
  Run(*g, "UNWIND range(0, 2999) AS i CREATE (:N {id: i})");
  Run(*g, "UNWIND range(1, 2999) AS i MATCH (a:N {id: i - 1}), (b:N {id: i}) CREATE (a)-[:T]->(b)");
  Run(*g, "UNWIND range(0, 2900, 100) AS i MATCH (a:N {id: i}) CREATE (a)-[:S]->(:M {id: -1 - i})");
  const std::string starts = "MATCH (p:N) WHERE p.id % 4 = 0 ";
  const std::string count = starts + "MATCH (p)-[*1..3]-(n) WHERE n.id >= 0 RETURN count(DISTINCT n) AS c";
  const std::string count_named = starts + "MATCH (p)-[r*1..3]-(n) WHERE n.id >= 0 RETURN count(DISTINCT n) AS c";
  REQUIRE(Explains(*g, count, "CountReachable"));
  // 750 start rows, each reaching the 3 chain nodes either side: every
  // chain node but the starts, counted once; the spurs' ids are negative.
  const int64_t want = Run(*g, count_named).rows[0][0].as_int();
  CHECK(want == 3000 - 750);
  CHECK(Run(*g, count).rows[0][0].as_int() == want);
  CHECK(RowsFromStorage(*g, count, {}) == RowsFromStorage(*g, count_named, {}));
  // One start row with more distinct ends than one batch holds.
  const std::string ends = "MATCH (p:N {id: 0})-[*1..5000]-(n) RETURN DISTINCT n.id AS id";
  REQUIRE(Explains(*g, ends, "ExpandReachable"));
  std::unique_ptr<QueryCursor> c = QueryEngine::Open(*g, ends);
  std::vector<execution::Row> batch;
  std::set<int64_t> seen;
  size_t batches = 0;
  while (c->Next(&batch)) {
    ++batches;
    for (const auto& row : batch) seen.insert(row[0].as_int());
  }
  CHECK_FALSE(c->error());
  CHECK(batches >= 2);
  CHECK(seen.size() == 2999 + 30);  // the chain but 0 (no closed trail), the 30 spurs
  // The BFS's per-vertex marks count against the memory limit.
  QueryOptions small;
  small.limits.memory_limit = 16 << 10;
  CHECK(Fails(*g, count, {}, small).code == "MemoryLimitExceeded");
  CHECK(Fails(*g, "MATCH (p:N {id: 0})-[*1..3]-(n) RETURN count(DISTINCT n) AS c", {}, small).code ==
        "MemoryLimitExceeded");
}

TEST_CASE("csr: a one-hop expansion uses a projection already built but never builds one") {
  auto g = NewGraph();
  Run(*g, "CREATE (:N {id: 0})-[:T]->(:N {id: 1})-[:T]->(:N {id: 2})");
  const std::string hop = "MATCH (:N {id: 1})--(n) RETURN n.id AS id ORDER BY id";
  auto ids = [&] {
    std::vector<int64_t> out;
    for (const auto& row : Run(*g, hop).rows) out.push_back(row[0].as_int());
    return out;
  };
  const auto from_storage = ids();
  CHECK_FALSE(g->BuiltProjectionFor(*g->BeginRead()));
  CHECK(Run(*g, "MATCH (:N {id: 0})-[*1..2]->(n) RETURN count(DISTINCT n)").rows[0][0].as_int() == 2);
  REQUIRE(g->BuiltProjectionFor(*g->BeginRead()));
  const auto on_projection = ids();
  CHECK(on_projection == std::vector<int64_t>{0, 2});
  CHECK(on_projection == from_storage);
}

TEST_CASE("csr: writes and traversals in turn never see a stale projection") {
  auto g = NewGraph();
  Run(*g, "UNWIND range(0, 9) AS i CREATE (:N {id: i})");
  const std::string reach = "MATCH (p:N {id: 0})-[*1..20]-(n) RETURN count(DISTINCT n)";
  const std::string path = "MATCH p = shortestPath((:N {id: 0})-[*]-(:N {id: 9})) RETURN length(p)";
  const std::string hop = "MATCH (:N {id: 0})--(n) RETURN count(n)";
  for (int64_t i = 1; i <= 9; ++i) {
    // A chain 0 - 1 - ... - i, growing one relationship per write.
    Run(*g, "MATCH (a:N {id: $a}), (b:N {id: $b}) CREATE (a)-[:T]->(b)", {{"a", Value(i - 1)}, {"b", Value(i)}});
    CHECK(Run(*g, reach).rows[0][0].as_int() == i);
    CHECK(Run(*g, path).rows.size() == (i == 9 ? 1u : 0u));
    CHECK(Run(*g, hop).rows[0][0].as_int() == 1);
  }
  Run(*g, "MATCH (a:N {id: 0}), (b:N {id: 9}) CREATE (a)-[:T]->(b)");
  CHECK(Run(*g, path).rows[0][0].as_int() == 1);
  CHECK(Run(*g, hop).rows[0][0].as_int() == 2);
  Run(*g, "MATCH (:N {id: 4})-[r]-(:N {id: 5}) DELETE r");
  CHECK(Run(*g, reach).rows[0][0].as_int() == 9);
  Run(*g, "MATCH (n:N {id: 0}) DETACH DELETE n");
  CHECK(Run(*g, reach).rows.size() == 1);
  CHECK(Run(*g, reach).rows[0][0].as_int() == 0);
}

TEST_CASE("csr: random writes between traversals: the patched projection answers as storage does") {
  std::mt19937 rng(99);
  int n = 0;
  auto g = RandomGraph(rng, &n);
  Run(*g, "UNWIND range($n, $n + 11) AS i CREATE (:N {key: i, id: i})", {{"n", Value(int64_t{n})}});
  n += 12;
  const std::vector<std::string> shapes = {"-[*1..3]-", "-[*1..2]->", "<-[*1..3]-", "-[:A|C*1..3]-", "-[:B*0..2]->"};
  std::uniform_int_distribution<int64_t> key(0, n - 1);
  std::uniform_int_distribution<int> type(0, 2), op(0, 9);
  int patched = 0;
  const std::string probe = "MATCH (p:N {key: 0})-[*1..2]-(n) RETURN count(DISTINCT n)";
  for (int round = 0; round < 30; ++round) {
    Run(*g, probe);
    const auto before = g->BuiltProjectionFor(*g->BeginRead());
    const int what = op(rng);
    const Map ab{{"a", Value(key(rng))}, {"b", Value(key(rng))}};
    if (what < 5) {
      Run(*g, "MATCH (a:N {key: $a}), (b:N {key: $b}) CREATE (a)-[:" + std::string(1, 'A' + type(rng)) + "]->(b)", ab);
    } else if (what < 8) {
      Run(*g, "MATCH (:N {key: $a})-[r]-() WITH r LIMIT 1 DELETE r", ab);
    } else if (what == 8) {
      Run(*g, "MATCH (a:N {key: $a}) SET a.id = CASE WHEN a.id IS NULL THEN a.key ELSE null END", ab);
    } else {
      Run(*g, "MATCH (a:N {key: $a}) DETACH DELETE a CREATE (:N {key: $a, id: $a})", ab);
    }
    Run(*g, probe);
    const auto after = g->BuiltProjectionFor(*g->BeginRead());
    REQUIRE(before);
    REQUIRE(after);
    if (after != before && after->SharesCsrWith(*before)) ++patched;
    for (const std::string& shape : shapes) {
      std::string named = shape;
      named.insert(named.find('[') + 1, "r");
      for (const std::string where : {"", "WHERE n.id <> $id "}) {
        const std::string count = "MATCH (p:N {key: $id})" + shape + "(n) " + where + "RETURN count(DISTINCT n) AS c";
        const std::string want_text = "MATCH (p:N {key: $id})" + named + "(n) " + where +
                                      "RETURN count(DISTINCT n) AS c";
        for (int64_t id = 0; id < n; id += 3) {
          INFO("round " << round << " " << count << " id " << id);
          const Map params{{"id", Value(id)}};
          CHECK(Rows(*g, count, params) == RowsFromStorage(*g, want_text, params));
        }
      }
    }
  }
  CHECK(patched >= 20);  // the writes were patched in, not rebuilt
}

}  // namespace cg::query
