// DecisionStore: curation decisions (decision.h) in the `decisions` column
// family, written in the same atomic batch as their effects.
//
//   decisions   "d" id(8)    -> Decision record (decision_codec.h)
//   decisions   "r" rel(8)   -> id(8) of the decision that rejected it
//   decisions   "c" node(8) id(8) -> the claims of the node decision id
//                                    rejected: a Claim record (key, value;
//                                    evidence.article the article or "")
//   decisions   "next"       -> the next decision id, big-endian
//
// Ids count up from 1 and are never reused; a decision replayed from a
// file keeps its id (Put moves the counter past it).
#pragma once

#include <functional>
#include <map>
#include <vector>

#include "graph/curation/decision.h"
#include "graph/reader.h"
#include "graph/write_txn.h"
#include "schema/status.h"

namespace cg::graph::curation {

// A claim rejection in force: decision `by` and the claims it names (the
// ref's entity has its id only).
struct ClaimRejection {
  DecisionId by = 0;
  ClaimRef ref;
};

using ClaimRejectionsByNode = std::map<NodeId, std::vector<ClaimRejection>>;

// The decision among `rejections` (those of the claim's node) that
// rejected `claim`, 0 when none did.
DecisionId RejectionOf(const std::vector<ClaimRejection>& rejections, const Claim& claim);

class DecisionStore {
 public:
  // NotFound naming the id when there is no such decision.
  static Status Get(const Reader& reader, DecisionId id, Decision* decision);
  // Every decision, by id; fn returns false to stop.
  static Status ForEach(const Reader& reader, const std::function<bool(const Decision&)>& fn);
  // The id the next new decision gets.
  static Status NextId(const Reader& reader, DecisionId* id);
  // Writes (or rewrites) decision.id's record.
  static Status Put(WriteTxn* txn, const Decision& decision);

  // The rejected relationships: `rel` hidden by decision `by` (Reject), or
  // no longer (Unreject).
  static void Reject(WriteTxn* txn, RelId rel, DecisionId by);
  static void Unreject(WriteTxn* txn, RelId rel);
  // The decision that rejected `rel`, 0 when it is not rejected.
  static Status RejectedBy(const Reader& reader, RelId rel, DecisionId* by);
  // Every rejected relationship, by id.
  static Status ForEachRejected(const Reader& reader, const std::function<bool(RelId, DecisionId)>& fn);

  // The rejected claims: those of node ref.entity.id that `ref` matches, no
  // longer counted by decision `by` (RejectClaims), or counted again
  // (UnrejectClaims). A claim added later that the ref matches is rejected too.
  static void RejectClaims(WriteTxn* txn, const ClaimRef& ref, DecisionId by);
  static void UnrejectClaims(WriteTxn* txn, NodeId node, DecisionId by);
  // The claim rejections in force on `node`, by decision id.
  static Status ClaimRejections(const Reader& reader, NodeId node, std::vector<ClaimRejection>* out);
  // Every node's, by decision id.
  static Status AllClaimRejections(const Reader& reader, ClaimRejectionsByNode* out);
};

}  // namespace cg::graph::curation
