#include "graph/reader.h"

#include <algorithm>
#include <tuple>

#include "graph/codec.h"
#include "graph/index_catalog.h"
#include "graph/index_keys.h"
#include "graph/keys.h"
#include "graph/statistics.h"
#include "schema/normalize.h"
#include "storage/store.h"

namespace cg::graph {

using storage::Column;

bool Node::HasLabel(std::string_view label) const {
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

const Value* Node::Find(std::string_view key) const {
  auto it = properties.find(key);
  return it == properties.end() ? nullptr : &it->second;
}

const Value* Relationship::Find(std::string_view key) const {
  auto it = properties.find(key);
  return it == properties.end() ? nullptr : &it->second;
}

Status Reader::GetNode(NodeId id, Node* node) const {
  CG_RETURN_IF_ERROR(GetNodeRecord(id, node));
  return GetClaims(ClaimOn::kNode, id, &node->claims);
}

Status Reader::GetNodeRecord(NodeId id, Node* node) const {
  std::string bytes;
  Status s = view_->Get(Column::kNodes, keys::Id(id), &bytes);
  if (s.IsNotFound()) return Status::NotFound("node " + std::to_string(id));
  CG_RETURN_IF_ERROR(s);
  return codec::DecodeNode(bytes, id, node);
}

Status Reader::GetRelationship(RelId id, Relationship* rel) const {
  CG_RETURN_IF_ERROR(GetRelationshipRecord(id, rel));
  CG_RETURN_IF_ERROR(GetEvidence(id, &rel->evidence));
  return GetClaims(ClaimOn::kRelationship, id, &rel->claims);
}

Status Reader::GetRelationshipRecord(RelId id, Relationship* rel) const {
  std::string bytes;
  Status s = view_->Get(Column::kRelationships, keys::Id(id), &bytes);
  if (s.IsNotFound()) return Status::NotFound("relationship " + std::to_string(id));
  CG_RETURN_IF_ERROR(s);
  return codec::DecodeRelationship(bytes, id, rel);
}

namespace {

// Reads the record `id` of `column` and hands its bytes to `decode`.
template <typename Decode>
Status WithRecord(const storage::ReadView* view, Column column, uint64_t id, const char* what, Decode decode) {
  std::string bytes;
  Status s = view->Get(column, keys::Id(id), &bytes);
  if (s.IsNotFound()) return Status::NotFound(std::string(what) + " " + std::to_string(id));
  CG_RETURN_IF_ERROR(s);
  return decode(std::string_view(bytes));
}

}  // namespace

Status Reader::GetNodeProperty(NodeId id, std::string_view key, Value* value) const {
  return WithRecord(view_, Column::kNodes, id, "node",
                    [&](std::string_view bytes) { return codec::DecodeNodeProperty(bytes, key, value); });
}

Status Reader::GetNodeLabels(NodeId id, std::vector<std::string>* labels) const {
  return WithRecord(view_, Column::kNodes, id, "node",
                    [&](std::string_view bytes) { return codec::DecodeNodeLabels(bytes, labels); });
}

Status Reader::GetRelationshipProperty(RelId id, std::string_view key, Value* value) const {
  return WithRecord(view_, Column::kRelationships, id, "relationship",
                    [&](std::string_view bytes) { return codec::DecodeRelationshipProperty(bytes, key, value); });
}

Status Reader::GetRelationshipType(RelId id, std::string* type, NodeId* start, NodeId* end) const {
  return WithRecord(view_, Column::kRelationships, id, "relationship", [&](std::string_view bytes) {
    return codec::DecodeRelationshipHead(bytes, type, start, end);
  });
}

bool Reader::NodeExists(NodeId id) const {
  std::string bytes;
  return view_->Get(Column::kNodes, keys::Id(id), &bytes).ok();
}

bool Reader::RelationshipExists(RelId id) const {
  std::string bytes;
  return view_->Get(Column::kRelationships, keys::Id(id), &bytes).ok();
}

namespace {

// Calls fn(id) for the trailing or leading id of each key under `prefix`.
template <typename IdOf>
Status ScanIds(const storage::ReadView* view, Column column, std::string_view prefix, IdOf id_of,
               const std::function<bool(uint64_t)>& fn) {
  auto cursor = view->Scan(column, prefix);
  for (; cursor->Valid(); cursor->Next()) {
    if (!fn(id_of(cursor->key()))) break;
  }
  return cursor->status();
}

}  // namespace

Status Reader::ForEachNode(const NodeCallback& fn) const {
  return ScanIds(view_, Column::kNodes, "", keys::ReadId, fn);
}

Status Reader::ForEachRelationship(const RelCallback& fn) const {
  return ScanIds(view_, Column::kRelationships, "", keys::ReadId, fn);
}

Status Reader::ForEachEdge(NodeId node, Direction direction, std::string_view type, const EdgeCallback& fn) const {
  const std::string prefix = keys::EdgePrefix(node, type);
  auto scan = [&](Column column, bool outgoing) -> std::pair<Status, bool> {
    auto cursor = view_->Scan(column, prefix);
    keys::DecodedEdge decoded;
    for (; cursor->Valid(); cursor->Next()) {
      if (!keys::DecodeEdge(cursor->key(), &decoded)) {
        return {Status::Corruption("adjacency key of node " + std::to_string(node) + " is malformed"), false};
      }
      Edge edge;
      edge.rel = decoded.rel;
      edge.type = decoded.type;
      edge.outgoing = outgoing;
      edge.start = outgoing ? decoded.from : decoded.to;
      edge.end = outgoing ? decoded.to : decoded.from;
      if (!fn(edge)) return {Status::OK(), false};
    }
    return {cursor->status(), true};
  };
  if (direction != Direction::kIncoming) {
    auto [status, go_on] = scan(Column::kOutEdges, true);
    if (!status.ok() || !go_on) return status;
  }
  if (direction != Direction::kOutgoing) return scan(Column::kInEdges, false).first;
  return Status::OK();
}

Status Reader::ForEachNodeWithLabel(std::string_view label, const NodeCallback& fn) const {
  return ScanIds(view_, Column::kLabels, keys::LabelPrefix(label), keys::TrailingNode, fn);
}

bool Reader::IsIndexed(std::string_view key) {
  const auto& keys = IndexedKeys();
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

Status Reader::ForEachNodeWithProperty(std::string_view key, const Value& value, const NodeCallback& fn) const {
  if (!IsIndexed(key)) return Status::InvalidArgument("property '" + std::string(key) + "' is not indexed");
  if (value.is_null() || value.is_list()) return Status::OK();
  const std::string prefix = keys::PropertyPrefix(key, value);
  if ((key != "name" && key != "aliases") || !value.is_string()) {
    return ScanIds(view_, Column::kProperties, prefix, keys::TrailingNode, fn);
  }
  // The property index holds the scalars; the names index the list members
  // (index_entries.h), each checked against its record.
  std::vector<NodeId> ids;
  CG_RETURN_IF_ERROR(ScanIds(view_, Column::kProperties, prefix, keys::TrailingNode, [&](NodeId id) {
    ids.push_back(id);
    return true;
  }));
  Status read;
  CG_RETURN_IF_ERROR(ForEachNodeNamed(value.as_string(), [&](NodeId id) {
    Value held;
    read = GetNodeProperty(id, key, &held);
    if (!read.ok()) return false;
    if (held.is_list() && std::find(held.as_list().begin(), held.as_list().end(), value) != held.as_list().end()) {
      ids.push_back(id);
    }
    return true;
  }));
  CG_RETURN_IF_ERROR(read);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (NodeId id : ids) {
    if (!fn(id)) break;
  }
  return Status::OK();
}

Status Reader::GetCatalog(Catalog* catalog) const { return ReadCatalog(*view_, catalog); }

Status Reader::ForEachIndexedNode(const IndexDef& index, const IndexRange& range, const NodeCallback& fn) const {
  const std::string base = index_keys::IndexPrefix(index.name);
  if (range.prefix) return ScanIds(view_, Column::kProperties, base + index_keys::OrderedPrefix(*range.prefix),
                                   keys::TrailingNode, fn);
  std::optional<std::string> lower, upper;
  for (const auto& [bound, ordered, widen] : {std::tuple(&range.lower, &lower, '\x00'),
                                              std::tuple(&range.upper, &upper, '\xff')}) {
    if (!*bound) continue;
    *ordered = index_keys::OrderedValue(**bound);
    if (!*ordered) return Status::InvalidArgument("an index range bound must be a boolean, number, string or date");
    // A partial date's range covers every date of its year.
    if ((*bound)->is_date()) (*ordered)->replace(5, 2, 2, widen);
  }
  if (lower && upper && index_keys::TypeByte(*lower) != index_keys::TypeByte(*upper)) {
    return Status::InvalidArgument("index range bounds of different types");
  }
  const std::string type(1, index_keys::TypeByte(lower ? *lower : upper ? *upper : std::string()));
  if (!lower && !upper) return ScanIds(view_, Column::kProperties, base, keys::TrailingNode, fn);
  auto cursor = view_->ScanFrom(Column::kProperties, base + type, lower ? base + *lower : std::string());
  for (; cursor->Valid(); cursor->Next()) {
    const std::string_view key = cursor->key();
    if (upper && key.substr(base.size(), key.size() - base.size() - 8) > *upper) break;
    if (!fn(keys::TrailingNode(key))) break;
  }
  return cursor->status();
}

Status Reader::ForEachNodeNamed(std::string_view name, const NodeCallback& fn) const {
  const std::string normalized = NormalizeName(name);
  if (normalized.empty()) return Status::OK();
  return ScanIds(view_, Column::kNames, keys::NamePrefix(normalized), keys::TrailingNode, fn);
}

Status Reader::ForEachNameStartingWith(std::string_view normalized_prefix,
                                       const std::function<bool(std::string_view, NodeId)>& fn) const {
  auto cursor = view_->Scan(Column::kNames, normalized_prefix);
  for (; cursor->Valid(); cursor->Next()) {
    const std::string_view key = cursor->key();
    if (key.size() < 9) return Status::Corruption("name index key is too short");
    if (!fn(key.substr(0, key.size() - 9), keys::TrailingNode(key))) break;
  }
  return cursor->status();
}

Status Reader::CountLabels(std::vector<std::pair<std::string, uint64_t>>* out) const {
  const CountDeltas* pending = pending_counts();
  return ReadCounts(*view_, keys::kLabelCounts, pending ? &pending->labels : nullptr, out);
}

Status Reader::CountRelationshipTypes(std::vector<std::pair<std::string, uint64_t>>* out) const {
  const CountDeltas* pending = pending_counts();
  return ReadCounts(*view_, keys::kTypeCounts, pending ? &pending->types : nullptr, out);
}

Status Reader::CountPropertyKeys(std::vector<std::pair<std::string, uint64_t>>* out) const {
  const CountDeltas* pending = pending_counts();
  return ReadCounts(*view_, keys::kKeyCounts, pending ? &pending->keys : nullptr, out);
}

Status Reader::GetArticle(std::string_view id, Article* article) const {
  std::string bytes;
  Status s = view_->Get(Column::kArticles, id, &bytes);
  if (s.IsNotFound()) return Status::NotFound("article " + std::string(id));
  CG_RETURN_IF_ERROR(s);
  return codec::DecodeArticle(bytes, article);
}

Status Reader::ForEachArticle(const std::function<bool(const Article&)>& fn) const {
  auto cursor = view_->Scan(Column::kArticles, "");
  for (; cursor->Valid(); cursor->Next()) {
    Article article;
    CG_RETURN_IF_ERROR(codec::DecodeArticle(cursor->value(), &article));
    if (!fn(article)) break;
  }
  return cursor->status();
}

}  // namespace cg::graph
