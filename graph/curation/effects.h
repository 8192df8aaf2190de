// Effects: what applying one decision changes, recorded on the decision as
// it happens (Decision::before_nodes, before_rels, created_*), so that
// Undo (curator.h) can put every record back. Each decision kind's effects
// are one function over it (merge.cc, reject.cc, assert.cc, edit.cc,
// split.cc); every node and relationship they change gets the decision's
// id in its `curated` property (the exports' and queries' audit trail).
#pragma once

#include <set>

#include "graph/curation/decision.h"
#include "graph/write_txn.h"
#include "schema/status.h"

namespace cg::graph::curation {

inline constexpr std::string_view kCuratedKey = "curated";

class Effects {
 public:
  Effects(WriteTxn* txn, Decision* decision) : txn_(txn), decision_(decision) {}

  WriteTxn& txn() { return *txn_; }
  Decision& decision() { return *decision_; }

  // Records the node's / relationship's state before its first change
  // (once per id); call before changing or deleting it.
  Status TouchNode(NodeId id);
  Status TouchRelationship(RelId id);
  void CreatedNode(NodeId id) { decision_->created_nodes.push_back(id); }
  void CreatedRelationship(RelId id) { decision_->created_rels.push_back(id); }
  // Adds the decision's id to the `curated` list of a node or
  // relationship already touched or created.
  Status MarkNode(NodeId id);
  Status MarkRelationship(RelId id);

  // Creates relationship `type` from `start` to `end` with `rel`'s
  // properties, evidence and claims, or, when one of that type already
  // joins them (other than `rel` itself), folds `rel`'s evidence, claims
  // and missing properties into it. *into is the relationship that holds
  // them now (touched or created, and marked).
  Status CopyOrFold(const Relationship& rel, NodeId start, NodeId end, RelId* into);

 private:
  WriteTxn* txn_;
  Decision* decision_;
  std::set<NodeId> nodes_;
  std::set<RelId> rels_;
};

// The effects of each kind: validate the decision's (resolved) arguments,
// then change the graph through `effects`. A refusal is
// Status::InvalidArgument or Constraint with a message naming what is wrong.
Status Merge(Effects* effects);
Status Split(Effects* effects);
Status Reject(Effects* effects);
Status Assert(Effects* effects);
Status Rename(Effects* effects);
Status Relabel(Effects* effects);

// Undoes reject decision `d` (curator.h Undo): the relationship or the
// claims count again, keeping the evidence and claims articles added since;
// a property the claim rejection resolved anew gets its old value back.
Status LiftRejection(WriteTxn* txn, const Decision& d);

}  // namespace cg::graph::curation
