#include "graph/algorithms/pagerank.h"

#include <cmath>

namespace cg::graph {

PageRankResult PageRank(const AlgorithmGraph& graph, const PageRankOptions& options, const WorkMonitor& monitor) {
  PageRankResult result;
  const size_t n = graph.num_vertices();
  if (n == 0) {
    result.converged = true;
    return result;
  }
  const double d = options.damping;
  monitor.Reserve(2 * n * sizeof(double));
  std::vector<double>& x = result.scores;
  x.assign(n, 1.0 / n);
  std::vector<double> next(n);
  while (result.iterations < options.max_iterations) {
    double sink_score = 0;
    for (AlgorithmGraph::Vertex v = 0; v < n; ++v) {
      if (graph.Degree(v) == 0) sink_score += x[v];
    }
    std::fill(next.begin(), next.end(), (1 - d) / n + d * sink_score / n);
    for (AlgorithmGraph::Vertex u = 0; u < n; ++u) {
      monitor.Tick();
      const uint32_t degree = graph.Degree(u);
      if (degree == 0) continue;
      const double share = d * x[u] / degree;
      for (auto w : graph.Neighbours(u)) next[w] += share;
    }
    double moved = 0;
    for (size_t v = 0; v < n; ++v) moved += std::fabs(next[v] - x[v]);
    x.swap(next);
    ++result.iterations;
    if (moved < n * options.tolerance) {
      result.converged = true;
      break;
    }
  }
  return result;
}

}  // namespace cg::graph
