#include "graph/index_entries.h"

#include <algorithm>
#include <vector>

#include "graph/codec.h"
#include "graph/index_keys.h"
#include "graph/keys.h"
#include "graph/reader.h"
#include "schema/normalize.h"
#include "storage/store.h"

namespace cg::graph {

namespace {

bool Indexed(std::string_view key, const Catalog* catalog) {
  return Reader::IsIndexed(key) || (catalog && catalog->Covers(key));
}

}  // namespace

IndexEntries IndexEntriesOf(const Node& node, const Catalog* catalog, bool memo) {
  IndexEntries entries;
  if (catalog) {
    for (const IndexDef& index : catalog->indexes()) {
      const Value* value = node.HasLabel(index.label) ? node.Find(index.key) : nullptr;
      const auto ordered = value ? index_keys::OrderedValue(*value) : std::nullopt;
      if (ordered) entries.properties.insert(index_keys::Entry(index.name, *ordered, node.id));
    }
  }
  for (const auto& label : node.labels) entries.labels.insert(keys::Label(label, node.id));
  auto add_value = [&](const std::string& key, const Value& value, bool member) {
    if (value.is_null() || value.is_list()) return;
    const std::string normalized = (key == "name" || key == "aliases") && value.is_string()
                                       ? (memo ? NormalizeNameMemo(value.as_string()) : NormalizeName(value.as_string()))
                                       : "";
    if (!normalized.empty()) entries.names.insert(keys::Name(normalized, node.id));
    if (!member || normalized.empty()) entries.properties.insert(keys::Property(key, value, node.id));
  };
  for (const auto& [key, value] : node.properties) {
    if (!Reader::IsIndexed(key)) continue;
    if (value.is_list()) {
      for (const auto& item : value.as_list()) add_value(key, item, true);
    } else {
      add_value(key, value, false);
    }
  }
  return entries;
}

std::optional<IndexEntries> AddedIndexEntries(const Node& before, const Node& after, const Catalog* catalog,
                                              bool memo) {
  if (before.id != after.id || (catalog && !catalog->empty())) return std::nullopt;
  Node added;
  added.id = after.id;
  for (const auto& label : before.labels) {
    if (!after.HasLabel(label)) return std::nullopt;
  }
  for (const auto& label : after.labels) {
    if (!before.HasLabel(label)) added.labels.push_back(label);
  }
  for (const auto& [key, value] : before.properties) {
    if (Reader::IsIndexed(key) && !after.Find(key)) return std::nullopt;
  }
  for (const auto& [key, value] : after.properties) {
    if (!Reader::IsIndexed(key)) continue;
    const Value* old = before.Find(key);
    if (!old) {
      added.properties.emplace(key, value);
    } else if (!(*old == value)) {
      if (!old->is_list() || !value.is_list() || old->as_list().size() > value.as_list().size() ||
          !std::equal(old->as_list().begin(), old->as_list().end(), value.as_list().begin())) {
        return std::nullopt;
      }
      added.properties.emplace(key, Value(ValueList(value.as_list().begin() + old->as_list().size(), value.as_list().end())));
    }
  }
  return IndexEntriesOf(added, nullptr, memo);
}

bool SameIndexEntries(const Node& a, const Node& b, const Catalog* catalog) {
  if (a.id != b.id || a.labels != b.labels) return false;
  auto indexed = [&](const Node& n) {
    std::vector<const std::pair<const std::string, Value>*> out;
    for (const auto& entry : n.properties) {
      if (Indexed(entry.first, catalog)) out.push_back(&entry);
    }
    return out;
  };
  const auto x = indexed(a), y = indexed(b);
  return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const auto* p, const auto* q) { return *p == *q; });
}

Status DeleteNamedMemberEntries(const storage::ReadView& view, storage::WriteBatchView* batch) {
  auto cursor = view.Scan(storage::Column::kNodes, "");
  for (; cursor->Valid(); cursor->Next()) {
    Node node;
    CG_RETURN_IF_ERROR(codec::DecodeNode(cursor->value(), keys::ReadId(cursor->key()), &node));
    for (const char* key : {"name", "aliases"}) {
      const Value* list = node.Find(key);
      if (!list || !list->is_list()) continue;
      for (const Value& item : list->as_list()) {
        if (item.is_string() && !NormalizeName(item.as_string()).empty()) {
          batch->Delete(storage::Column::kProperties, keys::Property(key, item, node.id));
        }
      }
    }
  }
  return cursor->status();
}

}  // namespace cg::graph
