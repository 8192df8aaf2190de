// reject(relationship): the relationship stays in the database with its
// evidence, marked by the decision (DecisionStore::Reject), and queries and
// exports leave it out unless asked to show rejected facts. An article
// that states it again adds its evidence to it, and it stays rejected.
//
// reject(claim): the entity's claims the ClaimRef matches stay stored,
// marked by the decision (DecisionStore::RejectClaims), and no longer
// count: the property they gave is resolved from the others (Resettle),
// and cg.conflicts leaves them out. A claim an article adds later that the
// ref matches is rejected as well.
#include <fmt/format.h>

#include <algorithm>

#include "graph/curation/decision_store.h"
#include "graph/curation/effects.h"

namespace cg::graph::curation {

namespace {

Status RejectRelationship(Effects* fx) {
  Decision& d = fx->decision();
  const RelId id = d.relationship.id;
  WriteTxn& txn = fx->txn();
  if (!txn.RelationshipExists(id)) return Status::NotFound(fmt::format("there is no relationship {}", id));
  DecisionId by = 0;
  CG_RETURN_IF_ERROR(DecisionStore::RejectedBy(txn, id, &by));
  if (by != 0) return Status::InvalidArgument(fmt::format("relationship {} is already rejected, by decision {}", id, by));
  CG_RETURN_IF_ERROR(fx->TouchRelationship(id));
  DecisionStore::Reject(&txn, id, d.id);
  return fx->MarkRelationship(id);
}

// Resolves node `id`'s `key` property again from the claims that count, as
// ingest does (the first claim's value): a value only rejected claims
// state becomes the first counted claim's value, or goes when none counts.
// A value no claim states (a researcher's SET), or a key claims keep apart
// from the properties (reward, PART_OF), is left alone.
Status Resettle(WriteTxn* txn, NodeId id, const std::string& key) {
  Value current;
  CG_RETURN_IF_ERROR(txn->GetNodeProperty(id, key, &current));
  if (current.is_null()) return Status::OK();
  std::vector<Claim> claims;
  CG_RETURN_IF_ERROR(txn->GetClaims(ClaimOn::kNode, id, &claims));
  std::vector<ClaimRejection> rejections;
  CG_RETURN_IF_ERROR(DecisionStore::ClaimRejections(*txn, id, &rejections));
  const Claim* first = nullptr;
  bool stated = false, counted = false;
  for (const Claim& c : claims) {
    if (c.key != key) continue;
    const bool counts = RejectionOf(rejections, c) == 0;
    if (counts && !first) first = &c;
    stated |= c.value == current;
    counted |= counts && c.value == current;
  }
  if (!stated || counted) return Status::OK();
  return txn->SetNodeProperty(id, key, first ? first->value : Value());
}

Status RejectClaim(Effects* fx) {
  const ClaimRef& ref = fx->decision().claim;
  WriteTxn& txn = fx->txn();
  const NodeId id = ref.entity.id;
  std::vector<Claim> claims;
  CG_RETURN_IF_ERROR(txn.GetClaims(ClaimOn::kNode, id, &claims));
  std::vector<ClaimRejection> rejections;
  CG_RETURN_IF_ERROR(DecisionStore::ClaimRejections(txn, id, &rejections));
  DecisionId by = 0;
  bool any = false;
  std::vector<std::string> stated;  // the values its claims of the key state
  for (const Claim& c : claims) {
    const std::string value = c.value.ToString();
    if (c.key == ref.key && std::find(stated.begin(), stated.end(), value) == stated.end()) stated.push_back(value);
    if (!ref.Matches(c)) continue;
    any = true;
    by = RejectionOf(rejections, c);
    if (by == 0) break;
  }
  const std::string what = fmt::format("claim {} = {} of '{}' ({}){}", ref.key, ref.value.ToString(), ref.entity.name,
                                       id, ref.article.empty() ? "" : " from article " + ref.article);
  if (!any) {
    return Status::NotFound(fmt::format("there is no {} (its claims of {}: {})", what, ref.key,
                                        stated.empty() ? "none" : fmt::format("{}", fmt::join(stated, ", "))));
  }
  if (by != 0) return Status::InvalidArgument(fmt::format("{} is already rejected, by decision {}", what, by));
  CG_RETURN_IF_ERROR(fx->TouchNode(id));
  DecisionStore::RejectClaims(&txn, ref, fx->decision().id);
  CG_RETURN_IF_ERROR(Resettle(&txn, id, ref.key));
  return fx->MarkNode(id);
}

// Takes decision `id` off the `curated` list of a node or relationship.
Status Unmark(WriteTxn* txn, ClaimOn on, uint64_t owner, DecisionId id) {
  Value curated;
  CG_RETURN_IF_ERROR(on == ClaimOn::kNode ? txn->GetNodeProperty(owner, kCuratedKey, &curated)
                                          : txn->GetRelationshipProperty(owner, kCuratedKey, &curated));
  if (!curated.is_list()) return Status::OK();
  ValueList ids = curated.as_list();
  std::erase(ids, Value(static_cast<int64_t>(id)));
  Value value = ids.empty() ? Value() : Value(std::move(ids));
  return on == ClaimOn::kNode ? txn->SetNodeProperty(owner, kCuratedKey, std::move(value))
                              : txn->SetRelationshipProperty(owner, kCuratedKey, std::move(value));
}

}  // namespace

Status Reject(Effects* fx) { return fx->decision().RejectsClaim() ? RejectClaim(fx) : RejectRelationship(fx); }

Status LiftRejection(WriteTxn* txn, const Decision& d) {
  if (!d.RejectsClaim()) {
    DecisionStore::Unreject(txn, d.relationship.id);
    return Unmark(txn, ClaimOn::kRelationship, d.relationship.id, d.id);
  }
  const NodeId id = d.claim.entity.id;
  DecisionStore::UnrejectClaims(txn, id, d.id);
  // The property as the decision found it; a key it did not have is left
  // as it is (what ingest resolved it to since).
  for (const Node& before : d.before_nodes) {
    if (const Value* v = before.id == id ? before.Find(d.claim.key) : nullptr) {
      CG_RETURN_IF_ERROR(txn->SetNodeProperty(id, d.claim.key, *v));
    }
  }
  return Unmark(txn, ClaimOn::kNode, id, d.id);
}

}  // namespace cg::graph::curation
