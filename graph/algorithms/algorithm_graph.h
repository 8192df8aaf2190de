// AlgorithmGraph: the graph an algorithm (this folder) runs on — a
// selection of the stored graph, copied into a Boost.Graph CSR with dense
// vertex indexes 0..num_vertices()-1 in node-id order.
//
// The selection (GraphSelection) keeps the nodes carrying any of the chosen
// labels (every node when none is chosen) and the relationships of the
// chosen types (every type when none) whose two ends are both kept. It is a
// simple graph: parallel relationships between the same two nodes (in the
// same direction) are one edge, which remembers the smallest relationship
// id; self-loops are left out. Its orientation:
//   kOutgoing  edges as stored, start -> end;
//   kIncoming  every edge reversed, end -> start;
//   kBoth      undirected: each pair of adjacent nodes is joined both ways
//              (the CSR holds u -> w and w -> u), as networkx's
//              to_undirected() sees a directed graph.
// So out_degree(v, csr()) is v's number of distinct neighbours in the
// chosen orientation.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/algorithms/work_monitor.h"
#include "graph/projection.h"
#include "graph/reader.h"

namespace cg::graph {

struct GraphSelection {
  std::vector<std::string> labels = {};  // nodes carrying any of these; empty: every node
  std::vector<std::string> types = {};   // relationships of these types; empty: every type
  Direction orientation = Direction::kOutgoing;
  // When set, only the relationships it returns true for (e.g. those that
  // hold on a day); empty: all.
  std::function<bool(RelId)> keep = {};
};

class AlgorithmGraph {
 public:
  struct EdgeData {
    RelId rel = 0;  // the smallest id among the relationships the edge stands for
  };
  using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeData, boost::no_property,
                                                 uint32_t, uint32_t>;
  using Vertex = uint32_t;

  // Copies the selection out of `reader`, walking `projection` (the CSR of
  // the same state, when the caller has one) instead of the adjacency keys.
  // Ticks `monitor` per node and relationship read; reserves the copy's
  // memory before building it.
  static Status Build(const Reader& reader, const Projection* projection, const GraphSelection& selection,
                      const WorkMonitor& monitor, std::unique_ptr<AlgorithmGraph>* graph);

  size_t num_vertices() const { return ids_.size(); }
  size_t num_edges() const { return boost::num_edges(csr_); }
  bool undirected() const { return undirected_; }
  const Csr& csr() const { return csr_; }
  NodeId IdOf(Vertex v) const { return ids_[v]; }
  // nullopt when the node is not in the selection.
  std::optional<Vertex> IndexOf(NodeId id) const;
  // The distinct neighbours of v (out-neighbours when directed).
  uint32_t Degree(Vertex v) const { return static_cast<uint32_t>(boost::out_degree(v, csr_)); }
  // Those neighbours, as a range of vertices in index order.
  auto Neighbours(Vertex v) const { return boost::make_iterator_range(boost::adjacent_vertices(v, csr_)); }

 private:
  AlgorithmGraph() = default;
  std::vector<NodeId> ids_;  // sorted
  bool undirected_ = false;
  Csr csr_;
};

}  // namespace cg::graph
