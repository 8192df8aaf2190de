// The graph functions: what a node, relationship or path is made of
// (properties and keys take a map too). They read the graph through
// EntityReader (functions.h); each returns null for a null argument.
#include "query/function/arguments.h"
#include "query/function/element_id.h"
#include "query/function/families.h"

namespace cg::query::function {
namespace {

Value Id(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_node()) return Value(static_cast<int64_t>(a[0].as_node().id));
  if (a[0].is_rel()) return Value(static_cast<int64_t>(a[0].as_rel().id));
  BadArg("id", a[0]);
}

Value ElementId(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_node()) return Value(NodeElementId(a[0].as_node().id));
  if (a[0].is_rel()) return Value(RelationshipElementId(a[0].as_rel().id));
  BadArg("elementId", a[0]);
}

Value Labels(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_node()) BadValue("labels", a[0]);
  List out;
  for (std::string& l : g.Labels(a[0].as_node().id)) out.push_back(Value(std::move(l)));
  return Value(std::move(out));
}

Value Type(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_rel()) BadValue("type", a[0]);
  return Value(g.Type(a[0].as_rel().id));
}

Value Properties(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (a[0].is_map()) return a[0];
  if (!a[0].is_node() && !a[0].is_rel()) BadArg("properties", a[0]);
  return Value(g.Properties(a[0]));
}

Value Keys(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  List out;
  if (a[0].is_map()) {
    for (const auto& [k, v] : a[0].as_map()) out.push_back(Value(k));
  } else if (a[0].is_node() || a[0].is_rel()) {
    for (const auto& [k, v] : g.Properties(a[0])) out.push_back(Value(k));
  } else {
    BadArg("keys", a[0]);
  }
  return Value(std::move(out));
}

Value Nodes(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_path()) BadArg("nodes", a[0]);
  List out;
  for (graph::NodeId n : a[0].as_path().nodes) out.push_back(Value(NodeRef{n}));
  return Value(std::move(out));
}

Value Relationships(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_path()) BadArg("relationships", a[0]);
  List out;
  for (graph::RelId r : a[0].as_path().rels) out.push_back(Value(RelRef{r}));
  return Value(std::move(out));
}

Value Length(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_path()) return Value(static_cast<int64_t>(a[0].as_path().rels.size()));
  BadArg("length", a[0]);
}

Value StartNode(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_rel()) BadArg("startNode", a[0]);
  return Value(NodeRef{g.StartNode(a[0].as_rel().id)});
}

Value EndNode(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_rel()) BadArg("endNode", a[0]);
  return Value(NodeRef{g.EndNode(a[0].as_rel().id)});
}

constexpr FunctionInfo kFunctions[] = {
    {"id", 1, 1, Id},
    {"elementId", 1, 1, ElementId},
    {"labels", 1, 1, Labels},
    {"type", 1, 1, Type},
    {"properties", 1, 1, Properties},
    {"keys", 1, 1, Keys},
    {"nodes", 1, 1, Nodes},
    {"relationships", 1, 1, Relationships},
    {"length", 1, 1, Length},
    {"startNode", 1, 1, StartNode},
    {"endNode", 1, 1, EndNode},
};

}  // namespace

std::span<const FunctionInfo> GraphFamily() { return kFunctions; }

}  // namespace cg::query::function
