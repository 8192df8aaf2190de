// Expand over a variable-length pattern `-[*min..max]-`: per input row, one
// row per path from the node in from_slot whose length is within the
// bounds and which repeats no relationship (nor uses one the MATCH already
// bound), binding the list of relationships and the end node.
//
// Depth-first with an explicit stack (paths can be longer than the call
// stack is deep), resumable between batches: one start node may have more
// paths than fit in memory. The stack is charged to the memory budget;
// every relationship followed counts against Limits::max_expansions.
// Adjacency comes from the CSR projection when there is one (csr_edges.h).
#include <optional>
#include <unordered_set>

#include "query/execution/csr_edges.h"
#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class VarLengthExpand : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;
  ~VarLengthExpand() override { Clear(); }

 protected:
  bool Start(Row row, Batch* out) override {
    Clear();
    const Value& from = row[op_.from_slot];
    if (!from.is_node()) return false;
    if (op_.to_bound && !row[op_.slot].is_node()) return false;
    used_ = UsedRels(row, op_.unique_rels);
    row_ = std::move(row);
    min_ = op_.rel->min_hops.value_or(1);
    max_ = op_.rel->max_hops.value_or(INT64_MAX);
    edges_.emplace(*ctx_, ToGraph(op_.direction), op_.rel->types);
    Enter(row_[op_.from_slot].as_node().id, out);
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    const ast::RelPattern& r = *op_.rel;
    while (!stack_.empty() && !Full(*out)) {
      Frame& f = stack_.back();
      if (f.i == f.next.size()) {
        Pop();
        continue;
      }
      auto [rel, to] = f.next[f.i++];
      ctx_->CountExpansion();
      if (r.properties && !exec_->Matches(Value(RelRef{rel}), {}, r.properties.get(), row_)) continue;
      path_.push_back(rel);
      on_path_.insert(rel);
      Enter(to, out);
    }
    return !stack_.empty();
  }

 private:
  struct Frame {
    std::vector<std::pair<graph::RelId, graph::NodeId>> next;
    size_t i = 0;
  };

  // Arrives at `node` by path_: emits the path when long enough and
  // pushes the relationships that can extend it.
  void Enter(graph::NodeId node, Batch* out) {
    if (static_cast<int64_t>(path_.size()) >= min_) Accept(node, out);
    Frame f;
    if (static_cast<int64_t>(path_.size()) < max_) {
      edges_->ForEach(node, [&](const graph::Edge& e) {
        if (!on_path_.count(e.rel) && !Contains(used_, e.rel)) f.next.emplace_back(e.rel, e.other());
      });
    }
    size_t bytes = sizeof(Frame) + f.next.capacity() * sizeof(f.next[0]) + 32;
    ctx_->memory().Charge(bytes);
    held_ += bytes;
    frame_bytes_.push_back(bytes);
    stack_.push_back(std::move(f));
  }

  void Pop() {
    ctx_->memory().Release(frame_bytes_.back());
    held_ -= frame_bytes_.back();
    frame_bytes_.pop_back();
    stack_.pop_back();
    if (!path_.empty()) {
      on_path_.erase(path_.back());
      path_.pop_back();
    }
  }

  void Accept(graph::NodeId to, Batch* out) {
    if (op_.to_bound && row_[op_.slot].as_node().id != to) return;
    List rels;
    rels.reserve(path_.size());
    for (graph::RelId id : path_) rels.push_back(Value(RelRef{id}));
    if (op_.backward) std::reverse(rels.begin(), rels.end());
    Value rel_value(std::move(rels));
    if (op_.rel_bound && !Equivalent(row_[op_.rel_slot], rel_value)) return;
    Row nr = row_;
    nr[op_.rel_slot] = std::move(rel_value);
    nr[op_.slot] = Value(NodeRef{to});
    out->push_back(std::move(nr));
  }

  void Clear() {
    ctx_->memory().Release(held_);
    held_ = 0;
    frame_bytes_.clear();
    stack_.clear();
    path_.clear();
    on_path_.clear();
    edges_.reset();
  }

  Row row_;
  std::vector<graph::RelId> used_;
  int64_t min_ = 1, max_ = 1;
  std::optional<PatternEdges> edges_;  // of row_
  std::vector<Frame> stack_;
  std::vector<size_t> frame_bytes_;
  size_t held_ = 0;
  std::vector<graph::RelId> path_;
  std::unordered_set<graph::RelId> on_path_;
};

}  // namespace

OperatorPtr MakeVarLengthExpand(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<VarLengthExpand>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
