// Graph algorithm benchmark: on an imported database (the synthetic world,
// ../shared/bench), times each graph/algorithms/ kernel behind the algo.*
// procedures on the whole graph, wall and CPU seconds of this thread, after
// the projection and the algorithm graph are built (timed too). Pair with
// bench/algo_peers.py, which times igraph and networkx on the same CSVs.
//   build/bench/algo_bench --db DIR [--samples K] [--exact-betweenness]
// Exact betweenness is O(n·m): at S about a minute; it runs only when asked.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>

#include "graph/algorithms/algorithm_graph.h"
#include "graph/algorithms/betweenness.h"
#include "graph/algorithms/components.h"
#include "graph/algorithms/kcore.h"
#include "graph/algorithms/label_propagation.h"
#include "graph/algorithms/pagerank.h"
#include "graph/algorithms/shortest_paths.h"
#include "graph/graph.h"

using namespace cg;
using namespace cg::graph;

namespace {

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

void Time(const char* what, const std::function<void()>& fn) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu = ThreadCpuSeconds();
  fn();
  std::printf("%-44s %8.3f s wall %8.3f s CPU\n", what,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
              ThreadCpuSeconds() - cpu);
  std::fflush(stdout);
}

void Die(const Status& s) {
  std::fprintf(stderr, "algo_bench: %s\n", s.ToString().c_str());
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  uint32_t samples = 500;
  bool exact = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
    else if (!std::strcmp(argv[i], "--samples") && i + 1 < argc) samples = std::stoul(argv[++i]);
    else if (!std::strcmp(argv[i], "--exact-betweenness")) exact = true;
    else {
      std::fprintf(stderr, "usage: algo_bench --db DIR [--samples K] [--exact-betweenness]\n");
      return 2;
    }
  }
  std::unique_ptr<Graph> g;
  Status s = Graph::Open(db, {.read_only = true, .create_if_missing = false}, &g);
  if (!s.ok()) Die(s);
  auto reader = g->BeginRead();
  std::shared_ptr<const Projection> projection;
  Time("projection (CSR of the whole graph)", [&] {
    if (!(s = g->ProjectionFor(*reader, &projection)).ok()) Die(s);
  });
  UnmonitoredWork work;
  std::unique_ptr<AlgorithmGraph> directed, undirected;
  Time("algorithm graph, directed", [&] {
    if (!(s = AlgorithmGraph::Build(*reader, projection.get(), {}, work, &directed)).ok()) Die(s);
  });
  Time("algorithm graph, undirected", [&] {
    GraphSelection both;
    both.orientation = Direction::kBoth;
    if (!(s = AlgorithmGraph::Build(*reader, projection.get(), both, work, &undirected)).ok()) Die(s);
  });
  std::printf("%zu nodes, %zu directed edges, %zu undirected edges\n", directed->num_vertices(),
              directed->num_edges(), undirected->num_edges() / 2);

  uint32_t rounds = 0;
  Time("pagerank (directed, default: 20 steps, 1e-7)", [&] { rounds = PageRank(*directed, {}, work).iterations; });
  std::printf("  (%u steps)\n", rounds);
  Time("pagerank (directed, to 1e-6 as networkx)", [&] {
    rounds = PageRank(*directed, {.max_iterations = 100, .tolerance = 1e-6}, work).iterations;
  });
  std::printf("  (%u steps)\n", rounds);
  Time("degree (undirected)", [&] {
    uint64_t sum = 0;
    for (AlgorithmGraph::Vertex v = 0; v < undirected->num_vertices(); ++v) sum += undirected->Degree(v);
    if (sum != undirected->num_edges()) std::abort();
  });
  Time("weakly connected components", [&] { WeaklyConnectedComponents(*undirected, work); });
  Time("k-core", [&] { CoreNumbers(*undirected, work); });
  Time("label propagation (10 rounds at most)", [&] { rounds = LabelPropagation(*undirected, {}, work).iterations; });
  std::printf("  (%u rounds)\n", rounds);
  Time("shortest path, 100 pairs (undirected)", [&] {
    for (uint32_t i = 0; i < 100; ++i) {
      const uint32_t n = static_cast<uint32_t>(undirected->num_vertices());
      ShortestPaths(*undirected, (i * 7919u) % n, (i * 104729u + 1) % n, false, work,
                    [](const GraphPath&) { return true; });
    }
  });
  const std::string sampled = "betweenness, " + std::to_string(samples) + " sources (undirected)";
  Time(sampled.c_str(), [&] { Betweenness(*undirected, {.samples = samples, .seed = 1}, work); });
  if (exact) Time("betweenness, exact (undirected)", [&] { Betweenness(*undirected, {}, work); });
  return 0;
}
