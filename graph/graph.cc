#include "graph/graph.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include <fmt/format.h>

#include "graph/claim_store.h"
#include "graph/codec.h"
#include "graph/index_entries.h"
#include "graph/keys.h"
#include "graph/projection.h"
#include "graph/projection_delta.h"
#include "graph/statistics.h"
#include "schema/ontology.h"
#include "storage/store.h"

namespace cg::graph {

namespace {

// The most relationship and node changes kept for patching the projection
// (~60 MB; a patch takes at most 1/16 of the graph, 420k relationships at
// scale L); past it the log is dropped and the next projection is built whole.
constexpr size_t kMaxDeltaLog = size_t{1} << 20;

Status ReadCounter(const storage::ReadView& view, std::string_view key, uint64_t* value) {
  std::string text;
  Status s = view.Get(storage::Column::kMeta, key, &text);
  if (s.IsNotFound()) return Status::OK();
  CG_RETURN_IF_ERROR(s);
  uint64_t parsed = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return Status::Corruption("metadata '" + std::string(key) + "' is not a number: " + text);
  }
  *value = parsed;
  return Status::OK();
}

// From version 2 and older, moves claims out of the records
// (claim_store.h); then, in one write with the format version, brings the
// statistics counters to one key per family (counting labels and types for
// version 1 and property keys before version 6; statistics.h), and deletes
// the property entries of names in lists from version 6 and older
// (index_entries.h) and makes each claim one key from version 8 and older
// (claim_store.h). Version 3's records read as they are.
Status Upgrade(storage::Store* store) {
  const uint32_t from = store->format_version();
  if (from < 3) CG_RETURN_IF_ERROR(UpgradeClaims(store));
  auto batch = store->NewWriteBatch();
  {
    auto snapshot = store->NewSnapshot();
    if (from < 8) CG_RETURN_IF_ERROR(UpgradeCounters(*snapshot, from, batch.get()));
    if (from < 7) CG_RETURN_IF_ERROR(DeleteNamedMemberEntries(*snapshot, batch.get()));
    if (from < 9) CG_RETURN_IF_ERROR(UpgradeClaimKeys(*snapshot, batch.get()));
  }
  return store->CommitUpgrade(std::move(batch));
}

// Upgrades an older database in place. A read-only open upgrades through a
// brief writable open when no other process holds the database, then
// reopens read-only.
Status UpgradeFormat(const std::string& path, const storage::Options& options, std::unique_ptr<storage::Store>* store) {
  if (!options.read_only) return Upgrade(store->get());
  store->reset();
  storage::Options writable = options;
  writable.read_only = false;
  writable.create_if_missing = false;
  std::unique_ptr<storage::Store> writer;
  Status s = storage::Store::Open(path, writable, &writer);
  if (s.code() == Status::Code::kBusy) {
    return Status::Incompatible("database " + path +
                                " was written by an older cartelgraph and needs a one-time upgrade, but another "
                                "process holds it; open it for writing once to upgrade it");
  }
  CG_RETURN_IF_ERROR(s);
  if (writer->needs_upgrade()) CG_RETURN_IF_ERROR(Upgrade(writer.get()));
  writer.reset();
  return storage::Store::Open(path, options, store);
}

}  // namespace

ReadTxn::ReadTxn(std::unique_ptr<storage::Snapshot> snapshot)
    : Reader(snapshot.get()), snapshot_(std::move(snapshot)) {}

ReadTxn::~ReadTxn() = default;

Graph::~Graph() = default;

Status Graph::Open(const std::string& path, const OpenOptions& options, std::unique_ptr<Graph>* out) {
  std::unique_ptr<Graph> graph(new Graph());
  graph->path_ = path;
  graph->options_ = options;
  storage::Options store_options;
  store_options.read_only = options.read_only;
  store_options.create_if_missing = options.create_if_missing;
  store_options.in_memory = options.in_memory;
  CG_RETURN_IF_ERROR(storage::Store::Open(path, store_options, &graph->store_));
  if (graph->store_->needs_upgrade()) CG_RETURN_IF_ERROR(UpgradeFormat(path, store_options, &graph->store_));

  auto snapshot = graph->store_->NewSnapshot();
  uint64_t next_node = 1, next_rel = 1;
  CG_RETURN_IF_ERROR(ReadCounter(*snapshot, storage::kMetaNextNode, &next_node));
  CG_RETURN_IF_ERROR(ReadCounter(*snapshot, storage::kMetaNextRel, &next_rel));
  graph->next_node_ = next_node;
  graph->next_rel_ = next_rel;
  *out = std::move(graph);
  return Status::OK();
}

Status Graph::BeginBulkLoad(std::unique_ptr<BulkLoader>* loader) {
  if (options_.read_only) {
    return Status::InvalidArgument("database " + path_ + " is open read-only; writes need a writable open");
  }
  std::unique_lock<std::mutex> lock(writer_);
  Catalog catalog;
  CG_RETURN_IF_ERROR(BeginRead()->GetCatalog(&catalog));
  for (const IndexDef& index : catalog.indexes()) {
    if (index.unique) {
      return Status::InvalidArgument("a bulk load cannot check uniqueness constraint " + index.name +
                                     "; drop it, load, and create it again (which checks the data)");
    }
  }
  loader->reset(new BulkLoader(this, std::move(lock)));
  (*loader)->catalog_ = std::move(catalog);
  return Status::OK();
}

Status Graph::CopyTo(const std::string& target) const { return store_->CopyTo(target); }

std::unique_ptr<ReadTxn> Graph::BeginRead() const {
  const uint64_t before = commits_.load();
  auto txn = std::make_unique<ReadTxn>(store_->NewSnapshot());
  txn->graph_ = this;
  if (before % 2 == 0 && commits_.load() == before) txn->state_ = before / 2;
  return txn;
}

Status Graph::BeginWrite(std::unique_ptr<WriteTxn>* txn) {
  if (options_.read_only) {
    return Status::InvalidArgument("database " + path_ + " is open read-only; writes need a writable open");
  }
  std::unique_lock<std::mutex> lock(writer_);
  txn->reset(new WriteTxn(this, store_->NewWriteBatch(), std::move(lock)));
  empty_batch_size_ = (*txn)->batch_->ApproximateSize();
  Status s = (*txn)->GetCatalog(&(*txn)->catalog_);
  if (!s.ok()) txn->reset();
  return s;
}

Status Graph::CommittedCatalog(std::shared_ptr<const Catalog>* catalog) const {
  std::lock_guard<std::mutex> lock(catalog_mu_);
  const uint64_t before = commits_.load();
  if (before != catalog_commits_ || !catalog_) {
    auto read = std::make_shared<Catalog>();
    CG_RETURN_IF_ERROR(BeginRead()->GetCatalog(read.get()));
    catalog_ = std::move(read);
    catalog_commits_ = before % 2 == 0 && commits_.load() == before ? before : 1;
  }
  *catalog = catalog_;
  return Status::OK();
}

Status Graph::UnknownPropertyKeys(const Reader& reader, const std::vector<std::string>& keys,
                                  std::vector<std::string>* unknown, std::vector<std::string>* known) const {
  return property_keys_.Unknown(reader, keys, unknown, known);
}

uint64_t Graph::StateOf(const Reader& reader) const {
  if (const auto* read = dynamic_cast<const ReadTxn*>(&reader)) {
    return read->graph_ == this ? read->state_ : ReadTxn::kUnknownState;
  }
  const auto* write = dynamic_cast<const WriteTxn*>(&reader);
  if (!write || write->graph_ != this || write->done_ || write->batch_->ApproximateSize() != empty_batch_size_) {
    return ReadTxn::kUnknownState;
  }
  // The open WriteTxn holds the writer slot, so no commit can start; the
  // previous one may still be about to leave its CommitScope (odd count).
  return (commits_.load() + 1) / 2;
}

std::shared_ptr<const Projection> Graph::BuiltProjectionFor(const Reader& reader) const {
  const uint64_t state = StateOf(reader);
  if (state == ReadTxn::kUnknownState) return nullptr;
  std::lock_guard<std::mutex> lock(projection_mu_);
  return projection_ && cache_state_ == state ? projection_ : nullptr;
}

Status Graph::ProjectionFor(const Reader& reader, std::shared_ptr<const Projection>* out) const {
  out->reset();
  const uint64_t state = StateOf(reader);
  if (state == ReadTxn::kUnknownState) return Status::OK();
  std::lock_guard<std::mutex> lock(projection_mu_);
  CG_RETURN_IF_ERROR(AdvanceTo(state, reader));
  if (projection_ && cache_state_ == state) {
    *out = projection_;
    return Status::OK();
  }
  std::unique_ptr<ReadTxn> own;
  const ReadTxn* source = SnapshotOf(reader, state, &own);
  if (!source) return Status::OK();
  std::unique_ptr<Projection> built;
  CG_RETURN_IF_ERROR(Projection::Build(*source, &built));
  std::shared_ptr<const Projection> shared = std::move(built);
  // Keep the newest state's; an older snapshot's projection serves only it.
  if (state == cache_state_) {
    caching_ = true;
    projection_ = shared;
    label_columns_.clear();
    rel_columns_.clear();
  }
  *out = std::move(shared);
  return Status::OK();
}

Graph::CommitScope::CommitScope(Graph* graph, const storage::WriteBatchView* batch) : graph_(graph) {
  const uint64_t before = graph_->commits_.fetch_add(1);
  state_ = before % 2 == 0 ? before / 2 + 1 : ReadTxn::kUnknownState;
  if (!batch || state_ == ReadTxn::kUnknownState || !graph_->caching_.load()) return;
  auto delta = std::make_shared<ProjectionDelta>();
  if (ProjectionDelta::FromBatch(*batch, delta.get()).ok()) delta_ = std::move(delta);
}

void Graph::CommitScope::Committed() {
  if (!delta_) return;
  std::lock_guard<std::mutex> lock(graph_->deltas_mu_);
  graph_->deltas_size_ += delta_->size() + 1;
  if (graph_->deltas_size_ > kMaxDeltaLog) {
    graph_->deltas_.clear();
    graph_->deltas_size_ = 0;
    return;
  }
  graph_->deltas_.emplace(state_, std::move(delta_));
}

bool Graph::DeltasBetween(uint64_t from, uint64_t to,
                          std::vector<std::shared_ptr<const ProjectionDelta>>* deltas) const {
  std::lock_guard<std::mutex> lock(deltas_mu_);
  for (uint64_t s = from + 1; s <= to; ++s) {
    auto it = deltas_.find(s);
    if (it == deltas_.end()) return false;
    deltas->push_back(it->second);
  }
  return true;
}

void Graph::DropDeltasUpTo(uint64_t state) const {
  std::lock_guard<std::mutex> lock(deltas_mu_);
  const auto end = deltas_.upper_bound(state);
  for (auto it = deltas_.begin(); it != end; ++it) deltas_size_ -= it->second->size() + 1;
  deltas_.erase(deltas_.begin(), end);
}

Status Graph::AdvanceTo(uint64_t state, const Reader& reader) const {
  if (state <= cache_state_) return Status::OK();
  bool cached = projection_ != nullptr;
  for (const auto& [key, slot] : node_columns_) cached |= slot.column != nullptr;
  std::vector<std::shared_ptr<const ProjectionDelta>> deltas;
  std::unique_ptr<ReadTxn> own;
  const ReadTxn* snapshot = nullptr;
  if (cached && DeltasBetween(cache_state_, state, &deltas)) snapshot = SnapshotOf(reader, state, &own);
  const Status s = snapshot ? PatchCaches(deltas, *snapshot) : Status::OK();
  if (cached && (!snapshot || !s.ok())) DropCaches();  // else the read counts stay
  cache_state_ = state;
  DropDeltasUpTo(state);
  return s;
}

void Graph::DropCaches() const {
  projection_.reset();
  label_columns_.clear();
  rel_columns_.clear();
  for (auto& [key, slot] : node_columns_) slot = NodeSlot();  // its reads count again from 0
}

Status Graph::PatchCaches(const std::vector<std::shared_ptr<const ProjectionDelta>>& deltas,
                          const ReadTxn& snapshot) const {
  // The nodes the commits wrote or deleted, each read once.
  std::vector<const ProjectionDelta*> chain;
  std::vector<NodeId> changed;
  for (const auto& d : deltas) {
    chain.push_back(d.get());
    changed.insert(changed.end(), d->nodes_written.begin(), d->nodes_written.end());
    changed.insert(changed.end(), d->nodes_deleted.begin(), d->nodes_deleted.end());
  }
  std::sort(changed.begin(), changed.end());
  changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
  std::vector<std::optional<Node>> nodes(changed.size());
  for (size_t i = 0; i < changed.size(); ++i) {
    Node node;
    const Status s = snapshot.GetNodeRecord(changed[i], &node);
    if (s.IsNotFound()) continue;
    CG_RETURN_IF_ERROR(s);
    nodes[i] = std::move(node);
  }
  // The node columns: copies sharing the chunks no change touches.
  std::vector<std::shared_ptr<const NodeColumn>> values;
  std::vector<NodeColumn::Change> changes;
  for (const auto& [key, slot] : node_columns_) {
    if (!slot.column) continue;
    changes.clear();
    for (size_t i = 0; i < changed.size(); ++i) {
      std::optional<Value> value;
      if (nodes[i]) {
        const Value* found = nodes[i]->Find(key);
        value = found ? *found : Value();
      }
      changes.emplace_back(changed[i], std::move(value));
    }
    values.push_back(std::make_shared<const NodeColumn>(slot.column->Patched(changes)));
  }
  // The projection and its columns, when it takes the patch.
  std::unique_ptr<Projection> next;
  if (projection_ && !Projection::Patch(*projection_, chain, &next)) next.reset();
  std::vector<std::shared_ptr<LabelColumn>> labels;
  if (next) {
    for (const auto& [label, column] : label_columns_) {
      labels.push_back(std::make_shared<LabelColumn>(*column));
      labels.back()->resize(next->num_nodes(), false);
    }
    for (size_t i = 0; i < changed.size(); ++i) {
      const auto gone = projection_->IndexOf(changed[i]);
      const auto v = next->IndexOf(changed[i]);
      size_t k = 0;
      for (const auto& [label, column] : label_columns_) {
        LabelColumn& patched = *labels[k++];
        if (gone) patched[*gone] = false;
        if (v) patched[*v] = nodes[i] && nodes[i]->HasLabel(label);
      }
    }
    CG_RETURN_IF_ERROR(PatchRelColumns(deltas, snapshot));
  }
  size_t i = 0;
  for (auto& [key, slot] : node_columns_) {
    if (slot.column) slot.column = std::move(values[i++]);
  }
  if (!next) {
    projection_.reset();
    label_columns_.clear();
    rel_columns_.clear();
    return Status::OK();
  }
  i = 0;
  for (auto& [label, column] : label_columns_) column = std::move(labels[i++]);
  projection_ = std::move(next);
  return Status::OK();
}

Status Graph::PatchRelColumns(const std::vector<std::shared_ptr<const ProjectionDelta>>& deltas,
                               const ReadTxn& snapshot) const {
  if (rel_columns_.empty()) return Status::OK();
  std::vector<RelId> changed;
  for (const auto& d : deltas) {
    for (const auto* rels : {&d->added, &d->removed}) {
      for (const ProjectionDelta::Rel& r : *rels) changed.push_back(r.rel);
    }
    changed.insert(changed.end(), d->rels_written.begin(), d->rels_written.end());
    changed.insert(changed.end(), d->rels_deleted.begin(), d->rels_deleted.end());
  }
  std::sort(changed.begin(), changed.end());
  changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
  std::vector<std::shared_ptr<RelColumn>> patched;
  for (const auto& [name, column] : rel_columns_) patched.push_back(std::make_shared<RelColumn>(*column));
  for (RelId id : changed) {
    Relationship rel;
    const Status s = snapshot.GetRelationshipRecord(id, &rel);
    if (!s.ok() && !s.IsNotFound()) return s;
    size_t i = 0;
    for (const auto& [name, column] : rel_columns_) {
      RelColumn& c = *patched[i++];
      const size_t split = name.find('\0');
      if (!s.ok() || rel.type != std::string_view(name).substr(0, split)) {
        c.Erase(id);  // deleted (types never change)
        continue;
      }
      const Value* value = rel.Find(std::string_view(name).substr(split + 1));
      c.Set(id, value ? *value : Value());
    }
  }
  size_t i = 0;
  for (auto& [name, column] : rel_columns_) column = std::move(patched[i++]);
  return Status::OK();
}

const ReadTxn* Graph::SnapshotOf(const Reader& reader, uint64_t state, std::unique_ptr<ReadTxn>* own) const {
  if (const auto* read = dynamic_cast<const ReadTxn*>(&reader)) return read;
  // A WriteTxn without writes sees the newest committed state, as does a
  // snapshot taken now while the writer slot stays held.
  *own = BeginRead();
  return (*own)->state_ == state ? own->get() : nullptr;
}

template <typename Column, typename Build>
Status Graph::StateColumn(const Reader& reader, const Projection& projection, std::string_view key,
                          std::map<std::string, std::shared_ptr<const Column>, std::less<>>* cache, const Build& build,
                          bool build_missing, std::shared_ptr<const Column>* out) const {
  out->reset();
  const uint64_t state = StateOf(reader);
  if (state == ReadTxn::kUnknownState) return Status::OK();
  std::lock_guard<std::mutex> lock(projection_mu_);
  const bool cached = projection_.get() == &projection;  // then of `state`
  if (cached) {
    if (auto it = cache->find(key); it != cache->end()) {
      *out = it->second;
      return Status::OK();
    }
  }
  if (!build_missing) return Status::OK();
  std::unique_ptr<ReadTxn> own;
  const ReadTxn* source = SnapshotOf(reader, state, &own);
  if (!source) return Status::OK();
  std::shared_ptr<Column> column;
  CG_RETURN_IF_ERROR(build(*source, &column));
  if (cached) cache->emplace(std::string(key), column);
  *out = std::move(column);
  return Status::OK();
}

Status Graph::NodeColumnFor(const Reader& reader, std::string_view key, uint32_t reads,
                            std::shared_ptr<const NodeColumn>* out) const {
  out->reset();
  const uint64_t state = StateOf(reader);
  if (state == ReadTxn::kUnknownState) return Status::OK();
  std::lock_guard<std::mutex> lock(projection_mu_);
  CG_RETURN_IF_ERROR(AdvanceTo(state, reader));
  NodeSlot* slot = nullptr;  // null: an older state's column, not kept
  if (state == cache_state_) {
    auto it = node_columns_.find(key);
    if (it == node_columns_.end()) it = node_columns_.emplace(std::string(key), NodeSlot()).first;
    slot = &it->second;
    if (slot->column) {
      *out = slot->column;
      return Status::OK();
    }
    slot->reads = std::min<uint64_t>(uint64_t{slot->reads} + reads, kColumnAfter);
    if (slot->reads < kColumnAfter) return Status::OK();
  } else if (reads < kColumnAfter) {
    return Status::OK();
  }
  std::unique_ptr<ReadTxn> own;
  const ReadTxn* source = SnapshotOf(reader, state, &own);
  if (!source) return Status::OK();
  NodeColumn::Builder builder;
  auto nodes = source->snapshot_->Scan(storage::Column::kNodes, "");
  for (; nodes->Valid(); nodes->Next()) {
    Value value;
    CG_RETURN_IF_ERROR(codec::DecodeNodeProperty(nodes->value(), key, &value));
    builder.Add(keys::ReadId(nodes->key()), value);
  }
  CG_RETURN_IF_ERROR(nodes->status());
  auto column = std::make_shared<const NodeColumn>(builder.Finish());
  if (slot) {
    caching_ = true;
    slot->column = column;
  }
  *out = std::move(column);
  return Status::OK();
}

size_t Graph::PointCacheBytes() const {
  std::lock_guard<std::mutex> lock(projection_mu_);
  size_t total = point_cache_.bytes();
  for (const auto& [key, slot] : node_columns_) total += slot.column ? slot.column->bytes() : 0;
  return total;
}

Status Graph::LabelColumnFor(const Reader& reader, const Projection& projection, std::string_view label,
                             std::shared_ptr<const LabelColumn>* out) const {
  auto build = [&](const ReadTxn& source, std::shared_ptr<LabelColumn>* made) {
    auto column = std::make_shared<LabelColumn>(projection.num_nodes());
    *made = column;
    bool missing = false;
    CG_RETURN_IF_ERROR(source.ForEachNodeWithLabel(label, [&](NodeId id) {
      const std::optional<Projection::Vertex> v = projection.IndexOf(id);
      if (v) (*column)[*v] = true;
      missing |= !v;
      return !missing;
    }));
    return missing ? Status::Corruption("the label index names a node the projection lacks") : Status::OK();
  };
  return StateColumn(reader, projection, label, &label_columns_, build, true, out);
}

Status Graph::RelColumnFor(const Reader& reader, const Projection& projection, std::string_view type,
                           std::string_view key, bool build_missing, std::shared_ptr<const RelColumn>* out) const {
  auto build = [&](const ReadTxn& source, std::shared_ptr<RelColumn>* column) {
    *column = std::make_shared<RelColumn>();
    const std::optional<uint32_t> t = projection.TypeIndex(type);
    if (!t) return Status::OK();  // no relationship of the type
    std::vector<RelId> rels;
    for (Projection::Vertex v = 0; v < projection.num_nodes(); ++v) {
      projection.ForEachNeighbour(v, Direction::kOutgoing, [&](Projection::Vertex, const Projection::EdgeData& e, bool) {
        if (e.type == *t) rels.push_back(e.rel);
      });
    }
    std::sort(rels.begin(), rels.end());
    // The records in id order through one cursor, stepped to the next id
    // when it is near and opened afresh when it is far: a type's ids often
    // run together (an import writes a type's relationships in one run), and
    // a step costs a fraction of a point read.
    constexpr int kMaxSteps = 32;
    std::unique_ptr<storage::Cursor> cursor;
    for (RelId id : rels) {
      const std::string want = keys::Id(id);
      for (int steps = 0; cursor && cursor->Valid() && cursor->key() < want && steps < kMaxSteps; ++steps) {
        cursor->Next();
      }
      if (!cursor || !cursor->Valid() || cursor->key() < want) {
        if (cursor) CG_RETURN_IF_ERROR(cursor->status());
        cursor = source.snapshot_->ScanFrom(storage::Column::kRelationships, "", want);
      }
      if (!cursor->Valid() || cursor->key() != want) {
        CG_RETURN_IF_ERROR(cursor->status());
        return Status::Corruption(fmt::format("relationship {} of the projection has no record", id));
      }
      Value value;
      CG_RETURN_IF_ERROR(codec::DecodeRelationshipProperty(cursor->value(), key, &value));
      (*column)->Set(id, std::move(value));
    }
    return Status::OK();
  };
  std::string name(type);
  name += '\0';
  name += key;
  return StateColumn(reader, projection, name, &rel_columns_, build, build_missing, out);
}

}  // namespace cg::graph
