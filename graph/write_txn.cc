#include "graph/write_txn.h"

#include <algorithm>
#include <set>
#include <span>

#include <fmt/format.h>

#include "graph/codec.h"
#include "graph/graph.h"
#include "graph/index_entries.h"
#include "graph/keys.h"
#include "graph/validation.h"
#include "storage/store.h"

namespace cg::graph {

using storage::Column;

namespace {

void Reconcile(storage::WriteBatchView* batch, Column column, const std::set<std::string>& before,
               const std::set<std::string>& after) {
  for (const auto& key : before) {
    if (!after.count(key)) batch->Delete(column, key);
  }
  for (const auto& key : after) {
    if (!before.count(key)) batch->Put(column, key, "");
  }
}

}  // namespace

WriteTxn::WriteTxn(Graph* graph, std::unique_ptr<storage::WriteBatchView> batch, std::unique_lock<std::mutex> lock)
    : Reader(batch.get()),
      graph_(graph),
      batch_(std::move(batch)),
      lock_(std::move(lock)),
      first_new_node_(graph->next_node_.load()),
      first_new_rel_(graph->next_rel_.load()) {}

bool WriteTxn::NewInThisTxn(ClaimOn on, uint64_t id) const {
  return id >= (on == ClaimOn::kNode ? first_new_node_ : first_new_rel_);
}

WriteTxn::~WriteTxn() {
  if (!done_) Rollback();
}

bool WriteTxn::HasNode(NodeId id) const {
  if (const auto own = node_labels_.find(id); own != node_labels_.end()) return own->second.has_value();
  return graph_->endpoints_.Find(id) || NodeExists(id);
}

Status WriteTxn::CheckNode(Node* node) const { return PrepareNode(node, graph_->options().enforce_ontology); }

Status WriteTxn::CheckRelationship(Relationship* rel) const {
  EndpointCache& cache = graph_->endpoints_;
  std::string bytes;
  std::vector<std::string> read[2];
  std::span<const std::string> labels[2];
  const NodeId ends[2] = {rel->start, rel->end};
  for (int i = 0; i < 2; ++i) {
    const auto missing = [&] {
      return Status::Constraint(
          fmt::format("{} relationship: its {} node {} does not exist", rel->type, i ? "end" : "start", ends[i]));
    };
    if (const auto own = node_labels_.find(ends[i]); own != node_labels_.end()) {
      if (!own->second) return missing();
      labels[i] = *own->second;
      continue;
    }
    if (const std::vector<std::string>* cached = cache.Find(ends[i])) {
      labels[i] = *cached;
      continue;
    }
    Status s = view_->Get(Column::kNodes, keys::Id(ends[i]), &bytes);
    if (s.IsNotFound()) return missing();
    CG_RETURN_IF_ERROR(s);
    CG_RETURN_IF_ERROR(codec::DecodeNodeLabels(bytes, &read[i]));
    cache.Insert(ends[i], read[i]);  // read from the committed state
    labels[i] = read[i];
  }
  return PrepareRelationship(rel, labels[0], labels[1], graph_->options().enforce_ontology);
}

Status WriteTxn::WriteNode(const Node& node, const Node* previous) {
  node_labels_.insert_or_assign(node.id, node.labels);
  if (node.claims.empty()) {
    batch_->Put(Column::kNodes, keys::Id(node.id), codec::EncodeNode(node));
  } else {
    CG_RETURN_IF_ERROR(PutClaims(ClaimOn::kNode, node.id, node.claims));
    Node record = node;
    record.claims.clear();
    batch_->Put(Column::kNodes, keys::Id(node.id), codec::EncodeNode(record));
  }
  if (previous) {
    counts_.AddNode(previous->labels, -1);
    counts_.AddProperties(previous->properties, -1);
  }
  counts_.AddNode(node.labels, +1);
  counts_.AddProperties(node.properties, +1);
  if (previous && SameIndexEntries(node, *previous, &catalog_)) return Status::OK();
  if (const auto added = previous ? AddedIndexEntries(*previous, node, &catalog_, true) : std::nullopt) {
    Reconcile(batch_.get(), Column::kLabels, {}, added->labels);
    Reconcile(batch_.get(), Column::kProperties, {}, added->properties);
    Reconcile(batch_.get(), Column::kNames, {}, added->names);
    return Status::OK();
  }
  const IndexEntries after = IndexEntriesOf(node, &catalog_, true);
  const IndexEntries before = previous ? IndexEntriesOf(*previous, &catalog_, true) : IndexEntries{};
  NoteUniqueEntries(node, before.properties, after.properties);
  Reconcile(batch_.get(), Column::kLabels, before.labels, after.labels);
  Reconcile(batch_.get(), Column::kProperties, before.properties, after.properties);
  Reconcile(batch_.get(), Column::kNames, before.names, after.names);
  return Status::OK();
}

Status WriteTxn::WriteRelationship(const Relationship& rel, const Relationship* previous) {
  if (previous) counts_.AddProperties(previous->properties, -1);
  counts_.AddProperties(rel.properties, +1);
  if (rel.evidence.empty() && rel.claims.empty()) {
    batch_->Put(Column::kRelationships, keys::Id(rel.id), codec::EncodeRelationship(rel));
    return Status::OK();
  }
  for (const Evidence& e : rel.evidence) CG_RETURN_IF_ERROR(PutEvidence(rel.id, e, nullptr));
  CG_RETURN_IF_ERROR(PutClaims(ClaimOn::kRelationship, rel.id, rel.claims));
  Relationship record = rel;
  record.evidence.clear();
  record.claims.clear();
  batch_->Put(Column::kRelationships, keys::Id(rel.id), codec::EncodeRelationship(record));
  return Status::OK();
}

Status WriteTxn::CreateNode(std::vector<std::string> labels, PropertyMap properties, NodeId* id, Node* written) {
  Node node;
  node.labels = std::move(labels);
  node.properties = std::move(properties);
  CG_RETURN_IF_ERROR(CheckNode(&node));
  node.id = graph_->next_node_++;
  CG_RETURN_IF_ERROR(WriteNode(node, nullptr));
  if (id) *id = node.id;
  if (written) *written = std::move(node);
  return Status::OK();
}

Status WriteTxn::SetNodeProperty(NodeId id, std::string_view key, Value value) {
  Node node;
  CG_RETURN_IF_ERROR(GetNodeRecord(id, &node));
  Node updated = node;
  if (value.is_null()) {
    if (updated.properties.erase(std::string(key)) == 0) return Status::OK();
  } else {
    updated.properties.insert_or_assign(std::string(key), std::move(value));
  }
  CG_RETURN_IF_ERROR(CheckNode(&updated));
  return WriteNode(updated, &node);
}

Status WriteTxn::AddLabel(NodeId id, std::string_view label) {
  Node node;
  CG_RETURN_IF_ERROR(GetNodeRecord(id, &node));
  if (node.HasLabel(label)) return Status::OK();
  Node updated = node;
  updated.labels.emplace_back(label);
  CG_RETURN_IF_ERROR(CheckNode(&updated));
  return WriteNode(updated, &node);
}

Status WriteTxn::RemoveLabel(NodeId id, std::string_view label) {
  Node node;
  CG_RETURN_IF_ERROR(GetNodeRecord(id, &node));
  if (!node.HasLabel(label)) return Status::OK();
  Node updated = node;
  std::erase(updated.labels, std::string(label));
  CG_RETURN_IF_ERROR(CheckNode(&updated));
  return WriteNode(updated, &node);
}

Status WriteTxn::DeleteNode(NodeId id, bool detach) {
  Node node;
  CG_RETURN_IF_ERROR(GetNodeRecord(id, &node));
  std::set<RelId> rels;
  CG_RETURN_IF_ERROR(ForEachEdge(id, Direction::kBoth, "", [&](const Edge& e) {
    rels.insert(e.rel);
    return true;
  }));
  if (!rels.empty() && !detach) {
    return Status::Constraint(fmt::format(
        "node {} still has {} relationship(s); delete them first or use DETACH DELETE", id, rels.size()));
  }
  for (RelId rel : rels) CG_RETURN_IF_ERROR(DeleteRelationship(rel));
  CG_RETURN_IF_ERROR(DeleteClaims(ClaimOn::kNode, id));
  const IndexEntries entries = IndexEntriesOf(node, &catalog_, true);
  Reconcile(batch_.get(), Column::kLabels, entries.labels, {});
  Reconcile(batch_.get(), Column::kProperties, entries.properties, {});
  Reconcile(batch_.get(), Column::kNames, entries.names, {});
  batch_->Delete(Column::kNodes, keys::Id(id));
  node_labels_.insert_or_assign(id, std::nullopt);
  counts_.AddNode(node.labels, -1);
  counts_.AddProperties(node.properties, -1);
  return Status::OK();
}

Status WriteTxn::CreateRelationship(std::string_view type, NodeId start, NodeId end, PropertyMap properties,
                                    RelId* id) {
  Relationship rel;
  rel.type = std::string(type);
  rel.start = start;
  rel.end = end;
  rel.properties = std::move(properties);
  CG_RETURN_IF_ERROR(CheckRelationship(&rel));
  rel.id = graph_->next_rel_++;
  CG_RETURN_IF_ERROR(WriteRelationship(rel, nullptr));
  batch_->Put(Column::kOutEdges, keys::Edge(start, type, end, rel.id), "");
  batch_->Put(Column::kInEdges, keys::Edge(end, type, start, rel.id), "");
  counts_.AddRelationship(type, +1);
  if (id) *id = rel.id;
  return Status::OK();
}

Status WriteTxn::SetRelationshipProperty(RelId id, std::string_view key, Value value) {
  Relationship rel;
  CG_RETURN_IF_ERROR(GetRelationshipRecord(id, &rel));
  Relationship updated = rel;
  if (value.is_null()) {
    if (updated.properties.erase(std::string(key)) == 0) return Status::OK();
  } else {
    updated.properties.insert_or_assign(std::string(key), std::move(value));
  }
  CG_RETURN_IF_ERROR(CheckRelationship(&updated));
  return WriteRelationship(updated, &rel);
}

Status WriteTxn::DeleteRelationship(RelId id) {
  Relationship rel;
  CG_RETURN_IF_ERROR(GetRelationshipRecord(id, &rel));
  CG_RETURN_IF_ERROR(DeleteEvidence(id));
  CG_RETURN_IF_ERROR(DeleteClaims(ClaimOn::kRelationship, id));
  batch_->Delete(Column::kRelationships, keys::Id(id));
  batch_->Delete(Column::kOutEdges, keys::Edge(rel.start, rel.type, rel.end, id));
  batch_->Delete(Column::kInEdges, keys::Edge(rel.end, rel.type, rel.start, id));
  counts_.AddRelationship(rel.type, -1);
  counts_.AddProperties(rel.properties, -1);
  return Status::OK();
}

Status WriteTxn::AddNodeClaim(NodeId id, const Claim& claim) { return AddClaim(ClaimOn::kNode, id, claim); }

Status WriteTxn::AddRelationshipClaim(RelId id, const Claim& claim) {
  return AddClaim(ClaimOn::kRelationship, id, claim);
}

Status WriteTxn::ReplaceNode(const Node& node) {
  Node previous;
  CG_RETURN_IF_ERROR(GetNodeRecord(node.id, &previous));
  return ReplaceNode(node, previous);
}

Status WriteTxn::ReplaceNode(const Node& node, const Node& current, Node* written) {
  Node updated = node;
  CG_RETURN_IF_ERROR(CheckNode(&updated));
  CG_RETURN_IF_ERROR(WriteNode(updated, &current));
  if (written) {
    *written = std::move(updated);
    written->claims.clear();  // kept apart from the record (claim_store.h)
  }
  return Status::OK();
}

Status WriteTxn::ReplaceRelationship(const Relationship& rel) {
  Relationship previous;
  CG_RETURN_IF_ERROR(GetRelationshipRecord(rel.id, &previous));
  if (previous.type != rel.type || previous.start != rel.start || previous.end != rel.end) {
    return Status::InvalidArgument(fmt::format(
        "relationship {}: ReplaceRelationship cannot change its type or ends; delete and create instead", rel.id));
  }
  Relationship updated = rel;
  CG_RETURN_IF_ERROR(CheckRelationship(&updated));
  return WriteRelationship(updated, &previous);
}

Status WriteTxn::RestoreNode(const Node& node) {
  if (node.id == 0 || node.id >= graph_->next_node_.load()) {
    return Status::InvalidArgument(fmt::format("node {} was never handed out by this graph", node.id));
  }
  Node restored = node;
  CG_RETURN_IF_ERROR(CheckNode(&restored));
  Node previous;
  Status s = GetNodeRecord(node.id, &previous);
  if (s.IsNotFound()) return WriteNode(restored, nullptr);
  CG_RETURN_IF_ERROR(s);
  CG_RETURN_IF_ERROR(DeleteClaims(ClaimOn::kNode, node.id));
  return WriteNode(restored, &previous);
}

Status WriteTxn::RestoreRelationship(const Relationship& rel) {
  if (rel.id == 0 || rel.id >= graph_->next_rel_.load()) {
    return Status::InvalidArgument(fmt::format("relationship {} was never handed out by this graph", rel.id));
  }
  Relationship restored = rel;
  CG_RETURN_IF_ERROR(CheckRelationship(&restored));
  if (RelationshipExists(rel.id)) CG_RETURN_IF_ERROR(DeleteRelationship(rel.id));
  CG_RETURN_IF_ERROR(WriteRelationship(restored, nullptr));
  batch_->Put(Column::kOutEdges, keys::Edge(rel.start, rel.type, rel.end, rel.id), "");
  batch_->Put(Column::kInEdges, keys::Edge(rel.end, rel.type, rel.start, rel.id), "");
  counts_.AddRelationship(rel.type, +1);
  return Status::OK();
}

Status WriteTxn::PutArticle(const Article& article) {
  if (article.id.empty()) return Status::InvalidArgument("an article id must not be empty");
  batch_->Put(Column::kArticles, article.id, codec::EncodeArticle(article));
  return Status::OK();
}

Status WriteTxn::Commit() {
  if (done_) return Status::InvalidArgument("transaction already committed or rolled back");
  done_ = true;
  Status s = CheckUnique();
  if (!s.ok()) {
    lock_.unlock();
    return s;
  }
  {
    // Published (the commit counter even again, the delta recorded) before
    // the writer slot is released, so the next commit sees this one whole.
    KnownCounts& known = graph_->known_counts_;
    if (graph_->known_counts_at_ != graph_->commits()) known.Clear();  // another writer committed
    Graph::CommitScope publishing(graph_, batch_.get());
    batch_->Put(Column::kMeta, storage::kMetaNextNode, std::to_string(graph_->next_node_.load()));
    batch_->Put(Column::kMeta, storage::kMetaNextRel, std::to_string(graph_->next_rel_.load()));
    std::vector<std::pair<std::string, std::string>> written;  // the counter families this commit sets
    s = CommitCounts(
        *batch_, counts_, &known,
        [&](std::string key, std::string value) {
          batch_->Put(Column::kMeta, key, value);
          written.emplace_back(std::move(key), std::move(value));
        },
        [&](std::string key) {
          batch_->Delete(Column::kMeta, key);
          written.emplace_back(std::move(key), "");
        });
    if (s.ok()) s = batch_->Commit();
    if (s.ok()) {
      publishing.Committed();
      for (auto& [key, value] : written) known.Note(key, std::move(value));
    } else {
      known.Clear();
    }
    // The endpoint cache holds committed labels only: those this commit
    // wrote, or none for its nodes when it failed.
    for (const auto& [id, labels] : node_labels_) {
      if (s.ok() && labels) {
        graph_->endpoints_.Insert(id, *labels);
      } else {
        graph_->endpoints_.Forget(id);
      }
    }
  }
  // Past the scope: the commit counter as this commit leaves it.
  graph_->known_counts_at_ = s.ok() ? graph_->commits() : 1;
  lock_.unlock();
  return s;
}

void WriteTxn::Rollback() {
  done_ = true;
  if (lock_.owns_lock()) lock_.unlock();
}

}  // namespace cg::graph
