#include "graph/algorithms/shortest_paths.h"

#include <algorithm>
#include <optional>

namespace cg::graph {

namespace {

using Csr = AlgorithmGraph::Csr;
using Vertex = AlgorithmGraph::Vertex;
constexpr uint32_t kUnreached = ~uint32_t{0};

// `csr` with every edge reversed, each keeping its relationship.
Csr Reversed(const Csr& csr, Vertex n, const WorkMonitor& monitor) {
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<AlgorithmGraph::EdgeData> data;
  ends.reserve(boost::num_edges(csr));
  data.reserve(boost::num_edges(csr));
  for (auto e : boost::make_iterator_range(boost::edges(csr))) {
    monitor.Tick();
    ends.emplace_back(boost::target(e, csr), boost::source(e, csr));
    data.push_back(csr[e]);
  }
  return Csr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), data.begin(), n);
}

// One side of the search: distances from its root over `csr` (the graph
// for the source's side, its reverse for the target's), grown a whole
// level at a time.
class Side {
 public:
  Side(const Csr& csr, size_t n, Vertex root) : csr_(csr), dist_(n, kUnreached), frontier_{root} {
    dist_[root] = 0;
    cost_ = boost::out_degree(root, csr);
  }

  uint32_t Dist(Vertex v) const { return dist_[v]; }
  bool Exhausted() const { return frontier_.empty(); }
  // The edges the next level would examine.
  uint64_t Cost() const { return cost_; }

  // Reaches the next level; adds to `met` its vertices `other` has reached.
  void Grow(const Side& other, const WorkMonitor& monitor, std::vector<Vertex>* met) {
    std::vector<Vertex> next;
    uint64_t cost = 0;
    for (Vertex u : frontier_) {
      for (auto e : boost::make_iterator_range(boost::out_edges(u, csr_))) {
        monitor.Tick();
        const Vertex w = boost::target(e, csr_);
        if (dist_[w] != kUnreached) continue;
        dist_[w] = dist_[u] + 1;
        next.push_back(w);
        cost += boost::out_degree(w, csr_);
        if (other.dist_[w] != kUnreached) met->push_back(w);
      }
    }
    frontier_.swap(next);
    cost_ = cost;
  }

 private:
  const Csr& csr_;
  std::vector<uint32_t> dist_;
  std::vector<Vertex> frontier_;
  uint64_t cost_;
};

}  // namespace

void ShortestPaths(const AlgorithmGraph& graph, Vertex source, Vertex target, bool all, const WorkMonitor& monitor,
                   const std::function<bool(const GraphPath&)>& fn) {
  if (source == target) {
    fn(GraphPath{{source}, {}});
    return;
  }
  const Csr& out = graph.csr();
  const size_t n = graph.num_vertices();
  monitor.Reserve(2 * n * sizeof(uint32_t) +
                  (graph.undirected() ? 0 : graph.num_edges() * (sizeof(Vertex) * 3 + sizeof(AlgorithmGraph::EdgeData))));
  std::optional<Csr> reversed;
  if (!graph.undirected()) reversed.emplace(Reversed(out, static_cast<Vertex>(n), monitor));
  const Csr& in = reversed ? *reversed : out;

  // Grow the cheaper side a level at a time until a level reaches the
  // other side. The vertices it reached then (`met`) are exactly those at
  // the two sides' depths from source and target, and every shortest path
  // passes through one of them.
  Side forward(out, n, source), backward(in, n, target);
  std::vector<Vertex> met;
  while (met.empty()) {
    if (forward.Exhausted() || backward.Exhausted()) return;
    if (forward.Cost() <= backward.Cost()) {
      forward.Grow(backward, monitor, &met);
    } else {
      backward.Grow(forward, monitor, &met);
    }
  }
  std::sort(met.begin(), met.end());

  // For each meeting vertex: back to the source along edges one level
  // nearer it, then on to the target likewise, depth first.
  GraphPath path;
  std::vector<Vertex> back;  // meeting vertex .. the vertex reached, towards the source
  std::vector<RelId> back_rels;
  bool go_on = true;
  std::function<void()> to_target = [&]() {
    monitor.Tick();
    const Vertex v = path.vertices.back();
    if (v == target) {
      go_on = fn(path) && all;
      return;
    }
    for (auto e : boost::make_iterator_range(boost::out_edges(v, out))) {
      if (!go_on) return;
      const Vertex w = boost::target(e, out);
      if (backward.Dist(w) + 1 != backward.Dist(v)) continue;
      path.vertices.push_back(w);
      path.rels.push_back(out[e].rel);
      to_target();
      path.vertices.pop_back();
      path.rels.pop_back();
    }
  };
  std::function<void()> to_source = [&]() {
    monitor.Tick();
    const Vertex v = back.back();
    if (v == source) {
      path.vertices.assign(back.rbegin(), back.rend());
      path.rels.assign(back_rels.rbegin(), back_rels.rend());
      to_target();
      return;
    }
    for (auto e : boost::make_iterator_range(boost::out_edges(v, in))) {
      if (!go_on) return;
      const Vertex u = boost::target(e, in);
      if (forward.Dist(u) + 1 != forward.Dist(v)) continue;
      back.push_back(u);
      back_rels.push_back(in[e].rel);
      to_source();
      back.pop_back();
      back_rels.pop_back();
    }
  };
  for (Vertex m : met) {
    if (!go_on) break;
    back.assign({m});
    back_rels.clear();
    to_source();
  }
}

}  // namespace cg::graph
