#include "graph/bulk_loader.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "graph/codec.h"
#include "graph/graph.h"
#include "graph/index_entries.h"
#include "graph/keys.h"
#include "graph/validation.h"
#include "storage/store.h"

namespace cg::graph {

using storage::Column;

struct BulkLoader::Pending : storage::BulkData {};

BulkLoader::BulkLoader(Graph* graph, std::unique_lock<std::mutex> lock) : graph_(graph), lock_(std::move(lock)) {
  NewShard();
}

BulkLoader::~BulkLoader() {
  shards_.clear();  // deletes their run files
  std::error_code ignored;
  if (!spill_dir_.empty()) std::filesystem::remove_all(spill_dir_, ignored);
}

Status BulkLoader::SpillDirectory(const std::string** dir) {
  std::lock_guard<std::mutex> guard(spill_mutex_);
  if (spill_dir_.empty()) {
    // Beside the database, where Store::Open clears what a killed load left.
    const std::string path = fmt::format("{}/bulk-{}-runs", graph_->store_->path(), getpid());
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec) return Status::IOError(fmt::format("cannot create {}: {}", path, ec.message()));
    spill_dir_ = path;
  }
  *dir = &spill_dir_;
  return Status::OK();
}

Status BulkLoader::Shard::MaybeSpill() {
  if (++adds_unchecked_ < 4096 || loader_->graph_->options().in_memory) return Status::OK();
  adds_unchecked_ = 0;
  const size_t memory = pending_->memory();
  const size_t total = loader_->pending_memory_ += memory - memory_reported_;
  memory_reported_ = memory;
  if (total <= loader_->memory_budget_) return Status::OK();
  const std::string* dir = nullptr;
  CG_RETURN_IF_ERROR(loader_->SpillDirectory(&dir));
  CG_RETURN_IF_ERROR(pending_->Spill(*dir));
  loader_->pending_memory_ -= std::exchange(memory_reported_, pending_->memory());
  loader_->pending_memory_ += memory_reported_;
  return Status::OK();
}

BulkLoader::Shard::Shard(BulkLoader* loader)
    : loader_(loader), pending_(std::make_unique<Pending>()), existing_(loader->graph_->BeginRead()) {}

BulkLoader::Shard::~Shard() = default;

BulkLoader::Shard* BulkLoader::NewShard() {
  shards_.push_back(std::unique_ptr<Shard>(new Shard(this)));
  return shards_.back().get();
}

NodeId BulkLoader::ReserveNodes(uint64_t count) {
  const NodeId first = graph_->next_node_.fetch_add(count);
  if (node_labels_.empty()) first_node_ = first;
  node_labels_.resize(first + count - first_node_, nullptr);
  return first;
}

RelId BulkLoader::ReserveRelationships(uint64_t count) { return graph_->next_rel_.fetch_add(count); }

const std::vector<std::string>* BulkLoader::Intern(const std::vector<std::string>& labels) {
  std::lock_guard<std::mutex> guard(intern_mutex_);
  auto set = std::find(label_sets_.begin(), label_sets_.end(), labels);
  if (set == label_sets_.end()) set = label_sets_.insert(label_sets_.end(), labels);
  return &*set;
}

Status BulkLoader::AddNode(std::vector<std::string> labels, PropertyMap properties, NodeId* id) {
  if (done_) return Status::InvalidArgument("bulk load already finished");
  const NodeId node = ReserveNodes(1);
  CG_RETURN_IF_ERROR(shards_[0]->AddNode(node, std::move(labels), std::move(properties)));
  if (id) *id = node;
  return Status::OK();
}

Status BulkLoader::AddRelationship(std::string_view type, NodeId start, NodeId end, PropertyMap properties,
                                   RelId* id) {
  if (done_) return Status::InvalidArgument("bulk load already finished");
  const RelId rel = ReserveRelationships(1);
  CG_RETURN_IF_ERROR(shards_[0]->AddRelationship(rel, type, start, end, std::move(properties)));
  if (id) *id = rel;
  return Status::OK();
}

Status BulkLoader::Shard::AddNode(NodeId id, std::vector<std::string> labels, PropertyMap properties) {
  if (loader_->done_) return Status::InvalidArgument("bulk load already finished");
  if (id < loader_->first_node_ || id - loader_->first_node_ >= loader_->node_labels_.size()) {
    return Status::InvalidArgument(fmt::format("bulk load: node id {} was not reserved", id));
  }
  Node node;
  node.labels = std::move(labels);
  node.properties = std::move(properties);
  CG_RETURN_IF_ERROR(PrepareNode(&node, loader_->graph_->options().enforce_ontology));
  node.id = id;
  IndexEntries entries = IndexEntriesOf(node, &loader_->catalog_);
  for (const auto& key : entries.labels) pending_->Put(Column::kLabels, key);
  for (const auto& key : entries.properties) pending_->Put(Column::kProperties, key);
  for (const auto& key : entries.names) pending_->Put(Column::kNames, key);
  pending_->Put(Column::kNodes, keys::Id(node.id), codec::EncodeNode(node));
  auto seen = std::find_if(interned_.begin(), interned_.end(), [&](const auto* set) { return *set == node.labels; });
  if (seen == interned_.end()) seen = interned_.insert(interned_.end(), loader_->Intern(node.labels));
  loader_->node_labels_[id - loader_->first_node_] = *seen;
  counts_.AddNode(node.labels, +1);
  counts_.AddProperties(node.properties, +1);
  ++nodes_added_;
  return MaybeSpill();
}

Status BulkLoader::Shard::LabelsOf(NodeId node, const std::vector<std::string>** labels) {
  const auto& added = loader_->node_labels_;
  if (node >= loader_->first_node_ && node - loader_->first_node_ < added.size()) {
    *labels = added[node - loader_->first_node_];
    return *labels ? Status::OK() : Status::NotFound("node not added");
  }
  CG_RETURN_IF_ERROR(existing_->GetNodeLabels(node, &scratch_labels_));
  *labels = &scratch_labels_;
  return Status::OK();
}

Status BulkLoader::Shard::AddRelationship(RelId id, std::string_view type, NodeId start, NodeId end,
                                          PropertyMap properties) {
  if (loader_->done_) return Status::InvalidArgument("bulk load already finished");
  Relationship rel;
  rel.type = std::string(type);
  rel.start = start;
  rel.end = end;
  rel.properties = std::move(properties);
  // The start's labels are copied when stored: LabelsOf may reuse its scratch for the end.
  std::vector<std::string> start_copy;
  const std::vector<std::string>* ends[2] = {nullptr, nullptr};
  for (int e = 0; e < 2; ++e) {
    const NodeId node = e == 0 ? start : end;
    Status s = LabelsOf(node, &ends[e]);
    if (s.IsNotFound()) {
      return Status::Constraint(
          fmt::format("{} relationship: its {} node {} does not exist", type, e == 0 ? "start" : "end", node));
    }
    CG_RETURN_IF_ERROR(s);
    if (e == 0 && ends[0] == &scratch_labels_) ends[0] = &(start_copy = scratch_labels_);
  }
  CG_RETURN_IF_ERROR(
      PrepareRelationship(&rel, *ends[0], *ends[1], loader_->graph_->options().enforce_ontology));
  rel.id = id;
  pending_->Put(Column::kRelationships, keys::Id(rel.id), codec::EncodeRelationship(rel));
  pending_->Put(Column::kOutEdges, keys::Edge(start, type, end, rel.id));
  pending_->Put(Column::kInEdges, keys::Edge(end, type, start, rel.id));
  counts_.AddRelationship(type, +1);
  counts_.AddProperties(rel.properties, +1);
  ++relationships_added_;
  return MaybeSpill();
}

uint64_t BulkLoader::nodes_added() const {
  uint64_t n = 0;
  for (const auto& shard : shards_) n += shard->nodes_added_;
  return n;
}

uint64_t BulkLoader::relationships_added() const {
  uint64_t n = 0;
  for (const auto& shard : shards_) n += shard->relationships_added_;
  return n;
}

Status BulkLoader::Finish() {
  if (done_) return Status::InvalidArgument("bulk load already finished");
  done_ = true;
  Pending& pending = *shards_[0]->pending_;
  CountDeltas& counts = shards_[0]->counts_;
  for (size_t s = 1; s < shards_.size(); ++s) {
    pending.Append(shards_[s]->pending_.get());
    counts += shards_[s]->counts_;
  }
  pending.Put(Column::kMeta, std::string(storage::kMetaNextNode), std::to_string(graph_->next_node_.load()));
  pending.Put(Column::kMeta, std::string(storage::kMetaNextRel), std::to_string(graph_->next_rel_.load()));
  for (auto& shard : shards_) shard->existing_.reset();
  Status s = CommitCounts(
      *graph_->store_->NewSnapshot(), counts, nullptr,
      [&](std::string key, std::string value) { pending.Put(Column::kMeta, key, value); },
      [](std::string) {});  // a load only adds: no count drops to zero
  if (s.ok()) {
    Graph::CommitScope publishing(graph_);
    s = graph_->store_->IngestSorted(&pending);
  }
  for (auto& shard : shards_) shard->pending_.reset();
  lock_.unlock();
  return s;
}

}  // namespace cg::graph
