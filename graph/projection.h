// Projection: an immutable in-memory copy of the graph's adjacency in
// compressed-sparse-row form (Boost.Graph's compressed_sparse_row_graph,
// bidirectional), for traversal-heavy work: k-hop neighbourhoods, shortest
// paths, centrality. Built from one Reader in a single scan of the outgoing
// adjacency; it does not see writes made after it was built.
//
// Vertices are dense indexes 0..num_nodes()-1 in node-id order; IndexOf and
// IdOf translate. Each CSR edge carries its relationship id and a type index
// into types().
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/reader.h"

namespace cg::graph {

class Projection {
 public:
  struct EdgeData {
    RelId rel = 0;
    uint32_t type = 0;
  };
  using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeData, boost::no_property,
                                                 uint32_t, uint32_t>;
  using Vertex = uint32_t;

  static Status Build(const Reader& reader, std::unique_ptr<Projection>* projection);

  size_t num_nodes() const { return ids_.size(); }
  size_t num_edges() const { return boost::num_edges(csr_); }
  std::optional<Vertex> IndexOf(NodeId id) const;
  NodeId IdOf(Vertex v) const { return ids_[v]; }
  const std::vector<std::string>& types() const { return types_; }
  const Csr& csr() const { return csr_; }

  // Calls fn(neighbour, EdgeData, outgoing) for each relationship at v.
  template <typename Fn>
  void ForEachNeighbour(Vertex v, Direction direction, Fn&& fn) const {
    if (direction != Direction::kIncoming) {
      for (auto [it, end] = boost::out_edges(v, csr_); it != end; ++it) fn(boost::target(*it, csr_), csr_[*it], true);
    }
    if (direction != Direction::kOutgoing) {
      for (auto [it, end] = boost::in_edges(v, csr_); it != end; ++it) fn(boost::source(*it, csr_), csr_[*it], false);
    }
  }

 private:
  Projection() = default;
  std::vector<NodeId> ids_;  // sorted
  std::vector<std::string> types_;
  Csr csr_;
};

}  // namespace cg::graph
