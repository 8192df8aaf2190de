// merge(a, b): b becomes a. Its names join a's aliases, its properties
// fill what a lacks, its claims move to a, and each of its relationships
// moves to a (CopyOrFold: one that a already has of the same type and
// direction to the same node folds into it, the union of their evidence);
// relationships between a and b would become loops and go. Then b goes.
// A b with claims a decision rejected is refused: its claims would count
// again on a (the rejection is of b's claims), and one undo could not give
// both back.
#include <fmt/format.h>

#include <set>

#include "graph/curation/decision_store.h"
#include "graph/curation/effects.h"
#include "graph/curation/entity_ref.h"
#include "schema/normalize.h"
#include "schema/ontology.h"

namespace cg::graph::curation {

namespace {

Status MoveRelationships(Effects* fx, NodeId keep, NodeId drop) {
  WriteTxn& txn = fx->txn();
  std::set<RelId> rels;
  CG_RETURN_IF_ERROR(txn.ForEachEdge(drop, Direction::kBoth, "", [&](const Edge& e) {
    rels.insert(e.rel);
    return true;
  }));
  for (RelId id : rels) {
    CG_RETURN_IF_ERROR(fx->TouchRelationship(id));
    Relationship rel;
    CG_RETURN_IF_ERROR(txn.GetRelationship(id, &rel));
    const NodeId start = rel.start == drop ? keep : rel.start;
    const NodeId end = rel.end == drop ? keep : rel.end;
    CG_RETURN_IF_ERROR(txn.DeleteRelationship(id));
    if (start == keep && end == keep) continue;
    RelId into = 0;
    CG_RETURN_IF_ERROR(fx->CopyOrFold(rel, start, end, &into));
  }
  return Status::OK();
}

}  // namespace

Status Merge(Effects* fx) {
  Decision& d = fx->decision();
  if (d.entities.size() != 2) return Status::InvalidArgument("merge takes two entities: the one kept and its duplicate");
  const NodeId keep = d.entities[0].id, drop = d.entities[1].id;
  if (keep == drop) return Status::InvalidArgument(fmt::format("merge of node {} with itself", keep));
  WriteTxn& txn = fx->txn();
  Node a, b;
  CG_RETURN_IF_ERROR(txn.GetNode(keep, &a));
  CG_RETURN_IF_ERROR(txn.GetNode(drop, &b));
  const std::string la = PrimaryOf(a), lb = PrimaryOf(b);
  if (la != lb) {
    return Status::Constraint(fmt::format(
        "cannot merge {} '{}' ({}) with {} '{}' ({}): one entity has one primary label; relabel one first",
        la.empty() ? "unlabelled" : la, d.entities[0].name, keep, lb.empty() ? "unlabelled" : lb, d.entities[1].name,
        drop));
  }
  std::vector<ClaimRejection> rejected;
  CG_RETURN_IF_ERROR(DecisionStore::ClaimRejections(txn, drop, &rejected));
  if (!rejected.empty()) {
    return Status::InvalidArgument(fmt::format(
        "'{}' ({}) has claims decision {} rejected; undo it, merge, then reject them on '{}' ({})",
        d.entities[1].name, drop, rejected[0].by, d.entities[0].name, keep));
  }
  CG_RETURN_IF_ERROR(fx->TouchNode(keep));
  CG_RETURN_IF_ERROR(fx->TouchNode(drop));
  CG_RETURN_IF_ERROR(MoveRelationships(fx, keep, drop));

  std::set<std::string> known;
  for (const std::string& n : NamesOf(a)) known.insert(NormalizeName(n));
  ValueList aliases;
  if (const Value* v = a.Find("aliases"); v && v->is_list()) aliases = v->as_list();
  for (const std::string& n : NamesOf(b)) {
    if (known.insert(NormalizeName(n)).second) aliases.emplace_back(n);
  }
  Node merged;
  CG_RETURN_IF_ERROR(txn.GetNodeRecord(keep, &merged));
  merged.properties["aliases"] = Value(std::move(aliases));
  for (const auto& [key, value] : b.properties) {
    if (key != "name" && key != "aliases" && key != kCuratedKey) merged.properties.emplace(key, value);
  }
  for (const std::string& label : b.labels) {
    if (!merged.HasLabel(label)) {
      Node trial = merged;
      trial.labels.push_back(label);
      if (Ontology::Default().CheckNodeLabels(trial.labels).ok()) merged.labels.push_back(label);
    }
  }
  CG_RETURN_IF_ERROR(txn.ReplaceNode(merged));
  for (const Claim& claim : b.claims) CG_RETURN_IF_ERROR(txn.AddClaim(ClaimOn::kNode, keep, claim));
  CG_RETURN_IF_ERROR(txn.DeleteNode(drop, /*detach=*/false));
  return fx->MarkNode(keep);
}

}  // namespace cg::graph::curation
