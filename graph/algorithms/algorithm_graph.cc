#include "graph/algorithms/algorithm_graph.h"

#include <algorithm>

#include "graph/traversal.h"

namespace cg::graph {

namespace {

constexpr uint32_t kNotSelected = ~uint32_t{0};
// Bytes per edge while building: the collected (ends, data) pair and the
// CSR's column and property arrays.
constexpr size_t kBytesPerEdge = 2 * sizeof(uint32_t) + sizeof(RelId) + sizeof(uint32_t) + sizeof(RelId);

Status SelectedNodes(const Reader& reader, const Projection* projection, const GraphSelection& selection,
                     const WorkMonitor& monitor, std::vector<NodeId>* ids) {
  auto add = [&](NodeId id) {
    monitor.Tick();
    ids->push_back(id);
    return true;
  };
  if (!selection.labels.empty()) {
    for (const std::string& label : selection.labels) CG_RETURN_IF_ERROR(reader.ForEachNodeWithLabel(label, add));
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    return Status::OK();
  }
  if (!projection) return reader.ForEachNode(add);
  for (Projection::Vertex v = 0; v < projection->num_nodes(); ++v) {
    if (projection->Live(v)) add(projection->IdOf(v));
  }
  return Status::OK();
}

}  // namespace

std::optional<AlgorithmGraph::Vertex> AlgorithmGraph::IndexOf(NodeId id) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return std::nullopt;
  return static_cast<Vertex>(it - ids_.begin());
}

Status AlgorithmGraph::Build(const Reader& reader, const Projection* projection, const GraphSelection& selection,
                             const WorkMonitor& monitor, std::unique_ptr<AlgorithmGraph>* out) {
  std::unique_ptr<AlgorithmGraph> g(new AlgorithmGraph());
  g->undirected_ = selection.orientation == Direction::kBoth;
  CG_RETURN_IF_ERROR(SelectedNodes(reader, projection, selection, monitor, &g->ids_));
  const size_t n = g->ids_.size();
  monitor.Reserve(n * (sizeof(NodeId) + 2 * sizeof(uint32_t)));

  // The projection's vertex -> our vertex.
  std::vector<uint32_t> local_of;
  std::optional<EdgeFilter> filter;
  if (projection) {
    local_of.assign(projection->num_nodes(), kNotSelected);
    for (Vertex v = 0; v < n; ++v) {
      if (auto pv = projection->IndexOf(g->ids_[v])) local_of[*pv] = v;
    }
    filter.emplace(*projection, selection.orientation, selection.types);
  }

  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<EdgeData> data;
  std::vector<std::pair<Vertex, RelId>> row;  // one vertex's (neighbour, relationship)
  auto add = [&](Vertex u, uint32_t w, RelId rel) {
    monitor.Tick();
    if (w != kNotSelected && w != u && (!selection.keep || selection.keep(rel))) row.emplace_back(w, rel);
  };
  for (Vertex u = 0; u < n; ++u) {
    row.clear();
    const NodeId id = g->ids_[u];
    if (projection) {
      if (auto pv = projection->IndexOf(id)) {
        filter->ForEach(*projection, *pv, [&](Projection::Vertex w, uint32_t e, bool) {
          add(u, local_of[w], projection->edge(e).rel);
        });
      }
    } else {
      auto visit = [&](const Edge& e) {
        auto w = g->IndexOf(e.other());
        add(u, w ? *w : kNotSelected, e.rel);
        return true;
      };
      if (selection.types.empty()) CG_RETURN_IF_ERROR(reader.ForEachEdge(id, selection.orientation, "", visit));
      for (const std::string& type : selection.types) {
        CG_RETURN_IF_ERROR(reader.ForEachEdge(id, selection.orientation, type, visit));
      }
    }
    // One edge per neighbour, with the smallest relationship id.
    std::sort(row.begin(), row.end());
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0 && row[i].first == row[i - 1].first) continue;
      ends.emplace_back(u, row[i].first);
      data.push_back(EdgeData{row[i].second});
    }
    if ((u & 4095) == 0) monitor.Reserve(ends.size() * kBytesPerEdge);
  }
  monitor.Reserve(ends.size() * kBytesPerEdge);
  g->csr_ = Csr(boost::edges_are_sorted, ends.begin(), ends.end(), data.begin(), static_cast<Vertex>(n));
  *out = std::move(g);
  return Status::OK();
}

}  // namespace cg::graph
