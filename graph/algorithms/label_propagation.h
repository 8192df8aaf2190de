// Community detection by label propagation (Raghavan, Albert and Kumara
// 2007, asynchronous; networkx's asyn_lpa_communities, igraph's
// community_label_propagation). Every vertex starts in a community of its
// own; each round visits the vertices in an order shuffled by a generator
// seeded with options.seed and moves each into the community most of its
// neighbours are in; a tie keeps the vertex's community when it is among
// the best, else draws one of them with the same generator (so a seed
// fixes the answer). Stops when a round moves no vertex — every vertex
// is then in a community at least as frequent around it as any other — or
// after options.max_iterations rounds. On an undirected graph.
//
// Written here: Boost 1.74 (Debian's) has neither label propagation nor
// Louvain (which arrived in Boost 1.87).
#pragma once

#include <cstdint>
#include <vector>

#include "graph/algorithms/algorithm_graph.h"

namespace cg::graph {

struct LabelPropagationOptions {
  uint32_t max_iterations = 10;
  uint64_t seed = 0;
};

struct Communities {
  std::vector<uint32_t> community;  // by vertex; numbered 0, 1, ... in order of first vertex
  uint32_t iterations = 0;          // rounds run
  bool converged = false;           // the last round moved no vertex
};

// `graph` must be undirected (GraphSelection orientation kBoth).
Communities LabelPropagation(const AlgorithmGraph& graph, const LabelPropagationOptions& options,
                             const WorkMonitor& monitor);

}  // namespace cg::graph
