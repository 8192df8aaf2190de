// PointCache: a Graph's point-lookup caches (point_index.h) of its newest
// committed state: one PointIndex per indexed property key and one LabelSet
// per label, each built once lookups of it in that state pass kBuildAfter
// (so a one-shot query never pays a build; a long-running process that
// looks up many values does, once per state). A commit makes the next
// reader's state a new one: the first lookup in it drops every cache of the
// older state, so nothing is ever stale, and the caches are built again
// only if lookups in the new state pay for it. Held memory is bounded by
// one copy of the property index's entries for name, aliases and id, and
// one bit per node id and label in use (bytes()). Thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "graph/point_index.h"
#include "schema/status.h"

namespace cg::graph {

class PointCache {
 public:
  // Lookups of one key (or label) in one state before its cache is built.
  static constexpr uint32_t kBuildAfter = 128;

  template <typename T>
  using Build = std::function<Status(std::shared_ptr<const T>*)>;
  // The cache of `name` at `state`, counting one lookup; `build` runs (under
  // the cache's lock) on the lookup that reaches kBuildAfter and may leave
  // it null (no snapshot of `state` at hand: tried again on the next
  // lookup). Null until built, and for a state older than the newest seen.
  Status Index(uint64_t state, std::string_view key, const Build<PointIndex>& build,
               std::shared_ptr<const PointIndex>* out);
  Status Labels(uint64_t state, std::string_view label, const Build<LabelSet>& build,
                std::shared_ptr<const LabelSet>* out);

  // Bytes the built caches of the current state hold.
  size_t bytes() const;

 private:
  template <typename T>
  struct Slot {
    uint32_t lookups = 0;
    std::shared_ptr<const T> built;
  };
  template <typename T>
  using Slots = std::map<std::string, Slot<T>, std::less<>>;
  template <typename T>
  Status Lookup(uint64_t state, std::string_view name, uint32_t build_after, Slots<T>* slots, const Build<T>& build,
                std::shared_ptr<const T>* out);

  mutable std::mutex mu_;
  uint64_t state_ = 0;
  Slots<PointIndex> indexes_;
  Slots<LabelSet> labels_;
};

}  // namespace cg::graph
