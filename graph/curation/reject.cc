// reject(relationship): the relationship stays in the database with its
// evidence, marked by the decision (DecisionStore::Reject), and queries and
// exports leave it out unless asked to show rejected facts. An article
// that states it again adds its evidence to it, and it stays rejected.
#include <fmt/format.h>

#include "graph/curation/decision_store.h"
#include "graph/curation/effects.h"

namespace cg::graph::curation {

Status Reject(Effects* fx) {
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

}  // namespace cg::graph::curation
