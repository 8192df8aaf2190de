// ExpandAggregate: an Aggregate (groups.h) fused with the one-hop Expand
// below it, or an OPTIONAL MATCH of one (the Aggregate's `inner`: an
// Expand over an Argument, or an Optional over one), whose key items do
// not read what the hop binds (optimizer/aggregate_rules.h). Per input row
// it expands the hop and folds each relationship it follows into the row's
// group, the hop's relationship and node set in that one row: no row is
// built per relationship and the keys are evaluated once per input row,
// not once per relationship. An optional hop that follows none folds the
// row with the hop's slots null, as OPTIONAL MATCH would give it. On the
// projection, the hop's relationship properties are read from the columns
// of its types already built (property_columns.h), and when neither an
// aggregate nor relationship uniqueness reads the hop's relationship
// (Operator::reads_hop_rel), its id is not looked up (on the projection an
// incoming edge's data sits at a random place: one cache miss per
// relationship) and its slot stays null.
#include <optional>

#include "query/execution/csr_edges.h"
#include "query/execution/edges.h"
#include "query/execution/executor.h"
#include "query/execution/label_check.h"
#include "query/execution/operators/groups.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

const Operator& HopOf(const Operator& op) {
  return op.inner->kind == planner::OpKind::kOptional ? *op.inner->inner : *op.inner;
}

class ExpandAggregate : public GroupingOperator {
 public:
  ExpandAggregate(Executor* exec, const Operator& op, OperatorPtr input)
      : GroupingOperator(exec, op, std::move(input)),
        hop_(HopOf(op)),
        optional_(op.inner->kind == planner::OpKind::kOptional),
        labels_(exec, hop_.labels) {}

 protected:
  void Consume() override {
    Batch in;
    while (input_->Next(&in)) {
      for (Row& row : in) {
        ctx_->Tick();
        Fold(row);
      }
    }
  }

 private:
  // Folds the rows the hop gives `row` (which it overwrites in the hop's
  // slots).
  void Fold(Row& row) {
    size_t group = SIZE_MAX;
    auto fold = [&] {
      if (group == SIZE_MAX) group = groups_.Find(row);
      groups_.Fold(group, row);
    };
    bool any = false;
    // `rel` null: not read.
    auto follow = [&](const graph::RelId* rel, graph::NodeId to) {
      row[hop_.rel_slot] = rel ? Value(RelRef{*rel}) : Value();
      row[hop_.slot] = Value(NodeRef{to});
      fold();
      any = true;
    };
    if (row[hop_.from_slot].is_node()) {
      const graph::NodeId from = row[hop_.from_slot].as_node().id;
      const std::vector<graph::RelId> used = UsedRels(row, hop_.unique_rels);
      if (OnProjection()) {
        WalkProjection(from, used, follow);
      } else {
        const PatternEdges edges(*ctx_, ToGraph(hop_.direction), hop_.rel->types);
        edges.ForEach(from, [&](const graph::Edge& e) {
          ctx_->Tick();
          if (!Contains(used, e.rel) && labels_.Has(e.other(), row)) follow(&e.rel, e.other());
        });
      }
    }
    if (any || !optional_) return;
    row[hop_.rel_slot] = Value();
    row[hop_.slot] = Value();
    fold();
  }

  // Takes the projection of the query's state if one is already built (a
  // hop from a few input rows never pays for a build; a whole-graph scan
  // below builds it) and its label columns; whether the hop can walk it by
  // vertex.
  bool OnProjection() {
    std::shared_ptr<const graph::Projection> projection = ProjectionOf(*ctx_, ProjectionUse::kIfBuilt);
    labels_.Refresh(ProjectionUse::kIfBuilt);
    if (projection != projection_) {
      projection_ = std::move(projection);
      filter_.reset();
      if (projection_) filter_.emplace(FilterOf(*ctx_, *projection_, ToGraph(hop_.direction), hop_.rel->types));
    }
    if (projection_) ctx_->columns.UseRelTypes(*ctx_->graph, ctx_->reader(), projection_, hop_.rel->types, false);
    return projection_ && (labels_.empty() || labels_.projection() == projection_);
  }

  // The hop's relationships at `from` on the projection: neighbours'
  // labels by vertex, no Edge built per relationship; a self-loop once
  // when undirected, as PatternEdges reports it.
  template <typename Follow>
  void WalkProjection(graph::NodeId from, const std::vector<graph::RelId>& used, Follow&& follow) {
    const graph::Projection& p = *projection_;
    const auto v = p.IndexOf(from);
    if (!v) return;
    const bool both = filter_->direction() == graph::Direction::kBoth;
    const bool read_rel = op_.reads_hop_rel || !used.empty();
    filter_->ForEach(p, *v, [&](graph::Projection::Vertex w, uint32_t e, bool outgoing) {
      ctx_->Tick();
      if ((both && !outgoing && w == *v) || (!labels_.empty() && !labels_.HasVertex(w))) return;
      if (!read_rel) return follow(nullptr, p.IdOf(w));
      const graph::RelId rel = p.edge(e).rel;
      if (!Contains(used, rel)) follow(&rel, p.IdOf(w));
    });
  }

  const Operator& hop_;
  const bool optional_;
  LabelCheck labels_;
  std::shared_ptr<const graph::Projection> projection_;  // of the last row, or null
  std::optional<graph::EdgeFilter> filter_;               // the hop's, on projection_
};

}  // namespace

OperatorPtr MakeExpandAggregate(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<ExpandAggregate>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
