#include "graph/point_cache.h"

#include "graph/codec.h"
#include "graph/graph.h"
#include "graph/keys.h"
#include "storage/store.h"

namespace cg::graph {

template <typename T>
Status PointCache::Lookup(uint64_t state, std::string_view name, uint32_t build_after, Slots<T>* slots,
                          const Build<T>& build, std::shared_ptr<const T>* out) {
  out->reset();
  std::lock_guard<std::mutex> lock(mu_);
  if (state < state_) return Status::OK();
  if (state > state_) {
    indexes_.clear();
    labels_.clear();
    columns_.clear();
    state_ = state;
  }
  auto it = slots->find(name);
  if (it == slots->end()) it = slots->emplace(std::string(name), Slot<T>()).first;
  Slot<T>& slot = it->second;
  if (!slot.built && ++slot.lookups >= build_after) CG_RETURN_IF_ERROR(build(&slot.built));
  *out = slot.built;
  return Status::OK();
}

Status PointCache::Index(uint64_t state, std::string_view key, const Build<PointIndex>& build,
                         std::shared_ptr<const PointIndex>* out) {
  return Lookup(state, key, kBuildAfter, &indexes_, build, out);
}

Status PointCache::Labels(uint64_t state, std::string_view label, const Build<LabelSet>& build,
                          std::shared_ptr<const LabelSet>* out) {
  return Lookup(state, label, kBuildAfter, &labels_, build, out);
}

Status PointCache::Column(uint64_t state, std::string_view key, const Build<PropertyColumn>& build,
                          std::shared_ptr<const PropertyColumn>* out) {
  return Lookup(state, key, kColumnAfter, &columns_, build, out);
}

size_t PointCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  size_t total = 0;
  for (const auto& [key, slot] : indexes_) total += slot.built ? slot.built->bytes() : 0;
  for (const auto& [label, slot] : labels_) total += slot.built ? slot.built->bytes() : 0;
  for (const auto& [key, slot] : columns_) total += slot.built ? slot.built->bytes() : 0;
  return total;
}

// Graph's accessors (graph.h), here with the caches they fill.

Status Graph::PointIndexFor(const Reader& reader, std::string_view key,
                            std::shared_ptr<const PointIndex>* out) const {
  out->reset();
  const uint64_t state = StateOf(reader);
  if (state == ReadTxn::kUnknownState || !Reader::IsIndexed(key)) return Status::OK();
  return point_cache_.Index(state, key, [&](std::shared_ptr<const PointIndex>* built) {
    std::unique_ptr<ReadTxn> own;
    const ReadTxn* source = SnapshotOf(reader, state, &own);
    if (!source) return Status::OK();
    auto index = std::make_shared<PointIndex>();
    std::string prefix(key);
    prefix.push_back('\0');
    auto entries = source->snapshot_->Scan(storage::Column::kProperties, prefix);
    for (; entries->Valid(); entries->Next()) {
      const std::string_view entry = entries->key();
      if (entry.size() < prefix.size() + 8) return Status::Corruption("property index key is too short");
      index->Add(entry.substr(prefix.size(), entry.size() - prefix.size() - 8), keys::TrailingNode(entry));
    }
    CG_RETURN_IF_ERROR(entries->status());
    index->Seal();
    *built = std::move(index);
    return Status::OK();
  }, out);
}

Status Graph::LabelSetFor(const Reader& reader, std::string_view label, std::shared_ptr<const LabelSet>* out) const {
  out->reset();
  const uint64_t state = StateOf(reader);
  if (state == ReadTxn::kUnknownState) return Status::OK();
  return point_cache_.Labels(state, label, [&](std::shared_ptr<const LabelSet>* built) {
    std::unique_ptr<ReadTxn> own;
    const ReadTxn* source = SnapshotOf(reader, state, &own);
    if (!source) return Status::OK();
    auto set = std::make_shared<LabelSet>();
    CG_RETURN_IF_ERROR(source->ForEachNodeWithLabel(label, [&](NodeId id) {
      set->Add(id);
      return true;
    }));
    *built = std::move(set);
    return Status::OK();
  }, out);
}

Status Graph::PropertyColumnFor(const Reader& reader, std::string_view key,
                               std::shared_ptr<const PropertyColumn>* out) const {
  out->reset();
  const uint64_t state = StateOf(reader);
  if (state == ReadTxn::kUnknownState) return Status::OK();
  return point_cache_.Column(state, key, [&](std::shared_ptr<const PropertyColumn>* built) {
    std::unique_ptr<ReadTxn> own;
    const ReadTxn* source = SnapshotOf(reader, state, &own);
    if (!source) return Status::OK();
    auto column = std::make_shared<PropertyColumn>();
    auto nodes = source->snapshot_->Scan(storage::Column::kNodes, "");
    for (; nodes->Valid(); nodes->Next()) {
      Value value;
      CG_RETURN_IF_ERROR(codec::DecodeNodeProperty(nodes->value(), key, &value));
      column->Add(keys::ReadId(nodes->key()), value);
    }
    CG_RETURN_IF_ERROR(nodes->status());
    column->Seal();
    *built = std::move(column);
    return Status::OK();
  }, out);
}

size_t Graph::PointCacheBytes() const { return point_cache_.bytes(); }

}  // namespace cg::graph
