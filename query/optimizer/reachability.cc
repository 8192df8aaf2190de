#include "query/optimizer/reachability.h"

#include <strings.h>

namespace cg::query::optimizer {

using planner::Operator;
using planner::OpKind;

namespace {

bool IgnoresDuplicates(const ast::Expr& aggregate) {
  if (aggregate.kind == ast::ExprKind::kCountStar) return false;
  return aggregate.distinct || strcasecmp(aggregate.name.c_str(), "min") == 0 ||
         strcasecmp(aggregate.name.c_str(), "max") == 0;
}

bool Qualifies(const Operator& e) {
  if (e.kind != OpKind::kExpand || !e.rel) return false;
  const ast::RelPattern& r = *e.rel;
  return r.var_length && r.variable.empty() && !r.properties && !e.to_bound &&
         !e.rel_bound && e.unique_rels.empty() && r.min_hops.value_or(1) <= 1 && r.min_hops.value_or(1) >= 0 &&
         r.max_hops.value_or(1) >= 0;
}

// Below a duplicate-insensitive operator: rewrites the expansion reached
// through filters and projections, if it qualifies.
void RewriteBelow(Operator* top) {
  std::unique_ptr<Operator>* link = &top->input;
  while (*link && ((*link)->kind == OpKind::kFilter || (*link)->kind == OpKind::kEntityFilter ||
                   (*link)->kind == OpKind::kProject)) {
    link = &(*link)->input;
  }
  if (!*link || (*link)->kind != OpKind::kExpand || !Qualifies(**link)) return;
  std::unique_ptr<Operator> expand = std::move(*link);
  auto reach = std::make_unique<Operator>();
  reach->kind = OpKind::kExpandReachable;
  reach->slot = expand->slot;
  reach->from_slot = expand->from_slot;
  reach->rel_slot = expand->rel_slot;
  reach->rel = expand->rel;
  reach->direction = expand->direction;
  reach->text = expand->text + " (distinct ends)";
  reach->input = std::move(expand->input);
  expand->input = std::make_unique<Operator>();
  expand->input->kind = OpKind::kArgument;
  reach->inner = std::move(expand);
  *link = std::move(reach);
}

void Visit(Operator* op) {
  if (!op) return;
  bool insensitive = op->kind == OpKind::kDistinct;
  if (op->kind == OpKind::kAggregate) {
    insensitive = true;
    for (const ast::Expr* a : op->aggregates) insensitive &= IgnoresDuplicates(*a);
  }
  if (insensitive) RewriteBelow(op);
  Visit(op->inner.get());
  for (auto& b : op->branches) Visit(b.get());
  Visit(op->input.get());
}

}  // namespace

void ExpandToReachable(planner::Plan* plan) {
  Visit(plan->root.get());
  for (auto& [expr, sub] : plan->subplans) Visit(sub.get());
}

}  // namespace cg::query::optimizer
