#include "graph/conflicts.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "graph/curation/decision_store.h"

namespace cg::graph {

namespace {

// The node's name, or its id when it has none.
std::string NameOf(const Reader& reader, NodeId id) {
  Value name;
  if (!reader.GetNodeProperty(id, "name", &name).ok() || !name.is_string()) return std::to_string(id);
  return name.as_string();
}

// The number of distinct values among `claims`, those rejected left out
// unless `with_rejected`.
size_t DistinctValues(const std::vector<Claim>& claims, const std::vector<uint64_t>& rejected_by, bool with_rejected) {
  std::vector<const Value*> distinct;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (!with_rejected && rejected_by[i] != 0) continue;
    const Value& v = claims[i].value;
    if (std::none_of(distinct.begin(), distinct.end(), [&](const Value* d) { return *d == v; })) distinct.push_back(&v);
  }
  return distinct.size();
}

// Appends the conflicts among one owner's claims, by key; `rejections`
// are the owner's claim rejections.
void Collect(ClaimOn on, uint64_t id, const std::string& subject, const std::vector<Claim>& claims,
             const std::vector<curation::ClaimRejection>& rejections, std::vector<Conflict>* conflicts) {
  std::map<std::string, std::vector<const Claim*>> by_key;
  for (const Claim& c : claims) {
    if (!IsTimeVaryingKey(c.key)) by_key[c.key].push_back(&c);
  }
  for (const auto& [key, list] : by_key) {
    Conflict conflict{on, id, subject, key, {}, {}};
    for (const Claim* c : list) {
      conflict.claims.push_back(*c);
      conflict.rejected_by.push_back(curation::RejectionOf(rejections, *c));
    }
    if (DistinctValues(conflict.claims, conflict.rejected_by, true) >= 2) conflicts->push_back(std::move(conflict));
  }
}

// Whether every claim of `a` (value and source) is one of `b`'s.
bool Covered(const Conflict& a, const Conflict& b) {
  return std::all_of(a.claims.begin(), a.claims.end(), [&](const Claim& c) {
    return std::any_of(b.claims.begin(), b.claims.end(),
                       [&](const Claim& d) { return c.value == d.value && c.evidence.SameSource(d.evidence); });
  });
}

// A claim's source (Evidence::SameSource) as a key: claims that Covered
// counts as one have equal keys.
std::string SourceKey(const Claim& c) {
  std::string key = c.evidence.article;
  key += '\0';
  key += std::to_string(c.evidence.span_begin);
  key += ',';
  key += std::to_string(c.evidence.span_end);
  key += '\0';
  key += c.evidence.rule;
  return key;
}

}  // namespace

bool IsTimeVaryingKey(std::string_view key) { return key == "status"; }

Status ListConflicts(const Reader& reader, std::vector<Conflict>* conflicts, bool with_rejected) {
  conflicts->clear();
  curation::ClaimRejectionsByNode rejections;
  CG_RETURN_IF_ERROR(curation::DecisionStore::AllClaimRejections(reader, &rejections));
  const std::vector<curation::ClaimRejection> none;
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
    auto it = on == ClaimOn::kNode ? rejections.find(owner) : rejections.end();
    Collect(on, owner, subject, claims, it == rejections.end() ? none : it->second, conflicts);
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
  // Only a conflict that holds the first claim of another can cover it:
  // those with a claim of its source are looked up, in order, rather than
  // every pair compared (quadratic in the database's conflicts).
  std::vector<Conflict>& all = *conflicts;
  std::unordered_map<std::string, std::vector<size_t>> holding;  // SourceKey -> conflicts, ascending
  for (size_t i = 0; i < all.size(); ++i) {
    for (const Claim& c : all[i].claims) {
      std::vector<size_t>& list = holding[SourceKey(c)];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  std::vector<bool> dropped(all.size(), false);
  for (size_t i = 0; i < all.size(); ++i) {
    // (Collect keeps a conflict only with two values: it has a first claim.)
    for (const size_t j : holding[SourceKey(all[i].claims.front())]) {
      if (dropped[i]) break;
      if (j == i || dropped[j] || !Covered(all[i], all[j])) continue;
      dropped[i] = j < i || !Covered(all[j], all[i]);
    }
  }
  // Then a disagreement a rejection settled goes (and its other views
  // with it, dropped above); one it did not keeps only the counted claims.
  std::vector<Conflict> kept;
  for (size_t i = 0; i < all.size(); ++i) {
    if (dropped[i]) continue;
    Conflict& c = all[i];
    if (!with_rejected) {
      if (DistinctValues(c.claims, c.rejected_by, false) < 2) continue;
      for (size_t k = c.claims.size(); k-- > 0;) {
        if (c.rejected_by[k] == 0) continue;
        c.claims.erase(c.claims.begin() + static_cast<std::ptrdiff_t>(k));
        c.rejected_by.erase(c.rejected_by.begin() + static_cast<std::ptrdiff_t>(k));
      }
    }
    kept.push_back(std::move(c));
  }
  all = std::move(kept);
  return Status::OK();
}

}  // namespace cg::graph
