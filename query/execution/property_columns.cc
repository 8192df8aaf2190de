#include "query/execution/property_columns.h"

#include <algorithm>

#include "query/execution/context.h"

namespace cg::query::execution {

void PropertyColumns::UseRelTypes(const graph::Graph& graph, const graph::Reader& reader,
                                  const std::shared_ptr<const graph::Projection>& projection,
                                  const std::vector<std::string>& types, bool build) {
  if (!projection || types.empty()) return;
  if (projection != projection_) {
    Clear();
    graph_ = &graph;
    reader_ = &reader;
    projection_ = projection;
  }
  for (const std::string& name : types) {
    auto it = std::find_if(types_.begin(), types_.end(), [&](const Type& t) { return t.name == name; });
    if (it != types_.end() && (it->build || !build)) continue;
    if (it == types_.end()) types_.push_back(Type{name, build});
    else it->build = true;
    rels_.clear();  // taken again with this type
  }
}

const cg::Value* PropertyColumns::Rel(graph::RelId rel, std::string_view key) {
  if (types_.empty()) return nullptr;
  auto it = rels_.find(key);
  if (it == rels_.end()) {
    std::vector<std::shared_ptr<const graph::RelColumn>> columns;
    for (const Type& t : types_) {
      std::shared_ptr<const graph::RelColumn> column;
      ExecContext::Check(graph_->RelColumnFor(*reader_, *projection_, t.name, key, t.build, &column));
      columns.push_back(std::move(column));
    }
    it = rels_.emplace(std::string(key), std::move(columns)).first;
  }
  for (const auto& column : it->second) {
    if (!column) continue;
    if (const cg::Value* v = column->Find(rel)) return v;
  }
  return nullptr;
}

const cg::Value* PropertyColumns::Node(graph::NodeId node, std::string_view key) {
  if (!projection_) return nullptr;
  auto it = nodes_.find(key);
  if (it == nodes_.end()) {
    std::shared_ptr<const graph::NodeColumn> column;
    ExecContext::Check(graph_->NodeColumnFor(*reader_, *projection_, key, &column, /*build=*/false));
    it = nodes_.emplace(std::string(key), std::move(column)).first;
  }
  if (!it->second) return nullptr;
  const std::optional<graph::Projection::Vertex> v = projection_->IndexOf(node);
  return v ? &(*it->second)[*v] : nullptr;
}

void PropertyColumns::Clear() {
  graph_ = nullptr;
  reader_ = nullptr;
  projection_.reset();
  types_.clear();
  rels_.clear();
  nodes_.clear();
}

}  // namespace cg::query::execution
