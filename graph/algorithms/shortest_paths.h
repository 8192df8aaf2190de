// Shortest paths between two vertices: the paths with the fewest edges
// from `source` to `target` in the graph's orientation, found by a
// bidirectional breadth-first search — levels grown from the source over
// the graph and from the target over its reverse (built for the call when
// the graph is directed), the side with fewer edges to examine first,
// until they meet. One path (the first found), or every one — on a simple
// graph, the distinct vertex sequences (networkx.all_shortest_paths); each
// edge's relationship is the one AlgorithmGraph kept for it.
#pragma once

#include <functional>
#include <vector>

#include "graph/algorithms/algorithm_graph.h"

namespace cg::graph {

struct GraphPath {
  std::vector<AlgorithmGraph::Vertex> vertices;  // source .. target
  std::vector<RelId> rels;                       // rels[i] joins vertices[i] and vertices[i+1]
};

// Calls fn for one shortest path (all == false) or for each (all == true,
// in a fixed order: by the index of the vertex where the searches met,
// then by the CSR's edge order) until fn returns false; nothing when
// target is unreachable. source == target: one path of length 0.
void ShortestPaths(const AlgorithmGraph& graph, AlgorithmGraph::Vertex source, AlgorithmGraph::Vertex target,
                   bool all, const WorkMonitor& monitor, const std::function<bool(const GraphPath&)>& fn);

}  // namespace cg::graph
