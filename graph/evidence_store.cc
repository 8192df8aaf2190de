#include "graph/evidence_store.h"

#include <fmt/format.h>

#include "graph/codec.h"
#include "graph/keys.h"
#include "graph/span_check.h"
#include "graph/write_txn.h"
#include "storage/store.h"

namespace cg::graph {

using storage::Column;

namespace evidence_keys {

std::string Prefix(RelId rel) { return keys::Id(rel); }

std::string Key(RelId rel, const Evidence& evidence) {
  std::string out = Prefix(rel);
  AppendSource(&out, evidence);
  return out;
}

void AppendSource(std::string* out, const Evidence& evidence) {
  out->append(evidence.article);
  out->push_back('\0');
  for (uint32_t v : {evidence.span_begin, evidence.span_end}) {
    for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>((v >> shift) & 0xFF));
  }
  out->append(evidence.rule);
}

}  // namespace evidence_keys

Status CheckEvidence(const storage::ReadView& view, std::vector<std::string>* problems, SpanChecker* spans) {
  std::string bytes;
  RelId checked = 0;
  bool exists = false;
  auto cursor = view.Scan(Column::kEvidence, "");
  for (; cursor->Valid(); cursor->Next()) {
    const std::string_view key = cursor->key();
    if (key.size() < 8 + 1 + 8) {
      problems->push_back(fmt::format("evidence key of {} bytes is too short", key.size()));
      continue;
    }
    const RelId rel = keys::ReadId(key);
    if (rel != checked || !exists) {
      checked = rel;
      exists = view.Get(Column::kRelationships, keys::Id(rel), &bytes).ok();
    }
    Evidence e;
    Status s = codec::DecodeEvidence(cursor->value(), &e);
    if (!s.ok()) {
      problems->push_back(fmt::format("evidence of relationship {}: {}", rel, s.message()));
    } else if (!exists) {
      problems->push_back(fmt::format("evidence of relationship {} (article {}): the relationship does not exist", rel,
                                      e.article));
    } else if (evidence_keys::Key(rel, e) != key) {
      problems->push_back(fmt::format("evidence of relationship {} (article {}): its key does not match its record",
                                      rel, e.article));
    } else if (spans) {
      spans->Check(e, fmt::format("evidence of relationship {}", rel));
    }
  }
  return cursor->status();
}

Status Reader::GetEvidence(RelId id, std::vector<Evidence>* out) const {
  auto cursor = view_->Scan(Column::kEvidence, evidence_keys::Prefix(id));
  for (; cursor->Valid(); cursor->Next()) {
    Evidence e;
    CG_RETURN_IF_ERROR(codec::DecodeEvidence(cursor->value(), &e));
    out->push_back(std::move(e));
  }
  return cursor->status();
}

Status WriteTxn::AddEvidence(RelId id, const Evidence& evidence, bool* added) {
  if (added) *added = false;
  if (!RelationshipExists(id)) return Status::NotFound("relationship " + std::to_string(id));
  return PutEvidence(id, evidence, added);
}

Status WriteTxn::AddEvidenceToExisting(RelId id, const Evidence& evidence, bool* added) {
  if (added) *added = false;
  return PutEvidence(id, evidence, added);
}

Status WriteTxn::PutEvidence(RelId id, const Evidence& evidence, bool* added) {
  const std::string key = evidence_keys::Key(id, evidence);
  std::string bytes;
  if (batch_->Wrote(Column::kArticles, evidence.article) && ArticleNewInSnapshot(evidence.article)) {
    // An article this transaction stores as new: the database holds none of
    // its evidence (a point read in the small, Bloom-filtered article column
    // instead of one in the evidence column).
    if (batch_->LatestWrite(Column::kEvidence, key) == storage::WriteBatchView::Write::kPut) return Status::OK();
  } else {
    Status s = batch_->Get(Column::kEvidence, key, &bytes);
    if (s.ok()) return Status::OK();
    if (!s.IsNotFound()) return s;
  }
  batch_->Put(Column::kEvidence, key, codec::EncodeEvidence(evidence));
  if (added) *added = true;
  return Status::OK();
}

bool WriteTxn::ArticleNewInSnapshot(std::string_view article) {
  if (!new_article_ || article != new_article_->first) {
    std::string bytes;
    new_article_.emplace(article, batch_->GetCommitted(Column::kArticles, article, &bytes).IsNotFound());
  }
  return new_article_->second;
}

Status WriteTxn::DeleteEvidence(RelId id) {
  std::vector<std::string> doomed;
  auto cursor = batch_->Scan(Column::kEvidence, evidence_keys::Prefix(id));
  for (; cursor->Valid(); cursor->Next()) doomed.emplace_back(cursor->key());
  CG_RETURN_IF_ERROR(cursor->status());
  for (const std::string& key : doomed) batch_->Delete(Column::kEvidence, key);
  return Status::OK();
}

}  // namespace cg::graph
