#include "graph/claim_store.h"

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

char ListTag(ClaimOn on) { return on == ClaimOn::kNode ? 'n' : 'r'; }
char IndexTag(ClaimOn on) { return on == ClaimOn::kNode ? 'N' : 'R'; }

std::string Owner(char tag, uint64_t id) {
  std::string out(1, tag);
  keys::AppendId(&out, id);
  return out;
}

std::string ListKey(ClaimOn on, uint64_t id, uint64_t seq) {
  std::string out = Owner(ListTag(on), id);
  keys::AppendId(&out, seq);
  return out;
}

// The index keys of every source of (key, value): a list value, which
// PropertyPrefix leaves open, gets its text, length first.
std::string ValuePrefix(ClaimOn on, uint64_t id, const Claim& claim) {
  std::string out = Owner(IndexTag(on), id);
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
// > 0) its value already has max_sources sources.
Status PutClaim(storage::WriteBatchView* batch, ClaimOn on, uint64_t id, const Claim& claim, size_t max_sources,
                bool* added) {
  if (added) *added = false;
  const std::string prefix = ValuePrefix(on, id, claim);
  const std::string source = SourceKey(prefix, claim.evidence);
  if (max_sources > 0) {
    // One scan of the value's sources answers both questions: the claim is
    // kept out when its source is among them or when they are max_sources
    // (whether or not its source is one of them).
    size_t sources = 0;
    auto cursor = batch->Scan(Column::kClaims, prefix);
    for (; cursor->Valid() && sources < max_sources; cursor->Next()) {
      if (cursor->key() == source) return Status::OK();
      ++sources;
    }
    CG_RETURN_IF_ERROR(cursor->status());
    if (sources >= max_sources) return Status::OK();
  } else {
    std::string bytes;
    Status s = batch->Get(Column::kClaims, source, &bytes);
    if (s.ok()) return Status::OK();
    if (!s.IsNotFound()) return s;
  }
  uint64_t seq = 0;
  CG_RETURN_IF_ERROR(NextSeq(batch, &seq));
  batch->Put(Column::kClaims, ListKey(on, id, seq), codec::EncodeClaim(claim));
  batch->Put(Column::kClaims, source, keys::Id(seq));
  if (added) *added = true;
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
    for (const Claim& claim : record.claims) CG_RETURN_IF_ERROR(PutClaim(batch, on, record.id, claim, 0, nullptr));
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

Status CheckClaims(const storage::ReadView& view, std::vector<std::string>* problems, SpanChecker* spans) {
  std::string bytes;
  auto cursor = view.Scan(Column::kClaims, "");
  for (; cursor->Valid(); cursor->Next()) {
    const std::string_view key = cursor->key();
    const char tag = key.empty() ? '\0' : key[0];
    const bool list = tag == 'n' || tag == 'r', index = tag == 'N' || tag == 'R';
    if ((!list && !index) || key.size() < 1 + 8 + (list ? 8 : 1)) {
      problems->push_back(fmt::format("claim key of {} bytes is not a claim key", key.size()));
      continue;
    }
    const ClaimOn on = tag == 'n' || tag == 'N' ? ClaimOn::kNode : ClaimOn::kRelationship;
    const uint64_t id = keys::ReadId(key.substr(1));
    const char* what = on == ClaimOn::kNode ? "node" : "relationship";
    if (index) {
      if (cursor->value().size() != 8 || !view.Get(Column::kClaims, ListKey(on, id, keys::ReadId(cursor->value())), &bytes).ok()) {
        problems->push_back(fmt::format("claim index of {} {}: its claim is missing", what, id));
      }
      continue;
    }
    Claim claim;
    Status s = codec::DecodeClaim(cursor->value(), &claim);
    if (!s.ok()) {
      problems->push_back(fmt::format("claim of {} {}: {}", what, id, s.message()));
      continue;
    }
    if (!view.Get(on == ClaimOn::kNode ? Column::kNodes : Column::kRelationships, keys::Id(id), &bytes).ok()) {
      problems->push_back(fmt::format("claim {} of {} {}: the {} does not exist", claim.key, what, id, what));
    }
    const std::string source = SourceKey(ValuePrefix(on, id, claim), claim.evidence);
    if (!view.Get(Column::kClaims, source, &bytes).ok() || bytes != key.substr(9)) {
      problems->push_back(fmt::format("claim {} of {} {}: its index key is missing", claim.key, what, id));
    }
    if (spans) spans->Check(claim.evidence, fmt::format("claim {} of {} {}", claim.key, what, id));
  }
  return cursor->status();
}

Status Reader::GetClaims(ClaimOn on, uint64_t id, std::vector<Claim>* out) const {
  auto cursor = view_->Scan(Column::kClaims, Owner(ListTag(on), id));
  for (; cursor->Valid(); cursor->Next()) {
    Claim claim;
    CG_RETURN_IF_ERROR(codec::DecodeClaim(cursor->value(), &claim));
    out->push_back(std::move(claim));
  }
  return cursor->status();
}

Status Reader::ForEachClaim(ClaimOn on, const std::function<bool(uint64_t, const Claim&)>& fn) const {
  auto cursor = view_->Scan(Column::kClaims, std::string(1, ListTag(on)));
  for (; cursor->Valid(); cursor->Next()) {
    if (cursor->key().size() != 1 + 8 + 8) return Status::Corruption("claim key of the wrong size");
    Claim claim;
    CG_RETURN_IF_ERROR(codec::DecodeClaim(cursor->value(), &claim));
    if (!fn(keys::ReadId(cursor->key().substr(1)), claim)) break;
  }
  return cursor->status();
}

Status WriteTxn::AddClaim(ClaimOn on, uint64_t id, const Claim& claim, size_t max_sources, bool* added) {
  if (added) *added = false;
  if (on == ClaimOn::kNode ? !NodeExists(id) : !RelationshipExists(id)) {
    return Status::NotFound(fmt::format("{} {}", on == ClaimOn::kNode ? "node" : "relationship", id));
  }
  return PutClaim(batch_.get(), on, id, claim, max_sources, added);
}

Status WriteTxn::PutClaims(ClaimOn on, uint64_t id, const std::vector<Claim>& claims) {
  for (const Claim& claim : claims) CG_RETURN_IF_ERROR(PutClaim(batch_.get(), on, id, claim, 0, nullptr));
  return Status::OK();
}

Status WriteTxn::DeleteClaims(ClaimOn on, uint64_t id) {
  std::vector<std::string> doomed;
  for (char tag : {ListTag(on), IndexTag(on)}) {
    auto cursor = batch_->Scan(Column::kClaims, Owner(tag, id));
    for (; cursor->Valid(); cursor->Next()) doomed.emplace_back(cursor->key());
    CG_RETURN_IF_ERROR(cursor->status());
  }
  for (const std::string& key : doomed) batch_->Delete(Column::kClaims, key);
  return Status::OK();
}

}  // namespace cg::graph
