// Projection: an immutable in-memory copy of the graph's adjacency in
// compressed-sparse-row form (Boost.Graph's compressed_sparse_row_graph,
// bidirectional), for traversal-heavy work: k-hop neighbourhoods, shortest
// paths, centrality (kernels in traversal.h). Built from one snapshot in one
// sequential scan of the nodes and one of the outgoing adjacency; it does
// not see writes made after that snapshot. Graph::ProjectionFor keeps one
// per committed state and shares it.
//
// A later state's projection is usually Patch()ed from an earlier one and
// the commits' deltas (projection_delta.h) instead of built: it shares the
// CSR and keeps the adjacency of the vertices the commits touched in a
// small overlay, read in place of their CSR rows. Past kPatchFraction of the
// graph a patch is refused and the caller builds a new CSR.
//
// Vertices are dense indexes 0..num_nodes()-1 in node-id order (a node
// created after the CSR was built gets the next index: ids only grow);
// IndexOf and IdOf translate. A node deleted since the CSR was built keeps
// its index, without relationships, and IndexOf no longer finds it
// (Live(v) is false). Each edge has an index (edge() has its relationship
// id and a type index into types(), sorted by name). A vertex's edges come
// in the order of the adjacency keys (keys.h): outgoing by (type, end node,
// rel), then incoming by (type, start node, rel).
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/read_txn.h"

namespace cg::graph {

class VisitMarks;  // traversal.h
struct ProjectionDelta;

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
  // The overlay may cover at most this fraction of the vertices or of the
  // edges (plus a small constant) before Patch refuses.
  static constexpr size_t kPatchFraction = 16;  // 1/16
  // `previous` with `deltas` applied in order (the deltas of consecutive
  // commits after previous's state). False when a delta cannot be patched
  // in (a relationship type previous lacks, a new node id below an existing
  // one) or the overlay would grow too big: Build instead.
  static bool Patch(const Projection& previous, const std::vector<const ProjectionDelta*>& deltas,
                    std::unique_ptr<Projection>* projection);
  ~Projection();

  size_t num_nodes() const { return base_->ids.size() + added_ids_.size(); }
  size_t num_edges() const { return num_edges_; }
  std::optional<Vertex> IndexOf(NodeId id) const;
  NodeId IdOf(Vertex v) const { return v < base_->ids.size() ? base_->ids[v] : added_ids_[v - base_->ids.size()]; }
  bool Live(Vertex v) const { return !Patched(v) || !patch_.at(v)->deleted; }
  const std::vector<std::string>& types() const { return base_->types; }
  std::optional<uint32_t> TypeIndex(std::string_view type) const;
  // Vertices whose adjacency the overlay holds (0 for a built projection),
  // and whether `other` reads the same CSR (one was patched from the other).
  size_t patched_vertices() const { return patch_.size(); }
  bool SharesCsrWith(const Projection& other) const { return base_ == other.base_; }

  // Calls fn(neighbour, edge, outgoing) for each relationship at v, in the
  // order above; edge indexes edge(), read only when needed (kernels that
  // follow every type never touch it). With kBoth a self-loop is reported
  // twice (once per direction), as Reader::ForEachEdge does.
  template <typename Fn>
  void ForEachIncident(Vertex v, Direction direction, Fn&& fn) const {
    if (Patched(v)) {
      const Adjacency& a = *patch_.find(v)->second;
      if (direction != Direction::kIncoming) {
        for (const auto& [w, e] : a.out) fn(w, e, true);
      }
      if (direction != Direction::kOutgoing) {
        for (const auto& [w, e] : a.in) fn(w, e, false);
      }
      return;
    }
    const auto& out = base_->csr.m_forward;
    const auto& in = base_->csr.m_backward;
    if (direction != Direction::kIncoming) {
      for (uint32_t i = out.m_rowstart[v], end = out.m_rowstart[v + 1]; i < end; ++i) fn(out.m_column[i], i, true);
    }
    if (direction != Direction::kOutgoing) {
      for (uint32_t i = in.m_rowstart[v], end = in.m_rowstart[v + 1]; i < end; ++i) {
        fn(in.m_column[i], in.m_edge_properties[i], false);
      }
    }
  }
  // ForEachIncident restricted to the relationships of type index `type`:
  // a CSR row is sorted by type, so its part of the type is found by binary
  // search (no edge data read for the other types); overlay rows are
  // filtered.
  template <typename Fn>
  void ForEachIncidentOfType(Vertex v, Direction direction, uint32_t type, Fn&& fn) const {
    if (Patched(v)) {
      ForEachIncident(v, direction, [&](Vertex w, uint32_t e, bool out) {
        if (edge(e).type == type) fn(w, e, out);
      });
      return;
    }
    const auto& out = base_->csr.m_forward;
    const auto& in = base_->csr.m_backward;
    const auto& props = out.m_edge_properties;
    // The first position in [begin, end) whose edge (edge_at) has a type >= t.
    auto first = [&](uint32_t begin, uint32_t end, uint32_t t, auto edge_at) {
      while (begin < end) {
        const uint32_t mid = begin + (end - begin) / 2;
        if (props[edge_at(mid)].type < t) begin = mid + 1;
        else end = mid;
      }
      return begin;
    };
    if (direction != Direction::kIncoming) {
      auto at = [](uint32_t i) { return i; };
      const uint32_t lo = out.m_rowstart[v], hi = out.m_rowstart[v + 1];
      for (uint32_t i = first(lo, hi, type, at), end = first(lo, hi, type + 1, at); i < end; ++i) {
        fn(out.m_column[i], i, true);
      }
    }
    if (direction != Direction::kOutgoing) {
      auto at = [&](uint32_t i) { return in.m_edge_properties[i]; };
      const uint32_t lo = in.m_rowstart[v], hi = in.m_rowstart[v + 1];
      for (uint32_t i = first(lo, hi, type, at), end = first(lo, hi, type + 1, at); i < end; ++i) {
        fn(in.m_column[i], in.m_edge_properties[i], false);
      }
    }
  }
  const EdgeData& edge(uint32_t e) const {
    return e < base_edges_ ? base_->csr.m_forward.m_edge_properties[e] : added_edges_[e - base_edges_];
  }
  // ForEachIncident with fn(neighbour, EdgeData, outgoing).
  template <typename Fn>
  void ForEachNeighbour(Vertex v, Direction direction, Fn&& fn) const {
    ForEachIncident(v, direction, [&](Vertex w, uint32_t e, bool out) { fn(w, edge(e), out); });
  }

  // Per-vertex scratch for traversals, pooled so that repeated traversals
  // on this projection and the ones patched from it neither allocate nor
  // clear whole arrays. Thread-safe.
  std::unique_ptr<VisitMarks> TakeMarks() const;
  void ReturnMarks(std::unique_ptr<VisitMarks> marks) const;

 private:
  // The CSR and what indexes it, shared by a built projection and the ones
  // patched from it.
  struct Base {
    Base();
    ~Base();
    std::vector<NodeId> ids;          // sorted
    std::vector<Vertex> vertex_of;    // by node id, when ids are dense enough; else IndexOf searches ids
    std::vector<std::string> types;   // sorted
    Csr csr;
    mutable std::mutex pool_mu;
    mutable std::vector<std::unique_ptr<VisitMarks>> pool;
  };
  // A patched vertex's whole adjacency: (neighbour, edge index) pairs.
  struct Adjacency {
    std::vector<std::pair<Vertex, uint32_t>> out, in;
    bool deleted = false;
  };
  class Patcher;  // projection.cc

  Projection() = default;
  void SortIncoming(Base* base) const;
  bool Patched(Vertex v) const { return (v >> 6) < patched_.size() && (patched_[v >> 6] >> (v & 63) & 1); }

  std::shared_ptr<const Base> base_;
  uint32_t base_edges_ = 0;  // edge indexes below come from the CSR, the rest from added_edges_
  size_t num_edges_ = 0;
  // The overlay: nodes created after the CSR was built (ids ascending),
  // one bit per vertex whose adjacency is in patch_ (words past the end: 0),
  // and the data of relationships added since.
  std::vector<NodeId> added_ids_;
  std::vector<uint64_t> patched_;
  std::unordered_map<Vertex, std::shared_ptr<const Adjacency>> patch_;
  std::vector<EdgeData> added_edges_;
};

}  // namespace cg::graph
