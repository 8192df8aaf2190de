// ExecContext: what operators and expressions run against: the
// transaction, the parameters, the memory budget, the work bound and the
// cancel flag, the day the query sees the graph as of, the side-effect
// counters and (for PROFILE) per-operator statistics.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "graph/graph.h"
#include "graph/reader.h"
#include "graph/write_txn.h"
#include "query/execution/as_of.h"
#include "query/function/functions.h"
#include "query/execution/memory.h"
#include "query/execution/property_columns.h"
#include "query/execution/regex.h"
#include "query/planner/plan.h"
#include "query/value.h"

namespace cg::query::execution {

using Row = std::vector<Value>;

struct Limits {
  // Most bytes the query's pipeline breakers and big collections may hold
  // (memory.h); more fails the query with MemoryLimitExceeded.
  size_t memory_limit = kDefaultMemoryLimit;
  // Most relationships variable-length and shortest-path searches may
  // traverse for one query (a bound on path enumeration work, which can
  // grow exponentially without holding memory).
  size_t max_expansions = 20'000'000;
};

// Counters of what a query changed (Neo4j-style update counts).
struct Stats {
  int64_t nodes_created = 0, nodes_deleted = 0;
  int64_t relationships_created = 0, relationships_deleted = 0;
  int64_t properties_set = 0;
  int64_t labels_added = 0, labels_removed = 0;
  int64_t indexes_added = 0, indexes_removed = 0;
  int64_t constraints_added = 0, constraints_removed = 0;
};

struct OperatorProfile {
  uint64_t rows = 0;
  std::chrono::nanoseconds time{0};
};

class ExecContext : public function::EntityReader {
 public:
  ExecContext(const graph::Reader* reader, graph::WriteTxn* txn, const Map* params, const planner::Plan* plan,
              const std::atomic<bool>* cancel, Limits limits)
      : reader_(reader),
        txn_(txn),
        params_(params),
        plan_(plan),
        cancel_(cancel),
        limits_(limits),
        memory_(limits.memory_limit) {}

  const graph::Reader& reader() const { return *reader_; }
  // The write transaction; throws when the query runs read-only.
  graph::WriteTxn& txn();
  const Map& params() const { return *params_; }
  const planner::Plan& plan() const { return *plan_; }
  Stats& stats() { return stats_; }
  const Limits& limits() const { return limits_; }
  MemoryBudget& memory() { return memory_; }

  // Throws a runtime error when the query was cancelled (Cancelled) or ran
  // past its timeout (TimedOut).
  void CheckCancel() const;
  // Starts the query's timeout now.
  void SetTimeout(std::chrono::milliseconds timeout) {
    timeout_ = timeout;
    deadline_ = std::chrono::steady_clock::now() + timeout;
  }
  // One unit of work of a loop: checks the cancel flag every 1024 ticks.
  void Tick() const override {
    if ((++ticks_ & 1023) == 0) CheckCancel();
  }
  // Throws MemoryLimitExceeded when `bytes` more would not fit.
  void CheckMemory(size_t bytes) const override { memory_.Check(bytes); }
  // Counts traversal work against Limits::max_expansions.
  void CountExpansion();

  // Entity data, cached until the next write. Null when the entity does not
  // exist (deleted in this transaction).
  const graph::Node* GetNode(graph::NodeId id) const;
  const graph::Relationship* GetRel(graph::RelId id) const;
  // Property `key` of node `id` (null when the node lacks it); nullopt
  // when the node does not exist. Read from the node column of the query's
  // committed state when one is built (PropertyColumns::Node; each read
  // without one counts toward its build). Otherwise the first property
  // read of a node not cached reads only that property from its record (a
  // query that reads one property per node decodes no whole records); a
  // second read of the same node caches the whole node (GetNode).
  std::optional<Value> NodeProperty(graph::NodeId id, std::string_view key);
  // The point-lookup caches of the query's committed state
  // (Graph::PointIndexFor, LabelSetFor; each call counts one lookup toward
  // their build); null when not built, when the query has written, or
  // without a Graph: callers then read through reader().
  std::shared_ptr<const graph::PointIndex> PointIndexOf(std::string_view key) const;
  std::shared_ptr<const graph::LabelSet> LabelSetOf(std::string_view label) const;
  // Drops cached entity data after a write.
  void Invalidate() {
    nodes_.clear();
    rels_.clear();
    read_once_.clear();
    columns.Clear();
  }
  // Drops cached entity data when the cache has grown big. Called between
  // batches, when no operator holds a pointer into it.
  void TrimCache() {
    if (nodes_.size() + rels_.size() + read_once_.size() > kMaxCachedEntities) Invalidate();
  }

  // function::EntityReader
  std::vector<std::string> Labels(graph::NodeId node) const override;
  Map Properties(const Value& entity) const override;
  std::string Type(graph::RelId rel) const override;
  graph::NodeId StartNode(graph::RelId rel) const override;
  graph::NodeId EndNode(graph::RelId rel) const override;

  // The Graph the reader belongs to, for its CSR projection
  // (csr_edges.h); null: traversals read adjacency from the reader.
  const graph::Graph* graph = nullptr;
  // Per-state property columns the evaluator reads before records.
  PropertyColumns columns;
  // The compiled patterns of `=~`.
  Regexes regexes;

  // The day the query sees the graph as of (QueryOptions::as_of): only the
  // relationships that hold on it (as_of.h). nullopt: all of them. Set
  // before the first row; the query must not write.
  std::optional<Date> as_of;
  // Whether the query sees relationships a curation decision rejected
  // (QueryOptions::show_rejected); set before the first row.
  bool show_rejected = false;
  // The relationships hidden on as_of and, unless show_rejected, those
  // rejected, collected on the first call; null when none is hidden.
  const HiddenRels* Hidden() const;
  // Hidden()'s bits for graph::EdgeFilter, or null.
  const graph::EdgeFilter::RelBits* HiddenBits() const {
    const HiddenRels* h = Hidden();
    return h ? &h->ids : nullptr;
  }
  // Whether the query sees relationship `rel`.
  bool Sees(graph::RelId rel) const {
    const HiddenRels* h = Hidden();
    return !h || !h->Has(rel);
  }

  // Whether a curation decision rejected `rel` and the query does not show
  // rejected facts; as_of plays no part.
  bool Rejected(graph::RelId rel) const;

  // PROFILE: per-operator rows and time, when enabled.
  bool profiling = false;
  std::map<const planner::Operator*, OperatorProfile> profile;

  // Fails with a runtime error on a non-ok storage Status.
  static void Check(const Status& s);

 private:
  const graph::Reader* reader_;
  graph::WriteTxn* txn_;
  const Map* params_;
  const planner::Plan* plan_;
  const std::atomic<bool>* cancel_;
  Limits limits_;
  MemoryBudget memory_;
  Stats stats_;
  size_t expansions_ = 0;
  mutable uint64_t ticks_ = 0;
  std::chrono::milliseconds timeout_{0};
  std::chrono::steady_clock::time_point deadline_;
  static constexpr size_t kMaxCachedEntities = 65536;
  // mutable: reads through the const EntityReader interface fill it too.
  mutable std::unordered_map<graph::NodeId, std::unique_ptr<graph::Node>> nodes_;
  mutable std::unordered_map<graph::RelId, std::unique_ptr<graph::Relationship>> rels_;
  mutable std::unordered_set<graph::NodeId> read_once_;  // nodes NodeProperty read one property of
  mutable std::optional<HiddenRels> hidden_;              // of as_of and rejections, once collected
  mutable bool hide_ = false;                             // hidden_ hides something
  mutable std::optional<HiddenRels> rejected_;            // the rejections alone, once collected
};

}  // namespace cg::query::execution
