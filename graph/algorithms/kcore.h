// k-core decomposition: a vertex's core number is the largest k such that
// it belongs to a subgraph in which every vertex has at least k neighbours
// (networkx.core_number, igraph's coreness). On an undirected graph;
// Boost's core_numbers (Batagelj-Zaversnik, O(m)).
#pragma once

#include <vector>

#include "graph/algorithms/algorithm_graph.h"

namespace cg::graph {

// By vertex. `graph` must be undirected (GraphSelection orientation kBoth).
std::vector<uint32_t> CoreNumbers(const AlgorithmGraph& graph, const WorkMonitor& monitor);

}  // namespace cg::graph
