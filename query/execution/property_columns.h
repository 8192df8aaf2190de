// PropertyColumns: one query's property reads from the per-state columns
// (Graph::RelColumnFor, Graph::NodeColumnFor) instead of records. The
// pattern operators that walk the CSR projection name the relationship
// types they walk (UseRelTypes); a property read of a relationship then
// looks in those types' columns of its key. A type's column is built on
// the first read when an operator walks every relationship of the type
// (RelationshipScan: the column costs what that operator's reads would),
// else it is used only when already built. A node property read uses the
// node column of its key (graph/node_column.h) of the query's committed
// state, taken from the Graph once per query and key and then read without
// any lock; while none is built, the reads the caller makes from records
// instead are reported to the Graph (every kReportEvery), so that a key
// read often gets its column. Everything here is of the query's committed
// state: ExecContext::Invalidate (a write in the query) clears it, and
// after a write the Graph names no projection or column again.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
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
  // The column of node property `key` of reader's committed state, or null
  // when none is built: the caller then reads the record, a read this call
  // counts toward the column's build.
  const graph::NodeColumn* Node(const graph::Graph& graph, const graph::Reader& reader, std::string_view key);
  void Clear();
  static constexpr uint32_t kReportEvery = 32;

 private:
  struct Type {
    std::string name;
    bool build;
  };
  const graph::Graph* graph_ = nullptr;
  const graph::Reader* reader_ = nullptr;
  std::shared_ptr<const graph::Projection> projection_;
  std::vector<Type> types_;
  // By key (few: searched in order): the columns of types_ (built or not:
  // null), taken on first read.
  std::vector<std::pair<std::string, std::vector<std::shared_ptr<const graph::RelColumn>>>> rels_;
  struct NodeKey {
    std::string key;
    std::shared_ptr<const graph::NodeColumn> column;  // null: none built yet
    uint32_t unreported = 0;                          // record reads not yet reported
    bool asked = false;
  };
  std::vector<NodeKey> nodes_;  // few: searched in order
};

}  // namespace cg::query::execution
