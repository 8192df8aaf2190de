// Query latencies on the foundation benchmark's graph (run graph_bench
// first; it leaves its database behind): index seek by name, 1-, 2- and
// 3-hop neighbourhood counts from 100 random nodes, and a whole-graph
// aggregation, through the openCypher engine. Prints p50 latencies and the
// plan of the seek (which must be an index seek, not a scan).
//   build/bench/query_bench [--db /tmp/cartelgraph-bench.db] [--samples 100]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>

#include "graph/graph.h"
#include "query/engine.h"

using namespace cg;
using Clock = std::chrono::steady_clock;

namespace {

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "query_bench: %s\n", message.c_str());
  std::exit(1);
}

query::QueryResult Run(graph::Graph& g, const std::string& text, const query::Map& params = {}) {
  query::QueryResult r = query::QueryEngine::Execute(g, text, params);
  if (!r.ok()) Die(std::string(r.error->what()) + "\n  " + text);
  return r;
}

void P50(const char* task, size_t samples, const std::function<void(size_t)>& one) {
  std::vector<double> ms;
  for (size_t i = 0; i < samples; ++i) {
    const auto start = Clock::now();
    one(i);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%-28s p50 %9.3f ms  (n=%zu)\n", task, ms[ms.size() / 2], ms.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::string db = "/tmp/cartelgraph-bench.db";
  size_t samples = 100;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    else if (!std::strcmp(argv[i], "--samples")) samples = std::stoul(argv[i + 1]);
  }
  std::unique_ptr<graph::Graph> g;
  Status s = graph::Graph::Open(db, {.read_only = true}, &g);
  if (!s.ok()) Die(s.ToString() + " (run build/bench/graph_bench first)");
  // graph_bench names its nodes "node <i>"; every tenth is an Organization.
  std::vector<std::string> names;
  {
    auto r = Run(*g, "MATCH (p:Person) RETURN p.name AS name");
    for (const auto& row : r.rows) names.push_back(row[0].as_string());
  }
  if (names.empty()) Die("the database has no :Person nodes");
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<size_t> pick(0, names.size() - 1);
  std::vector<query::Map> starts(samples);
  for (auto& params : starts) params = {{"name", query::Value(names[pick(rng)])}};

  const std::string seek = "MATCH (p:Person {name: $name}) RETURN id(p) AS id";
  std::printf("%s\n", Run(*g, "EXPLAIN " + seek, starts[0]).plan.c_str());
  P50("seek by name", samples, [&](size_t i) { Run(*g, seek, starts[i]); });
  for (int k : {1, 2, 3}) {
    const std::string text =
        "MATCH (a:Person {name: $name})-[*1.." + std::to_string(k) + "]-(b) RETURN count(DISTINCT b) AS c";
    P50((std::to_string(k) + "-hop distinct count").c_str(), samples, [&](size_t i) { Run(*g, text, starts[i]); });
  }
  P50("whole-graph aggregation", 3, [&](size_t) {
    Run(*g, "MATCH (a)-[r]->() RETURN labels(a)[0] AS label, type(r) AS type, count(*) AS n ORDER BY n DESC");
  });
  return 0;
}
