// WriteTxn's part for the user's indexes (catalog.h): creating and
// dropping them, and checking uniqueness constraints at commit.
#include <map>

#include <fmt/format.h>

#include "graph/index_keys.h"
#include "graph/keys.h"
#include "graph/write_txn.h"
#include "storage/store.h"

namespace cg::graph {

using storage::Column;

namespace {

// Cypher equality of two indexed values (1 equals 1.0).
bool SameValue(const Value& a, const Value& b) {
  if (a.is_int() && b.is_float()) return SameValue(b, a);
  if (a.is_float() && b.is_int()) {
    const double d = a.as_float();
    return d == static_cast<double>(b.as_int()) && d >= -0x1p63 && d < 0x1p63 && static_cast<int64_t>(d) == b.as_int();
  }
  return a == b;
}

std::string Shown(const Value& v) { return v.is_string() ? "'" + v.as_string() + "'" : v.ToString(); }

Status Duplicate(const IndexDef& index, NodeId a, NodeId b, const Value& value, bool creating) {
  if (creating) {
    return Status::Constraint(fmt::format(
        "cannot create uniqueness constraint {}: Node({}) and Node({}) both have label `{}` and property `{}` = {}",
        index.name, a, b, index.label, index.key, Shown(value)));
  }
  return Status::Constraint(fmt::format("Node({}) already exists with label `{}` and property `{}` = {} (constraint {})",
                                        a, index.label, index.key, Shown(value), index.name));
}

Status Unindexable(const IndexDef& index, NodeId node, bool creating) {
  return Status::Constraint(fmt::format(
      "{}Node({}) with label `{}` holds a list in property `{}`, which uniqueness constraint {} cannot check (it "
      "takes booleans, numbers, strings and dates)",
      creating ? "cannot create uniqueness constraint " + index.name + ": " : "", node, index.label, index.key,
      index.name));
}

// The first two nodes of `nodes` (id, value) whose values are equal, else
// nullopt.
std::optional<std::pair<size_t, size_t>> EqualPair(const std::vector<std::pair<NodeId, Value>>& nodes) {
  for (size_t i = 0; i < nodes.size(); ++i) {
    for (size_t j = i + 1; j < nodes.size(); ++j) {
      if (SameValue(nodes[i].second, nodes[j].second)) return std::pair(i, j);
    }
  }
  return std::nullopt;
}

bool ValidName(std::string_view name) { return !name.empty() && name.find('\0') == std::string_view::npos; }

}  // namespace

Status WriteTxn::CreateIndex(const IndexDef& index) {
  if (!ValidName(index.name) || !ValidName(index.label) || !ValidName(index.key)) {
    return Status::InvalidArgument("an index's name, label and key must be non-empty and hold no NUL byte");
  }
  if (const IndexDef* taken = catalog_.Find(index.name)) {
    return Status::InvalidArgument(fmt::format("an {} named {} already exists",
                                               taken->unique ? "constraint" : "index", index.name));
  }
  if (const IndexDef* covering = catalog_.On(index.label, index.key)) {
    return Status::InvalidArgument(fmt::format("{} {} already indexes (:{}).{}", covering->unique ? "constraint" : "index",
                                               covering->name, index.label, index.key));
  }
  // Every entry first, so that a duplicate fails before anything is written.
  std::map<std::string, std::vector<std::pair<NodeId, Value>>> by_value;
  Status read;
  CG_RETURN_IF_ERROR(ForEachNodeWithLabel(index.label, [&](NodeId id) {
    Value value;
    read = GetNodeProperty(id, index.key, &value);
    if (!read.ok()) return false;
    if (auto ordered = index_keys::OrderedValue(value)) {
      by_value[*ordered].emplace_back(id, std::move(value));
    } else if (index.unique && !value.is_null()) {
      read = Unindexable(index, id, true);
      return false;
    }
    return true;
  }));
  CG_RETURN_IF_ERROR(read);
  if (index.unique) {
    for (const auto& [ordered, nodes] : by_value) {
      if (auto pair = EqualPair(nodes)) {
        return Duplicate(index, nodes[pair->first].first, nodes[pair->second].first, nodes[pair->first].second, true);
      }
    }
  }
  batch_->Put(Column::kMeta, Catalog::MetaKey(index.name), Catalog::MetaValue(index));
  for (const auto& [ordered, nodes] : by_value) {
    for (const auto& [id, value] : nodes) batch_->Put(Column::kProperties, index_keys::Entry(index.name, ordered, id), "");
  }
  catalog_.Add(index);
  return Status::OK();
}

Status WriteTxn::DropIndex(std::string_view name) {
  const IndexDef* index = catalog_.Find(name);
  if (!index) return Status::NotFound(fmt::format("there is no index or constraint named {}", name));
  std::vector<std::string> entries;
  auto cursor = view_->Scan(Column::kProperties, index_keys::IndexPrefix(name));
  for (; cursor->Valid(); cursor->Next()) entries.emplace_back(cursor->key());
  CG_RETURN_IF_ERROR(cursor->status());
  for (const std::string& key : entries) batch_->Delete(Column::kProperties, key);
  batch_->Delete(Column::kMeta, Catalog::MetaKey(name));
  catalog_.Remove(name);
  return Status::OK();
}

void WriteTxn::NoteUniqueEntries(const Node& node, const std::set<std::string>& before,
                                 const std::set<std::string>& after) {
  for (const IndexDef& index : catalog_.indexes()) {
    const Value* value = index.unique && node.HasLabel(index.label) ? node.Find(index.key) : nullptr;
    if (value && !index_keys::OrderedValue(*value)) unique_unindexed_.emplace(index.name, node.id);
  }
  for (const std::string& key : after) {
    if (key.empty() || key[0] != '\0' || before.count(key)) continue;
    const std::string_view name = std::string_view(key).substr(1, key.find('\0', 1) - 1);
    const IndexDef* index = catalog_.Find(name);
    if (index && index->unique) unique_values_.insert(key.substr(0, key.size() - 8));
  }
}

Status WriteTxn::CheckUnique() const {
  for (const auto& [name, id] : unique_unindexed_) {
    const IndexDef* index = catalog_.Find(name);
    Node node;
    if (!index || !GetNodeRecord(id, &node).ok() || !node.HasLabel(index->label)) continue;
    const Value* value = node.Find(index->key);
    if (value && !index_keys::OrderedValue(*value)) return Unindexable(*index, id, false);
  }
  for (const std::string& prefix : unique_values_) {
    const std::string_view name = std::string_view(prefix).substr(1, prefix.find('\0', 1) - 1);
    const IndexDef* index = catalog_.Find(name);
    if (!index) continue;  // dropped since
    std::vector<std::pair<NodeId, Value>> nodes;
    auto cursor = view_->Scan(Column::kProperties, prefix);
    for (; cursor->Valid(); cursor->Next()) {
      if (cursor->key().size() != prefix.size() + 8) continue;
      Value value;
      CG_RETURN_IF_ERROR(GetNodeProperty(keys::TrailingNode(cursor->key()), index->key, &value));
      nodes.emplace_back(keys::TrailingNode(cursor->key()), std::move(value));
    }
    CG_RETURN_IF_ERROR(cursor->status());
    if (auto pair = EqualPair(nodes)) {
      return Duplicate(*index, nodes[pair->first].first, nodes[pair->second].first, nodes[pair->first].second, false);
    }
  }
  return Status::OK();
}

}  // namespace cg::graph
