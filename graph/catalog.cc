#include "graph/catalog.h"

#include <algorithm>

#include "storage/store.h"

namespace cg::graph {

const IndexDef* Catalog::Find(std::string_view name) const {
  for (const IndexDef& i : indexes_) {
    if (i.name == name) return &i;
  }
  return nullptr;
}

const IndexDef* Catalog::On(std::string_view label, std::string_view key) const {
  for (const IndexDef& i : indexes_) {
    if (i.label == label && i.key == key) return &i;
  }
  return nullptr;
}

bool Catalog::Covers(std::string_view key) const {
  return std::any_of(indexes_.begin(), indexes_.end(), [&](const IndexDef& i) { return i.key == key; });
}

void Catalog::Add(IndexDef index) {
  auto at = std::lower_bound(indexes_.begin(), indexes_.end(), index.name,
                             [](const IndexDef& i, const std::string& name) { return i.name < name; });
  indexes_.insert(at, std::move(index));
}

void Catalog::Remove(std::string_view name) {
  std::erase_if(indexes_, [&](const IndexDef& i) { return i.name == name; });
}

std::string Catalog::Fingerprint() const {
  std::string out;
  for (const IndexDef& i : indexes_) out.append(MetaKey(i.name)).append(1, '\0').append(MetaValue(i)).append(1, '\n');
  return out;
}

std::string Catalog::MetaKey(std::string_view name) { return std::string(kMetaPrefix).append(name); }

std::string Catalog::MetaValue(const IndexDef& index) {
  std::string out = index.label;
  out.push_back('\0');
  out.append(index.key);
  out.push_back('\0');
  out.append(index.unique ? "UNIQUE" : "RANGE");
  return out;
}

Status Catalog::Decode(std::string_view meta_key, std::string_view meta_value, IndexDef* index) {
  const size_t first = meta_value.find('\0');
  const size_t second = first == std::string_view::npos ? first : meta_value.find('\0', first + 1);
  const std::string_view kind = second == std::string_view::npos ? "" : meta_value.substr(second + 1);
  if (!meta_key.starts_with(kMetaPrefix) || (kind != "RANGE" && kind != "UNIQUE")) {
    return Status::Corruption("catalog entry '" + std::string(meta_key) + "' is malformed");
  }
  index->name = std::string(meta_key.substr(kMetaPrefix.size()));
  index->label = std::string(meta_value.substr(0, first));
  index->key = std::string(meta_value.substr(first + 1, second - first - 1));
  index->unique = kind == "UNIQUE";
  return Status::OK();
}

Status ReadCatalog(const storage::ReadView& view, Catalog* catalog) {
  *catalog = Catalog();
  auto cursor = view.Scan(storage::Column::kMeta, Catalog::kMetaPrefix);
  for (; cursor->Valid(); cursor->Next()) {
    IndexDef index;
    CG_RETURN_IF_ERROR(Catalog::Decode(cursor->key(), cursor->value(), &index));
    catalog->Add(std::move(index));
  }
  return cursor->status();
}

}  // namespace cg::graph
