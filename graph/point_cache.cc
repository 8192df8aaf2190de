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

size_t PointCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  size_t total = 0;
  for (const auto& [key, slot] : indexes_) total += slot.built ? slot.built->bytes() : 0;
  for (const auto& [label, slot] : labels_) total += slot.built ? slot.built->bytes() : 0;
  return total;
}

// Graph's accessors (graph.h), here with the caches they fill.

namespace {

void Seal(PointIndex* index) { index->Seal(); }
void Seal(LabelSet*) {}

// (cache->*get)(state, name, ...) with a build that fills a new T from the
// snapshot of `state` (snapshot(&own); none: nothing built); null when the
// state is not named.
template <typename T, typename Get, typename Snapshot, typename Fill>
Status Cached(PointCache* cache, Get get, bool named, uint64_t state, std::string_view name, const Snapshot& snapshot,
              const Fill& fill, std::shared_ptr<const T>* out) {
  out->reset();
  if (!named) return Status::OK();
  return (cache->*get)(state, name, [&](std::shared_ptr<const T>* built) {
    std::unique_ptr<ReadTxn> own;
    const ReadTxn* source = snapshot(&own);
    if (!source) return Status::OK();
    auto made = std::make_shared<T>();
    CG_RETURN_IF_ERROR(fill(*source, made.get()));
    Seal(made.get());
    *built = std::move(made);
    return Status::OK();
  }, out);
}

}  // namespace

Status Graph::PointIndexFor(const Reader& reader, std::string_view key,
                            std::shared_ptr<const PointIndex>* out) const {
  const uint64_t state = StateOf(reader);
  auto snapshot = [&](std::unique_ptr<ReadTxn>* own) { return SnapshotOf(reader, state, own); };
  const bool named = state != ReadTxn::kUnknownState && Reader::IsIndexed(key);
  auto fill = [&](const ReadTxn& source, PointIndex* index) {
    const std::string prefix = std::string(key) + '\0';
    auto entries = source.snapshot_->Scan(storage::Column::kProperties, prefix);
    for (; entries->Valid(); entries->Next()) {
      const std::string_view entry = entries->key();
      if (entry.size() < prefix.size() + 8) return Status::Corruption("property index key is too short");
      index->Add(entry.substr(prefix.size(), entry.size() - prefix.size() - 8), keys::TrailingNode(entry));
    }
    return entries->status();
  };
  return Cached(&point_cache_, &PointCache::Index, named, state, key, snapshot, fill, out);
}

Status Graph::LabelSetFor(const Reader& reader, std::string_view label, std::shared_ptr<const LabelSet>* out) const {
  const uint64_t state = StateOf(reader);
  auto snapshot = [&](std::unique_ptr<ReadTxn>* own) { return SnapshotOf(reader, state, own); };
  return Cached(&point_cache_, &PointCache::Labels, state != ReadTxn::kUnknownState, state, label, snapshot,
                [&](const ReadTxn& source, LabelSet* set) {
                  return source.ForEachNodeWithLabel(label, [&](NodeId id) {
                    set->Add(id);
                    return true;
                  });
                }, out);
}

}  // namespace cg::graph
