// ExpandCount: count(*) over a one-hop Expand (and the label check of its
// new node), without producing the rows: per input row it adds the number
// of relationships of the pattern's types and direction at the from node
// whose other end has the labels, less the relationships the MATCH already
// bound (relationship uniqueness) among them.
//
// The qualifying relationships of each from node are computed once and
// kept (sorted ids), so a node reached by many rows costs one adjacency
// read; the table is charged to the memory budget. Labels are checked
// against the label's node ids, read once.
#include <algorithm>
#include <unordered_map>

#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class ExpandCount : public PhysicalOperator {
 public:
  ExpandCount(Executor* exec, const Operator& op, OperatorPtr input)
      : PhysicalOperator(exec, op, std::move(input)), charge_(&exec->ctx()->memory()) {}

  void Open(const Row& argument) override {
    PhysicalOperator::Open(argument);
    done_ = false;
  }

 protected:
  bool Produce(Batch* out) override {
    if (done_) return false;
    done_ = true;
    ReadLabels();
    int64_t total = 0;
    Batch in;
    while (input_->Next(&in)) {
      for (const Row& row : in) {
        ctx_->Tick();
        const Value& from = row[op_.from_slot];
        if (!from.is_node()) continue;
        const std::vector<graph::RelId>& rels = Qualifying(from.as_node().id);
        int64_t n = static_cast<int64_t>(rels.size());
        for (graph::RelId used : UsedRels(row, op_.unique_rels)) {
          if (std::binary_search(rels.begin(), rels.end(), used)) --n;
        }
        total += n;
      }
    }
    Row row(ctx_->plan().num_slots);
    row[op_.aggregates[0]->slot] = Value(total);
    for (const auto& [slot, expr] : op_.post_items) row[slot] = exec_->eval().Eval(*expr, row);
    out->push_back(std::move(row));
    by_node_.clear();
    charge_.Reset();
    return true;
  }

 private:
  void ReadLabels() {
    labelled_.clear();
    for (const std::string& label : op_.labels) {
      std::vector<graph::NodeId> ids;
      ExecContext::Check(ctx_->reader().ForEachNodeWithLabel(label, [&](graph::NodeId id) {
        ctx_->Tick();
        ids.push_back(id);
        return true;
      }));
      std::sort(ids.begin(), ids.end());
      charge_.Add(ids.capacity() * sizeof(graph::NodeId));
      labelled_.push_back(std::move(ids));
    }
  }

  bool HasLabels(graph::NodeId id) const {
    for (const auto& ids : labelled_) {
      if (!std::binary_search(ids.begin(), ids.end(), id)) return false;
    }
    return true;
  }

  // The relationships the Expand would follow from `node` (before
  // uniqueness), sorted.
  const std::vector<graph::RelId>& Qualifying(graph::NodeId node) {
    auto it = by_node_.find(node);
    if (it != by_node_.end()) return it->second;
    std::vector<graph::RelId> rels;
    ForEachEdge(ctx_->reader(), node, ToGraph(op_.direction), op_.rel->types, [&](const graph::Edge& e) {
      ctx_->Tick();
      if (ctx_->Sees(e.rel) && HasLabels(e.other())) rels.push_back(e.rel);
    });
    std::sort(rels.begin(), rels.end());
    rels.shrink_to_fit();
    charge_.Add(64 + rels.size() * sizeof(graph::RelId));
    return by_node_.emplace(node, std::move(rels)).first->second;
  }

  MemoryCharge charge_;
  std::vector<std::vector<graph::NodeId>> labelled_;
  std::unordered_map<graph::NodeId, std::vector<graph::RelId>> by_node_;
  bool done_ = true;
};

}  // namespace

OperatorPtr MakeExpandCount(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<ExpandCount>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
