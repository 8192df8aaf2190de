#include "query/optimizer/count_rules.h"

#include <algorithm>
#include <cctype>

namespace cg::query::optimizer {

using namespace ast;
using planner::Operator;
using planner::OpKind;

namespace {

// Whether the aggregation computes exactly one count of rows: count(*), or
// count(v) of a slot in `non_null` (bound by the pattern, never null).
bool CountsRows(const Operator& agg, const std::vector<int>& non_null) {
  if (agg.aggregates.size() != 1) return false;
  const Expr* a = agg.aggregates[0];
  if (a->kind == ExprKind::kCountStar) return true;
  if (a->kind != ExprKind::kFunction || a->distinct || a->args.size() != 1 || a->args[0]->kind != ExprKind::kVariable) {
    return false;
  }
  std::string name;
  for (char c : a->name) name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name == "count" && std::find(non_null.begin(), non_null.end(), a->args[0]->slot) != non_null.end();
}

bool IsArgument(const Operator* op) { return op && op->kind == OpKind::kArgument; }

// A one-hop Expand that binds a fresh relationship and node.
bool SimpleExpand(const Operator* e) {
  return e && e->kind == OpKind::kExpand && !e->rel->var_length && !e->to_bound && !e->rel_bound && !e->properties;
}

// `type(r)` for the relationship slot r.
bool IsTypeOf(const Expr* e, int rel_slot) {
  if (e->kind != ExprKind::kFunction || e->args.size() != 1 || e->args[0]->kind != ExprKind::kVariable) return false;
  std::string name;
  for (char c : e->name) name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name == "type" && e->args[0]->slot == rel_slot;
}

// Rewrites the Aggregate at *link when a rule applies.
void Rewrite(std::unique_ptr<Operator>* link) {
  Operator& agg = **link;
  if (agg.kind != OpKind::kAggregate) return;
  Operator* in = agg.input.get();
  // (n:L) scanned alone.
  if (agg.items.empty() && in->kind == OpKind::kNodeScan && in->labels.size() == 1 && IsArgument(in->input.get()) &&
      CountsRows(agg, {in->slot})) {
    agg.kind = OpKind::kCountStore;
    agg.labels = in->labels;
    agg.text = "count(*) of :" + in->labels[0];
    agg.input = std::move(in->input);
    return;
  }
  // ()-[r:T]->() over all nodes, directed.
  if (SimpleExpand(in) && in->direction != RelDirection::kBoth && in->input->kind == OpKind::kNodeScan &&
      in->input->labels.empty() && IsArgument(in->input->input.get()) &&
      (agg.items.empty() || (agg.items.size() == 1 && IsTypeOf(agg.items[0].second, in->rel_slot))) &&
      CountsRows(agg, {in->rel_slot, in->slot, in->from_slot})) {
    agg.kind = OpKind::kCountStore;
    agg.rel = in->rel;
    agg.text = agg.items.empty() ? "count(*) of relationships" : "count(*) of relationships by type";
    agg.input = std::move(in->input->input);
    return;
  }
  // count(*) over [EntityFilter labels <-] Expand.
  if (!agg.items.empty() || !CountsRows(agg, {})) return;
  Operator* expand = in;
  std::vector<std::string> labels;
  if (in->kind == OpKind::kEntityFilter && !in->properties && in->input && in->input->kind == OpKind::kExpand &&
      in->slot == in->input->slot) {
    labels = in->labels;
    expand = in->input.get();
  }
  if (!SimpleExpand(expand)) return;
  std::unique_ptr<Operator> e = expand == in ? std::move(agg.input) : std::move(in->input);
  e->kind = OpKind::kExpandCount;
  e->labels = labels;
  e->aggregates = agg.aggregates;
  e->post_items = agg.post_items;
  e->text += labels.empty() ? "" : " with labels";
  e->text = "count(*) of " + e->text;
  *link = std::move(e);
}

void Visit(std::unique_ptr<Operator>* link) {
  if (!*link) return;
  Rewrite(link);
  Operator* op = link->get();
  Visit(&op->inner);
  for (auto& b : op->branches) Visit(&b);
  Visit(&op->input);
}

}  // namespace

void RewriteCounts(planner::Plan* plan) {
  if (plan->updates) return;
  Visit(&plan->root);
  for (auto& [expr, sub] : plan->subplans) Visit(&sub);
}

}  // namespace cg::query::optimizer
