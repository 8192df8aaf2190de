// ExpandReachable: per input row, one row per distinct end node of the
// variable-length pattern from the node in from_slot (end in slot,
// rel_slot null), for plans where only those matter (the optimizer's
// reachability rule, optimizer/reachability.h).
//
// On the CSR projection it is one BFS per row (graph::ForEachReachable)
// instead of an enumeration of every path: the reached vertices (4 bytes
// each, charged to the memory budget) are kept and emitted batch by batch.
// Without a projection (a transaction that has written) it streams the
// rows of `inner`, the original Expand over an Argument, keeping the first
// row of each end node (the seen set is charged).
#include <unordered_set>

#include "query/execution/csr_edges.h"
#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class ExpandReachable : public StreamingOperator {
 public:
  ExpandReachable(Executor* exec, const Operator& op, OperatorPtr input)
      : StreamingOperator(exec, op, std::move(input)),
        inner_(exec->Build(*op.inner)),
        charge_(&exec->ctx()->memory()) {}

 protected:
  bool Start(Row row, Batch* out) override {
    Reset();
    const Value& from = row[op_.from_slot];
    if (!from.is_node()) return false;
    projection_ = ProjectionOf(*ctx_);
    if (!projection_) {
      inner_->Open(row);
      return Continue(out);
    }
    const graph::Projection& p = *projection_;
    const auto source = p.IndexOf(from.as_node().id);
    if (!source) return false;
    ctx_->CheckMemory(MarksBytes(p));  // the BFS's marks, held during the call
    ForEachEnd(*ctx_, p, op_, *source, [&](graph::Projection::Vertex v) {
      ctx_->Tick();
      charge_.Add(sizeof(v));
      reached_.push_back(v);
    });
    row_ = std::move(row);
    row_[op_.rel_slot] = Value();
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    if (!projection_) return ContinueInner(out);
    for (; next_ < reached_.size() && !Full(*out); ++next_) {
      Row nr = row_;
      nr[op_.slot] = Value(NodeRef{projection_->IdOf(reached_[next_])});
      out->push_back(std::move(nr));
    }
    if (next_ < reached_.size()) return true;
    Reset();
    return false;
  }

 private:
  // The fallback: the inner Expand's rows, the first per end node.
  bool ContinueInner(Batch* out) {
    Batch matched;
    if (!inner_->Next(&matched, batch_rows_)) {
      Reset();
      return false;
    }
    for (Row& m : matched) {
      if (!seen_.insert(m[op_.slot].as_node().id).second) continue;
      charge_.Add(32);
      m[op_.rel_slot] = Value();
      out->push_back(std::move(m));
    }
    return true;
  }

  void Reset() {
    projection_.reset();
    reached_.clear();
    seen_.clear();
    next_ = 0;
    charge_.Reset();
  }

  OperatorPtr inner_;
  MemoryCharge charge_;
  std::shared_ptr<const graph::Projection> projection_;  // of the row being expanded
  Row row_;
  std::vector<graph::Projection::Vertex> reached_;
  size_t next_ = 0;
  std::unordered_set<graph::NodeId> seen_;
};

}  // namespace

OperatorPtr MakeExpandReachable(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<ExpandReachable>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
