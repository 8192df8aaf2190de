// Adjacency helpers shared by the traversal operators (expand,
// var_length_expand, shortest_path, count_expand) and DETACH DELETE.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "graph/reader.h"
#include "query/execution/context.h"

namespace cg::query::execution {

graph::Direction ToGraph(ast::RelDirection d);

// Calls fn for each relationship at `node` in `direction` whose type is one
// of `types` (any type when empty). An undirected walk reports a self-loop
// once.
void ForEachEdge(const graph::Reader& reader, graph::NodeId node, graph::Direction direction,
                 const std::vector<std::string>& types, const std::function<void(const graph::Edge&)>& fn);

// Relationship ids held by the slots (a relationship or a list of them):
// the relationships a pattern already uses (relationship uniqueness).
std::vector<graph::RelId> UsedRels(const Row& row, const std::vector<int>& slots);

inline bool Contains(const std::vector<graph::RelId>& v, graph::RelId id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

}  // namespace cg::query::execution
