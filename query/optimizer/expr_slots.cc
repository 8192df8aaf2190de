#include "query/optimizer/expr_slots.h"

namespace cg::query::optimizer {

using namespace ast;

bool CollectSlots(const Expr* e, std::set<int>* out) {
  if (!e) return true;
  if (IsSubqueryExpr(e->kind)) return false;
  if (e->kind == ExprKind::kVariable) out->insert(e->slot);
  if (e->pattern) {
    for (const NodePattern& n : e->pattern->nodes) {
      out->insert(n.slot);
      if (!CollectSlots(n.properties.get(), out)) return false;
    }
    for (const RelPattern& r : e->pattern->rels) {
      out->insert(r.slot);
      if (!CollectSlots(r.properties.get(), out)) return false;
    }
  }
  bool ok = true;
  for (const ExprPtr& a : e->args) ok &= CollectSlots(a.get(), out);
  for (const CaseArm& arm : e->arms) ok &= CollectSlots(arm.when.get(), out) && CollectSlots(arm.then.get(), out);
  ok &= CollectSlots(e->otherwise.get(), out);
  ok &= CollectSlots(e->where.get(), out);
  ok &= CollectSlots(e->projection.get(), out);
  for (const MapProjectionItem& item : e->items) ok &= CollectSlots(item.value.get(), out);
  return ok;
}

bool ComputableBefore(const ast::Expr* value, int slot, const std::set<int>& above) {
  std::set<int> deps;
  if (!CollectSlots(value, &deps)) return false;
  for (int d : deps) {
    if (d == slot || above.count(d)) return false;
  }
  return true;
}

}  // namespace cg::query::optimizer
