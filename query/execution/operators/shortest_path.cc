// ShortestPath: per input row, the shortest path (or all shortest paths)
// between the bound nodes in path_slots[0] and path_slots[2]. On the CSR
// projection by a bidirectional BFS (csr_shortest_path.h) when it can
// answer; otherwise by a breadth-first search recording every
// shortest-path predecessor, whose tables are charged to the memory budget
// and where every relationship followed counts against
// Limits::max_expansions.
#include <optional>
#include <unordered_map>

#include "query/execution/csr_edges.h"
#include "query/execution/csr_shortest_path.h"
#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class ShortestPath : public StreamingOperator {
 public:
  ShortestPath(Executor* exec, const Operator& op, OperatorPtr input)
      : StreamingOperator(exec, op, std::move(input)), charge_(&exec->ctx()->memory()) {}

 protected:
  bool Start(Row row, Batch* out) override {
    const Value& a = row[op_.path_slots[0]];
    const Value& b = row[op_.path_slots[2]];
    if (!a.is_node() || !b.is_node()) return false;
    const ast::RelPattern& r = *op_.rel;
    min_ = r.var_length ? r.min_hops.value_or(1) : 1;
    max_ = r.var_length ? r.max_hops.value_or(INT64_MAX) : 1;
    src_ = a.as_node().id;
    dst_ = b.as_node().id;
    edges_.emplace(*ctx_, ToGraph(op_.direction), r.types);
    // Both searches' marks, held during the call.
    if (const graph::Projection* p = edges_->projection()) ctx_->CheckMemory(2 * MarksBytes(*p));
    const bool answered = CsrShortestPath(*ctx_, edges_->projection(), op_, row, src_, dst_, [&](Row path_row) {
      ctx_->Tick();
      out->push_back(std::move(path_row));
    });
    if (answered) return false;
    charge_.Reset();
    parents_.clear();
    if (Search(row)) Walk(row, out);
    parents_.clear();
    charge_.Reset();
    return false;
  }

 private:
  // Breadth-first from src_; true when dst_ is reached within the bounds.
  bool Search(const Row& row) {
    const ast::RelPattern& r = *op_.rel;
    std::unordered_map<graph::NodeId, int64_t> depth{{src_, 0}};
    std::vector<graph::NodeId> frontier{src_};
    bool found = src_ == dst_ && min_ == 0;
    for (int64_t d = 0; !found && !frontier.empty() && d < max_; ++d) {
      std::vector<graph::NodeId> next;
      for (graph::NodeId n : frontier) {
        std::vector<std::pair<graph::RelId, graph::NodeId>> at_n;
        edges_->ForEach(n, [&](const graph::Edge& e) { at_n.emplace_back(e.rel, e.other()); });
        for (auto [rel, to] : at_n) {
          ctx_->CountExpansion();
          if (r.properties && !exec_->Matches(Value(RelRef{rel}), {}, r.properties.get(), row)) continue;
          auto it = depth.find(to);
          if (it == depth.end()) {
            depth[to] = d + 1;
            next.push_back(to);
            parents_[to].emplace_back(n, rel);
            charge_.Add(96);
          } else if (it->second == d + 1) {
            parents_[to].emplace_back(n, rel);
            charge_.Add(16);
          }
        }
      }
      frontier = std::move(next);
      if (depth.count(dst_) && depth[dst_] >= min_ && dst_ != src_) found = true;
    }
    return found;
  }

  // Walks predecessors back from dst_; each complete walk is one path.
  void Walk(const Row& row, Batch* out) {
    struct Step {
      graph::NodeId node;
      size_t i = 0;
    };
    std::vector<Step> steps{{dst_}};
    std::vector<graph::RelId> rels;  // from dst_ backwards
    auto pop = [&]() {
      steps.pop_back();
      if (!rels.empty()) rels.pop_back();
    };
    while (!steps.empty()) {
      ctx_->Tick();
      Step& s = steps.back();
      if (s.node == src_ && (!rels.empty() || min_ == 0)) {
        Emit(row, rels, out);
        if (!op_.all_shortest) break;
        pop();
        continue;
      }
      const auto& ps = parents_[s.node];
      if (s.i == ps.size()) {
        pop();
        continue;
      }
      auto [prev, rel] = ps[s.i++];
      rels.push_back(rel);
      steps.push_back({prev});
    }
  }

  void Emit(const Row& row, const std::vector<graph::RelId>& rels, Batch* out) {
    List list;
    Path p;
    p.nodes.push_back(src_);
    for (auto it = rels.rbegin(); it != rels.rend(); ++it) {
      list.push_back(Value(RelRef{*it}));
      graph::NodeId start = ctx_->StartNode(*it), end = ctx_->EndNode(*it);
      p.nodes.push_back(start == p.nodes.back() ? end : start);
      p.rels.push_back(*it);
    }
    Row nr = row;
    nr[op_.rel_slot] = op_.rel->var_length ? Value(std::move(list)) : Value(RelRef{p.rels[0]});
    nr[op_.slot] = Value(std::move(p));
    out->push_back(std::move(nr));
  }

  MemoryCharge charge_;
  std::optional<PatternEdges> edges_;  // of the row searched
  int64_t min_ = 1, max_ = 1;
  graph::NodeId src_ = 0, dst_ = 0;
  std::unordered_map<graph::NodeId, std::vector<std::pair<graph::NodeId, graph::RelId>>> parents_;
};

}  // namespace

OperatorPtr MakeShortestPath(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<ShortestPath>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
