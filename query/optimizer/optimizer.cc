#include "query/optimizer/optimizer.h"

#include <set>

#include "graph/reader.h"
#include "query/optimizer/aggregate_rules.h"
#include "query/optimizer/count_rules.h"
#include "query/optimizer/expr_slots.h"
#include "query/optimizer/reachability.h"
#include "query/optimizer/scan_rules.h"

namespace cg::query::optimizer {

using namespace ast;
using planner::Operator;
using planner::OpKind;

namespace {

bool IsPatternOp(OpKind k) {
  return k == OpKind::kNodeScan || k == OpKind::kNodeIndexSeek || k == OpKind::kExpand ||
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

// Whether `value` can be computed before the scan of `slot`: it reads
// neither that node nor anything bound above the scan.
bool Computable(const Expr* value, int slot, const std::set<int>& above) {
  std::set<int> deps;
  if (!CollectSlots(value, &deps)) return false;
  for (int d : deps) {
    if (d == slot || above.count(d)) return false;
  }
  return true;
}

// The value `slot.key = value` seeks by, from one filter; null when none.
const Expr* SeekValue(const Operator& f, int slot, const std::set<int>& above, std::string* key) {
  if (f.kind == OpKind::kEntityFilter && f.slot == slot && f.properties && f.properties->kind == ExprKind::kMap) {
    for (size_t i = 0; i < f.properties->keys.size(); ++i) {
      const Expr* v = f.properties->args[i].get();
      if (graph::Reader::IsIndexed(f.properties->keys[i]) && Computable(v, slot, above)) {
        *key = f.properties->keys[i];
        return v;
      }
    }
  }
  if (f.kind == OpKind::kFilter) {
    const Expr* e = f.predicate;
    if (e->kind != ExprKind::kComparison || e->ops.size() != 1 || e->ops[0] != Op::kEq) return nullptr;
    for (int side = 0; side < 2; ++side) {
      const Expr* prop = e->args[side].get();
      const Expr* value = e->args[1 - side].get();
      if (prop->kind == ExprKind::kProperty && prop->args[0]->kind == ExprKind::kVariable &&
          prop->args[0]->slot == slot && graph::Reader::IsIndexed(prop->name) && Computable(value, slot, above)) {
        *key = prop->name;
        return value;
      }
    }
  }
  return nullptr;
}

// Turns the scan below the filters starting at `op` into a seek when one
// of those filters allows it.
void Seek(Operator* op, std::set<int> above, const std::string& source) {
  Operator* scan = op;
  while (scan && IsRowFilter(scan->kind)) scan = scan->input.get();
  if (!scan || scan->kind != OpKind::kNodeScan) return;
  for (Operator* f = op; f != scan; f = f->input.get()) {
    for (int b : f->Binds()) above.insert(b);
  }
  for (Operator* f = op; f != scan; f = f->input.get()) {
    std::string key;
    if (const Expr* v = SeekValue(*f, scan->slot, above, &key)) {
      scan->kind = OpKind::kNodeIndexSeek;
      scan->key = key;
      scan->value = v;
      scan->text += " WHERE " + key + " = " + source.substr(v->pos.offset, v->end - v->pos.offset);
      return;
    }
  }
}

// `above`: the slots bound by the operators above *link in its chain.
void Visit(std::unique_ptr<Operator>* link, std::set<int> above, const std::string& source) {
  if (!*link) return;
  while ((*link)->kind == OpKind::kFilter && PushDown(link)) {
  }
  Operator* op = link->get();
  Visit(&op->inner, {}, source);
  for (auto& b : op->branches) Visit(&b, {}, source);
  if (IsRowFilter(op->kind)) Seek(op, above, source);
  for (int b : op->Binds()) above.insert(b);
  Visit(&op->input, std::move(above), source);
}

}  // namespace

void Optimize(planner::Plan* plan) {
  Visit(&plan->root, {}, plan->source);
  for (auto& [expr, sub] : plan->subplans) Visit(&sub, {}, plan->source);
  RewriteCounts(plan);
  RewriteScans(plan);
  ExpandToReachable(plan);
  FuseExpandAggregates(plan);  // last: the rules above look for plain Aggregates
}

}  // namespace cg::query::optimizer
