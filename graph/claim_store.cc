#include "graph/claim_store.h"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "graph/codec.h"
#include "graph/evidence_store.h"
#include "graph/keys.h"
#include "graph/span_check.h"
#include "graph/write_txn.h"
#include "storage/store.h"

namespace cg::graph {

using storage::Column;

namespace {

constexpr std::string_view kNextClaim = "next_claim";  // meta: the next claim's seq, big-endian

char Tag(ClaimOn on) { return on == ClaimOn::kNode ? 'N' : 'R'; }

std::string Owner(ClaimOn on, uint64_t id) {
  std::string out(1, Tag(on));
  keys::AppendId(&out, id);
  return out;
}

// The keys of every source of (key, value): a list value, which
// PropertyPrefix leaves open, gets its text, length first.
std::string ValuePrefix(ClaimOn on, uint64_t id, const Claim& claim) {
  std::string out = Owner(on, id);
  out += keys::PropertyPrefix(claim.key, claim.value);
  if (claim.value.is_list()) {
    const std::string text = claim.value.ToString();
    keys::AppendId(&out, text.size());
    out += text;
  }
  return out;
}

std::string SourceKey(std::string prefix, const Evidence& evidence) {
  evidence_keys::AppendSource(&prefix, evidence);
  return prefix;
}

std::string EncodeValue(uint64_t seq, const Claim& claim) {
  std::string out = keys::Id(seq);
  out += codec::EncodeClaim(claim);
  return out;
}

Status DecodeValue(std::string_view bytes, uint64_t* seq, Claim* claim) {
  if (bytes.size() < 8) return Status::Corruption("claim value shorter than its sequence number");
  *seq = keys::ReadId(bytes);
  return codec::DecodeClaim(bytes.substr(8), claim);
}

Status NextSeq(storage::WriteBatchView* batch, uint64_t* seq) {
  std::string bytes;
  Status s = batch->Get(Column::kMeta, kNextClaim, &bytes);
  *seq = 1;
  if (s.ok()) {
    if (bytes.size() != 8) return Status::Corruption("metadata 'next_claim' is not an 8-byte counter");
    *seq = keys::ReadId(bytes);
  } else if (!s.IsNotFound()) {
    return s;
  }
  batch->Put(Column::kMeta, kNextClaim, keys::Id(*seq + 1));
  return Status::OK();
}

// Adds `claim` unless its (key, value, source) is recorded, or (max_sources
// > 0) its value already has max_sources sources. `new_owner`: the batch's
// snapshot holds no claim of the owner (WriteTxn::NewInThisTxn), so only the
// batch's own writes are read. `full` (optional): the value had max_sources.
Status PutClaim(storage::WriteBatchView* batch, ClaimOn on, uint64_t id, const Claim& claim, size_t max_sources,
                bool new_owner, bool* added, bool* full = nullptr) {
  if (added) *added = false;
  if (full) *full = false;
  const std::string prefix = ValuePrefix(on, id, claim);
  const std::string source = SourceKey(prefix, claim.evidence);
  if (max_sources > 0) {
    // One scan of the value's sources answers both questions: the claim is
    // kept out when its source is among them or when they are max_sources
    // (whether or not its source is one of them).
    size_t sources = 0;
    auto cursor = new_owner ? batch->ScanWrites(Column::kClaims, prefix) : batch->Scan(Column::kClaims, prefix);
    for (; cursor->Valid() && sources < max_sources; cursor->Next()) {
      if (cursor->key() == source) return Status::OK();
      ++sources;
    }
    CG_RETURN_IF_ERROR(cursor->status());
    if (sources >= max_sources) {
      if (full) *full = true;
      return Status::OK();
    }
  } else if (new_owner) {
    if (batch->LatestWrite(Column::kClaims, source) == storage::WriteBatchView::Write::kPut) return Status::OK();
  } else {
    std::string bytes;
    Status s = batch->Get(Column::kClaims, source, &bytes);
    if (s.ok()) return Status::OK();
    if (!s.IsNotFound()) return s;
  }
  uint64_t seq = 0;
  CG_RETURN_IF_ERROR(NextSeq(batch, &seq));
  batch->Put(Column::kClaims, source, EncodeValue(seq, claim));
  if (added) *added = true;
  return Status::OK();
}

// Calls fn(owner, claim) for the claims under `prefix` (one owner's, or
// every owner's of one kind), by owner id and then in the order they were
// added (their seq), until fn returns false.
Status ScanClaims(const storage::ReadView& view, const std::string& prefix,
                  const std::function<bool(uint64_t, const Claim&)>& fn) {
  std::vector<std::pair<uint64_t, Claim>> owned;  // one owner's (seq, claim)
  uint64_t owner = 0;
  bool more = true;
  auto flush = [&] {
    std::sort(owned.begin(), owned.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [seq, claim] : owned) {
      if (more) more = fn(owner, claim);
    }
    owned.clear();
  };
  auto cursor = view.Scan(Column::kClaims, prefix);
  for (; cursor->Valid() && more; cursor->Next()) {
    if (cursor->key().size() < 1 + 8) return Status::Corruption("claim key of the wrong size");
    const uint64_t id = keys::ReadId(cursor->key().substr(1));
    if (id != owner) flush();
    owner = id;
    uint64_t seq = 0;
    Claim claim;
    CG_RETURN_IF_ERROR(DecodeValue(cursor->value(), &seq, &claim));
    owned.emplace_back(seq, std::move(claim));
  }
  CG_RETURN_IF_ERROR(cursor->status());
  flush();
  return Status::OK();
}

// Moves the claims inside the records of `column` to keys.
template <typename Record, typename Decode, typename Encode>
Status MoveClaims(const storage::Snapshot& snapshot, storage::WriteBatchView* batch, Column column, ClaimOn on,
                  Decode decode, Encode encode, bool* moved) {
  auto cursor = snapshot.Scan(column, "");
  for (; cursor->Valid(); cursor->Next()) {
    if (cursor->key().size() != 8) continue;  // Graph::Check reports it
    Record record;
    CG_RETURN_IF_ERROR(decode(cursor->value(), keys::ReadId(cursor->key()), &record));
    if (record.claims.empty()) continue;
    for (const Claim& claim : record.claims) CG_RETURN_IF_ERROR(PutClaim(batch, on, record.id, claim, 0, false, nullptr));
    record.claims.clear();
    batch->Put(column, cursor->key(), encode(record));
    *moved = true;
  }
  return cursor->status();
}

}  // namespace

Status UpgradeClaims(storage::Store* store) {
  auto snapshot = store->NewSnapshot();
  auto batch = store->NewWriteBatch();
  bool moved = false;
  CG_RETURN_IF_ERROR(MoveClaims<Node>(*snapshot, batch.get(), Column::kNodes, ClaimOn::kNode, codec::DecodeNode,
                                      codec::EncodeNode, &moved));
  CG_RETURN_IF_ERROR(MoveClaims<Relationship>(*snapshot, batch.get(), Column::kRelationships,
                                              ClaimOn::kRelationship, codec::DecodeRelationship,
                                              codec::EncodeRelationship, &moved));
  return moved ? batch->Commit() : Status::OK();
}

Status UpgradeClaimKeys(const storage::ReadView& view, storage::WriteBatchView* batch) {
  for (const char tag : {'n', 'r'}) {
    const ClaimOn on = tag == 'n' ? ClaimOn::kNode : ClaimOn::kRelationship;
    auto cursor = view.Scan(Column::kClaims, std::string(1, tag));
    for (; cursor->Valid(); cursor->Next()) {
      if (cursor->key().size() != 1 + 8 + 8) return Status::Corruption("claim key of the wrong size");
      Claim claim;
      CG_RETURN_IF_ERROR(codec::DecodeClaim(cursor->value(), &claim));
      const uint64_t id = keys::ReadId(cursor->key().substr(1));
      batch->Put(Column::kClaims, SourceKey(ValuePrefix(on, id, claim), claim.evidence),
                 EncodeValue(keys::ReadId(cursor->key().substr(9)), claim));
      batch->Delete(Column::kClaims, cursor->key());
    }
    CG_RETURN_IF_ERROR(cursor->status());
  }
  return Status::OK();
}

Status CheckClaims(const storage::ReadView& view, std::vector<std::string>* problems, SpanChecker* spans) {
  std::string bytes;
  auto cursor = view.Scan(Column::kClaims, "");
  for (; cursor->Valid(); cursor->Next()) {
    const std::string_view key = cursor->key();
    const char tag = key.empty() ? '\0' : key[0];
    if ((tag != 'N' && tag != 'R') || key.size() < 1 + 8 + 1) {
      problems->push_back(fmt::format("claim key of {} bytes is not a claim key", key.size()));
      continue;
    }
    const ClaimOn on = tag == 'N' ? ClaimOn::kNode : ClaimOn::kRelationship;
    const uint64_t id = keys::ReadId(key.substr(1));
    const char* what = on == ClaimOn::kNode ? "node" : "relationship";
    uint64_t seq = 0;
    Claim claim;
    Status s = DecodeValue(cursor->value(), &seq, &claim);
    if (!s.ok()) {
      problems->push_back(fmt::format("claim of {} {}: {}", what, id, s.message()));
      continue;
    }
    if (!view.Get(on == ClaimOn::kNode ? Column::kNodes : Column::kRelationships, keys::Id(id), &bytes).ok()) {
      problems->push_back(fmt::format("claim {} of {} {}: the {} does not exist", claim.key, what, id, what));
    }
    if (SourceKey(ValuePrefix(on, id, claim), claim.evidence) != key) {
      problems->push_back(fmt::format("claim {} of {} {}: its key does not match its record", claim.key, what, id));
    }
    if (spans) spans->Check(claim.evidence, fmt::format("claim {} of {} {}", claim.key, what, id));
  }
  return cursor->status();
}

Status Reader::GetClaims(ClaimOn on, uint64_t id, std::vector<Claim>* out) const {
  return ScanClaims(*view_, Owner(on, id), [&](uint64_t, const Claim& claim) {
    out->push_back(claim);
    return true;
  });
}

Status Reader::ForEachClaim(ClaimOn on, const std::function<bool(uint64_t, const Claim&)>& fn) const {
  return ScanClaims(*view_, std::string(1, Tag(on)), fn);
}

Status WriteTxn::AddClaim(ClaimOn on, uint64_t id, const Claim& claim, size_t max_sources, bool* added, bool* full) {
  if (added) *added = false;
  if (full) *full = false;
  if (on == ClaimOn::kNode ? !HasNode(id) : !RelationshipExists(id)) {
    return Status::NotFound(fmt::format("{} {}", on == ClaimOn::kNode ? "node" : "relationship", id));
  }
  return PutClaim(batch_.get(), on, id, claim, max_sources, NewInThisTxn(on, id), added, full);
}

Status WriteTxn::PutClaims(ClaimOn on, uint64_t id, const std::vector<Claim>& claims) {
  for (const Claim& claim : claims) CG_RETURN_IF_ERROR(PutClaim(batch_.get(), on, id, claim, 0, NewInThisTxn(on, id), nullptr));
  return Status::OK();
}

Status WriteTxn::DeleteClaims(ClaimOn on, uint64_t id) {
  std::vector<std::string> doomed;
  auto cursor = batch_->Scan(Column::kClaims, Owner(on, id));
  for (; cursor->Valid(); cursor->Next()) doomed.emplace_back(cursor->key());
  CG_RETURN_IF_ERROR(cursor->status());
  for (const std::string& key : doomed) batch_->Delete(Column::kClaims, key);
  return Status::OK();
}

}  // namespace cg::graph
