#include "query/optimizer/aggregate_rules.h"

#include <set>

#include "query/optimizer/expr_slots.h"

namespace cg::query::optimizer {

using planner::Operator;
using planner::OpKind;

namespace {

bool IsArgument(const Operator* op) { return op && op->kind == OpKind::kArgument; }

// A one-hop Expand binding a fresh relationship and node, with no
// relationship property map.
bool PlainHop(const Operator* e) {
  return e && e->kind == OpKind::kExpand && e->rel && !e->rel->var_length && !e->rel->properties && !e->to_bound &&
         !e->rel_bound;
}

// The hop of `in` (the Aggregate's input) when it is one the rule takes:
// an Expand, or an Optional whose inner plan is only an Expand.
const Operator* HopOf(const Operator& in) {
  if (PlainHop(&in)) return &in;
  if (in.kind != OpKind::kOptional || !PlainHop(in.inner.get()) || !IsArgument(in.inner->input.get())) return nullptr;
  const Operator* hop = in.inner.get();
  for (int s : in.null_slots) {
    if (s != hop->slot && s != hop->rel_slot) return nullptr;
  }
  return hop;
}

// Whether the key items and aggregates can be evaluated on the hop's input
// row with the hop's slots set: keys must not read those slots, and
// nothing may hold a subquery. Sets agg.reads_hop_rel.
bool Separable(Operator* agg, const Operator& hop) {
  std::set<int> key_slots;
  for (const auto& [slot, expr] : agg->items) {
    if (!CollectSlots(expr, &key_slots)) return false;
  }
  if (key_slots.count(hop.slot) || key_slots.count(hop.rel_slot)) return false;
  std::set<int> aggregated;
  for (const ast::Expr* a : agg->aggregates) {
    if (!CollectSlots(a, &aggregated)) return false;
  }
  for (const auto& [slot, expr] : agg->post_items) {
    if (!CollectSlots(expr, &aggregated)) return false;
  }
  agg->reads_hop_rel = aggregated.count(hop.rel_slot) > 0;
  return true;
}

void Fuse(std::unique_ptr<Operator>* link) {
  Operator& agg = **link;
  if (agg.kind != OpKind::kAggregate || agg.inner || !agg.input) return;
  const Operator* hop = HopOf(*agg.input);
  if (!hop || !Separable(&agg, *hop)) return;
  std::unique_ptr<Operator> in = std::move(agg.input);
  if (in->kind == OpKind::kOptional) {
    agg.input = std::move(in->input);
  } else {
    agg.input = std::move(in->input);
    in->input = std::make_unique<Operator>();
    in->input->kind = OpKind::kArgument;
  }
  agg.inner = std::move(in);
  agg.text += " folding each row of its inner hop";
}

void Visit(std::unique_ptr<Operator>* link) {
  if (!*link) return;
  Fuse(link);
  Operator* op = link->get();
  Visit(&op->inner);
  for (auto& b : op->branches) Visit(&b);
  Visit(&op->input);
}

}  // namespace

void FuseExpandAggregates(planner::Plan* plan) {
  if (plan->updates) return;
  Visit(&plan->root);
  for (auto& [expr, sub] : plan->subplans) Visit(&sub);
}

}  // namespace cg::query::optimizer
