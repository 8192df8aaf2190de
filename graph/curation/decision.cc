#include "graph/curation/decision.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace cg::graph::curation {

namespace {

constexpr std::array<std::string_view, 6> kKindNames = {"merge", "split", "reject", "assert", "rename", "relabel"};

std::string Quoted(const EntityRef& e) { return fmt::format("'{}' ({})", e.name, e.id); }

}  // namespace

std::string_view KindName(Kind kind) { return kKindNames[static_cast<size_t>(kind)]; }

std::optional<Kind> KindNamed(std::string_view name) {
  for (size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<Kind>(i);
  }
  return std::nullopt;
}

Claim ClaimRef::AsClaim() const {
  Claim claim{key, value, {}};
  claim.evidence.article = article;
  return claim;
}

ClaimRef ClaimRef::Of(EntityRef entity, Claim claim) {
  return ClaimRef{std::move(entity), std::move(claim.key), std::move(claim.value), std::move(claim.evidence.article)};
}

bool Decision::TouchesNode(NodeId id) const {
  return std::any_of(before_nodes.begin(), before_nodes.end(), [&](const Node& n) { return n.id == id; }) ||
         std::find(created_nodes.begin(), created_nodes.end(), id) != created_nodes.end();
}

bool Decision::TouchesRelationship(RelId id) const {
  return std::any_of(before_rels.begin(), before_rels.end(), [&](const Relationship& r) { return r.id == id; }) ||
         std::find(created_rels.begin(), created_rels.end(), id) != created_rels.end();
}

std::string Decision::Summary() const {
  const EntityRef none;
  const EntityRef& first = entities.empty() ? none : entities[0];
  const EntityRef& second = entities.size() > 1 ? entities[1] : none;
  const std::string arg = names.empty() ? "" : names[0];
  switch (kind) {
    case Kind::kMerge: return fmt::format("merge {} into {}", Quoted(second), Quoted(first));
    case Kind::kSplit: return fmt::format("split '{}' from {}", fmt::join(names, "', '"), Quoted(first));
    case Kind::kReject:
      if (RejectsClaim()) {
        return fmt::format("reject {} = {} of {}{}", claim.key, claim.value.ToString(), Quoted(claim.entity),
                           claim.article.empty() ? "" : fmt::format(" from article {:.12}", claim.article));
      }
      return fmt::format("reject {} -[{}]-> {}", Quoted(relationship.start), relationship.type,
                         Quoted(relationship.end));
    case Kind::kAssert: return fmt::format("assert {} -[{}]-> {}", Quoted(first), type, Quoted(second));
    case Kind::kRename: return fmt::format("rename {} to '{}'", Quoted(first), arg);
    case Kind::kRelabel: return fmt::format("relabel {} as {}", Quoted(first), arg);
  }
  return "";
}

}  // namespace cg::graph::curation
