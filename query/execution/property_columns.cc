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
  auto it = std::find_if(rels_.begin(), rels_.end(), [&](const auto& k) { return k.first == key; });
  if (it == rels_.end()) {
    std::vector<std::shared_ptr<const graph::RelColumn>> columns;
    for (const Type& t : types_) {
      std::shared_ptr<const graph::RelColumn> column;
      ExecContext::Check(graph_->RelColumnFor(*reader_, *projection_, t.name, key, t.build, &column));
      columns.push_back(std::move(column));
    }
    it = rels_.emplace(rels_.end(), std::string(key), std::move(columns));
  }
  for (const auto& column : it->second) {
    if (!column) continue;
    if (const cg::Value* v = column->Find(rel)) return v;
  }
  return nullptr;
}

const graph::NodeColumn* PropertyColumns::Node(const graph::Graph& graph, const graph::Reader& reader,
                                               std::string_view key) {
  auto it = std::find_if(nodes_.begin(), nodes_.end(), [&](const NodeKey& k) { return k.key == key; });
  if (it == nodes_.end()) it = nodes_.insert(nodes_.end(), NodeKey{std::string(key), nullptr, 0, false});
  if (it->column) return it->column.get();
  // Reports the first read at once (a column already built is found
  // then), the rest in bulk.
  if (++it->unreported >= kReportEvery || !it->asked) {
    ExecContext::Check(graph.NodeColumnFor(reader, key, it->unreported, &it->column));
    it->unreported = 0;
    it->asked = true;
  }
  return it->column.get();
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
