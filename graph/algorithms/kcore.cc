#include "graph/algorithms/kcore.h"

#include <boost/graph/core_numbers.hpp>

#include <cassert>

namespace cg::graph {

namespace {

// Ticks the monitor for each edge Boost's peeling examines.
struct TickingCoreVisitor {
  const WorkMonitor* monitor;
  template <class Vertex, class Graph>
  void examine_vertex(Vertex, Graph&) const {}
  template <class Vertex, class Graph>
  void finish_vertex(Vertex, Graph&) const {}
  template <class Edge, class Graph>
  void examine_edge(Edge, Graph&) const {
    monitor->Tick();
  }
};

}  // namespace

std::vector<uint32_t> CoreNumbers(const AlgorithmGraph& graph, const WorkMonitor& monitor) {
  assert(graph.undirected());
  const size_t n = graph.num_vertices();
  // Boost's bins, positions and vertex order beside the result.
  monitor.Reserve(n * 4 * sizeof(uint32_t));
  std::vector<uint32_t> core(n);
  // Boost counts in-degrees; each undirected edge is stored both ways, so
  // they are the degrees.
  boost::core_numbers(graph.csr(),
                      boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, graph.csr())),
                      TickingCoreVisitor{&monitor});
  return core;
}

}  // namespace cg::graph
