#include "graph/curation/decision_store.h"

#include <fmt/format.h>

#include "graph/codec.h"
#include "graph/curation/decision_codec.h"
#include "graph/keys.h"
#include "storage/store.h"

namespace cg::graph::curation {

using storage::Column;

namespace {

constexpr std::string_view kNext = "next";

std::string Key(char tag, uint64_t id) {
  std::string out(1, tag);
  keys::AppendId(&out, id);
  return out;
}

Status ReadCounter(const storage::ReadView& view, DecisionId* next) {
  std::string bytes;
  Status s = view.Get(Column::kDecisions, kNext, &bytes);
  *next = 1;
  if (s.IsNotFound()) return Status::OK();
  CG_RETURN_IF_ERROR(s);
  if (bytes.size() != 8) return Status::Corruption("decisions 'next' is not an 8-byte counter");
  *next = keys::ReadId(bytes);
  return Status::OK();
}

// The key of decision `by`'s rejection of claims of `node`.
std::string ClaimKey(NodeId node, DecisionId by) {
  std::string out = Key('c', node);
  keys::AppendId(&out, by);
  return out;
}

// Scans the claim-rejection keys under `prefix` ("c", or "c" and a node).
Status ScanClaimRejections(const storage::ReadView& view, const std::string& prefix,
                           const std::function<bool(const ClaimRejection&)>& fn) {
  auto cursor = view.Scan(Column::kDecisions, prefix);
  for (; cursor->Valid(); cursor->Next()) {
    if (cursor->key().size() != 17) return Status::Corruption("a rejected-claim key of the decisions column is malformed");
    Claim claim;
    CG_RETURN_IF_ERROR(codec::DecodeClaim(cursor->value(), &claim));
    EntityRef node;
    node.id = keys::ReadId(cursor->key().substr(1));
    if (!fn(ClaimRejection{keys::ReadId(cursor->key().substr(9)), ClaimRef::Of(std::move(node), std::move(claim))})) {
      break;
    }
  }
  return cursor->status();
}

}  // namespace

DecisionId RejectionOf(const std::vector<ClaimRejection>& rejections, const Claim& claim) {
  for (const ClaimRejection& r : rejections) {
    if (r.ref.Matches(claim)) return r.by;
  }
  return 0;
}

Status DecisionStore::Get(const Reader& reader, DecisionId id, Decision* decision) {
  std::string bytes;
  Status s = reader.view_->Get(Column::kDecisions, Key('d', id), &bytes);
  if (s.IsNotFound()) return Status::NotFound(fmt::format("there is no decision {}", id));
  CG_RETURN_IF_ERROR(s);
  return DecodeDecision(bytes, decision);
}

Status DecisionStore::ForEach(const Reader& reader, const std::function<bool(const Decision&)>& fn) {
  auto cursor = reader.view_->Scan(Column::kDecisions, "d");
  Decision decision;
  for (; cursor->Valid(); cursor->Next()) {
    CG_RETURN_IF_ERROR(DecodeDecision(cursor->value(), &decision));
    if (!fn(decision)) break;
  }
  return cursor->status();
}

Status DecisionStore::NextId(const Reader& reader, DecisionId* id) { return ReadCounter(*reader.view_, id); }

Status DecisionStore::Put(WriteTxn* txn, const Decision& decision) {
  if (decision.id == 0) return Status::InvalidArgument("a decision id must not be 0");
  DecisionId next = 0;
  CG_RETURN_IF_ERROR(ReadCounter(*txn->batch_, &next));
  if (decision.id >= next) txn->batch_->Put(Column::kDecisions, kNext, keys::Id(decision.id + 1));
  txn->batch_->Put(Column::kDecisions, Key('d', decision.id), EncodeDecision(decision));
  return Status::OK();
}

void DecisionStore::Reject(WriteTxn* txn, RelId rel, DecisionId by) {
  txn->batch_->Put(Column::kDecisions, Key('r', rel), keys::Id(by));
}

void DecisionStore::Unreject(WriteTxn* txn, RelId rel) { txn->batch_->Delete(Column::kDecisions, Key('r', rel)); }

Status DecisionStore::RejectedBy(const Reader& reader, RelId rel, DecisionId* by) {
  std::string bytes;
  Status s = reader.view_->Get(Column::kDecisions, Key('r', rel), &bytes);
  *by = 0;
  if (s.IsNotFound()) return Status::OK();
  CG_RETURN_IF_ERROR(s);
  if (bytes.size() != 8) return Status::Corruption(fmt::format("rejection of relationship {} is not a decision id", rel));
  *by = keys::ReadId(bytes);
  return Status::OK();
}

Status DecisionStore::ForEachRejected(const Reader& reader, const std::function<bool(RelId, DecisionId)>& fn) {
  auto cursor = reader.view_->Scan(Column::kDecisions, "r");
  for (; cursor->Valid(); cursor->Next()) {
    if (cursor->key().size() != 9 || cursor->value().size() != 8) {
      return Status::Corruption("a rejected-relationship key of the decisions column is malformed");
    }
    if (!fn(keys::ReadId(cursor->key().substr(1)), keys::ReadId(cursor->value()))) break;
  }
  return cursor->status();
}

void DecisionStore::RejectClaims(WriteTxn* txn, const ClaimRef& ref, DecisionId by) {
  txn->batch_->Put(Column::kDecisions, ClaimKey(ref.entity.id, by), codec::EncodeClaim(ref.AsClaim()));
}

void DecisionStore::UnrejectClaims(WriteTxn* txn, NodeId node, DecisionId by) {
  txn->batch_->Delete(Column::kDecisions, ClaimKey(node, by));
}

Status DecisionStore::ClaimRejections(const Reader& reader, NodeId node, std::vector<ClaimRejection>* out) {
  return ScanClaimRejections(*reader.view_, Key('c', node), [&](const ClaimRejection& r) {
    out->push_back(r);
    return true;
  });
}

Status DecisionStore::AllClaimRejections(const Reader& reader, ClaimRejectionsByNode* out) {
  return ScanClaimRejections(*reader.view_, "c", [&](const ClaimRejection& r) {
    (*out)[r.ref.entity.id].push_back(r);
    return true;
  });
}

}  // namespace cg::graph::curation
