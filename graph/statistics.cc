#include "graph/statistics.h"

#include <algorithm>

#include <fmt/format.h>

#include "graph/codec.h"
#include "graph/keys.h"
#include "storage/store.h"

namespace cg::graph {

using storage::Column;

void CountDeltas::Add(std::map<std::string, int64_t, std::less<>>* counts, std::string_view name, int64_t sign) {
  auto it = counts->find(name);
  if (it == counts->end()) it = counts->emplace(std::string(name), 0).first;
  it->second += sign;
}

const uint64_t* KnownCounts::Find(const std::string& key) const {
  auto it = counts_.find(key);
  return it == counts_.end() ? nullptr : &it->second;
}

void KnownCounts::Note(const std::string& key, uint64_t count) {
  if (counts_.size() >= kMaxKeys && !counts_.count(key)) counts_.clear();
  counts_[key] = count;
}

void CountDeltas::AddProperties(const PropertyMap& properties, int64_t sign) {
  for (const auto& [key, value] : properties) Add(&keys, key, sign);
}

CountDeltas& CountDeltas::operator+=(const CountDeltas& other) {
  for (const auto& [label, n] : other.labels) Add(&labels, label, n);
  for (const auto& [type, n] : other.types) Add(&types, type, n);
  for (const auto& [key, n] : other.keys) Add(&keys, key, n);
  return *this;
}

void CountDeltas::AddNode(const std::vector<std::string>& node_labels, int64_t sign) {
  for (size_t i = 0; i < node_labels.size(); ++i) {
    const bool repeated = std::find(node_labels.begin(), node_labels.begin() + i, node_labels[i]) !=
                          node_labels.begin() + i;
    if (!repeated) Add(&labels, node_labels[i], sign);
  }
}

namespace {

Status DecodeCount(std::string_view key, std::string_view bytes, uint64_t* count) {
  if (bytes.size() != 8) {
    return Status::Corruption(fmt::format("statistics counter '{}' is {} bytes, expected 8", key, bytes.size()));
  }
  *count = keys::ReadId(bytes);
  return Status::OK();
}

Status CommitFamily(const storage::ReadView& view, const KnownCounts* known, std::string_view prefix,
                    const std::map<std::string, int64_t, std::less<>>& deltas,
                    const std::function<void(std::string, std::string)>& put,
                    const std::function<void(std::string)>& erase) {
  for (const auto& [name, delta] : deltas) {
    if (delta == 0) continue;
    std::string key = std::string(prefix).append(name);
    uint64_t stored = 0;
    if (const uint64_t* count = known ? known->Find(key) : nullptr) {
      stored = *count;
    } else {
      std::string bytes;
      Status s = view.Get(Column::kMeta, key, &bytes);
      if (s.ok()) {
        CG_RETURN_IF_ERROR(DecodeCount(key, bytes, &stored));
      } else if (!s.IsNotFound()) {
        return s;
      }
    }
    const int64_t count = static_cast<int64_t>(stored) + delta;
    if (count < 0) {
      return Status::Corruption(fmt::format("statistics counter '{}' would drop below zero ({} {:+})", key, stored,
                                            delta));
    }
    if (count == 0) {
      erase(std::move(key));
    } else {
      put(std::move(key), keys::Id(static_cast<uint64_t>(count)));
    }
  }
  return Status::OK();
}

}  // namespace

Status ReadCounts(const storage::ReadView& view, std::string_view prefix,
                  const std::map<std::string, int64_t, std::less<>>* pending, Counts* out) {
  std::map<std::string, int64_t, std::less<>> counts;
  auto cursor = view.Scan(Column::kMeta, prefix);
  for (; cursor->Valid(); cursor->Next()) {
    uint64_t count = 0;
    CG_RETURN_IF_ERROR(DecodeCount(cursor->key(), cursor->value(), &count));
    counts.emplace(std::string(cursor->key().substr(prefix.size())), static_cast<int64_t>(count));
  }
  CG_RETURN_IF_ERROR(cursor->status());
  if (pending) {
    for (const auto& [name, delta] : *pending) CountDeltas::Add(&counts, name, delta);
  }
  out->clear();
  for (const auto& [name, count] : counts) {
    if (count > 0) out->emplace_back(name, static_cast<uint64_t>(count));
  }
  return Status::OK();
}

Status CommitCounts(const storage::ReadView& view, const CountDeltas& deltas, const KnownCounts* known,
                    const std::function<void(std::string key, std::string value)>& put,
                    const std::function<void(std::string key)>& erase) {
  CG_RETURN_IF_ERROR(CommitFamily(view, known, keys::kLabelCountPrefix, deltas.labels, put, erase));
  CG_RETURN_IF_ERROR(CommitFamily(view, known, keys::kTypeCountPrefix, deltas.types, put, erase));
  return CommitFamily(view, known, keys::kKeyCountPrefix, deltas.keys, put, erase);
}

Status ScanCounts(const storage::ReadView& view, Counts* labels, Counts* types) {
  labels->clear();
  types->clear();
  // Keys come in order, so equal names are adjacent.
  auto bump = [](Counts* counts, std::string_view name) {
    if (counts->empty() || counts->back().first != name) counts->emplace_back(std::string(name), 0);
    ++counts->back().second;
  };
  auto label_cursor = view.Scan(Column::kLabels, "");
  for (; label_cursor->Valid(); label_cursor->Next()) {
    const std::string_view key = label_cursor->key();
    if (key.size() < 9) return Status::Corruption("label index key is shorter than 9 bytes");
    bump(labels, key.substr(0, key.size() - 9));
  }
  CG_RETURN_IF_ERROR(label_cursor->status());
  std::map<std::string, uint64_t, std::less<>> by_type;
  auto edge_cursor = view.Scan(Column::kOutEdges, "");
  keys::DecodedEdge decoded;
  for (; edge_cursor->Valid(); edge_cursor->Next()) {
    if (!keys::DecodeEdge(edge_cursor->key(), &decoded)) return Status::Corruption("malformed adjacency key");
    auto it = by_type.find(decoded.type);
    if (it == by_type.end()) it = by_type.emplace(std::string(decoded.type), 0).first;
    ++it->second;
  }
  types->assign(by_type.begin(), by_type.end());
  return edge_cursor->status();
}

Status ScanPropertyKeyCounts(const storage::ReadView& view, Counts* keys) {
  std::map<std::string, uint64_t, std::less<>> counts;
  auto add = [&](const PropertyMap& properties) {
    for (const auto& [key, value] : properties) {
      auto it = counts.find(key);
      if (it == counts.end()) it = counts.emplace(key, 0).first;
      ++it->second;
    }
  };
  auto nodes = view.Scan(Column::kNodes, "");
  for (; nodes->Valid(); nodes->Next()) {
    Node node;
    CG_RETURN_IF_ERROR(codec::DecodeNode(nodes->value(), keys::ReadId(nodes->key()), &node));
    add(node.properties);
  }
  CG_RETURN_IF_ERROR(nodes->status());
  auto rels = view.Scan(Column::kRelationships, "");
  for (; rels->Valid(); rels->Next()) {
    Relationship rel;
    CG_RETURN_IF_ERROR(codec::DecodeRelationship(rels->value(), keys::ReadId(rels->key()), &rel));
    add(rel.properties);
  }
  CG_RETURN_IF_ERROR(rels->status());
  keys->assign(counts.begin(), counts.end());
  return Status::OK();
}

Status UpgradeStatistics(const storage::ReadView& view, storage::WriteBatchView* batch) {
  Counts labels, types;
  CG_RETURN_IF_ERROR(ScanCounts(view, &labels, &types));
  for (const auto& [label, count] : labels) batch->Put(Column::kMeta, keys::LabelCount(label), keys::Id(count));
  for (const auto& [type, count] : types) batch->Put(Column::kMeta, keys::TypeCount(type), keys::Id(count));
  return Status::OK();
}

Status UpgradePropertyKeyCounts(const storage::ReadView& view, storage::WriteBatchView* batch) {
  Counts counts;
  CG_RETURN_IF_ERROR(ScanPropertyKeyCounts(view, &counts));
  for (const auto& [key, count] : counts) batch->Put(Column::kMeta, keys::KeyCount(key), keys::Id(count));
  return Status::OK();
}

}  // namespace cg::graph
