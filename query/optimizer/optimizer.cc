#include "query/optimizer/optimizer.h"

#include <set>

#include "graph/reader.h"
#include "query/optimizer/aggregate_rules.h"
#include "query/optimizer/count_rules.h"
#include "query/optimizer/expr_slots.h"
#include "query/optimizer/index_rules.h"
#include "query/optimizer/reachability.h"
#include "query/optimizer/scan_rules.h"
#include "query/planner/seekable.h"

namespace cg::query::optimizer {

using namespace ast;
using planner::Operator;
using planner::OpKind;

namespace {

bool IsPatternOp(OpKind k) {
  return k == OpKind::kNodeScan || k == OpKind::kNodeIndexSeek || k == OpKind::kNodeByIdSeek || k == OpKind::kExpand ||
         k == OpKind::kEntityFilter || k == OpKind::kFilter || k == OpKind::kProjectPath ||
         k == OpKind::kShortestPath || k == OpKind::kSemiApply;
}

// Operators that only drop rows, which a filter may pass on its way down.
bool IsRowFilter(OpKind k) { return k == OpKind::kFilter || k == OpKind::kEntityFilter || k == OpKind::kSemiApply; }

// Moves the Filter at *link down past the pattern operators that bind
// nothing it reads (and past other filters on the way, but only to get
// below such an operator). Returns whether it moved.
bool PushDown(std::unique_ptr<Operator>* link) {
  std::set<int> deps;
  if (!CollectSlots((*link)->predicate, &deps)) return false;
  int steps = 0, useful = 0;
  for (Operator* cur = (*link)->input.get(); cur && IsPatternOp(cur->kind); cur = cur->input.get()) {
    ++steps;
    if (IsRowFilter(cur->kind)) continue;
    bool touches = false;
    for (int s : cur->Binds()) touches |= deps.count(s) > 0;
    if (touches) break;
    useful = steps;
  }
  for (int i = 0; i < useful; ++i) {
    std::unique_ptr<Operator> filter = std::move(*link);
    std::unique_ptr<Operator> lower = std::move(filter->input);
    filter->input = std::move(lower->input);
    lower->input = std::move(filter);
    *link = std::move(lower);
    link = &(*link)->input;
  }
  return useful > 0;
}

// The seek one filter allows for the node in `slot`, with a value computable
// before the scan; nullopt when none.
std::optional<planner::Seekable> SeekOf(const Operator& f, int slot, const std::set<int>& above) {
  if (f.kind == OpKind::kEntityFilter && f.slot == slot && f.properties && f.properties->kind == ExprKind::kMap) {
    for (size_t i = 0; i < f.properties->keys.size(); ++i) {
      const Expr* v = f.properties->args[i].get();
      if (graph::Reader::IsIndexed(f.properties->keys[i]) && ComputableBefore(v, slot, above)) {
        return planner::Seekable{planner::Seekable::By::kProperty, f.properties->keys[i], v, nullptr};
      }
    }
  }
  if (f.kind == OpKind::kFilter) {
    auto seek = planner::SeekableEquality(*f.predicate, slot);
    if (seek && ComputableBefore(seek->value, slot, above)) return seek;
  }
  return std::nullopt;
}

// Turns the scan below the filters starting at `op` into a seek when one
// of those filters allows it: by id, on a built-in index, else on one of
// the user's (index_rules.h).
void Seek(Operator* op, std::set<int> above, const std::string& source, const graph::Catalog* catalog) {
  Operator* scan = op;
  while (scan && IsRowFilter(scan->kind)) scan = scan->input.get();
  if (!scan || scan->kind != OpKind::kNodeScan) return;
  for (Operator* f = op; f != scan; f = f->input.get()) {
    for (int b : f->Binds()) above.insert(b);
  }
  for (Operator* f = op; f != scan; f = f->input.get()) {
    if (auto seek = SeekOf(*f, scan->slot, above)) {
      auto text = [&](const Expr* e) { return source.substr(e->pos.offset, e->end - e->pos.offset); };
      scan->value = seek->value;
      if (seek->by == planner::Seekable::By::kProperty) {
        scan->kind = OpKind::kNodeIndexSeek;
        scan->key = seek->key;
        scan->text += " WHERE " + seek->key + " = " + text(seek->value);
      } else {
        scan->kind = OpKind::kNodeByIdSeek;
        scan->key = seek->by == planner::Seekable::By::kId ? "id" : "elementId";
        scan->text += " WHERE " + text(seek->side) + " = " + text(seek->value);
      }
      return;
    }
  }
  if (catalog) SeekUserIndex(op, scan, above, *catalog, source);
}

// `above`: the slots bound by the operators above *link in its chain.
void Visit(std::unique_ptr<Operator>* link, std::set<int> above, const std::string& source,
           const graph::Catalog* catalog) {
  if (!*link) return;
  while ((*link)->kind == OpKind::kFilter && PushDown(link)) {
  }
  Operator* op = link->get();
  Visit(&op->inner, {}, source, catalog);
  for (auto& b : op->branches) Visit(&b, {}, source, catalog);
  if (IsRowFilter(op->kind)) Seek(op, above, source, catalog);
  for (int b : op->Binds()) above.insert(b);
  Visit(&op->input, std::move(above), source, catalog);
}

}  // namespace

void Optimize(planner::Plan* plan, const graph::Catalog* catalog) {
  Visit(&plan->root, {}, plan->source, catalog);
  for (auto& [expr, sub] : plan->subplans) Visit(&sub, {}, plan->source, catalog);
  RewriteCounts(plan);
  RewriteScans(plan);
  ExpandToReachable(plan);
  FuseExpandAggregates(plan);  // last: the rules above look for plain Aggregates
}

}  // namespace cg::query::optimizer
