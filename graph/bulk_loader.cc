#include "graph/bulk_loader.h"

#include <algorithm>

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

BulkLoader::BulkLoader(Graph* graph, std::unique_lock<std::mutex> lock)
    : graph_(graph), lock_(std::move(lock)), pending_(std::make_unique<Pending>()), existing_(graph->BeginRead()) {}

BulkLoader::~BulkLoader() = default;

Status BulkLoader::AddNode(std::vector<std::string> labels, PropertyMap properties, NodeId* id) {
  if (done_) return Status::InvalidArgument("bulk load already finished");
  Node node;
  node.labels = std::move(labels);
  node.properties = std::move(properties);
  CG_RETURN_IF_ERROR(PrepareNode(&node, graph_->options().enforce_ontology));
  node.id = graph_->next_node_++;
  IndexEntries entries = IndexEntriesOf(node);
  for (const auto& key : entries.labels) pending_->Put(Column::kLabels, key);
  for (const auto& key : entries.properties) pending_->Put(Column::kProperties, key);
  for (const auto& key : entries.names) pending_->Put(Column::kNames, key);
  pending_->Put(Column::kNodes, keys::Id(node.id), codec::EncodeNode(node));
  auto set = std::find(label_sets_.begin(), label_sets_.end(), node.labels);
  if (set == label_sets_.end()) set = label_sets_.insert(label_sets_.end(), node.labels);
  if (node_label_set_.empty()) first_node_ = node.id;
  node_label_set_.push_back(static_cast<uint32_t>(set - label_sets_.begin()));
  counts_.AddNode(node.labels, +1);
  ++nodes_added_;
  if (id) *id = node.id;
  return Status::OK();
}

Status BulkLoader::LabelsOf(NodeId node, const std::vector<std::string>** labels) {
  if (node >= first_node_ && node - first_node_ < node_label_set_.size()) {
    *labels = &label_sets_[node_label_set_[node - first_node_]];
    return Status::OK();
  }
  CG_RETURN_IF_ERROR(existing_->GetNodeLabels(node, &scratch_labels_));
  *labels = &scratch_labels_;
  return Status::OK();
}

Status BulkLoader::AddRelationship(std::string_view type, NodeId start, NodeId end, PropertyMap properties,
                                   RelId* id) {
  if (done_) return Status::InvalidArgument("bulk load already finished");
  Relationship rel;
  rel.type = std::string(type);
  rel.start = start;
  rel.end = end;
  rel.properties = std::move(properties);
  // The start's labels are copied: LabelsOf may reuse its scratch for the end.
  std::vector<std::string> start_labels;
  const std::vector<std::string>* labels = nullptr;
  for (auto [node, which] : {std::pair{start, "start"}, {end, "end"}}) {
    Status s = LabelsOf(node, &labels);
    if (s.IsNotFound()) {
      return Status::Constraint(fmt::format("{} relationship: its {} node {} does not exist", type, which, node));
    }
    CG_RETURN_IF_ERROR(s);
    if (node == start && start_labels.empty()) start_labels = *labels;
  }
  CG_RETURN_IF_ERROR(PrepareRelationship(&rel, start_labels, *labels, graph_->options().enforce_ontology));
  rel.id = graph_->next_rel_++;
  pending_->Put(Column::kRelationships, keys::Id(rel.id), codec::EncodeRelationship(rel));
  pending_->Put(Column::kOutEdges, keys::Edge(start, type, end, rel.id));
  pending_->Put(Column::kInEdges, keys::Edge(end, type, start, rel.id));
  counts_.AddRelationship(type, +1);
  ++relationships_added_;
  if (id) *id = rel.id;
  return Status::OK();
}

Status BulkLoader::Finish() {
  if (done_) return Status::InvalidArgument("bulk load already finished");
  done_ = true;
  pending_->Put(Column::kMeta, std::string(storage::kMetaNextNode), std::to_string(graph_->next_node_.load()));
  pending_->Put(Column::kMeta, std::string(storage::kMetaNextRel), std::to_string(graph_->next_rel_.load()));
  existing_.reset();
  Status s = CommitCounts(
      *graph_->store_->NewSnapshot(), counts_,
      [&](std::string key, std::string value) { pending_->Put(Column::kMeta, key, value); },
      [](std::string) {});  // a load only adds: no count drops to zero
  if (s.ok()) {
    Graph::CommitScope publishing(graph_);
    s = graph_->store_->IngestSorted(pending_.get());
  }
  pending_.reset();
  lock_.unlock();
  return s;
}

}  // namespace cg::graph
