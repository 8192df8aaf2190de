// What the graph as of a day (QueryOptions::as_of) costs: a few queries on
// the shared synthetic world, each timed without and with as-of, side by
// side, on a database imported from the world's CSVs:
//   python3 ../shared/bench/gen_world.py --scale S --out /tmp/world-S
//   build/cartelgraph import --db /tmp/world-S.db --nodes /tmp/world-S/neo4j/nodes_*.csv
//       --relationships /tmp/world-S/neo4j/rels_*.csv     (one command)
//   build/bench/as_of_bench --world /tmp/world-S --db /tmp/world-S.db [--as-of 2020-01-01] [--samples 30]
// First the first as-of query on the database's state (it reads every
// relationship's since, until and date into per-state columns), then per
// query the p50 in ms and the summed answer without and with as-of (the
// answers differ: fewer relationships hold on the day).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "bench/world_tasks.h"
#include "graph/graph.h"
#include "query/engine.h"

using namespace cg;
using Clock = std::chrono::steady_clock;

namespace {

double Ms(Clock::time_point since) { return std::chrono::duration<double, std::milli>(Clock::now() - since).count(); }

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "as_of_bench: %s\n", message.c_str());
  std::exit(1);
}

struct Bench {
  graph::Graph& g;
  query::QueryOptions plain, as_of;
  size_t samples;

  // The summed first column of `text` (its row count when it returns no
  // number) over the samples, and their p50.
  std::pair<double, int64_t> Time(const std::string& text, const std::function<query::Map(size_t)>& params,
                                  const query::QueryOptions& options) const {
    std::vector<double> ms;
    int64_t sum = 0;
    for (size_t i = 0; i < samples; ++i) {
      const query::Map p = params(i);
      const auto start = Clock::now();
      query::QueryResult r = query::QueryEngine::Execute(g, text, p, options);
      ms.push_back(Ms(start));
      if (!r.ok()) Die(std::string("query failed: ") + r.error->what() + "\n  " + text);
      const bool number = !r.rows.empty() && !r.rows[0].empty() && r.rows[0][0].is_int();
      sum += number ? r.rows[0][0].as_int() : static_cast<int64_t>(r.rows.size());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], sum};
  }

  void Compare(const char* name, const std::string& text, const std::function<query::Map(size_t)>& params) const {
    const auto [without_ms, without] = Time(text, params, plain);
    const auto [with_ms, with] = Time(text, params, as_of);
    std::printf("%-28s p50 %9.3f ms   as of %9.3f ms  (x%.2f)   answers %lld / %lld\n", name, without_ms, with_ms,
                with_ms / without_ms, static_cast<long long>(without), static_cast<long long>(with));
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string world, db, day = "2020-01-01";
  size_t samples = 30;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--world")) world = argv[i + 1];
    else if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    else if (!std::strcmp(argv[i], "--as-of")) day = argv[i + 1];
    else if (!std::strcmp(argv[i], "--samples")) samples = std::stoul(argv[i + 1]);
    else Die(std::string("unknown option ") + argv[i]);
  }
  if (world.empty() || db.empty() || !Date::Parse(day) || samples == 0) {
    Die("usage: as_of_bench --world DIR --db PATH [--as-of YYYY-MM-DD] [--samples N]");
  }
  std::unique_ptr<graph::Graph> g;
  Status s = graph::Graph::Open(db, {.read_only = true}, &g);
  if (!s.ok()) Die(s.ToString());
  nlohmann::json q;
  std::ifstream(world + "/queries.json") >> q;
  if (q.is_null()) Die("no queries.json in " + world);

  Bench bench{*g, {}, {}, samples};
  bench.as_of.as_of = Date::Parse(day);
  const std::string count = "MATCH ()-[r]->() RETURN count(r) AS c";
  auto start = Clock::now();
  query::QueryResult first = query::QueryEngine::Execute(*g, count, {}, bench.as_of);
  if (!first.ok()) Die(first.error->what());
  std::printf("as of %s; first as-of query (reads since/until/date of every relationship) %.1f ms\n", day.c_str(),
              Ms(start));

  auto none = [](size_t) { return query::Map{}; };
  auto person = [&](const char* list) {
    return [&q, list](size_t i) {
      return query::Map{{"id", query::Value(std::string(q[list][i % q[list].size()]))}};
    };
  };
  bench.Compare("count(r), every relationship", count, none);
  bench.Compare("1-hop neighbours (T3)", "MATCH (p:Person {id: $id})--(n) RETURN count(DISTINCT n) AS c",
                person("t3_persons"));
  bench.Compare("2-hop neighbours (T4 k=2)",
                "MATCH (p:Person {id: $id})-[*1..2]-(n) WHERE n.id <> $id RETURN count(DISTINCT n) AS c",
                person("t4_persons"));
  bench.Compare("shortest path (T5)",
                "MATCH p = shortestPath((a:Person {id: $a})-[*..30]-(b:Person {id: $b})) RETURN length(p) AS d",
                [&](size_t i) {
                  const auto& pair = q["t5_pairs"][i % q["t5_pairs"].size()];
                  return query::Map{{"a", query::Value(std::string(pair[0]))}, {"b", query::Value(std::string(pair[1]))}};
                });
  bench.Compare("leadership vacuums (T6)", cg::bench::kT6Vacuums, none);
  bench.Compare("cg.designations()", "CALL cg.designations() YIELD designated RETURN count(*) AS c", none);
  return 0;
}
