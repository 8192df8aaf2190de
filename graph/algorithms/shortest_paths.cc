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

// Distances from the source and, for each reached vertex, its edges from
// the previous level (the last edge of each shortest path to it).
class LevelRecorder : public boost::default_bfs_visitor {
 public:
  LevelRecorder(Vertex target, std::vector<uint32_t>* dist, std::vector<std::vector<EdgeDesc>>* preds,
                const WorkMonitor* monitor)
      : target_(target), dist_(dist), preds_(preds), monitor_(monitor) {}
  void examine_vertex(Vertex u, const Csr&) const {
    if ((*dist_)[target_] != kUnreached && (*dist_)[u] >= (*dist_)[target_]) throw TargetSettled{};
  }
  void examine_edge(EdgeDesc e, const Csr& g) const {
    monitor_->Tick();
    const Vertex u = boost::source(e, g), w = boost::target(e, g);
    if ((*dist_)[w] == kUnreached) (*dist_)[w] = (*dist_)[u] + 1;
    if ((*dist_)[w] == (*dist_)[u] + 1) (*preds_)[w].push_back(e);
  }

 private:
  Vertex target_;
  std::vector<uint32_t>* dist_;
  std::vector<std::vector<EdgeDesc>>* preds_;
  const WorkMonitor* monitor_;
};

}  // namespace

void ShortestPaths(const AlgorithmGraph& graph, Vertex source, Vertex target, bool all, const WorkMonitor& monitor,
                   const std::function<bool(const GraphPath&)>& fn) {
  const Csr& csr = graph.csr();
  const size_t n = graph.num_vertices();
  monitor.Reserve(n * (sizeof(uint32_t) + sizeof(std::vector<EdgeDesc>) + 1));
  std::vector<uint32_t> dist(n, kUnreached);
  std::vector<std::vector<EdgeDesc>> preds(n);
  std::vector<boost::default_color_type> color(n);
  dist[source] = 0;
  try {
    boost::breadth_first_search(
        csr, source,
        boost::visitor(LevelRecorder(target, &dist, &preds, &monitor))
            .color_map(boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, csr))));
  } catch (const TargetSettled&) {
  }
  if (dist[target] == kUnreached) return;
  for (auto& p : preds) {
    std::sort(p.begin(), p.end(), [&](EdgeDesc a, EdgeDesc b) { return boost::source(a, csr) < boost::source(b, csr); });
  }

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
    for (EdgeDesc e : preds[v]) {
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
