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

// `n.key <op> $param` or `n.key <op> literal` (either side), n in `slot`.
bool IsColumnComparison(const ast::Expr& e, int slot) {
  if (e.kind != ast::ExprKind::kComparison || e.ops.size() != 1 || e.ops[0] < ast::Op::kEq || e.ops[0] > ast::Op::kGe) {
    return false;
  }
  auto is_property = [&](const ast::Expr& x) {
    return x.kind == ast::ExprKind::kProperty && x.args[0]->kind == ast::ExprKind::kVariable && x.args[0]->slot == slot;
  };
  auto is_constant = [](const ast::Expr& x) {
    return x.kind == ast::ExprKind::kParameter || x.kind == ast::ExprKind::kLiteral;
  };
  return (is_property(*e.args[0]) && is_constant(*e.args[1])) || (is_constant(*e.args[0]) && is_property(*e.args[1]));
}

// Whether `top`, an Aggregate over the filters down to `reach`, is one
// count(DISTINCT n) of reach's end node with only column comparisons
// between: then the whole is a CountReachable.
bool CountsReachable(const Operator& top, const Operator& reach) {
  if (top.kind != OpKind::kAggregate || !top.items.empty() || top.aggregates.size() != 1) return false;
  const ast::Expr& a = *top.aggregates[0];
  if (a.kind != ast::ExprKind::kFunction || strcasecmp(a.name.c_str(), "count") != 0 || !a.distinct ||
      a.args.size() != 1 || a.args[0]->kind != ast::ExprKind::kVariable || a.args[0]->slot != reach.slot) {
    return false;
  }
  for (const Operator* op = top.input.get(); op != &reach; op = op->input.get()) {
    if (op->kind != OpKind::kFilter || !IsColumnComparison(*op->predicate, reach.slot)) return false;
  }
  return true;
}

// Below a duplicate-insensitive operator at *top: rewrites the expansion
// reached through filters and projections, if it qualifies.
void RewriteBelow(std::unique_ptr<Operator>* top) {
  std::unique_ptr<Operator>* link = &(*top)->input;
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
  if (!CountsReachable(**top, **link)) return;
  // CountReachable: input the rows below the expansion; inner the filters
  // over the original Expand, per row (the fallback).
  Operator& r = **link;
  auto count = std::make_unique<Operator>();
  count->kind = OpKind::kCountReachable;
  count->slot = r.slot;
  count->from_slot = r.from_slot;
  count->rel_slot = r.rel_slot;
  count->rel = r.rel;
  count->direction = r.direction;
  count->aggregates = (*top)->aggregates;
  count->post_items = (*top)->post_items;
  count->text = (*top)->text + " of " + r.text;
  count->input = std::move(r.input);
  *link = std::move(r.inner);  // the filters now sit on the original Expand
  count->inner = std::move((*top)->input);
  *top = std::move(count);
}

void Visit(std::unique_ptr<Operator>* link) {
  Operator* op = link->get();
  if (!op) return;
  bool insensitive = op->kind == OpKind::kDistinct;
  if (op->kind == OpKind::kAggregate) {
    insensitive = true;
    for (const ast::Expr* a : op->aggregates) insensitive &= IgnoresDuplicates(*a);
  }
  if (insensitive) RewriteBelow(link);
  op = link->get();
  Visit(&op->inner);
  for (auto& b : op->branches) Visit(&b);
  Visit(&op->input);
}

}  // namespace

void ExpandToReachable(planner::Plan* plan) {
  Visit(&plan->root);
  for (auto& [expr, sub] : plan->subplans) Visit(&sub);
}

}  // namespace cg::query::optimizer
