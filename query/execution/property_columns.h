// PropertyColumns: one query's property reads from the per-state columns
// (Graph::RelColumnFor, Graph::NodeColumnFor) instead of records. The
// pattern operators that walk the CSR projection name the relationship
// types they walk (UseRelTypes); a property read of a relationship then
// looks in those types' columns of its key. A type's column is built on
// the first read when an operator walks every relationship of the type
// (RelationshipScan: the column costs what that operator's reads would),
// else it is used only when already built. A node property read uses the
// node column of its key when one is built. Everything here is of the
// committed state the projection has: ExecContext::Invalidate (a write in
// the query) clears it, and after a write no projection is named again.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/projection.h"

namespace cg::query::execution {

class PropertyColumns {
 public:
  // `projection` must be graph.ProjectionFor(reader)'s; a different one
  // than before replaces every type. `types` empty (any type): nothing.
  void UseRelTypes(const graph::Graph& graph, const graph::Reader& reader,
                   const std::shared_ptr<const graph::Projection>& projection, const std::vector<std::string>& types,
                   bool build);
  // Property `key` of relationship `rel` (null Value: it lacks it), or
  // null when no column answers (read the record).
  const cg::Value* Rel(graph::RelId rel, std::string_view key);
  // Property `key` of node `node` likewise.
  const cg::Value* Node(graph::NodeId node, std::string_view key);
  void Clear();

 private:
  struct Type {
    std::string name;
    bool build;
  };
  const graph::Graph* graph_ = nullptr;
  const graph::Reader* reader_ = nullptr;
  std::shared_ptr<const graph::Projection> projection_;
  std::vector<Type> types_;
  // By key: the columns of types_ (built or not: null), taken on first read.
  std::map<std::string, std::vector<std::shared_ptr<const graph::RelColumn>>, std::less<>> rels_;
  std::map<std::string, std::shared_ptr<const graph::NodeColumn>, std::less<>> nodes_;  // null: none built
};

}  // namespace cg::query::execution
