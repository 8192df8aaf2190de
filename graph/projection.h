// Projection: an immutable in-memory copy of the graph's adjacency in
// compressed-sparse-row form (Boost.Graph's compressed_sparse_row_graph,
// bidirectional), for traversal-heavy work: k-hop neighbourhoods, shortest
// paths, centrality (kernels in traversal.h). Built from one snapshot in one
// sequential scan of the nodes and one of the outgoing adjacency; it does
// not see writes made after that snapshot. Graph::ProjectionFor keeps one
// per committed state and shares it.
//
// Vertices are dense indexes 0..num_nodes()-1 in node-id order; IndexOf and
// IdOf translate. Each CSR edge carries its relationship id and a type index
// into types(), which is sorted by name. A vertex's edges come in the order
// of the adjacency keys (keys.h): outgoing by (type, end node, rel), then
// incoming by (type, start node, rel).
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/read_txn.h"

namespace cg::graph {

class VisitMarks;  // traversal.h

class Projection {
 public:
  struct EdgeData {
    RelId rel = 0;
    uint32_t type = 0;
  };
  using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeData, boost::no_property,
                                                 uint32_t, uint32_t>;
  using Vertex = uint32_t;

  static Status Build(const ReadTxn& snapshot, std::unique_ptr<Projection>* projection);
  ~Projection();

  size_t num_nodes() const { return ids_.size(); }
  size_t num_edges() const { return boost::num_edges(csr_); }
  std::optional<Vertex> IndexOf(NodeId id) const;
  NodeId IdOf(Vertex v) const { return ids_[v]; }
  const std::vector<std::string>& types() const { return types_; }
  std::optional<uint32_t> TypeIndex(std::string_view type) const;
  const Csr& csr() const { return csr_; }

  // Calls fn(neighbour, edge, outgoing) for each relationship at v, in the
  // order above; edge indexes edge(), read only when needed (kernels that
  // follow every type never touch it). With kBoth a self-loop is reported
  // twice (once per direction), as Reader::ForEachEdge does.
  template <typename Fn>
  void ForEachIncident(Vertex v, Direction direction, Fn&& fn) const {
    const auto& out = csr_.m_forward;
    const auto& in = csr_.m_backward;
    if (direction != Direction::kIncoming) {
      for (uint32_t i = out.m_rowstart[v], end = out.m_rowstart[v + 1]; i < end; ++i) fn(out.m_column[i], i, true);
    }
    if (direction != Direction::kOutgoing) {
      for (uint32_t i = in.m_rowstart[v], end = in.m_rowstart[v + 1]; i < end; ++i) {
        fn(in.m_column[i], in.m_edge_properties[i], false);
      }
    }
  }
  const EdgeData& edge(uint32_t e) const { return csr_.m_forward.m_edge_properties[e]; }
  // ForEachIncident with fn(neighbour, EdgeData, outgoing).
  template <typename Fn>
  void ForEachNeighbour(Vertex v, Direction direction, Fn&& fn) const {
    ForEachIncident(v, direction, [&](Vertex w, uint32_t e, bool out) { fn(w, edge(e), out); });
  }

  // Per-vertex scratch for traversals, pooled so that repeated traversals
  // on this projection neither allocate nor clear whole arrays. Thread-safe.
  std::unique_ptr<VisitMarks> TakeMarks() const;
  void ReturnMarks(std::unique_ptr<VisitMarks> marks) const;

 private:
  Projection() = default;
  void SortIncoming();

  std::vector<NodeId> ids_;  // sorted
  std::vector<Vertex> vertex_of_;  // by node id, when ids are dense enough; else IndexOf searches ids_
  std::vector<std::string> types_;  // sorted
  Csr csr_;
  mutable std::mutex pool_mu_;
  mutable std::vector<std::unique_ptr<VisitMarks>> pool_;
};

}  // namespace cg::graph
