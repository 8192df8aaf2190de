#include "query/notifications.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
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

// The name in `sets` nearest to `name` (case ignored), when near enough to
// be a likely typo: at most 1 edit for names up to 4 bytes, 2 up to 8, 3
// beyond. Ties go to the first in name order. Empty when none is.
std::string Suggest(const std::string& name, std::initializer_list<const Names*> sets) {
  const size_t limit = name.size() <= 4 ? 1 : name.size() <= 8 ? 2 : 3;
  const std::string lower = Lower(name);
  std::string best;
  size_t best_distance = limit + 1;
  for (const Names* known : sets) {
    for (const std::string& candidate : *known) {
      const size_t d = EditDistance(lower, Lower(candidate), limit);
      if (d < best_distance || (d == best_distance && !best.empty() && candidate < best)) {
        best_distance = d;
        best = candidate;
      }
    }
  }
  return best_distance <= limit ? best : std::string();
}

// The names of each kind, by NameKind.
using KindNames = std::array<Names, 3>;

Names& Of(KindNames& names, NameKind kind) { return names[static_cast<size_t>(kind)]; }
const Names& Of(const KindNames& names, NameKind kind) { return names[static_cast<size_t>(kind)]; }

// The ontology's labels (with refinements), types and property keys, read once.
const KindNames& OntologyNames() {
  static const KindNames names = [] {
    KindNames out;
    const Ontology& ontology = Ontology::Default();
    for (const LabelDef& label : ontology.labels()) {
      Of(out, NameKind::kLabel).insert(label.name);
      for (const RefinementDef& refinement : label.refinements) Of(out, NameKind::kLabel).insert(refinement.name);
      for (const PropertyDef& property : label.properties) Of(out, NameKind::kPropertyKey).insert(property.name);
    }
    for (const RelationshipTypeDef& type : ontology.types()) {
      Of(out, NameKind::kRelationshipType).insert(type.name);
      for (const PropertyDef& property : type.properties) Of(out, NameKind::kPropertyKey).insert(property.name);
    }
    return out;
  }();
  return names;
}

}  // namespace

Status UnknownNameNotifications(const NameUses& uses, std::string_view text, const graph::Graph& graph,
                                const graph::Reader& reader, std::vector<Notification>* out) {
  // Known without reading the graph: the ontology's names and the query's own writes.
  static const KindNames kNone;
  const KindNames& ontology = graph.options().enforce_ontology ? OntologyNames() : kNone;
  KindNames known;  // the rest
  for (const auto& [kind, name] : uses.writes) Of(known, kind).insert(name);
  auto is_known = [&](const NameUse& use) {
    return Of(ontology, use.kind).count(use.name) || Of(known, use.kind).count(use.name);
  };
  std::vector<const NameUse*> unresolved;
  std::vector<std::string> asked_keys;
  for (const NameUse& use : uses.reads) {
    if (is_known(use)) continue;
    unresolved.push_back(&use);
    if (use.kind == NameKind::kPropertyKey) asked_keys.push_back(use.name);
  }
  if (unresolved.empty()) return Status::OK();
  // Then what the graph holds, from the statistics: only the kinds asked
  // about (a point query naming a key outside the ontology reads no label
  // or type counters).
  auto asked = [&](NameKind kind) {
    return std::any_of(unresolved.begin(), unresolved.end(), [&](const NameUse* use) { return use->kind == kind; });
  };
  std::vector<std::pair<std::string, uint64_t>> counts;
  if (asked(NameKind::kLabel)) {
    CG_RETURN_IF_ERROR(reader.CountLabels(&counts));
    for (const auto& [name, count] : counts) Of(known, NameKind::kLabel).insert(name);
  }
  if (asked(NameKind::kRelationshipType)) {
    CG_RETURN_IF_ERROR(reader.CountRelationshipTypes(&counts));
    for (const auto& [name, count] : counts) Of(known, NameKind::kRelationshipType).insert(name);
  }
  std::vector<std::string> unknown_keys, seen_keys;
  if (!asked_keys.empty()) {
    CG_RETURN_IF_ERROR(graph.UnknownPropertyKeys(reader, asked_keys, &unknown_keys, &seen_keys));
  }
  for (const std::string& key : asked_keys) {
    if (std::find(unknown_keys.begin(), unknown_keys.end(), key) == unknown_keys.end()) {
      Of(known, NameKind::kPropertyKey).insert(key);
    }
  }
  Of(known, NameKind::kPropertyKey).insert(seen_keys.begin(), seen_keys.end());

  for (const NameUse* unresolved_use : unresolved) {
    const NameUse& use = *unresolved_use;
    if (is_known(use)) continue;
    const KindText kind = TextOf(use.kind);
    Notification n;
    n.code = kind.code;
    n.title = kind.title;
    n.severity = "WARNING";
    n.message = fmt::format("no {} {} in the database", kind.what, use.name);
    const std::string suggestion = Suggest(use.name, {&Of(ontology, use.kind), &Of(known, use.kind)});
    if (!suggestion.empty()) n.message += fmt::format("; did you mean {}?", suggestion);
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
