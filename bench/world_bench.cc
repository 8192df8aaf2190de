// The shared synthetic-world benchmark (../shared/bench/README.md): T1 bulk
// load through `cartelgraph import`'s code path, T2–T6 through the openCypher
// engine with the README's query texts, T9 disk and peak RSS. Prints p50s and
// the checksums that must equal the peers' answers.
//   python3 ../shared/bench/gen_world.py --scale S --out /tmp/world-S
//   build/bench/world_bench --world /tmp/world-S [--db /tmp/world-S.db] [--budget 120] [--reuse]
// --reuse opens the database a previous run imported instead of importing
// again (T1 is then not measured). T10 (ours, not a shared task) times an
// ingest-then-query loop: a commit, the projection's refresh, a traversal.
// bench/peers/run.sh runs the same tasks on Kùzu, DuckDB and SQLite.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "bench/world_tasks.h"
#include "exchange/csv_import.h"
#include "graph/graph.h"
#include "graph/traversal.h"
#include "query/engine.h"

using namespace cg;
using Clock = std::chrono::steady_clock;

namespace {

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "world_bench: %s\n", message.c_str());
  std::exit(1);
}

query::QueryResult Run(graph::Graph& g, const std::string& text, const query::Map& params) {
  query::QueryResult r = query::QueryEngine::Execute(g, text, params);
  if (!r.ok()) Die(std::string("query failed: ") + r.error->what() + "\n  " + text);
  return r;
}

int64_t AsInt(const query::Value& v) { return v.is_null() ? 0 : v.as_int(); }

// What a task's answer and time are compared with at one scale: the
// peers' checksum over all samples (-1: none recorded) and the aim (at M
// the targets, elsewhere the best peer's p50), from
// ../shared/bench/README.md.
struct Reference {
  int64_t checksum = -1;
  double target_ms = 0;
};

struct Scale {
  const char* name = "?";
  std::map<std::string, Reference> tasks;
};

Scale ScaleOf(uint64_t nodes) {
  if (nodes == 16445) {
    return {"S", {{"T2", {1001, 0.0080}}, {"T3", {4327, 0.014}}, {"T4 k=2", {216827, 1.44}},
                  {"T4 k=3", {1066536, 14.8}}, {"T5", {332, 15.1}}, {"T6", {6191, 2.41}}}};
  }
  if (nodes == 163601) {
    return {"M", {{"T2", {1027, 0.009}}, {"T3", {4188, 0.019}}, {"T4 k=2", {810516, 2}},
                  {"T4 k=3", {6490366, 10}}, {"T5", {363, 5}}, {"T6", {45248, 20}}}};
  }
  if (nodes == 1635191) {
    return {"L", {{"T2", {1263, 0.024}}, {"T3", {4908, 0.023}}, {"T4 k=2", {4595771, 12.4}},
                  {"T4 k=3", {-1, 412}}, {"T5", {-1, 457}}, {"T6", {491228, 492}}}};
  }
  return {};
}

// "target X ms, checksum Y (peers: Z ok)" for a finished task.
std::string Verdict(const Scale& scale, const std::string& task, double ms, int64_t checksum, bool complete) {
  auto it = scale.tasks.find(task);
  if (it == scale.tasks.end()) return "";
  const Reference& ref = it->second;
  std::string out = fmt::format("  aim {:g} ms {}", ref.target_ms, ms <= ref.target_ms ? "met" : "missed");
  if (ref.checksum >= 0 && complete) {
    out += fmt::format(", peers' checksum {} {}", ref.checksum, checksum == ref.checksum ? "equal" : "DIFFERS");
  }
  return out;
}

// Runs `one(i)` for samples until done or out of budget; prints the p50 in
// ms and the checksum (sum of what `one` returns) beside the reference.
void Sampled(const Scale& scale, const char* task, size_t samples, double budget_s,
             const std::function<int64_t(size_t)>& one) {
  std::vector<double> ms;
  int64_t checksum = 0;
  const auto start = Clock::now();
  for (size_t i = 0; i < samples && Seconds(start) < budget_s; ++i) {
    const auto t = Clock::now();
    checksum += one(i);
    ms.push_back(Seconds(t) * 1000);
  }
  std::sort(ms.begin(), ms.end());
  const double p50 = ms.empty() ? 0.0 : ms[ms.size() / 2];
  std::printf("%-10s p50 %9.3f ms   checksum %lld [n=%zu]%s\n", task, p50, static_cast<long long>(checksum), ms.size(),
              Verdict(scale, task, p50, checksum, ms.size() == samples).c_str());
}

// T10, an ingest-then-query loop (not one of the shared tasks): `rounds`
// times, commit one new person related to a T4 person, refresh the
// projection (patched from the previous state's, projection.h), and count
// the new person's 2-hop neighbourhood. Removes the persons afterwards.
void WriteThenTraverse(graph::Graph& g, const nlohmann::json& q, size_t rounds) {
  std::vector<double> write_ms, refresh_ms, query_ms;
  std::shared_ptr<const graph::Projection> projection;
  Status s = g.ProjectionFor(*g.BeginRead(), &projection);
  if (!s.ok()) Die(s.ToString());
  int64_t checksum = 0;
  for (size_t i = 0; i < rounds; ++i) {
    const std::string id = "bench-" + std::to_string(i);
    query::Map params{{"id", query::Value(id)}, {"other", query::Value(std::string(q["t4_persons"][i]))}};
    auto t = Clock::now();
    Run(g, "MATCH (o:Person {id: $other}) CREATE (:Person {id: $id, name: $id})-[:RELATIVE_OF]->(o)", params);
    write_ms.push_back(Seconds(t) * 1000);
    t = Clock::now();
    if (!(s = g.ProjectionFor(*g.BeginRead(), &projection)).ok()) Die(s.ToString());
    refresh_ms.push_back(Seconds(t) * 1000);
    t = Clock::now();
    checksum += AsInt(
        Run(g, "MATCH (p:Person {id: $id})-[*1..2]-(n) WHERE n.id <> $id RETURN count(DISTINCT n) AS c", params)
            .rows.at(0)
            .at(0));
    query_ms.push_back(Seconds(t) * 1000);
  }
  Run(g, "MATCH (p:Person) WHERE p.id STARTS WITH 'bench-' DETACH DELETE p", {});
  auto p50 = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
  };
  std::printf("T10 write+traverse p50: commit %.3f ms, projection refresh %.3f ms, 2-hop count %.3f ms   "
              "checksum %lld [n=%zu]\n",
              p50(write_ms), p50(refresh_ms), p50(query_ms), static_cast<long long>(checksum), rounds);
}

}  // namespace

int main(int argc, char** argv) {
  std::string world, db;
  double budget = 120;
  bool reuse = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--reuse")) reuse = true;
    else if (i + 1 == argc) break;
    else if (!std::strcmp(argv[i], "--world")) world = argv[++i];
    else if (!std::strcmp(argv[i], "--db")) db = argv[++i];
    else if (!std::strcmp(argv[i], "--budget")) budget = std::stod(argv[++i]);
  }
  if (world.empty()) Die("usage: world_bench --world DIR [--db PATH] [--budget SECONDS] [--reuse]");
  if (db.empty()) db = world + ".db";
  if (!reuse) std::filesystem::remove_all(db);

  exchange::ImportOptions import;
  for (const auto& entry : std::filesystem::directory_iterator(world + "/neo4j")) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("nodes_")) import.node_files.push_back(entry.path().string());
    if (name.starts_with("rels_")) import.relationship_files.push_back(entry.path().string());
  }
  std::sort(import.node_files.begin(), import.node_files.end());
  std::sort(import.relationship_files.begin(), import.relationship_files.end());

  std::unique_ptr<graph::Graph> g;
  Status s = graph::Graph::Open(db, {}, &g);
  if (!s.ok()) Die(s.ToString());
  auto start = Clock::now();
  if (!reuse) {
    exchange::ImportStats stats;
    if (!(s = exchange::ImportNeo4jCsv(g.get(), import, &stats)).ok()) Die(s.ToString());
    const double load = Seconds(start);
    std::printf("T1 load    %.2f s (%.0f rows/s)   checksum nodes=%llu edges=%llu\n", load,
                (stats.nodes + stats.relationships) / load, static_cast<unsigned long long>(stats.nodes),
                static_cast<unsigned long long>(stats.relationships));
  }

  nlohmann::json q, manifest;
  std::ifstream(world + "/queries.json") >> q;
  std::ifstream(world + "/manifest.json") >> manifest;
  const Scale scale = ScaleOf(manifest.value("nodes", uint64_t{0}));
  std::printf("scale %s; aims: at M the issue's targets, at S and L the best peer's p50\n", scale.name);
  auto param = [](const char* name, const std::string& value) { return query::Map{{name, query::Value(value)}}; };

  Sampled(scale, "T2", q["t2_names"].size(), budget, [&](size_t i) {
    return static_cast<int64_t>(
        Run(*g, "MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id", param("name", q["t2_names"][i])).rows.size());
  });
  // The CSR projection T3-T5 traverse, built once for this committed state.
  start = Clock::now();
  const std::clock_t cpu = std::clock();
  std::shared_ptr<const graph::Projection> projection;
  if (!(s = g->ProjectionFor(*g->BeginRead(), &projection)).ok()) Die(s.ToString());
  std::printf("CSR build  %.3f s (%.3f s CPU; %zu nodes, %zu relationships)\n", Seconds(start),
              static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC, projection->num_nodes(),
              projection->num_edges());
  Sampled(scale, "T3", q["t3_persons"].size(), budget, [&](size_t i) {
    return static_cast<int64_t>(
        Run(*g, "MATCH (p:Person {id: $id})--(n) RETURN DISTINCT n.id AS id", param("id", q["t3_persons"][i])).rows.size());
  });
  for (int k : {2, 3}) {
    const std::string text = "MATCH (p:Person {id: $id})-[*1.." + std::to_string(k) +
                             "]-(n) WHERE n.id <> $id RETURN count(DISTINCT n) AS c";
    Sampled(scale, k == 2 ? "T4 k=2" : "T4 k=3", q["t4_persons"].size(), budget, [&](size_t i) {
      return AsInt(Run(*g, text, param("id", q["t4_persons"][i])).rows.at(0).at(0));
    });
  }
  // The floor under the query engine: the same answers from the kernels
  // alone (graph/traversal.h), ids resolved through the projection.
  const graph::EdgeFilter any(*projection, graph::Direction::kBoth, {});
  auto vertex = [&](const std::string& id) {
    graph::Projection::Vertex v = 0;
    Status found = g->BeginRead()->ForEachNodeWithProperty("id", Value(id), [&](graph::NodeId n) {
      v = *projection->IndexOf(n);
      return false;
    });
    if (!found.ok()) Die(found.ToString());
    return v;
  };
  for (uint32_t k : {2u, 3u}) {
    Sampled(scale, k == 2 ? "T4k2 BFS" : "T4k3 BFS", q["t4_persons"].size(), budget, [&](size_t i) {
      const graph::Projection::Vertex source = vertex(q["t4_persons"][i]);
      int64_t n = 0;
      graph::ForEachReachable(*projection, source, any, 1, k, [&](graph::Projection::Vertex v) { n += v != source; });
      return n;
    });
  }
  Sampled(scale, "T5 BFS", q["t5_pairs"].size(), budget, [&](size_t i) {
    auto d = graph::ShortestPaths(*projection, vertex(q["t5_pairs"][i][0]), vertex(q["t5_pairs"][i][1]), any, 30, false);
    return d ? static_cast<int64_t>(*d) : -1;
  });
  projection.reset();
  Sampled(scale, "T5", q["t5_pairs"].size(), budget, [&](size_t i) {
    query::Map params{{"a", query::Value(std::string(q["t5_pairs"][i][0]))},
                      {"b", query::Value(std::string(q["t5_pairs"][i][1]))}};
    auto r = Run(*g, "MATCH p = shortestPath((a:Person {id: $a})-[*..30]-(b:Person {id: $b})) RETURN length(p) AS d",
                 params);
    return r.rows.empty() ? -1 : AsInt(r.rows[0][0]);
  });
  const std::string t6 = cg::bench::kT6Vacuums;
  std::vector<double> t6_ms;
  query::QueryResult t6_result;
  for (int rep = 0; rep < 3; ++rep) {
    start = Clock::now();
    t6_result = Run(*g, t6, {});
    t6_ms.push_back(Seconds(start) * 1000);
  }
  std::sort(t6_ms.begin(), t6_ms.end());
  int64_t members = 0;
  for (const auto& row : t6_result.rows) members += AsInt(row[6]);
  std::printf("T6         median %.3f ms   checksum rows=%zu members_sum=%lld first=[%s, %s, %lld]%s\n", t6_ms[1],
              t6_result.rows.size(), static_cast<long long>(members),
              t6_result.rows.empty() ? "" : t6_result.rows[0][0].as_string().c_str(),
              t6_result.rows.empty() ? "" : t6_result.rows[0][2].as_string().c_str(),
              t6_result.rows.empty() ? 0LL : static_cast<long long>(AsInt(t6_result.rows[0][6])),
              Verdict(scale, "T6", t6_ms[1], members, true).c_str());
  WriteThenTraverse(*g, q, std::min<size_t>(50, q["t4_persons"].size()));
  g.reset();
  uint64_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(db)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("T9 disk    %.1f MB   peak RSS %.0f MB\n", bytes / 1e6, usage.ru_maxrss / 1024.0);
  return 0;
}
