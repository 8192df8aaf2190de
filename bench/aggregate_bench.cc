// Whole-graph aggregation latencies on an imported database (README
// "Benchmarks"): the shared world's T6 and the label / type counts, each run
// in one process against one open Graph, so the first run pays for the
// per-state caches (CSR projection, property columns) and the others reuse
// them. Prints the first and the median time (wall and process CPU: the
// machine is shared) and a checksum of the rows.
//   build/bench/aggregate_bench --db /tmp/world-M.db [--runs 5] [--query TEXT] [--profile]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench/world_tasks.h"
#include "graph/graph.h"
#include "query/engine.h"

using namespace cg;
using Clock = std::chrono::steady_clock;

namespace {

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "aggregate_bench: %s\n", message.c_str());
  std::exit(1);
}

// ../shared/bench/README.md, task T6.
const char* const kT6 = cg::bench::kT6Vacuums;

// The strings and integers of a row, comma-separated.
std::string Show(const std::vector<query::Value>& row) {
  std::string out;
  for (const query::Value& v : row) {
    if (!out.empty()) out += ",";
    out += v.is_string() ? v.as_string() : v.is_int() ? std::to_string(v.as_int()) : "?";
  }
  return out;
}

// Runs `text` `runs` times; prints first / median ms, the row count and the
// first row and the sum of the last column where it is an integer.
void Measure(graph::Graph& g, const std::string& name, const std::string& text, int runs, bool profile) {
  std::vector<double> ms, cpu_ms;
  query::QueryResult result;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    const std::clock_t cpu = std::clock();
    result = query::QueryEngine::Execute(g, text);
    cpu_ms.push_back(1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (!result.ok()) Die(std::string("query failed: ") + result.error->what() + "\n  " + text);
  }
  const double first = ms[0];
  std::sort(ms.begin(), ms.end());
  std::sort(cpu_ms.begin(), cpu_ms.end());
  int64_t sum = 0;
  for (const auto& row : result.rows) {
    if (!row.empty() && row.back().is_int()) sum += row.back().as_int();
  }
  std::printf("%-8s first %9.3f ms  median %9.3f ms (CPU %.3f ms)  rows=%zu last-column sum=%lld first=%s\n",
              name.c_str(), first, ms[ms.size() / 2], cpu_ms[cpu_ms.size() / 2], result.rows.size(), static_cast<long long>(sum),
              result.rows.empty() ? "-" : Show(result.rows[0]).c_str());
  if (profile) {
    query::QueryResult p = query::QueryEngine::Execute(g, "PROFILE " + text);
    std::printf("%s\n", p.plan.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, text;
  int runs = 5;
  bool profile = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--profile")) profile = true;
    else if (i + 1 == argc) Die("missing value after " + std::string(argv[i]));
    else if (!std::strcmp(argv[i], "--db")) db = argv[++i];
    else if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::stoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--query")) text = argv[++i];
    else Die("unknown option " + std::string(argv[i]));
  }
  if (db.empty()) Die("usage: aggregate_bench --db PATH [--runs N] [--query TEXT] [--profile]");
  std::unique_ptr<graph::Graph> g;
  graph::OpenOptions options;
  options.create_if_missing = false;
  if (Status s = graph::Graph::Open(db, options, &g); !s.ok()) Die(s.ToString());
  if (!text.empty()) {
    Measure(*g, "query", text, runs, profile);
    return 0;
  }
  Measure(*g, "T6", kT6, runs, profile);
  Measure(*g, "types", "MATCH ()-[r]->() RETURN type(r), count(*)", runs, profile);
  Measure(*g, "persons", "MATCH (n:Person) RETURN count(*)", runs, profile);
  return 0;
}
