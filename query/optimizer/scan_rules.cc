#include "query/optimizer/scan_rules.h"

namespace cg::query::optimizer {

using planner::Operator;
using planner::OpKind;

namespace {

// A one-hop Expand binding a fresh relationship and node.
bool FreshHop(const Operator& e) {
  return e.kind == OpKind::kExpand && e.rel && !e.rel->var_length && !e.to_bound && !e.rel_bound;
}

// EntityFilter (labels) at *link over a FreshHop binding its node: the
// labels move into the Expand.
void FuseLabels(std::unique_ptr<Operator>* link) {
  Operator& f = **link;
  if (f.kind != OpKind::kEntityFilter || f.labels.empty() || !f.input || !FreshHop(*f.input) ||
      f.input->slot != f.slot || !f.input->labels.empty()) {
    return;
  }
  Operator& expand = *f.input;
  expand.labels = std::move(f.labels);
  f.labels.clear();
  std::string shown;
  for (const std::string& l : expand.labels) shown += ":" + l;
  expand.text += " with labels " + shown;
  if (!f.properties) *link = std::move(f.input);
}

// NodeScan (all or one label) over an Argument, expanded by a typed,
// directed FreshHop without relationship uniqueness or property checks.
bool ScannableByType(const Operator& e) {
  if (!FreshHop(e) || e.rel->types.empty() || e.direction == ast::RelDirection::kBoth || e.rel->properties ||
      !e.unique_rels.empty()) {
    return false;
  }
  const Operator* scan = e.input.get();
  return scan && scan->kind == OpKind::kNodeScan && scan->labels.size() <= 1 && scan->input &&
         scan->input->kind == OpKind::kArgument;
}

void ScanByType(std::unique_ptr<Operator>* link) {
  if (!ScannableByType(**link)) return;
  std::unique_ptr<Operator> expand = std::move(*link);
  auto scan = std::make_unique<Operator>();
  scan->kind = OpKind::kRelationshipScan;
  scan->from_slot = expand->from_slot;
  scan->rel_slot = expand->rel_slot;
  scan->slot = expand->slot;
  scan->rel = expand->rel;
  scan->direction = expand->direction;
  scan->labels = expand->labels;
  scan->text = expand->input->text + " " + expand->text;
  scan->input = std::move(expand->input->input);
  expand->input->input = std::make_unique<Operator>();
  expand->input->input->kind = OpKind::kArgument;
  scan->inner = std::move(expand);
  *link = std::move(scan);
}

void Visit(std::unique_ptr<Operator>* link) {
  if (!*link) return;
  FuseLabels(link);
  ScanByType(link);
  Operator* op = link->get();
  if (op->kind != OpKind::kRelationshipScan) Visit(&op->inner);  // its inner is the original, kept
  for (auto& b : op->branches) Visit(&b);
  Visit(&op->input);
}

}  // namespace

void RewriteScans(planner::Plan* plan) {
  Visit(&plan->root);
  for (auto& [expr, sub] : plan->subplans) Visit(&sub);
}

}  // namespace cg::query::optimizer
