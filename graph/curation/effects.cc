#include "graph/curation/effects.h"

#include <algorithm>

namespace cg::graph::curation {

Status Effects::TouchNode(NodeId id) {
  if (!nodes_.insert(id).second) return Status::OK();
  if (std::find(decision_->created_nodes.begin(), decision_->created_nodes.end(), id) !=
      decision_->created_nodes.end()) {
    return Status::OK();
  }
  Node node;
  CG_RETURN_IF_ERROR(txn_->GetNode(id, &node));
  decision_->before_nodes.push_back(std::move(node));
  return Status::OK();
}

Status Effects::TouchRelationship(RelId id) {
  if (!rels_.insert(id).second) return Status::OK();
  if (std::find(decision_->created_rels.begin(), decision_->created_rels.end(), id) != decision_->created_rels.end()) {
    return Status::OK();
  }
  Relationship rel;
  CG_RETURN_IF_ERROR(txn_->GetRelationship(id, &rel));
  decision_->before_rels.push_back(std::move(rel));
  return Status::OK();
}

namespace {

Value WithId(const Value* list, uint64_t id) {
  ValueList ids;
  if (list && list->is_list()) ids = list->as_list();
  if (std::find(ids.begin(), ids.end(), Value(static_cast<int64_t>(id))) == ids.end()) {
    ids.emplace_back(static_cast<int64_t>(id));
  }
  return Value(std::move(ids));
}

}  // namespace

Status Effects::MarkNode(NodeId id) {
  Value current;
  CG_RETURN_IF_ERROR(txn_->GetNodeProperty(id, kCuratedKey, &current));
  return txn_->SetNodeProperty(id, kCuratedKey, WithId(&current, decision_->id));
}

Status Effects::MarkRelationship(RelId id) {
  Value current;
  CG_RETURN_IF_ERROR(txn_->GetRelationshipProperty(id, kCuratedKey, &current));
  return txn_->SetRelationshipProperty(id, kCuratedKey, WithId(&current, decision_->id));
}

Status Effects::CopyOrFold(const Relationship& rel, NodeId start, NodeId end, RelId* into) {
  RelId existing = 0;
  CG_RETURN_IF_ERROR(txn_->ForEachEdge(start, Direction::kOutgoing, rel.type, [&](const Edge& e) {
    if (e.end != end || e.rel == rel.id) return true;
    existing = e.rel;
    return false;
  }));
  if (existing != 0) {
    CG_RETURN_IF_ERROR(TouchRelationship(existing));
    Relationship target;
    CG_RETURN_IF_ERROR(txn_->GetRelationshipRecord(existing, &target));
    for (const auto& [key, value] : rel.properties) {
      if (key != kCuratedKey && !target.properties.count(key)) {
        CG_RETURN_IF_ERROR(txn_->SetRelationshipProperty(existing, key, value));
      }
    }
  } else {
    PropertyMap properties = rel.properties;
    properties.erase(std::string(kCuratedKey));
    CG_RETURN_IF_ERROR(txn_->CreateRelationship(rel.type, start, end, std::move(properties), &existing));
    CreatedRelationship(existing);
    rels_.insert(existing);
  }
  for (const Evidence& e : rel.evidence) CG_RETURN_IF_ERROR(txn_->AddEvidence(existing, e));
  for (const Claim& c : rel.claims) CG_RETURN_IF_ERROR(txn_->AddClaim(ClaimOn::kRelationship, existing, c));
  *into = existing;
  return MarkRelationship(existing);
}

}  // namespace cg::graph::curation
