// The projection rules of Binder (query_binder.h): WITH / RETURN items,
// aggregation, SKIP / LIMIT and ORDER BY.
#include "query/binder/query_binder.h"

#include <algorithm>

#include "query/function/functions.h"

namespace cg::query::binder {

// --- projections -----------------------------------------------------------
bool Binder::ContainsAggregate(const Expr& e) {
  if (e.is_aggregate) return true;
  for (const ExprPtr& a : e.args) {
    if (a && ContainsAggregate(*a)) return true;
  }
  for (const CaseArm& arm : e.arms) {
    if (ContainsAggregate(*arm.when) || ContainsAggregate(*arm.then)) return true;
  }
  if (e.otherwise && ContainsAggregate(*e.otherwise)) return true;
  for (const MapProjectionItem& item : e.items) {
    if (item.value && ContainsAggregate(*item.value)) return true;
  }
  return false;
}

// An aggregating item may use, outside its aggregate calls, only grouping
// keys (by expression text) and variables that are grouping keys.
void Binder::CheckAggregateItem(const Expr& e, const std::set<std::string>& key_texts,
                                const std::set<std::string>& key_vars) {
  if (e.is_aggregate || key_texts.count(Text(e))) return;
  if (e.kind == ExprKind::kVariable) {
    if (!key_vars.count(e.name)) {
      Fail(e.pos, "AmbiguousAggregationExpression",
           "Expression mixes aggregation with variable `" + e.name + "` that is not a grouping key");
    }
    return;
  }
  if (e.kind == ExprKind::kListComprehension || e.kind == ExprKind::kQuantifier ||
      e.kind == ExprKind::kReduce || e.kind == ExprKind::kPatternComprehension ||
      e.kind == ExprKind::kPatternPredicate || IsSubqueryExpr(e.kind)) {
    return;
  }
  for (const ExprPtr& a : e.args) {
    if (a) CheckAggregateItem(*a, key_texts, key_vars);
  }
  for (const CaseArm& arm : e.arms) {
    CheckAggregateItem(*arm.when, key_texts, key_vars);
    CheckAggregateItem(*arm.then, key_texts, key_vars);
  }
  if (e.otherwise) CheckAggregateItem(*e.otherwise, key_texts, key_vars);
  for (const MapProjectionItem& item : e.items) {
    if (item.value) CheckAggregateItem(*item.value, key_texts, key_vars);
  }
}

VarKind Binder::KindOf(const Expr& e, const Scope& scope) {
  switch (e.kind) {
    case ExprKind::kVariable: {
      auto it = scope.find(e.name);
      return it == scope.end() ? VarKind::kAny : it->second.kind;
    }
    case ExprKind::kLiteral:
      switch (e.literal.type()) {
        case Value::Type::kBool: return VarKind::kBool;
        case Value::Type::kInt: return VarKind::kInt;
        case Value::Type::kFloat: return VarKind::kFloat;
        case Value::Type::kString: return VarKind::kString;
        default: return VarKind::kAny;
      }
    case ExprKind::kList:
    case ExprKind::kCollectSubquery: return VarKind::kList;
    case ExprKind::kCountSubquery: return VarKind::kInt;
    case ExprKind::kMap: return VarKind::kMap;
    case ExprKind::kUnary:
    case ExprKind::kBinary: {
      // Arithmetic on numbers known as such: an integer when both are, else a float.
      const bool arithmetic = e.kind == ExprKind::kUnary ? e.op == Op::kNeg || e.op == Op::kPlus
                                                         : e.op == Op::kAdd || e.op == Op::kSub || e.op == Op::kMul ||
                                                               e.op == Op::kDiv || e.op == Op::kMod || e.op == Op::kPow;
      if (!arithmetic) return VarKind::kAny;
      bool all_int = true;
      for (const ExprPtr& a : e.args) {
        const VarKind k = KindOf(*a, scope);
        if (k != VarKind::kInt && k != VarKind::kFloat) return VarKind::kAny;
        all_int = all_int && k == VarKind::kInt;
      }
      return all_int && e.op != Op::kPow ? VarKind::kInt : VarKind::kFloat;
    }
    case ExprKind::kComparison:
    case ExprKind::kListComprehension:
    case ExprKind::kQuantifier:
    case ExprKind::kIsNull:
    case ExprKind::kIsNotNull:
      return VarKind::kValue;
    case ExprKind::kFunction: {
      std::string n = e.name;
      std::transform(n.begin(), n.end(), n.begin(), ::tolower);
      if (n == "startnode" || n == "endnode") return VarKind::kNode;
      if (n == "count" || n == "collect" || n == "nodes" || n == "relationships" || n == "labels" ||
          n == "keys" || n == "type" || n == "size") {
        return VarKind::kValue;
      }
      return VarKind::kAny;
    }
    default: return VarKind::kAny;
  }
}

void Binder::CheckSkipLimit(Expr* e, const char* what) {
  if (!e) return;
  if (ReferencesVariable(*e)) Fail(e->pos, "NonConstantExpression", std::string(what) + " must be a constant");
  BindExpr(e, Scope{}, {});
  if (e->kind == ExprKind::kLiteral) {
    if (e->literal.is_int() && e->literal.as_int() < 0) {
      Fail(e->pos, "NegativeIntegerArgument", std::string(what) + " must not be negative");
    }
    if (!e->literal.is_int()) Fail(e->pos, "InvalidArgumentType", std::string(what) + " must be an integer");
  }
}

bool Binder::ReferencesVariable(const Expr& e) {
  if (e.kind == ExprKind::kVariable || e.kind == ExprKind::kPatternPredicate) return true;
  for (const ExprPtr& a : e.args) {
    if (a && ReferencesVariable(*a)) return true;
  }
  return false;
}

std::vector<std::string> Binder::BindProjection(Clause* c, Scope* scope, bool is_with) {
  Projection& p = c->projection;
  if (p.star) {
    std::vector<ProjectionItem> items;
    for (const auto& [name, var] : *scope) {
      ProjectionItem item;
      item.expr = std::make_unique<Expr>();
      item.expr->kind = ExprKind::kVariable;
      item.expr->name = name;
      item.expr->pos = c->pos;
      item.alias = name;
      items.push_back(std::move(item));
    }
    if (items.empty() && p.items.empty() && !is_with) {
      Fail(c->pos, "NoVariablesInScope", std::string(is_with ? "WITH" : "RETURN") + " * has no variables in scope");
    }
    for (ProjectionItem& item : p.items) items.push_back(std::move(item));
    p.items = std::move(items);
  }
  std::set<std::string> aliases;
  bool aggregating = false;
  for (ProjectionItem& item : p.items) {
    BindExpr(item.expr.get(), *scope, {.aggregates_allowed = true});
    if (!aliases.insert(item.alias).second) {
      Fail(item.expr->pos, "ColumnNameConflict", "Multiple result columns with the same name `" + item.alias + "`");
    }
    aggregating |= ContainsAggregate(*item.expr);
  }
  std::set<std::string> key_texts, key_vars;
  if (aggregating) {
    for (ProjectionItem& item : p.items) {
      if (ContainsAggregate(*item.expr)) continue;
      if (item.expr->kind == ExprKind::kProperty) key_texts.insert(Text(*item.expr));
      if (item.expr->kind == ExprKind::kVariable) key_vars.insert(item.expr->name);
    }
    for (ProjectionItem& item : p.items) {
      if (ContainsAggregate(*item.expr)) CheckAggregateItem(*item.expr, key_texts, key_vars);
    }
  }
  Scope next;
  for (ProjectionItem& item : p.items) {
    item.slot = NewSlot();
    next[item.alias] = {item.slot, KindOf(*item.expr, *scope)};
  }
  // ORDER BY sees the projection and, unless it aggregates or is DISTINCT,
  // the variables before it. An ORDER BY expression that repeats a
  // projected expression refers to that column.
  Scope order_scope = next;
  if (!aggregating && !p.distinct) {
    for (const auto& [name, var] : *scope) order_scope.emplace(name, var);
  }
  for (SortItem& s : p.order) {
    ReplaceProjected(&s.expr, p);
    if (aggregating || p.distinct) {
      CheckOnlyProjected(*s.expr, order_scope, *scope, p, aggregating);
    }
    BindExpr(s.expr.get(), order_scope, {.aggregates_allowed = false});
  }
  CheckSkipLimit(p.skip.get(), "SKIP");
  CheckSkipLimit(p.limit.get(), "LIMIT");
  // WITH ... WHERE sees the projection and, unless it aggregates, the
  // variables before it.
  if (p.where) {
    Scope where_scope = next;
    if (!aggregating) {
      for (const auto& [name, var] : *scope) where_scope.emplace(name, var);
    }
    BindPredicate(p.where.get(), where_scope);
  }
  for (const ProjectionItem& item : p.items) {
    if (is_with && !item.has_alias && item.expr->kind != ExprKind::kVariable) {
      Fail(item.expr->pos, "NoExpressionAlias", "Expression in WITH must be aliased (use AS)");
    }
  }
  *scope = std::move(next);
  std::vector<std::string> columns;
  for (ProjectionItem& item : p.items) columns.push_back(item.alias);
  return columns;
}

// Replaces sub-expressions of `*e` whose text equals a projection item
// (`RETURN n.x, count(*) ORDER BY n.x`) by a reference to that column.
void Binder::ReplaceProjected(ExprPtr* e, const Projection& p) {
  std::string text = Text(**e);
  for (const ProjectionItem& item : p.items) {
    bool simple = item.expr->kind == ExprKind::kProperty || item.expr->is_aggregate;
    if (simple && item.expr->end != 0 && Text(*item.expr) == text) {
      auto v = std::make_unique<Expr>();
      v->kind = ExprKind::kVariable;
      v->name = item.alias;
      v->pos = (*e)->pos;
      v->end = (*e)->end;
      *e = std::move(v);
      return;
    }
  }
  if ((*e)->kind == ExprKind::kListComprehension || (*e)->kind == ExprKind::kQuantifier ||
      (*e)->kind == ExprKind::kReduce) {
    return;
  }
  for (ExprPtr& a : (*e)->args) {
    if (a) ReplaceProjected(&a, p);
  }
}

bool Binder::Mentions(const Expr& e, const std::string& name) {
  if (e.kind == ExprKind::kVariable && e.name == name) return true;
  for (const ExprPtr& a : e.args) {
    if (a && Mentions(*a, name)) return true;
  }
  return false;
}

// After aggregation or DISTINCT, ORDER BY may use only projected columns.
void Binder::CheckOnlyProjected(const Expr& e, const Scope& visible, const Scope& before, const Projection& p,
                                bool aggregating) {
  if (e.kind == ExprKind::kVariable && !visible.count(e.name) && before.count(e.name)) {
    // A variable that a grouping key is computed from makes the ordering
    // ambiguous; any other is simply out of scope.
    bool grouped = std::any_of(p.items.begin(), p.items.end(), [&](const ProjectionItem& item) {
      return !ContainsAggregate(*item.expr) && Mentions(*item.expr, e.name);
    });
    Fail(e.pos, aggregating && grouped ? "AmbiguousAggregationExpression" : "UndefinedVariable",
         "Variable `" + e.name + "` is not projected and cannot be used in ORDER BY after aggregation or DISTINCT");
  }
  for (const ExprPtr& a : e.args) {
    if (a) CheckOnlyProjected(*a, visible, before, p, aggregating);
  }
  bool aggregate = e.kind == ExprKind::kCountStar ||
                   (e.kind == ExprKind::kFunction && function::FindFunction(e.name) &&
                    function::FindFunction(e.name)->aggregate);
  if (aggregate) Fail(e.pos, "InvalidAggregation", "ORDER BY cannot aggregate an expression that is not projected");
}

}  // namespace cg::query::binder
