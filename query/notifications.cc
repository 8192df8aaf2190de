#include "query/notifications.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "schema/edit_distance.h"
#include "schema/ontology.h"

namespace cg::query {

namespace {

using Names = std::set<std::string, std::less<>>;

struct KindText {
  const char* code;
  const char* title;
  const char* what;
};

KindText TextOf(NameKind kind) {
  switch (kind) {
    case NameKind::kLabel:
      return {"Neo.ClientNotification.Statement.UnknownLabelWarning", "The provided label is not in the database.",
              "label"};
    case NameKind::kRelationshipType:
      return {"Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning",
              "The provided relationship type is not in the database.", "relationship type"};
    case NameKind::kPropertyKey: break;
  }
  return {"Neo.ClientNotification.Statement.UnknownPropertyKeyWarning",
          "The provided property key is not in the database.", "property key"};
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The known name nearest to `name` (case ignored), when near enough to be a
// likely typo: at most 1 edit for names up to 4 bytes, 2 up to 8, 3 beyond.
// Ties go to the first in name order. Empty when none is.
std::string Suggest(const std::string& name, const Names& known) {
  const size_t limit = name.size() <= 4 ? 1 : name.size() <= 8 ? 2 : 3;
  const std::string lower = Lower(name);
  std::string best;
  size_t best_distance = limit + 1;
  for (const std::string& candidate : known) {
    const size_t d = EditDistance(lower, Lower(candidate), limit);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

void AddOntologyNames(Names* labels, Names* types, Names* keys) {
  const Ontology& ontology = Ontology::Default();
  for (const LabelDef& label : ontology.labels()) {
    labels->insert(label.name);
    for (const RefinementDef& refinement : label.refinements) labels->insert(refinement.name);
    for (const PropertyDef& property : label.properties) keys->insert(property.name);
  }
  for (const RelationshipTypeDef& type : ontology.types()) {
    types->insert(type.name);
    for (const PropertyDef& property : type.properties) keys->insert(property.name);
  }
}

void AddCounted(const std::vector<std::pair<std::string, uint64_t>>& counts, Names* names) {
  for (const auto& [name, count] : counts) names->insert(name);
}

}  // namespace

Status UnknownNameNotifications(const NameUses& uses, std::string_view text, const graph::Graph& graph,
                                const graph::Reader& reader, std::vector<Notification>* out) {
  if (uses.reads.empty()) return Status::OK();
  Names labels, types, keys;
  if (graph.options().enforce_ontology) AddOntologyNames(&labels, &types, &keys);
  for (const auto& [kind, name] : uses.writes) {
    (kind == NameKind::kLabel ? labels : kind == NameKind::kRelationshipType ? types : keys).insert(name);
  }
  std::vector<std::pair<std::string, uint64_t>> counts;
  CG_RETURN_IF_ERROR(reader.CountLabels(&counts));
  AddCounted(counts, &labels);
  CG_RETURN_IF_ERROR(reader.CountRelationshipTypes(&counts));
  AddCounted(counts, &types);
  // Property keys: read records only for the ones not known yet.
  std::vector<std::string> asked, unknown_keys, seen_keys;
  for (const NameUse& use : uses.reads) {
    if (use.kind == NameKind::kPropertyKey && !keys.count(use.name)) asked.push_back(use.name);
  }
  CG_RETURN_IF_ERROR(graph.UnknownPropertyKeys(reader, asked, &unknown_keys, &seen_keys));
  for (const std::string& key : asked) {
    if (std::find(unknown_keys.begin(), unknown_keys.end(), key) == unknown_keys.end()) keys.insert(key);
  }
  keys.insert(seen_keys.begin(), seen_keys.end());

  for (const NameUse& use : uses.reads) {
    const Names& known = use.kind == NameKind::kLabel ? labels : use.kind == NameKind::kRelationshipType ? types : keys;
    if (known.count(use.name)) continue;
    const KindText kind = TextOf(use.kind);
    Notification n;
    n.code = kind.code;
    n.title = kind.title;
    n.severity = "WARNING";
    n.message = fmt::format("no {} {} in the database", kind.what, use.name);
    if (std::string suggestion = Suggest(use.name, known); !suggestion.empty()) {
      n.message += fmt::format("; did you mean {}?", suggestion);
    }
    n.offset = std::min(use.offset, text.size());
    const std::string_view before = text.substr(0, n.offset);
    n.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const size_t line_start = before.rfind('\n');
    n.column = 1 + static_cast<int>(line_start == std::string_view::npos ? n.offset : n.offset - line_start - 1);
    out->push_back(std::move(n));
  }
  return Status::OK();
}

}  // namespace cg::query
