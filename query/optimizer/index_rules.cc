#include "query/optimizer/index_rules.h"

#include <map>

#include "query/optimizer/expr_slots.h"

namespace cg::query::optimizer {

using namespace ast;
using planner::Operator;
using planner::OpKind;

namespace {

// What the filters say about one key.
struct KeyPredicates {
  const Expr* equal = nullptr;
  const Expr* lower = nullptr;
  const Expr* upper = nullptr;
  const Expr* prefix = nullptr;
};

bool IsPropertyOf(const Expr& e, int slot) {
  return e.kind == ExprKind::kProperty && e.args[0]->kind == ExprKind::kVariable && e.args[0]->slot == slot;
}

// Records what predicate `e` (a filter) says about a key of the node in `slot`.
void Collect(const Expr* e, int slot, const std::set<int>& above, std::map<std::string, KeyPredicates>* keys) {
  if (e->kind == ExprKind::kBinary && e->op == Op::kStartsWith && IsPropertyOf(*e->args[0], slot) &&
      ComputableBefore(e->args[1].get(), slot, above)) {
    auto& k = (*keys)[e->args[0]->name];
    if (!k.prefix) k.prefix = e->args[1].get();
    return;
  }
  if (e->kind != ExprKind::kComparison || e->ops.size() != 1) return;
  for (int side = 0; side < 2; ++side) {
    const Expr& prop = *e->args[side];
    const Expr* value = e->args[1 - side].get();
    if (!IsPropertyOf(prop, slot) || !ComputableBefore(value, slot, above)) continue;
    Op op = e->ops[0];
    if (side == 1) {  // value op n.key: turn it around
      op = op == Op::kLt ? Op::kGt : op == Op::kGt ? Op::kLt : op == Op::kLe ? Op::kGe : op == Op::kGe ? Op::kLe : op;
    }
    auto& k = (*keys)[prop.name];
    if (op == Op::kEq && !k.equal) k.equal = value;
    else if ((op == Op::kGt || op == Op::kGe) && !k.lower) k.lower = value;
    else if ((op == Op::kLt || op == Op::kLe) && !k.upper) k.upper = value;
    return;
  }
}

}  // namespace

bool SeekUserIndex(Operator* top, Operator* scan, const std::set<int>& above, const graph::Catalog& catalog,
                   const std::string& source) {
  if (scan->labels.empty() || catalog.empty()) return false;
  std::map<std::string, KeyPredicates> keys;
  for (Operator* f = top; f != scan; f = f->input.get()) {
    if (f->kind == OpKind::kFilter) Collect(f->predicate, scan->slot, above, &keys);
    if (f->kind == OpKind::kEntityFilter && f->slot == scan->slot && f->properties &&
        f->properties->kind == ExprKind::kMap) {
      for (size_t i = 0; i < f->properties->keys.size(); ++i) {
        auto& k = keys[f->properties->keys[i]];
        if (!k.equal && ComputableBefore(f->properties->args[i].get(), scan->slot, above)) {
          k.equal = f->properties->args[i].get();
        }
      }
    }
  }
  const graph::IndexDef* best = nullptr;
  const KeyPredicates* chosen = nullptr;
  auto rank = [](const KeyPredicates& k) { return k.equal ? 3 : (k.lower || k.upper) ? 2 : k.prefix ? 1 : 0; };
  for (const auto& [key, predicates] : keys) {
    const graph::IndexDef* index = catalog.On(scan->labels[0], key);
    if (index && rank(predicates) > 0 && (!chosen || rank(predicates) > rank(*chosen))) {
      best = index;
      chosen = &predicates;
    }
  }
  if (!best) return false;
  auto text = [&](const Expr* e) { return source.substr(e->pos.offset, e->end - e->pos.offset); };
  scan->kind = OpKind::kNodeIndexSeek;
  scan->index = best->name;
  scan->key = best->key;
  scan->text += " INDEX " + best->name + " WHERE ";
  if (chosen->equal) {
    scan->value = chosen->equal;
    scan->text += best->key + " = " + text(chosen->equal);
  } else if (chosen->lower || chosen->upper) {
    scan->lower = chosen->lower;
    scan->upper = chosen->upper;
    if (chosen->lower) scan->text += best->key + " >= " + text(chosen->lower);
    if (chosen->upper) scan->text += std::string(chosen->lower ? " AND " : "") + best->key + " <= " + text(chosen->upper);
  } else {
    scan->prefix = chosen->prefix;
    scan->text += best->key + " STARTS WITH " + text(chosen->prefix);
  }
  return true;
}

}  // namespace cg::query::optimizer
