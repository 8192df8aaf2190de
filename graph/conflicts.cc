#include "graph/conflicts.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace cg::graph {

namespace {

// The node's name, or its id when it has none.
std::string NameOf(const Reader& reader, NodeId id) {
  Value name;
  if (!reader.GetNodeProperty(id, "name", &name).ok() || !name.is_string()) return std::to_string(id);
  return name.as_string();
}

// Appends the conflicts among one owner's claims, by key.
void Collect(ClaimOn on, uint64_t id, const std::string& subject, const std::vector<Claim>& claims,
             std::vector<Conflict>* conflicts) {
  std::map<std::string, std::vector<const Claim*>> by_key;
  for (const Claim& c : claims) {
    if (!IsTimeVaryingKey(c.key)) by_key[c.key].push_back(&c);
  }
  for (const auto& [key, list] : by_key) {
    std::vector<const Value*> distinct;
    for (const Claim* c : list) {
      if (std::none_of(distinct.begin(), distinct.end(), [&](const Value* v) { return *v == c->value; })) {
        distinct.push_back(&c->value);
      }
    }
    if (distinct.size() < 2) continue;
    Conflict conflict{on, id, subject, key, {}};
    for (const Claim* c : list) conflict.claims.push_back(*c);
    conflicts->push_back(std::move(conflict));
  }
}

// Whether every claim of `a` (value and source) is one of `b`'s.
bool Covered(const Conflict& a, const Conflict& b) {
  return std::all_of(a.claims.begin(), a.claims.end(), [&](const Claim& c) {
    return std::any_of(b.claims.begin(), b.claims.end(),
                       [&](const Claim& d) { return c.value == d.value && c.evidence.SameSource(d.evidence); });
  });
}

}  // namespace

bool IsTimeVaryingKey(std::string_view key) { return key == "status"; }

Status ListConflicts(const Reader& reader, std::vector<Conflict>* conflicts) {
  conflicts->clear();
  // Claims come by owner id: each owner's list is collected, then read.
  uint64_t owner = 0;
  std::vector<Claim> claims;
  auto flush = [&](ClaimOn on) -> Status {
    if (claims.empty()) return Status::OK();
    std::string subject;
    if (on == ClaimOn::kNode) {
      subject = NameOf(reader, owner);
    } else {
      std::string type;
      NodeId start = 0, end = 0;
      CG_RETURN_IF_ERROR(reader.GetRelationshipType(owner, &type, &start, &end));
      subject = fmt::format("{} {} -> {}", type, NameOf(reader, start), NameOf(reader, end));
    }
    Collect(on, owner, subject, claims, conflicts);
    claims.clear();
    return Status::OK();
  };
  Status inner;
  for (ClaimOn on : {ClaimOn::kNode, ClaimOn::kRelationship}) {
    CG_RETURN_IF_ERROR(reader.ForEachClaim(on, [&](uint64_t id, const Claim& claim) {
      if (id != owner) inner = flush(on);
      owner = id;
      claims.push_back(claim);
      return inner.ok();
    }));
    CG_RETURN_IF_ERROR(inner);
    CG_RETURN_IF_ERROR(flush(on));
  }
  // One disagreement seen from two entities (ingest keeps OFFERED_REWARD's
  // amount as the person's reward too) is listed once: where it is
  // whole, or, when both views hold all of it, where first found.
  std::vector<Conflict>& all = *conflicts;
  std::vector<bool> dropped(all.size(), false);
  for (size_t i = 0; i < all.size(); ++i) {
    for (size_t j = 0; j < all.size() && !dropped[i]; ++j) {
      if (j == i || dropped[j] || !Covered(all[i], all[j])) continue;
      dropped[i] = j < i || !Covered(all[j], all[i]);
    }
  }
  std::vector<Conflict> kept;
  for (size_t i = 0; i < all.size(); ++i) {
    if (!dropped[i]) kept.push_back(std::move(all[i]));
  }
  all = std::move(kept);
  return Status::OK();
}

}  // namespace cg::graph
