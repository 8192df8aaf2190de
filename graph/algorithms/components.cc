#include "graph/algorithms/components.h"

#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>

#include <unordered_map>

namespace cg::graph {

std::vector<uint32_t> RenumberByFirstVertex(const std::vector<uint32_t>& labels) {
  std::unordered_map<uint32_t, uint32_t> number;
  std::vector<uint32_t> out(labels.size());
  for (size_t v = 0; v < labels.size(); ++v) {
    out[v] = number.emplace(labels[v], static_cast<uint32_t>(number.size())).first->second;
  }
  return out;
}

std::vector<uint32_t> WeaklyConnectedComponents(const AlgorithmGraph& graph, const WorkMonitor& monitor) {
  const size_t n = graph.num_vertices();
  monitor.Reserve(n * 3 * sizeof(uint32_t));
  using Map = boost::iterator_property_map<std::vector<uint32_t>::iterator, boost::identity_property_map>;
  std::vector<uint32_t> rank(n), parent(n);
  boost::disjoint_sets<Map, Map> sets{Map(rank.begin()), Map(parent.begin())};
  for (AlgorithmGraph::Vertex v = 0; v < n; ++v) sets.make_set(v);
  for (AlgorithmGraph::Vertex u = 0; u < n; ++u) {
    for (auto w : graph.Neighbours(u)) {
      monitor.Tick();
      sets.union_set(u, w);
    }
  }
  std::vector<uint32_t> root(n);
  for (AlgorithmGraph::Vertex v = 0; v < n; ++v) root[v] = static_cast<uint32_t>(sets.find_set(v));
  return RenumberByFirstVertex(root);
}

}  // namespace cg::graph
