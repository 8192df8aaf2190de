#include "graph/algorithms/label_propagation.h"

#include <algorithm>
#include <cassert>
#include <numeric>
#include <random>

#include "graph/algorithms/components.h"

namespace cg::graph {

Communities LabelPropagation(const AlgorithmGraph& graph, const LabelPropagationOptions& options,
                             const WorkMonitor& monitor) {
  assert(graph.undirected());
  using Vertex = AlgorithmGraph::Vertex;
  const size_t n = graph.num_vertices();
  monitor.Reserve(n * 4 * sizeof(uint32_t));
  Communities result;
  std::vector<uint32_t> label(n), order(n), count(n, 0);
  std::iota(label.begin(), label.end(), 0);
  std::iota(order.begin(), order.end(), 0);
  std::vector<uint32_t> seen;  // labels counted around the current vertex
  std::mt19937_64 random(options.seed);
  while (result.iterations < options.max_iterations && !result.converged) {
    std::shuffle(order.begin(), order.end(), random);
    ++result.iterations;
    result.converged = true;
    for (Vertex v : order) {
      seen.clear();
      for (auto w : graph.Neighbours(v)) {
        monitor.Tick();
        if (count[label[w]]++ == 0) seen.push_back(label[w]);
      }
      if (seen.empty()) continue;
      // The most frequent labels; the current one if among them, else one
      // drawn at random (reservoir sampling over the ties).
      uint32_t best_count = 0, ties = 0, best = label[v];
      for (uint32_t l : seen) best_count = std::max(best_count, count[l]);
      if (count[label[v]] < best_count) {
        for (uint32_t l : seen) {
          if (count[l] == best_count && std::uniform_int_distribution<uint32_t>(0, ties++)(random) == 0) best = l;
        }
      }
      for (uint32_t l : seen) count[l] = 0;
      if (best != label[v]) {
        label[v] = best;
        result.converged = false;
      }
    }
  }
  result.community = RenumberByFirstVertex(label);
  return result;
}

}  // namespace cg::graph
