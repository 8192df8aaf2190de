// Query latencies through the openCypher engine, in two modes.
//
// On the foundation benchmark's graph (run graph_bench first; it leaves
// its database behind): index seek by name, 1-, 2- and 3-hop neighbourhood
// counts from 100 random nodes, and a whole-graph aggregation. Prints p50
// latencies and the plan of the seek (which must be an index seek, not a
// scan).
//   build/bench/query_bench [--db /tmp/cartelgraph-bench.db] [--samples 100]
//
// Point queries on a shared synthetic world that world_bench imported
// (../shared/bench/README.md): T2 (person by exact name) and T3 (1-hop
// neighbours) with world_bench's texts and parameters, each list run
// `--rounds` times (a long steady loop to profile), p50 and max per task,
// the checksums of one round, and the memory the point-lookup caches hold.
//   build/bench/query_bench --world /tmp/world-M [--db /tmp/world-M.db] [--rounds 5] [--task T2|T3]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

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

// Runs one(i) for i < samples; prints the p50 in ms and, when `checksum`
// is set, the sum of what one returned over the first `checksum_of` samples.
void P50(const char* task, size_t samples, const std::function<int64_t(size_t)>& one, size_t checksum_of = 0) {
  std::vector<double> ms;
  int64_t checksum = 0;
  for (size_t i = 0; i < samples; ++i) {
    const auto start = Clock::now();
    const int64_t n = one(i);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (i < checksum_of) checksum += n;
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%-28s p50 %9.4f ms  max %8.3f ms  (n=%zu)", task, ms[ms.size() / 2], ms.back(), ms.size());
  if (checksum_of) std::printf("  checksum %lld", static_cast<long long>(checksum));
  std::printf("\n");
}

void PointQueries(graph::Graph& g, const std::string& world, size_t rounds, const std::string& only) {
  nlohmann::json q;
  std::ifstream(world + "/queries.json") >> q;
  auto run = [&](const char* task, const std::string& text, const char* param, const nlohmann::json& values) {
    if (!only.empty() && !std::string(task).starts_with(only)) return;
    std::vector<query::Map> params;
    for (const auto& v : values) params.push_back({{param, query::Value(v.get<std::string>())}});
    P50(
        task, params.size() * rounds,
        [&](size_t i) { return static_cast<int64_t>(Run(g, text, params[i % params.size()]).rows.size()); },
        params.size());
  };
  run("T2 person by exact name", "MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id", "name", q["t2_names"]);
  run("T3 1-hop neighbours", "MATCH (p:Person {id: $id})--(n) RETURN DISTINCT n.id AS id", "id", q["t3_persons"]);
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, world, only;
  size_t samples = 100, rounds = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    else if (!std::strcmp(argv[i], "--samples")) samples = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--world")) world = argv[i + 1];
    else if (!std::strcmp(argv[i], "--rounds")) rounds = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--task")) only = argv[i + 1];
  }
  if (db.empty()) db = world.empty() ? "/tmp/cartelgraph-bench.db" : world + ".db";
  std::unique_ptr<graph::Graph> g;
  Status s = graph::Graph::Open(db, {.read_only = true}, &g);
  if (!s.ok()) Die(s.ToString() + (world.empty() ? " (run build/bench/graph_bench first)" : " (run world_bench first)"));
  if (!world.empty()) {
    PointQueries(*g, world, rounds, only);
    // The point-lookup caches the loop built (graph/point_cache.h); the
    // query that built each shows as the max above.
    std::printf("point-lookup caches: %.1f MB\n", static_cast<double>(g->PointCacheBytes()) / (1 << 20));
    return 0;
  }
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
  P50("seek by name", samples, [&](size_t i) { return static_cast<int64_t>(Run(*g, seek, starts[i]).rows.size()); });
  for (int k : {1, 2, 3}) {
    const std::string text =
        "MATCH (a:Person {name: $name})-[*1.." + std::to_string(k) + "]-(b) RETURN count(DISTINCT b) AS c";
    P50((std::to_string(k) + "-hop distinct count").c_str(), samples,
        [&](size_t i) { return static_cast<int64_t>(Run(*g, text, starts[i]).rows.size()); });
  }
  P50("whole-graph aggregation", 3, [&](size_t) {
    return static_cast<int64_t>(
        Run(*g, "MATCH (a)-[r]->() RETURN labels(a)[0] AS label, type(r) AS type, count(*) AS n ORDER BY n DESC")
            .rows.size());
  });
  return 0;
}
