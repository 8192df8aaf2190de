#include "query/procedures/algo_config.h"

#include <fmt/format.h>

#include <algorithm>

#include "query/error.h"
#include "query/procedures/builtins.h"
#include "schema/ontology.h"

namespace cg::query {

namespace {

const char* const kLabels = "nodeLabels";
const char* const kTypes = "relationshipTypes";
const char* const kDirection = "direction";

// Whether `name` is a label (or type) of the graph or of the vocabulary.
bool KnownLabel(const graph::Reader& reader, const std::string& name) {
  const Ontology& o = Ontology::Default();
  if (o.FindPrimary(name) || o.PrimaryOfRefinement(name)) return true;
  std::vector<std::pair<std::string, uint64_t>> labels;
  return reader.CountLabels(&labels).ok() &&
         std::any_of(labels.begin(), labels.end(), [&](const auto& l) { return l.first == name; });
}
bool KnownType(const graph::Reader& reader, const std::string& name) {
  if (Ontology::Default().FindType(name)) return true;
  std::vector<std::pair<std::string, uint64_t>> types;
  return reader.CountRelationshipTypes(&types).ok() &&
         std::any_of(types.begin(), types.end(), [&](const auto& t) { return t.first == name; });
}

}  // namespace

AlgorithmConfig::AlgorithmConfig(const Procedure& procedure, const Value& config, std::set<std::string> keys)
    : procedure_(procedure) {
  if (!config.is_null()) options_ = config.as_map();
  selection_.orientation = keys.count(kDirection) ? graph::Direction::kOutgoing : graph::Direction::kBoth;
  keys.insert(kLabels);
  keys.insert(kTypes);
  for (const auto& [key, value] : options_) {
    if (!keys.count(key)) Fail(key, fmt::format("is not a key it takes (it takes {})", fmt::join(keys, ", ")));
  }
  selection_.labels = Names(kLabels);
  selection_.types = Names(kTypes);
  auto direction = options_.find(kDirection);
  if (direction != options_.end() && !direction->second.is_null()) {
    const Value& d = direction->second;
    if (d.is_string() && d.as_string() == "OUTGOING") selection_.orientation = graph::Direction::kOutgoing;
    else if (d.is_string() && d.as_string() == "INCOMING") selection_.orientation = graph::Direction::kIncoming;
    else if (d.is_string() && d.as_string() == "BOTH") selection_.orientation = graph::Direction::kBoth;
    else Fail(kDirection, "must be 'OUTGOING', 'INCOMING' or 'BOTH'");
  }
}

void AlgorithmConfig::Fail(const std::string& key, const std::string& message) const {
  throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                     fmt::format("{}: configuration key '{}' {}", procedure_.name(), key, message));
}

std::vector<std::string> AlgorithmConfig::Names(const std::string& key) const {
  auto it = options_.find(key);
  if (it == options_.end() || it->second.is_null()) return {};
  const Value& v = it->second;
  if (v.is_string()) return {v.as_string()};
  std::vector<std::string> names;
  if (v.is_list()) {
    for (const Value& item : v.as_list()) {
      if (!item.is_string()) Fail(key, "must be a string or a list of strings");
      names.push_back(item.as_string());
    }
    return names;
  }
  Fail(key, "must be a string or a list of strings");
}

int64_t AlgorithmConfig::Integer(const std::string& key, int64_t fallback, int64_t min, int64_t max) const {
  auto it = options_.find(key);
  if (it == options_.end() || it->second.is_null()) return fallback;
  if (!it->second.is_int() || it->second.as_int() < min || it->second.as_int() > max) {
    Fail(key, fmt::format("must be an integer from {} to {}", min, max));
  }
  return it->second.as_int();
}

double AlgorithmConfig::Number(const std::string& key, double fallback, double min, double max) const {
  auto it = options_.find(key);
  if (it == options_.end() || it->second.is_null()) return fallback;
  if (!it->second.is_number() || it->second.as_number() < min || it->second.as_number() > max) {
    Fail(key, fmt::format("must be a number from {} to {}", min, max));
  }
  return it->second.as_number();
}

std::shared_ptr<const graph::AlgorithmGraph> AlgorithmConfig::Build(const ProcedureContext& ctx) const {
  for (const std::string& label : selection_.labels) {
    if (!KnownLabel(ctx.reader(), label)) Fail(kLabels, "names '" + label + "', a label neither in the graph nor in the vocabulary");
  }
  for (const std::string& type : selection_.types) {
    if (!KnownType(ctx.reader(), type)) {
      Fail(kTypes, "names '" + type + "', a relationship type neither in the graph nor in the vocabulary");
    }
  }
  std::shared_ptr<const graph::Projection> projection = ctx.projection();
  graph::GraphSelection selection = selection_;
  if (ctx.HidesAny()) selection.keep = [&ctx](graph::RelId rel) { return ctx.Sees(rel); };
  std::unique_ptr<graph::AlgorithmGraph> graph;
  Status s = graph::AlgorithmGraph::Build(ctx.reader(), projection.get(), selection, QueryWorkMonitor(ctx), &graph);
  if (!s.ok()) throw RuntimeError("DatabaseError", "Storage", procedure_.name() + ": " + s.ToString());
  return graph;
}

graph::AlgorithmGraph::Vertex AlgorithmConfig::VertexOf(const graph::AlgorithmGraph& graph, const Value& node,
                                                        const std::string& argument) const {
  auto v = graph.IndexOf(node.as_node().id);
  if (!v) {
    throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                       fmt::format("{}: the {} node is not in the chosen graph (see {})", procedure_.name(),
                                   argument, kLabels));
  }
  return *v;
}

void RegisterAlgorithmProcedures(ProcedureRegistry* registry) {
  RegisterCentralityProcedures(registry);
  RegisterCommunityProcedures(registry);
  RegisterPathProcedures(registry);
}

}  // namespace cg::query
