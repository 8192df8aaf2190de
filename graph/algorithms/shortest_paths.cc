#include "graph/algorithms/shortest_paths.h"

#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>

namespace cg::graph {

namespace {

using Csr = AlgorithmGraph::Csr;
using Vertex = AlgorithmGraph::Vertex;
using EdgeDesc = boost::graph_traits<Csr>::edge_descriptor;
constexpr uint32_t kUnreached = ~uint32_t{0};

// Thrown by the visitor to end the search (Boost's documented way).
struct TargetSettled {};

// Distances from the source, and the edges from one level to the next
// (the last edges of the shortest paths to each reached vertex), appended
// as reached.
class LevelRecorder : public boost::default_bfs_visitor {
 public:
  LevelRecorder(Vertex target, std::vector<uint32_t>* dist, std::vector<EdgeDesc>* level_edges,
                const WorkMonitor* monitor)
      : target_(target), dist_(dist), level_edges_(level_edges), monitor_(monitor) {}
  void examine_vertex(Vertex u, const Csr&) const {
    if ((*dist_)[target_] != kUnreached && (*dist_)[u] >= (*dist_)[target_]) throw TargetSettled{};
  }
  void examine_edge(EdgeDesc e, const Csr& g) const {
    monitor_->Tick();
    const Vertex u = boost::source(e, g), w = boost::target(e, g);
    if ((*dist_)[w] == kUnreached) (*dist_)[w] = (*dist_)[u] + 1;
    if ((*dist_)[w] == (*dist_)[u] + 1) level_edges_->push_back(e);
  }

 private:
  Vertex target_;
  std::vector<uint32_t>* dist_;
  std::vector<EdgeDesc>* level_edges_;
  const WorkMonitor* monitor_;
};

}  // namespace

void ShortestPaths(const AlgorithmGraph& graph, Vertex source, Vertex target, bool all, const WorkMonitor& monitor,
                   const std::function<bool(const GraphPath&)>& fn) {
  const Csr& csr = graph.csr();
  const size_t n = graph.num_vertices();
  monitor.Reserve(n * (sizeof(uint32_t) + 2) + graph.num_edges() * sizeof(EdgeDesc));
  std::vector<uint32_t> dist(n, kUnreached);
  std::vector<EdgeDesc> level_edges;
  std::vector<boost::default_color_type> color(n);
  dist[source] = 0;
  try {
    boost::breadth_first_search(
        csr, source,
        boost::visitor(LevelRecorder(target, &dist, &level_edges, &monitor))
            .color_map(boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, csr))));
  } catch (const TargetSettled&) {
  }
  if (dist[target] == kUnreached) return;
  // Keep the level edges on shortest paths to the target: edges into a
  // level were appended after those into the levels before it, so one
  // backward scan sees each vertex's paths onward before its own edges.
  std::vector<char> on_path(n, 0);
  on_path[target] = 1;
  std::vector<EdgeDesc> kept;
  for (auto it = level_edges.rbegin(); it != level_edges.rend(); ++it) {
    if (on_path[boost::target(*it, csr)]) {
      on_path[boost::source(*it, csr)] = 1;
      kept.push_back(*it);
    }
  }
  level_edges.swap(kept);
  // By (end, start): a vertex's incoming level edges are one run.
  auto ends = [&](EdgeDesc e) { return std::make_pair(boost::target(e, csr), boost::source(e, csr)); };
  std::sort(level_edges.begin(), level_edges.end(), [&](EdgeDesc a, EdgeDesc b) { return ends(a) < ends(b); });

  // Walk back from the target along the recorded edges, depth first; the
  // path is built target-first, then reversed for fn.
  GraphPath reversed, path;
  reversed.vertices.push_back(target);
  bool go_on = true;
  std::function<void(Vertex)> walk = [&](Vertex v) {
    monitor.Tick();
    if (v == source) {
      path.vertices.assign(reversed.vertices.rbegin(), reversed.vertices.rend());
      path.rels.assign(reversed.rels.rbegin(), reversed.rels.rend());
      go_on = fn(path) && all;
      return;
    }
    auto first = std::partition_point(level_edges.begin(), level_edges.end(),
                                      [&](EdgeDesc e) { return boost::target(e, csr) < v; });
    for (auto it = first; it != level_edges.end() && boost::target(*it, csr) == v; ++it) {
      const EdgeDesc e = *it;
      if (!go_on) return;
      reversed.vertices.push_back(boost::source(e, csr));
      reversed.rels.push_back(csr[e].rel);
      walk(boost::source(e, csr));
      reversed.vertices.pop_back();
      reversed.rels.pop_back();
    }
  };
  walk(target);
}

}  // namespace cg::graph
