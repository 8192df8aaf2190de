// What the algorithm procedures (algo_*.cc) share: the configuration map
// every one takes last, which chooses the graph the algorithm runs on
// (algo.project-style) and sets the algorithm's options, and the streaming
// of one row per node.
//
//   CALL algo.pagerank({nodeLabels: ['Person'], relationshipTypes: ['MEMBER_OF'],
//                       direction: 'BOTH', iterations: 20, dampingFactor: 0.85})
//   YIELD node, score
//
// Keys every procedure takes:
//   nodeLabels         a label or a list of labels: the nodes carrying any
//                      of them (default: every node)
//   relationshipTypes  a type or a list of types: the relationships of
//                      those types between two chosen nodes (default: all)
// and, where the algorithm has a direction,
//   direction          'OUTGOING' (default: as stored), 'INCOMING'
//                      (reversed) or 'BOTH' (undirected)
// Parallel relationships count once, self-loops not at all
// (graph/algorithms/algorithm_graph.h). Any other key, a label or type
// neither in the graph nor in the vocabulary, or a value of the wrong kind
// is an ArgumentError naming the key.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "graph/algorithms/algorithm_graph.h"
#include "query/procedures/procedure.h"

namespace cg::query {

class AlgorithmConfig {
 public:
  // `keys`: the algorithm's own option keys, beside nodeLabels and
  // relationshipTypes; "direction" among them when it has one (without it
  // the graph is undirected). Throws on a key not allowed.
  AlgorithmConfig(const Procedure& procedure, const Value& config, std::set<std::string> keys);

  // The option `key` when given, else `fallback`; throws unless it is an
  // integer in [min, max] / a number in [min, max].
  int64_t Integer(const std::string& key, int64_t fallback, int64_t min, int64_t max) const;
  double Number(const std::string& key, double fallback, double min, double max) const;

  // The chosen graph, copied out of the query's snapshot (its projection
  // when the query has not written); under an as-of day, only the
  // relationships that hold on it (ProcedureContext::Sees).
  std::shared_ptr<const graph::AlgorithmGraph> Build(const ProcedureContext& ctx) const;
  // v's vertex in `graph`; throws naming `argument` when the node is not
  // in the chosen graph.
  graph::AlgorithmGraph::Vertex VertexOf(const graph::AlgorithmGraph& graph, const Value& node,
                                         const std::string& argument) const;

 private:
  [[noreturn]] void Fail(const std::string& key, const std::string& message) const;
  std::vector<std::string> Names(const std::string& key) const;

  const Procedure& procedure_;
  Map options_;
  graph::GraphSelection selection_;
};

// Reports an algorithm's progress to the calling query: ticks (cancelled,
// timed out) and memory (the query's budget).
class QueryWorkMonitor : public graph::WorkMonitor {
 public:
  explicit QueryWorkMonitor(const ProcedureContext& ctx) : ctx_(ctx) {}
  void Tick() const override {
    if ((++ticks_ & 255) == 0) ctx_.Tick();
  }
  void Reserve(size_t bytes) const override { ctx_.CheckMemory(bytes); }

 private:
  const ProcedureContext& ctx_;
  mutable uint32_t ticks_ = 0;
};

// One row (node, value) per vertex of `graph`, in node-id order.
template <typename T>
class PerNodeRows : public ProcedureRows {
 public:
  PerNodeRows(std::shared_ptr<const graph::AlgorithmGraph> graph, std::vector<T> values)
      : graph_(std::move(graph)), values_(std::move(values)) {}
  bool Next(List* row) override {
    if (next_ >= values_.size()) return false;
    *row = {Value(NodeRef{graph_->IdOf(static_cast<graph::AlgorithmGraph::Vertex>(next_))}), Value(values_[next_])};
    ++next_;
    return true;
  }

 private:
  std::shared_ptr<const graph::AlgorithmGraph> graph_;
  std::vector<T> values_;
  size_t next_ = 0;
};

// The families, one per algo_*.cc file (RegisterAlgorithmProcedures in
// builtins.h calls them).
void RegisterCentralityProcedures(ProcedureRegistry* registry);  // pagerank, betweenness, degree
void RegisterCommunityProcedures(ProcedureRegistry* registry);   // components, labelPropagation, kcore
void RegisterPathProcedures(ProcedureRegistry* registry);        // shortestPath, allShortestPaths

}  // namespace cg::query
