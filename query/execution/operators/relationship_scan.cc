// RelationshipScan: the rows of a node scan (all nodes, or those of the
// label of inner's scan) expanded by one typed, directed hop (inner, the
// original Expand over that scan), read from the CSR projection: every
// vertex in id order whose label bit is set, then its relationships of the
// types in adjacency order, the other end's labels (`labels`) checked on
// their columns too (optimizer/scan_rules.h). No node or relationship
// record is read. The same rows in the same order as inner's. As it reads
// every relationship of its types, properties of those read later come
// from per-state columns of the types, built on first read
// (property_columns.h).
//
// Without a projection (a transaction that has written), or when the label
// is so rare that walking every vertex costs more than reading its index,
// it streams inner's rows.
#include <optional>

#include "query/execution/csr_edges.h"
#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/label_check.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

// Below one labelled node in this many, reading the label's index and
// expanding each node beats walking every vertex's label bit.
constexpr uint64_t kSparseLabel = 64;

class RelationshipScan : public StreamingOperator {
 public:
  RelationshipScan(Executor* exec, const Operator& op, OperatorPtr input)
      : StreamingOperator(exec, op, std::move(input)),
        inner_(exec->Build(*op.inner)),
        start_labels_(exec, op.inner->input->labels),
        end_labels_(exec, op.labels) {}

 protected:
  bool Start(Row row, Batch* out) override {
    projection_ = ProjectionOf(*ctx_);
    start_labels_.Refresh();
    end_labels_.Refresh();
    if (!OnProjection()) {
      projection_.reset();
      inner_->Open(row);
      return Continue(out);
    }
    filter_.emplace(FilterOf(*ctx_, *projection_, ToGraph(op_.direction), op_.rel->types));
    ctx_->columns.UseRelTypes(*ctx_->graph, ctx_->reader(), projection_, op_.rel->types, true);
    row_ = std::move(row);
    next_ = 0;
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    if (!projection_) {
      Batch rows;
      if (!inner_->Next(&rows, batch_rows_)) return false;
      for (Row& r : rows) out->push_back(std::move(r));
      return true;
    }
    const graph::Projection& p = *projection_;
    for (; next_ < p.num_nodes() && !Full(*out); ++next_) {
      ctx_->Tick();
      const graph::Projection::Vertex v = next_;
      if (!start_labels_.empty() && !start_labels_.HasVertex(v)) continue;
      filter_->ForEach(p, v, [&](graph::Projection::Vertex w, uint32_t e, bool) {
        if (!end_labels_.empty() && !end_labels_.HasVertex(w)) return;
        Row r = row_;
        r[op_.from_slot] = Value(NodeRef{p.IdOf(v)});
        r[op_.rel_slot] = Value(RelRef{p.edge(e).rel});
        r[op_.slot] = Value(NodeRef{p.IdOf(w)});
        out->push_back(std::move(r));
      });
    }
    return next_ < p.num_nodes();
  }

 private:
  // Whether to walk the projection: there is one, the label checks use its
  // columns, and the start label is not rare.
  bool OnProjection() const {
    if (!projection_) return false;
    for (const LabelCheck* check : {&start_labels_, &end_labels_}) {
      if (!check->empty() && check->projection() != projection_) return false;
    }
    if (start_labels_.empty()) return true;
    std::vector<std::pair<std::string, uint64_t>> counts;
    ExecContext::Check(ctx_->reader().CountLabels(&counts));
    const std::string& label = op_.inner->input->labels[0];
    for (const auto& [name, n] : counts) {
      if (name == label) return n * kSparseLabel >= projection_->num_nodes();
    }
    return false;
  }

  OperatorPtr inner_;
  LabelCheck start_labels_;
  LabelCheck end_labels_;
  std::shared_ptr<const graph::Projection> projection_;  // null: streaming inner_
  std::optional<graph::EdgeFilter> filter_;
  Row row_;
  size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeRelationshipScan(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<RelationshipScan>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
