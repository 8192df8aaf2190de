// NodeScan / NodeIndexSeek: per input row, one row per node (all nodes,
// the nodes of a label, or the nodes an index finds for a value).
//
// A scan first reads only the ids of one batch; when its consumer wants
// more, a second pass reads the rest (ids after the last one emitted), so
// `MATCH (n) RETURN n LIMIT 1` touches a batch of keys, not the graph.
#include "query/error.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class NodeScan : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;

 protected:
  bool Start(Row row, Batch* out) override {
    row_ = std::move(row);
    ids_.clear();
    next_ = 0;
    complete_ = true;
    labels_.reset();
    if (op_.kind == planner::OpKind::kNodeIndexSeek) {
      Value seek = exec_->eval().Eval(*op_.value, row_);
      if (seek.is_null()) return false;  // equality with null never holds
      if (seek.is_string()) {
        const cg::Value value = seek.ToStored();
        labels_ = op_.labels.empty() ? nullptr : ctx_->LabelSetOf(op_.labels[0]);
        if (auto index = ctx_->PointIndexOf(op_.key)) {
          Read(0, 0, [&](const graph::NodeCallback& fn) {
            index->ForEach(op_.key, value, fn);
            return Status::OK();
          });
        } else {
          Read(0, 0, [&](const graph::NodeCallback& fn) {
            return ctx_->reader().ForEachNodeWithProperty(op_.key, value, fn);
          });
        }
        return Continue(out);
      }
    }
    Scan(0, kBatchSize);
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    while (!Full(*out)) {
      if (next_ == ids_.size()) {
        if (complete_ || ids_.empty()) break;
        graph::NodeId last = ids_.back();
        ids_.clear();
        next_ = 0;
        Scan(last, 0);
        continue;
      }
      graph::NodeId id = ids_[next_++];
      if (op_.kind == planner::OpKind::kNodeIndexSeek && !op_.labels.empty() &&
          !(labels_ ? labels_->Has(id) : exec_->Matches(Value(NodeRef{id}), {op_.labels[0]}, nullptr, row_))) {
        continue;
      }
      Row r = row_;
      r[op_.slot] = Value(NodeRef{id});
      out->push_back(std::move(r));
    }
    return next_ < ids_.size() || !complete_;
  }

 private:
  // Reads the label's (or all) node ids after `after`; at most `cap` (0: all).
  void Scan(graph::NodeId after, size_t cap) {
    Read(after, cap, [&](const graph::NodeCallback& fn) {
      return op_.labels.empty() ? ctx_->reader().ForEachNode(fn)
                                : ctx_->reader().ForEachNodeWithLabel(op_.labels[0], fn);
    });
  }

  template <typename ForEach>
  void Read(graph::NodeId after, size_t cap, const ForEach& for_each) {
    charge_.Reset();
    complete_ = true;
    ExecContext::Check(for_each([&](graph::NodeId id) {
      if (id <= after) return true;
      if (cap && ids_.size() == cap) {
        complete_ = false;
        return false;
      }
      ctx_->Tick();
      ids_.push_back(id);
      return true;
    }));
    charge_.Add(ids_.capacity() * sizeof(graph::NodeId));
  }

  MemoryCharge charge_{&ctx_->memory()};
  Row row_;
  std::shared_ptr<const graph::LabelSet> labels_;  // of an index seek's label, when cached
  std::vector<graph::NodeId> ids_;
  size_t next_ = 0;
  bool complete_ = true;
};

}  // namespace

OperatorPtr MakeNodeScan(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<NodeScan>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
