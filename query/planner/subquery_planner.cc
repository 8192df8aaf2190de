// The subquery rules of Planner (query_planner.h): CALL { } subqueries,
// and the subplans run per row for pattern predicates and comprehensions
// and EXISTS / COUNT / COLLECT subqueries.
#include "query/planner/query_planner.h"

#include <fmt/format.h>

namespace cg::query::planner {

namespace {

// Whether `q` or a CALL { } inside it has an updating clause.
bool Writes(const Query& q) {
  for (const SingleQuery& part : q.parts) {
    for (const Clause& c : part.clauses) {
      if (c.kind == Clause::Kind::kCreate || c.kind == Clause::Kind::kMerge || c.kind == Clause::Kind::kSet ||
          c.kind == Clause::Kind::kRemove || c.kind == Clause::Kind::kDelete ||
          (c.kind == Clause::Kind::kSubquery && Writes(*c.body))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

OpPtr Planner::PlanSubqueryCall(const Clause& c, OpPtr op) {
  std::set<int> outer = bound_;
  auto apply = MakeOp(OpKind::kApply, std::move(op));
  apply->inner = PlanQuery(*c.body, outer);
  apply->clause = &c;
  apply->eager = Writes(*c.body);
  std::vector<std::string> imports, columns;
  for (const ExprPtr& v : c.exprs) imports.push_back(v->name);
  const Clause& first = c.body->parts[0].clauses[0];
  if (first.importing) {
    for (const ProjectionItem& item : first.projection.items) imports.push_back(item.alias);
    if (first.projection.star) imports.push_back("*");
  }
  if (c.scoped && c.yield_star) imports.push_back("*");
  for (const auto& [column, alias] : c.yields) columns.push_back(column);
  apply->text = "CALL ";
  if (!imports.empty()) apply->text += fmt::format("({}) ", fmt::join(imports, ", "));
  apply->text += "{ }";
  if (!columns.empty()) apply->text += fmt::format(" RETURN {}", fmt::join(columns, ", "));
  if (apply->eager) apply->text += " (eager: the subquery writes)";
  bound_ = std::move(outer);
  for (int s : c.yield_slots) bound_.insert(s);
  return apply;
}

OpPtr Planner::PlanSubplan(const Expr* e) {
  std::set<int> saved = bound_;
  OpPtr sub;
  if (e->subquery) {
    sub = PlanQuery(*e->subquery, bound_);
  } else {
    std::vector<int> rels;
    sub = PlanPart(*e->pattern, {}, &rels, MakeOp(OpKind::kArgument, nullptr));
    PlanExprSubplans(e->where.get());  // a comprehension's, with its pattern bound
    PlanExprSubplans(e->projection.get());
  }
  bound_ = std::move(saved);
  return sub;
}

void Planner::PlanExprSubplans(const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case ExprKind::kPatternPredicate:
    case ExprKind::kPatternComprehension:
    case ExprKind::kExists:
    case ExprKind::kCountSubquery:
    case ExprKind::kCollectSubquery: plan_->subplans[e] = PlanSubplan(e); break;
    case ExprKind::kListComprehension:
    case ExprKind::kQuantifier:
    case ExprKind::kReduce: {
      // The element (and accumulator) variables are bound inside.
      for (const ExprPtr& a : e->args) PlanExprSubplans(a.get());
      std::set<int> saved = bound_;
      bound_.insert(e->slot);
      if (e->slot2 >= 0) bound_.insert(e->slot2);
      PlanExprSubplans(e->where.get());
      PlanExprSubplans(e->projection.get());
      bound_ = std::move(saved);
      return;
    }
    default: break;
  }
  for (const ExprPtr& a : e->args) PlanExprSubplans(a.get());
  for (const CaseArm& arm : e->arms) {
    PlanExprSubplans(arm.when.get());
    PlanExprSubplans(arm.then.get());
  }
  PlanExprSubplans(e->otherwise.get());
  for (const MapProjectionItem& item : e->items) PlanExprSubplans(item.value.get());
  if (e->kind != ExprKind::kPatternComprehension) {
    PlanExprSubplans(e->where.get());
    PlanExprSubplans(e->projection.get());
  }
}

}  // namespace cg::query::planner
