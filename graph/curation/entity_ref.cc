#include "graph/curation/entity_ref.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "schema/normalize.h"
#include "schema/ontology.h"

namespace cg::graph::curation {

std::vector<std::string> NamesOf(const Node& node) {
  std::vector<std::string> out;
  if (const Value* n = node.Find("name"); n && n->is_string()) out.push_back(n->as_string());
  if (const Value* a = node.Find("aliases"); a && a->is_list()) {
    for (const Value& v : a->as_list()) {
      if (v.is_string() && std::find(out.begin(), out.end(), v.as_string()) == out.end()) out.push_back(v.as_string());
    }
  }
  return out;
}

std::string PrimaryOf(const Node& node) { return std::string(Ontology::Default().PrimaryLabel(node.labels)); }

Status RefOf(const Reader& reader, NodeId id, EntityRef* ref) {
  Node node;
  Status s = reader.GetNodeRecord(id, &node);
  if (s.IsNotFound()) return Status::NotFound(fmt::format("there is no node {}", id));
  CG_RETURN_IF_ERROR(s);
  const std::vector<std::string> names = NamesOf(node);
  *ref = EntityRef{id, PrimaryOf(node), names.empty() ? "" : names[0]};
  return Status::OK();
}

namespace {

bool Named(const Node& node, const std::string& normalized) {
  for (const std::string& name : NamesOf(node)) {
    if (NormalizeName(name) == normalized) return true;
  }
  return false;
}

std::string Describe(const EntityRef& ref) {
  return ref.label.empty() ? fmt::format("'{}'", ref.name) : fmt::format("{} '{}'", ref.label, ref.name);
}

}  // namespace

Status FindRef(const Reader& reader, const EntityRef& ref, NodeId* id) {
  const std::string normalized = NormalizeName(ref.name);
  Node node;
  if (ref.id != 0 && reader.GetNodeRecord(ref.id, &node).ok() && (ref.label.empty() || node.HasLabel(ref.label)) &&
      (ref.name.empty() || Named(node, normalized))) {
    *id = ref.id;
    return Status::OK();
  }
  if (ref.name.empty()) return Status::NotFound(fmt::format("there is no node {}", ref.id));
  std::vector<NodeId> found, exact;
  Status failure;
  CG_RETURN_IF_ERROR(reader.ForEachNodeNamed(ref.name, [&](NodeId n) {
    Node candidate;
    failure = reader.GetNodeRecord(n, &candidate);
    if (!failure.ok()) return false;
    if (!ref.label.empty() && !candidate.HasLabel(ref.label)) return true;
    if (std::find(found.begin(), found.end(), n) != found.end()) return true;
    found.push_back(n);
    const Value* name = candidate.Find("name");
    if (name && name->is_string() && name->as_string() == ref.name) exact.push_back(n);
    return true;
  }));
  CG_RETURN_IF_ERROR(failure);
  if (exact.size() == 1) found = exact;
  if (found.empty()) return Status::NotFound(fmt::format("no {} is named or aliased '{}'", ref.label.empty() ? "node" : ref.label, ref.name));
  if (found.size() > 1) {
    std::vector<std::string> listed;
    for (NodeId n : found) {
      EntityRef r;
      CG_RETURN_IF_ERROR(RefOf(reader, n, &r));
      listed.push_back(fmt::format("{} ({})", Describe(r), n));
    }
    return Status::InvalidArgument(
        fmt::format("{} names {} nodes: {}; give an id", Describe(ref), found.size(), fmt::join(listed, ", ")));
  }
  *id = found[0];
  return Status::OK();
}

Status FindNamed(const Reader& reader, std::string_view text, NodeId* id) {
  uint64_t number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error == std::errc() && end == text.data() + text.size()) {
    if (!reader.NodeExists(number)) return Status::NotFound(fmt::format("there is no node {}", number));
    *id = number;
    return Status::OK();
  }
  EntityRef ref;
  const size_t colon = text.find(':');
  if (colon != std::string_view::npos && Ontology::Default().FindPrimary(text.substr(0, colon))) {
    ref.label = std::string(text.substr(0, colon));
    text.remove_prefix(colon + 1);
  }
  ref.name = std::string(text);
  return FindRef(reader, ref, id);
}

}  // namespace cg::graph::curation
