// Weakly connected components: two vertices are in one component when a
// chain of edges joins them, whatever the edges' directions (for an
// undirected graph: its connected components). Boost's disjoint_sets,
// joined along every edge.
#pragma once

#include <vector>

#include "graph/algorithms/algorithm_graph.h"

namespace cg::graph {

// The component of each vertex, numbered 0, 1, ... in the order of each
// component's first (smallest) vertex.
std::vector<uint32_t> WeaklyConnectedComponents(const AlgorithmGraph& graph, const WorkMonitor& monitor);

// `labels` (any values, one per vertex) renamed 0, 1, ... in the order
// each value first appears (how components and communities are numbered).
std::vector<uint32_t> RenumberByFirstVertex(const std::vector<uint32_t>& labels);

}  // namespace cg::graph
