// WriteTxn: a write transaction. Reads see its own writes; Commit applies
// everything as one atomic RocksDB batch; destruction without Commit rolls
// back. After a failed write the transaction is still usable (the failed
// call changed nothing), so a caller decides whether to roll back. The
// label and type counts (statistics.h) change in the same atomic batch.
//
// With OpenOptions::enforce_ontology every write is checked against the
// ontology and a violation returns Status::Constraint naming the rule.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/reader.h"
#include "graph/statistics.h"

namespace cg::storage {
class WriteBatchView;
}

namespace cg::graph {

class Graph;
namespace curation {
class DecisionStore;
}

class WriteTxn : public Reader {
 public:
  ~WriteTxn() override;

  // `written`, when given, receives the record as GetNodeRecord now reads
  // it (the ontology's checks applied), so a caller that keeps records
  // need not read it back.
  Status CreateNode(std::vector<std::string> labels, PropertyMap properties, NodeId* id, Node* written = nullptr);
  // A null value removes the property.
  Status SetNodeProperty(NodeId id, std::string_view key, Value value);
  Status AddLabel(NodeId id, std::string_view label);
  Status RemoveLabel(NodeId id, std::string_view label);
  // Without `detach`, a node that still has relationships is refused
  // (Status::Constraint); with it, its relationships go first.
  Status DeleteNode(NodeId id, bool detach);

  Status CreateRelationship(std::string_view type, NodeId start, NodeId end, PropertyMap properties, RelId* id);
  Status SetRelationshipProperty(RelId id, std::string_view key, Value value);
  Status DeleteRelationship(RelId id);

  // Provenance. AddEvidence ignores an evidence whose SameSource is already
  // recorded (`added`, when given, tells which); it writes one key and never
  // the relationship record (evidence_store.h). AddClaim likewise per
  // (key, value, source), and also, when `max_sources` > 0, a claim whose
  // value already has that many sources (claim_store.h); `full`, when given,
  // tells that this was why (the value takes no claim more until one of its
  // claims is deleted).
  Status AddEvidence(RelId id, const Evidence& evidence, bool* added = nullptr);
  // AddEvidence to a relationship the caller knows exists in this
  // transaction (it created it, or read its record through this transaction
  // or a cache kept exact across commits): without the point read that
  // checks it (measured: 4% of ingest's writer).
  Status AddEvidenceToExisting(RelId id, const Evidence& evidence, bool* added = nullptr);
  Status AddClaim(ClaimOn on, uint64_t id, const Claim& claim, size_t max_sources = 0, bool* added = nullptr,
                  bool* full = nullptr);
  Status AddNodeClaim(NodeId id, const Claim& claim);
  Status AddRelationshipClaim(RelId id, const Claim& claim);

  // Whole-record replacement for callers that batch many changes to one
  // record (ingest's merge): labels and properties of `node.id`. Claims in
  // `node` / `rel` and evidence in `rel` are added as AddClaim and
  // AddEvidence do (none is removed).
  Status ReplaceNode(const Node& node);
  // ReplaceNode for a caller that holds the node's record exactly as this
  // transaction has it (`current`: read through it, or kept equal to it, as
  // ingest's resolution cache keeps records), so the record is not read
  // again. `written`, when given, receives the record as GetNodeRecord now
  // reads it (the ontology's checks applied, no claims). A `current` that is
  // not the transaction's record leaves the statistics and indexes wrong.
  Status ReplaceNode(const Node& node, const Node& current, Node* written = nullptr);
  Status ReplaceRelationship(const Relationship& rel);

  Status PutArticle(const Article& article);

  // Puts back a record exactly as `node` / `rel` holds it, under its own id
  // (which must be one this graph handed out): labels, properties and
  // claims; type, ends, properties, evidence and claims. What the record
  // holds now is replaced, a deleted one is recreated (for undoing a
  // curation decision, graph/curation/curator.h).
  Status RestoreNode(const Node& node);
  Status RestoreRelationship(const Relationship& rel);

  // The user's indexes and constraints (catalog.h), with this
  // transaction's changes.
  const Catalog& catalog() const { return catalog_; }
  // Creates an index (index.unique: the index of a uniqueness constraint
  // of the same name) and its entries for every node of index.label, in
  // this transaction. InvalidArgument when the name is taken or an index
  // already covers (label, key); for a unique one, Constraint when two
  // nodes hold equal values (naming them). Nothing is written on failure.
  Status CreateIndex(const IndexDef& index);
  // Drops an index and its entries; NotFound when there is none of that name.
  Status DropIndex(std::string_view name);
  // Fails with Constraint, writing nothing, when a uniqueness constraint
  // does not hold for a value the transaction wrote (two nodes of the
  // label with equal values of the key; the message names both, the label,
  // the key and the value).
  Status Commit();
  void Rollback();

 private:
  friend class Graph;
  friend class curation::DecisionStore;  // writes the decisions column
  WriteTxn(Graph* graph, std::unique_ptr<storage::WriteBatchView> batch, std::unique_lock<std::mutex> lock);

  const CountDeltas* pending_counts() const override { return &counts_; }
  Status WriteNode(const Node& node, const Node* previous);
  // Writes a relationship record; `previous` is the record it replaces (null
  // for a new one), for the property-key counts.
  Status WriteRelationship(const Relationship& rel, const Relationship* previous);
  Status PutEvidence(RelId id, const Evidence& evidence, bool* added);
  // Does the transaction's snapshot hold no article record `article`? The
  // answer for the last article asked is kept (the snapshot does not change;
  // measured: a point read per evidence was 4% of ingest's writer).
  bool ArticleNewInSnapshot(std::string_view article);
  // Was node or relationship `id` handed out by this transaction (so that
  // its snapshot holds no key of it: claims, evidence)? Ids are never handed
  // out twice (a rolled-back transaction's are skipped), and transactions and
  // bulk loads take ids one at a time, under the graph's write lock.
  bool NewInThisTxn(ClaimOn on, uint64_t id) const;
  Status DeleteEvidence(RelId id);
  Status PutClaims(ClaimOn on, uint64_t id, const std::vector<Claim>& claims);
  Status DeleteClaims(ClaimOn on, uint64_t id);
  // NodeExists, answered from the nodes this transaction wrote and the
  // endpoint cache before a point read (measured: the read was a sixth of
  // ingest's AddClaim).
  bool HasNode(NodeId id) const;
  Status CheckNode(Node* node) const;
  Status CheckRelationship(Relationship* rel) const;
  // Notes the entries `after` adds beyond `before` to unique indexes, and
  // whether `node` holds a value a unique index cannot hold (a list), for
  // CheckUnique at commit.
  void NoteUniqueEntries(const Node& node, const std::set<std::string>& before, const std::set<std::string>& after);
  Status CheckUnique() const;

  Graph* graph_;
  std::unique_ptr<storage::WriteBatchView> batch_;
  std::unique_lock<std::mutex> lock_;
  CountDeltas counts_;  // statistics changes, committed with the batch
  // The labels of each node this transaction wrote, as last written (none:
  // deleted): CheckRelationship reads a written end's labels here rather
  // than decoding its record from the batch (measured: ~5% of ingest's
  // writer, every MENTIONED_IN ending at the article node just written),
  // and a commit leaves the endpoint cache holding them.
  std::unordered_map<NodeId, std::optional<std::vector<std::string>>> node_labels_;
  Catalog catalog_;     // read when the transaction began, then changed by it
  std::set<std::string> unique_values_;  // unique-index value prefixes written (index_keys::Entry without the node)
  std::set<std::pair<std::string, NodeId>> unique_unindexed_;  // (unique index, node) given a list value
  std::optional<std::pair<std::string, bool>> new_article_;  // ArticleNewInSnapshot's last question and answer
  bool done_ = false;
  // The first ids this transaction hands out (NewInThisTxn).
  NodeId first_new_node_ = 0;
  RelId first_new_rel_ = 0;
};

}  // namespace cg::graph
