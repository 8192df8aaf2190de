// Betweenness centrality: for each vertex v, the sum over pairs of other
// vertices (s, t) of the fraction of the shortest s-t paths (fewest edges)
// that pass through v — unnormalised, as networkx's
// betweenness_centrality(normalized=False): on an undirected graph each
// unordered pair counts once.
//
// Exact: Brandes's algorithm from every vertex, Boost's
// brandes_betweenness_centrality. O(n·m) time — at n in the hundreds of
// thousands, hours; then sample.
//
// Sampled (options.samples = k < n): Brandes's single-source pass from k
// sources drawn without replacement by a generator seeded with
// options.seed (same seed, graph and k: same sources), scaled by n/k — the
// estimator networkx's betweenness_centrality(k=...) uses (its own random
// draw differs). Boost has no source-restricted variant; the pass walks
// the graph with Boost's breadth_first_search.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/algorithms/algorithm_graph.h"

namespace cg::graph {

struct BetweennessOptions {
  uint32_t samples = 0;  // 0 or >= n: exact
  uint64_t seed = 0;
};

// By vertex.
std::vector<double> Betweenness(const AlgorithmGraph& graph, const BetweennessOptions& options,
                                const WorkMonitor& monitor);

}  // namespace cg::graph
