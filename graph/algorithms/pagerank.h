// PageRank by power iteration, as networkx.pagerank and igraph's PRPACK
// define it: scores sum to 1; each step gives every vertex (1-d)/n, passes
// d times a vertex's score along its out-edges in equal shares, and spreads
// d times the score of the vertices without out-edges (sinks) evenly over
// all vertices. On an undirected graph an edge counts both ways.
//
// Not Boost's page_rank (boost/graph/page_rank.hpp): it starts from 1/n but
// adds 1-d per vertex at each step (its scores sum to n after the first
// step, not to 1) and lets the score of sinks leak away, so on any graph
// with a sink — every directed selection has some — it agrees neither with
// networkx, igraph, nor the definition above.
#pragma once

#include <vector>

#include "graph/algorithms/algorithm_graph.h"

namespace cg::graph {

struct PageRankOptions {
  uint32_t max_iterations = 20;
  double damping = 0.85;
  // Stop once the scores moved by less than n * tolerance in all (L1), as
  // networkx does.
  double tolerance = 1e-7;
};

struct PageRankResult {
  std::vector<double> scores;  // by vertex
  uint32_t iterations = 0;     // steps taken
  bool converged = false;      // the last step moved less than the tolerance
};

PageRankResult PageRank(const AlgorithmGraph& graph, const PageRankOptions& options, const WorkMonitor& monitor);

}  // namespace cg::graph
