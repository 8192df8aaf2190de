#include "query/procedures/arguments.h"

#include <algorithm>

#include "query/error.h"

namespace cg::query {

namespace {

// The value as it would be written in a query.
std::string Literal(const Value& v) {
  if (v.is_string()) return "'" + v.as_string() + "'";
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_null()) return "null";
  return std::string("a ") + v.TypeName();
}

}  // namespace

void ThrowIfError(const Status& s) {
  if (!s.ok()) throw RuntimeError("DatabaseError", "Storage", s.ToString());
}

void BadArgument(const Procedure& procedure, std::string_view argument, const Value& value, std::string_view why) {
  throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                     procedure.name() + ": argument " + std::string(argument) + " = " + Literal(value) + ": " +
                         std::string(why));
}

std::vector<graph::NodeId> NodesNamed(const ProcedureContext& ctx, std::string_view name, std::string_view label) {
  std::vector<graph::NodeId> found;
  std::vector<std::string> labels;
  ThrowIfError(ctx.reader().ForEachNodeNamed(name, [&](graph::NodeId id) {
    ctx.Tick();
    labels.clear();
    ThrowIfError(ctx.reader().GetNodeLabels(id, &labels));
    for (const std::string& l : labels) {
      if (l == label) {
        found.push_back(id);
        break;
      }
    }
    return true;
  }));
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

void ForEachSeenEdge(const ProcedureContext& ctx, graph::NodeId node, graph::Direction direction,
                     std::string_view type, const graph::EdgeCallback& fn) {
  ThrowIfError(ctx.reader().ForEachEdge(node, direction, type, [&](const graph::Edge& e) {
    ctx.Tick();
    return !ctx.Sees(e.rel) || fn(e);
  }));
}

std::string NodeName(const graph::Reader& reader, graph::NodeId id) {
  cg::Value name;
  const Status s = reader.GetNodeProperty(id, "name", &name);
  if (!s.IsNotFound()) ThrowIfError(s);
  return name.is_string() ? name.as_string() : "#" + std::to_string(id);
}

Value RelationshipProperty(const graph::Reader& reader, graph::RelId id, std::string_view key) {
  cg::Value value;
  ThrowIfError(reader.GetRelationshipProperty(id, key, &value));
  return Value::FromStored(value);
}

}  // namespace cg::query
