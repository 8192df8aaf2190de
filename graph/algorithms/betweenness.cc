#include "graph/algorithms/betweenness.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <numeric>
#include <random>

namespace cg::graph {

namespace {

using Csr = AlgorithmGraph::Csr;
using Vertex = AlgorithmGraph::Vertex;
using EdgeDesc = boost::graph_traits<Csr>::edge_descriptor;

// A read/write property map over a vector that ticks the monitor on every
// put: Boost's Brandes writes a vertex's distance each time a search
// reaches it, so the exact computation stays cancellable.
struct TickingDistances {
  using key_type = Vertex;
  using value_type = uint32_t;
  using reference = uint32_t&;
  using category = boost::read_write_property_map_tag;
  std::vector<uint32_t>* values;
  const WorkMonitor* monitor;
};
uint32_t get(const TickingDistances& m, Vertex v) { return (*m.values)[v]; }
void put(const TickingDistances& m, Vertex v, uint32_t d) {
  m.monitor->Tick();
  (*m.values)[v] = d;
}

std::vector<double> Exact(const AlgorithmGraph& graph, const WorkMonitor& monitor) {
  const Csr& csr = graph.csr();
  const size_t n = graph.num_vertices();
  monitor.Reserve(n * (sizeof(double) * 3 + sizeof(uint32_t) + sizeof(std::vector<EdgeDesc>)) +
                  graph.num_edges() * sizeof(EdgeDesc));
  std::vector<double> centrality(n), dependency(n), path_count(n);
  std::vector<uint32_t> distance(n);
  std::vector<std::vector<EdgeDesc>> incoming(n);
  auto index = boost::get(boost::vertex_index, csr);
  boost::brandes_betweenness_centrality(
      csr, boost::make_iterator_property_map(centrality.begin(), index), boost::dummy_property_map(),
      boost::make_iterator_property_map(incoming.begin(), index), TickingDistances{&distance, &monitor},
      boost::make_iterator_property_map(dependency.begin(), index),
      boost::make_iterator_property_map(path_count.begin(), index), index);
  return centrality;
}

// Records, for one source, the vertices in the order reached, their
// distances and their numbers of shortest paths (Brandes's first phase).
class ShortestPathCounter : public boost::default_bfs_visitor {
 public:
  ShortestPathCounter(std::vector<uint32_t>* dist, std::vector<double>* sigma, std::vector<Vertex>* order,
                      const WorkMonitor* monitor)
      : dist_(dist), sigma_(sigma), order_(order), monitor_(monitor) {}
  void discover_vertex(Vertex v, const Csr&) const { order_->push_back(v); }
  void examine_edge(EdgeDesc e, const Csr& g) const {
    monitor_->Tick();
    const Vertex u = boost::source(e, g), w = boost::target(e, g);
    if ((*dist_)[w] == kUnreached) (*dist_)[w] = (*dist_)[u] + 1;
    if ((*dist_)[w] == (*dist_)[u] + 1) (*sigma_)[w] += (*sigma_)[u];
  }
  static constexpr uint32_t kUnreached = ~uint32_t{0};

 private:
  std::vector<uint32_t>* dist_;
  std::vector<double>* sigma_;
  std::vector<Vertex>* order_;
  const WorkMonitor* monitor_;
};

std::vector<double> Sampled(const AlgorithmGraph& graph, const BetweennessOptions& options,
                            const WorkMonitor& monitor) {
  const Csr& csr = graph.csr();
  const size_t n = graph.num_vertices();
  monitor.Reserve(n * (3 * sizeof(double) + 2 * sizeof(uint32_t) + sizeof(Vertex) + 1));
  std::vector<Vertex> sources(n);
  std::iota(sources.begin(), sources.end(), 0);
  std::mt19937_64 random(options.seed);
  std::shuffle(sources.begin(), sources.end(), random);
  sources.resize(options.samples);

  std::vector<double> centrality(n), sigma(n), delta(n);
  std::vector<uint32_t> dist(n);
  std::vector<Vertex> order;
  std::vector<boost::default_color_type> color(n);
  for (Vertex s : sources) {
    std::fill(dist.begin(), dist.end(), ShortestPathCounter::kUnreached);
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    boost::breadth_first_search(csr, s,
                                boost::visitor(ShortestPathCounter(&dist, &sigma, &order, &monitor))
                                    .color_map(boost::make_iterator_property_map(
                                        color.begin(), boost::get(boost::vertex_index, csr))));
    // Second phase: dependencies, farthest vertices first.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const Vertex v = *it;
      for (auto w : graph.Neighbours(v)) {
        if (dist[w] == dist[v] + 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      if (v != s) centrality[v] += delta[v];
    }
  }
  const double scale = static_cast<double>(n) / options.samples;
  for (double& c : centrality) c *= scale;
  return centrality;
}

}  // namespace

std::vector<double> Betweenness(const AlgorithmGraph& graph, const BetweennessOptions& options,
                                const WorkMonitor& monitor) {
  const bool exact = options.samples == 0 || options.samples >= graph.num_vertices();
  std::vector<double> centrality = exact ? Exact(graph, monitor) : Sampled(graph, options, monitor);
  // Both passes count an undirected pair once from each end.
  if (graph.undirected()) {
    for (double& c : centrality) c /= 2;
  }
  return centrality;
}

}  // namespace cg::graph
