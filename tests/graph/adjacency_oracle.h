// Test oracle: every node's relationships as a projection has them and as
// storage has them, in one comparable form. No doctest assertions, so
// reader threads may call it.
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "graph/projection.h"
#include "graph/reader.h"

namespace cg::graph::testing {

// By node: (rel id, type, other end, outgoing), both directions.
using AdjacencyMap = std::map<NodeId, std::multiset<std::tuple<RelId, std::string, NodeId, bool>>>;

inline AdjacencyMap FromProjection(const Projection& p) {
  AdjacencyMap out;
  for (Projection::Vertex v = 0; v < p.num_nodes(); ++v) {
    if (!p.Live(v)) continue;
    auto& set = out[p.IdOf(v)];
    p.ForEachNeighbour(v, Direction::kBoth, [&](Projection::Vertex n, const Projection::EdgeData& e, bool outgoing) {
      set.emplace(e.rel, p.types()[e.type], p.IdOf(n), outgoing);
    });
  }
  return out;
}

// Empty when storage cannot be read.
inline AdjacencyMap FromStorage(const Reader& reader) {
  AdjacencyMap out;
  Status s = reader.ForEachNode([&](NodeId id) {
    auto& set = out[id];
    return reader
        .ForEachEdge(id, Direction::kBoth, "",
                     [&](const Edge& e) {
                       set.emplace(e.rel, std::string(e.type), e.other(), e.outgoing);
                       return true;
                     })
        .ok();
  });
  if (!s.ok()) out.clear();
  return out;
}

}  // namespace cg::graph::testing
