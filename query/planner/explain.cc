// planner::Explain: a plan as indented text.
#include <algorithm>

#include "query/planner/planner.h"

namespace cg::query::planner {

using namespace ast;

namespace {

const char* OpName(OpKind k) {
  switch (k) {
    case OpKind::kArgument: return "Argument";
    case OpKind::kNodeScan: return "NodeScan";
    case OpKind::kNodeIndexSeek: return "NodeIndexSeek";
    case OpKind::kNodeByIdSeek: return "NodeByIdSeek";
    case OpKind::kExpand: return "Expand";
    case OpKind::kShortestPath: return "ShortestPath";
    case OpKind::kExpandReachable: return "ExpandReachable";
    case OpKind::kCountReachable: return "CountReachable";
    case OpKind::kEntityFilter: return "EntityFilter";
    case OpKind::kFilter: return "Filter";
    case OpKind::kProjectPath: return "ProjectPath";
    case OpKind::kOptional: return "Optional";
    case OpKind::kProject: return "Project";
    case OpKind::kAggregate: return "Aggregate";
    case OpKind::kDistinct: return "Distinct";
    case OpKind::kSort: return "Sort";
    case OpKind::kSkip: return "Skip";
    case OpKind::kLimit: return "Limit";
    case OpKind::kUnwind: return "Unwind";
    case OpKind::kCreate: return "Create";
    case OpKind::kMerge: return "Merge";
    case OpKind::kSet: return "Set";
    case OpKind::kRemove: return "Remove";
    case OpKind::kDelete: return "Delete";
    case OpKind::kCall: return "ProcedureCall";
    case OpKind::kApply: return "Apply";
    case OpKind::kSemiApply: return "SemiApply";
    case OpKind::kUnion: return "Union";
    case OpKind::kProduceResults: return "ProduceResults";
    case OpKind::kCountStore: return "CountFromStore";
    case OpKind::kExpandCount: return "ExpandCount";
    case OpKind::kRelationshipScan: return "RelationshipScan";
    case OpKind::kSchemaCommand: return "SchemaCommand";
  }
  return "?";
}

// Adds to *out the expressions of `e` that run a subplan (not those
// inside them: they belong to that subplan).
void CollectSubplans(const Plan& plan, const Expr* e, std::vector<const Expr*>* out) {
  if (!e) return;
  if (plan.subplans.count(e)) {
    if (std::find(out->begin(), out->end(), e) == out->end()) out->push_back(e);
    return;
  }
  for (const ExprPtr& a : e->args) CollectSubplans(plan, a.get(), out);
  for (const CaseArm& arm : e->arms) {
    CollectSubplans(plan, arm.when.get(), out);
    CollectSubplans(plan, arm.then.get(), out);
  }
  CollectSubplans(plan, e->otherwise.get(), out);
  CollectSubplans(plan, e->where.get(), out);
  CollectSubplans(plan, e->projection.get(), out);
  for (const MapProjectionItem& item : e->items) CollectSubplans(plan, item.value.get(), out);
}

// The subplans of the expressions `op` evaluates, in order.
std::vector<const Expr*> SubplansOf(const Plan& plan, const Operator& op) {
  std::vector<const Expr*> out;
  for (const Expr* e : {op.value, op.properties, op.predicate, op.count}) CollectSubplans(plan, e, &out);
  for (const auto& [slot, e] : op.items) CollectSubplans(plan, e, &out);
  for (const auto& [slot, e] : op.post_items) CollectSubplans(plan, e, &out);
  for (const auto& [e, descending] : op.sort_keys) CollectSubplans(plan, e, &out);
  if (op.kind == OpKind::kShortestPath) CollectSubplans(plan, op.rel->properties.get(), &out);
  if (const Clause* c = op.clause; c && op.kind != OpKind::kApply) {
    for (const ExprPtr& e : c->exprs) CollectSubplans(plan, e.get(), &out);
    for (const auto* items : {&c->set_items, &c->on_create, &c->on_match}) {
      for (const SetItem& item : *items) CollectSubplans(plan, item.value.get(), &out);
    }
    for (const PatternPart& part : c->patterns) {
      for (const NodePattern& n : part.nodes) CollectSubplans(plan, n.properties.get(), &out);
      for (const RelPattern& r : part.rels) CollectSubplans(plan, r.properties.get(), &out);
    }
  }
  return out;
}

const char* SubplanName(ExprKind k) {
  switch (k) {
    case ExprKind::kExists: return "EXISTS";
    case ExprKind::kCountSubquery: return "COUNT";
    case ExprKind::kCollectSubquery: return "COLLECT";
    case ExprKind::kPatternComprehension: return "pattern comprehension";
    default: return "pattern";
  }
}

void ExplainOp(const Plan& plan, const Operator& op, int depth,
               const std::function<std::string(const Operator&)>& annotate, std::string* out) {
  std::string indent(depth * 2, ' ');
  std::string line = indent + OpName(op.kind);
  if (op.kind == OpKind::kNodeScan && !op.labels.empty()) line = indent + "NodeByLabelScan";
  if (op.kind == OpKind::kSemiApply && op.anti) line = indent + "AntiSemiApply";
  if (!op.text.empty()) line += " " + op.text;
  if (annotate) line += annotate(op);
  *out += line + "\n";
  if (op.inner) {
    *out += indent + "  (per row)\n";
    ExplainOp(plan, *op.inner, depth + 2, annotate, out);
  }
  for (const Expr* e : SubplansOf(plan, op)) {
    *out += indent + "  (" + SubplanName(e->kind) + " per row)\n";
    ExplainOp(plan, *plan.subplans.at(e), depth + 2, annotate, out);
  }
  for (const auto& b : op.branches) ExplainOp(plan, *b, depth + 1, annotate, out);
  if (op.input) ExplainOp(plan, *op.input, depth + 1, annotate, out);
}

}  // namespace

std::string Explain(const Plan& plan, const std::function<std::string(const Operator&)>& annotate) {
  std::string out;
  ExplainOp(plan, *plan.root, 0, annotate, &out);
  return out;
}

}  // namespace cg::query::planner
