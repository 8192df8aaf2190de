// ExecContext: what operators and expressions run against: the
// transaction, the parameters, the bounds and cancel flag, the side-effect
// counters and (for PROFILE) per-operator statistics.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <unordered_map>

#include "graph/graph.h"
#include "graph/reader.h"
#include "graph/write_txn.h"
#include "query/function/functions.h"
#include "query/planner/plan.h"
#include "query/value.h"

namespace cg::query::execution {

using Row = std::vector<Value>;

struct Limits {
  // Most rows any one operator may produce for one query.
  size_t max_rows = 5'000'000;
  // Most relationships variable-length and shortest-path searches may
  // traverse for one query.
  size_t max_expansions = 20'000'000;
};

// Counters of what a query changed (Neo4j-style update counts).
struct Stats {
  int64_t nodes_created = 0, nodes_deleted = 0;
  int64_t relationships_created = 0, relationships_deleted = 0;
  int64_t properties_set = 0;
  int64_t labels_added = 0, labels_removed = 0;
};

struct OperatorProfile {
  uint64_t rows = 0;
  std::chrono::nanoseconds time{0};
};

class ExecContext : public function::EntityReader {
 public:
  ExecContext(const graph::Reader* reader, graph::WriteTxn* txn, const Map* params, const planner::Plan* plan,
              const std::atomic<bool>* cancel, Limits limits)
      : reader_(reader), txn_(txn), params_(params), plan_(plan), cancel_(cancel), limits_(limits) {}

  const graph::Reader& reader() const { return *reader_; }
  // The write transaction; throws when the query runs read-only.
  graph::WriteTxn& txn();
  const Map& params() const { return *params_; }
  const planner::Plan& plan() const { return *plan_; }
  Stats& stats() { return stats_; }
  const Limits& limits() const { return limits_; }

  // Throws a runtime error when the query was cancelled.
  void CheckCancel() const;
  // Counts traversal work against Limits::max_expansions.
  void CountExpansion();

  // Entity data, cached until the next write. Null when the entity does not
  // exist (deleted in this transaction).
  const graph::Node* GetNode(graph::NodeId id) const;
  const graph::Relationship* GetRel(graph::RelId id) const;
  // Drops cached entity data after a write.
  void Invalidate() {
    nodes_.clear();
    rels_.clear();
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
  Stats stats_;
  size_t expansions_ = 0;
  // mutable: reads through the const EntityReader interface fill it too.
  mutable std::unordered_map<graph::NodeId, std::unique_ptr<graph::Node>> nodes_;
  mutable std::unordered_map<graph::RelId, std::unique_ptr<graph::Relationship>> rels_;
};

}  // namespace cg::query::execution
