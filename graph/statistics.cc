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

const std::string* KnownCounts::Find(std::string_view family) const {
  auto it = families_.find(family);
  return it == families_.end() ? nullptr : &it->second;
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

using Family = std::map<std::string, int64_t, std::less<>>;

// A family's value (statistics.h): name 0x00 count(8) for each count that
// is not zero, in the order given (name order).
template <typename NameCounts>
std::string Encode(const NameCounts& counts) {
  std::string value;
  for (const auto& [name, count] : counts) {
    if (count == 0) continue;
    value.append(name).push_back('\0');
    keys::AppendId(&value, static_cast<uint64_t>(count));
  }
  return value;
}

Status DecodeFamily(std::string_view family, std::string_view bytes, Family* out) {
  out->clear();
  while (!bytes.empty()) {
    const size_t end = bytes.find('\0');
    if (end == std::string_view::npos || bytes.size() < end + 9) {
      return Status::Corruption(fmt::format("statistics '{}' end in a malformed entry", family));
    }
    out->emplace(std::string(bytes.substr(0, end)), static_cast<int64_t>(keys::ReadId(bytes.substr(end + 1))));
    bytes.remove_prefix(end + 9);
  }
  return Status::OK();
}

Status ReadFamily(const storage::ReadView& view, std::string_view family, Family* out) {
  std::string bytes;
  Status s = view.Get(Column::kMeta, family, &bytes);
  if (s.IsNotFound()) bytes.clear();
  else CG_RETURN_IF_ERROR(s);
  return DecodeFamily(family, bytes, out);
}

Status CommitFamily(const storage::ReadView& view, const KnownCounts* known, std::string_view family,
                    const std::map<std::string, int64_t, std::less<>>& deltas,
                    const std::function<void(std::string, std::string)>& put,
                    const std::function<void(std::string)>& erase) {
  if (std::all_of(deltas.begin(), deltas.end(), [](const auto& d) { return d.second == 0; })) return Status::OK();
  Family counts;
  if (const std::string* value = known ? known->Find(family) : nullptr) {
    CG_RETURN_IF_ERROR(DecodeFamily(family, *value, &counts));
  } else {
    CG_RETURN_IF_ERROR(ReadFamily(view, family, &counts));
  }
  for (const auto& [name, delta] : deltas) {
    if (delta == 0) continue;
    int64_t& count = counts[name];
    if (count + delta < 0) {
      return Status::Corruption(fmt::format("statistics counter '{}' of '{}' would drop below zero ({} {:+})", name,
                                            family, count, delta));
    }
    count += delta;
  }
  std::string value = Encode(counts);
  if (value.empty()) {
    erase(std::string(family));
  } else {
    put(std::string(family), std::move(value));
  }
  return Status::OK();
}

// Versions 2 to 7 kept one counter per name under `prefix`: reads them into
// `out` and deletes them into `batch`.
Status TakeNameCounters(const storage::ReadView& view, std::string_view prefix, storage::WriteBatchView* batch,
                        Counts* out) {
  out->clear();
  auto cursor = view.Scan(Column::kMeta, prefix);
  for (; cursor->Valid(); cursor->Next()) {
    if (cursor->value().size() != 8) {
      return Status::Corruption(fmt::format("statistics counter '{}' is {} bytes, expected 8", cursor->key(),
                                            cursor->value().size()));
    }
    out->emplace_back(std::string(cursor->key().substr(prefix.size())), keys::ReadId(cursor->value()));
    batch->Delete(Column::kMeta, cursor->key());
  }
  return cursor->status();
}

}  // namespace

std::string EncodeCounts(const Counts& counts) { return Encode(counts); }

Status ReadCounts(const storage::ReadView& view, std::string_view family,
                  const std::map<std::string, int64_t, std::less<>>* pending, Counts* out) {
  Family counts;
  CG_RETURN_IF_ERROR(ReadFamily(view, family, &counts));
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
  CG_RETURN_IF_ERROR(CommitFamily(view, known, keys::kLabelCounts, deltas.labels, put, erase));
  CG_RETURN_IF_ERROR(CommitFamily(view, known, keys::kTypeCounts, deltas.types, put, erase));
  return CommitFamily(view, known, keys::kKeyCounts, deltas.keys, put, erase);
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

Status UpgradeCounters(const storage::ReadView& view, uint32_t from, storage::WriteBatchView* batch) {
  Counts labels, types, property_keys;
  CG_RETURN_IF_ERROR(TakeNameCounters(view, "count/label/", batch, &labels));
  CG_RETURN_IF_ERROR(TakeNameCounters(view, "count/type/", batch, &types));
  CG_RETURN_IF_ERROR(TakeNameCounters(view, "count/key/", batch, &property_keys));
  if (from < 2) CG_RETURN_IF_ERROR(ScanCounts(view, &labels, &types));
  if (from < 6) CG_RETURN_IF_ERROR(ScanPropertyKeyCounts(view, &property_keys));
  for (const auto& [family, counts] : {std::pair(keys::kLabelCounts, &labels), std::pair(keys::kTypeCounts, &types),
                                       std::pair(keys::kKeyCounts, &property_keys)}) {
    if (!counts->empty()) batch->Put(Column::kMeta, family, EncodeCounts(*counts));
  }
  return Status::OK();
}

}  // namespace cg::graph
