// The WITH / RETURN rules of Planner (query_planner.h).
#include "query/planner/query_planner.h"

#include <fmt/format.h>

namespace cg::query::planner {

namespace {

// Appends the aggregate calls within `e` to *out, left to right; it does
// not look inside an aggregate call.
void CollectAggregates(const Expr* e, std::vector<const Expr*>* out) {
  if (e->is_aggregate) {
    out->push_back(e);
    return;
  }
  for (const ExprPtr& a : e->args) {
    if (a) CollectAggregates(a.get(), out);
  }
  for (const CaseArm& arm : e->arms) {
    CollectAggregates(arm.when.get(), out);
    CollectAggregates(arm.then.get(), out);
  }
  if (e->otherwise) CollectAggregates(e->otherwise.get(), out);
  for (const MapProjectionItem& item : e->items) {
    if (item.value) CollectAggregates(item.value.get(), out);
  }
  if (e->projection && e->kind == ExprKind::kListComprehension) CollectAggregates(e->projection.get(), out);
}

}  // namespace

OpPtr Planner::PlanProjection(const Clause& c, OpPtr op) {
  const Projection& p = c.projection;
  std::vector<const Expr*> aggregates;
  for (const ProjectionItem& item : p.items) {
    PlanExprSubplans(item.expr.get());
    CollectAggregates(item.expr.get(), &aggregates);
  }
  std::string items_text;
  for (const ProjectionItem& item : p.items) {
    items_text += (items_text.empty() ? "" : ", ") + Text(*item.expr) +
                  (item.has_alias ? " AS " + item.alias : std::string());
  }
  if (!aggregates.empty()) {
    auto agg = MakeOp(OpKind::kAggregate, std::move(op));
    for (const ProjectionItem& item : p.items) {
      std::vector<const Expr*> inside;
      CollectAggregates(item.expr.get(), &inside);
      if (inside.empty()) agg->items.emplace_back(item.slot, item.expr.get());
      else agg->post_items.emplace_back(item.slot, item.expr.get());
    }
    agg->aggregates = aggregates;
    agg->text = items_text;
    op = std::move(agg);
  } else {
    auto proj = MakeOp(OpKind::kProject, std::move(op));
    for (const ProjectionItem& item : p.items) proj->items.emplace_back(item.slot, item.expr.get());
    proj->text = items_text;
    op = std::move(proj);
  }
  for (const ProjectionItem& item : p.items) bound_.insert(item.slot);
  if (p.distinct) {
    auto d = MakeOp(OpKind::kDistinct, std::move(op));
    for (const ProjectionItem& item : p.items) d->slots.push_back(item.slot);
    op = std::move(d);
  }
  if (!p.order.empty()) {
    auto s = MakeOp(OpKind::kSort, std::move(op));
    for (const SortItem& item : p.order) {
      PlanExprSubplans(item.expr.get());
      s->sort_keys.emplace_back(item.expr.get(), item.descending);
      s->text += (s->text.empty() ? "" : ", ") + Text(*item.expr) + (item.descending ? " DESC" : "");
    }
    op = std::move(s);
  }
  if (p.skip) {
    op = MakeOp(OpKind::kSkip, std::move(op));
    op->count = p.skip.get();
    op->text = Text(*p.skip);
  }
  if (p.limit) {
    op = MakeOp(OpKind::kLimit, std::move(op));
    op->count = p.limit.get();
    op->text = Text(*p.limit);
  }
  if (p.where) {
    std::vector<const Expr*> conjuncts;
    SplitConjuncts(p.where.get(), &conjuncts);
    op = PlanConjuncts(conjuncts, std::move(op));
  }
  if (c.kind == Clause::Kind::kReturn) {
    auto r = MakeOp(OpKind::kProduceResults, std::move(op));
    for (const ProjectionItem& item : p.items) {
      r->columns.push_back(item.alias);
      r->slots.push_back(item.slot);
    }
    r->text = fmt::format("{}", fmt::join(r->columns, ", "));
    op = std::move(r);
  }
  return op;
}

}  // namespace cg::query::planner
