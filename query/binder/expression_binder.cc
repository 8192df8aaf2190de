// The expression rules of Binder (query_binder.h).
#include "query/binder/query_binder.h"

#include <algorithm>

#include "query/function/functions.h"

namespace cg::query::binder {

// --- expressions -----------------------------------------------------------
// A WHERE condition: must be able to be a boolean.
void Binder::BindPredicate(Expr* e, const Scope& scope) {
  BindExpr(e, scope, {.predicate = true});
  if (IsNonBoolean(KindOf(*e, scope))) Fail(e->pos, "InvalidArgumentType", "WHERE needs a boolean condition");
}

void Binder::BindExpr(Expr* e, const Scope& scope, ExprContext ctx) {
  bool boolean_op = (e->kind == ExprKind::kBinary && (e->op == Op::kAnd || e->op == Op::kOr || e->op == Op::kXor)) ||
                    (e->kind == ExprKind::kUnary && e->op == Op::kNot);
  bool exists_call = e->kind == ExprKind::kFunction && function::FindFunction(e->name) &&
                     function::FindFunction(e->name)->name == "exists";
  if (boolean_op || exists_call) ctx.predicate = true;
  switch (e->kind) {
    case ExprKind::kVariable: {
      auto it = scope.find(e->name);
      if (it == scope.end()) Fail(e->pos, "UndefinedVariable", "Variable `" + e->name + "` not defined");
      e->slot = it->second.slot;
      return;
    }
    case ExprKind::kCountStar:
      MarkAggregate(e, ctx);
      return;
    case ExprKind::kParameter:
      parameters_.insert(e->name);
      return;
    case ExprKind::kFunction: {
      const function::FunctionInfo* f = function::FindFunction(e->name);
      if (!f) Fail(e->pos, "UnknownFunction", "Unknown function '" + e->name + "'");
      int n = static_cast<int>(e->args.size());
      if (n < f->min_args || (f->max_args >= 0 && n > f->max_args)) {
        Fail(e->pos, "InvalidNumberOfArguments", "Wrong number of arguments for function '" + e->name + "'");
      }
      if (f->aggregate) {
        MarkAggregate(e, ctx);
        ctx.inside_aggregate = true;
      } else if (ctx.inside_aggregate && f->name == "rand") {  // the one non-deterministic function
        Fail(e->pos, "NonConstantExpression", "Can't use non-deterministic (random) functions inside of aggregate functions");
      }
      for (ExprPtr& a : e->args) BindExpr(a.get(), scope, ctx);
      CheckFunctionArgs(*e, scope);
      return;
    }
    case ExprKind::kListComprehension:
    case ExprKind::kQuantifier: {
      BindExpr(e->args[0].get(), scope, ctx);
      Scope inner = scope;
      e->slot = NewSlot();
      inner[e->variable] = {e->slot, ElementKind(*e->args[0], scope)};
      if (e->where) BindPredicate(e->where.get(), inner);
      if (e->projection) BindExpr(e->projection.get(), inner, {});
      return;
    }
    case ExprKind::kReduce: {
      BindExpr(e->args[0].get(), scope, ctx);
      BindExpr(e->args[1].get(), scope, ctx);
      Scope inner = scope;
      e->slot = NewSlot();
      e->slot2 = NewSlot();
      inner[e->variable] = {e->slot, VarKind::kAny};
      inner[e->variable2] = {e->slot2, VarKind::kAny};
      BindExpr(e->projection.get(), inner, {});
      return;
    }
    case ExprKind::kPatternPredicate: {
      if (!ctx.predicate) {
        Fail(e->pos, "UnexpectedSyntax", "a pattern can only be used as a predicate (in WHERE or exists())");
      }
      Scope inner = scope;
      std::set<std::string> rels;
      BindPattern(e->pattern.get(), &inner, PatternMode::kPredicate, &rels, scope);
      return;
    }
    case ExprKind::kPatternComprehension: {
      Scope inner = scope;
      std::set<std::string> rels;
      BindPattern(e->pattern.get(), &inner, PatternMode::kMatch, &rels, scope);
      if (e->where) BindPredicate(e->where.get(), inner);
      BindExpr(e->projection.get(), inner, {});
      return;
    }
    case ExprKind::kExists:
    case ExprKind::kCountSubquery:
    case ExprKind::kCollectSubquery: BindSubqueryExpr(e, scope); return;
    case ExprKind::kMapProjection:
      BindExpr(e->args[0].get(), scope, ctx);
      for (MapProjectionItem& item : e->items) {
        if (item.value) BindExpr(item.value.get(), scope, ctx);
      }
      return;
    case ExprKind::kCase:
      for (ExprPtr& a : e->args) BindExpr(a.get(), scope, ctx);
      for (CaseArm& arm : e->arms) {
        ExprContext when = ctx;
        when.predicate = true;
        BindExpr(arm.when.get(), scope, when);
        BindExpr(arm.then.get(), scope, ctx);
      }
      if (e->otherwise) BindExpr(e->otherwise.get(), scope, ctx);
      return;
    default:
      for (ExprPtr& a : e->args) {
        if (a) BindExpr(a.get(), scope, ctx);
      }
      CheckStaticTypes(*e, scope);
      return;
  }
}

// The kind of every element of a list literal whose elements all have one
// known kind; kAny otherwise.
VarKind Binder::ElementKind(const Expr& list, const Scope& scope) {
  if (list.kind != ExprKind::kList || list.args.empty()) return VarKind::kAny;
  VarKind k = KindOf(*list.args[0], scope);
  for (const ExprPtr& a : list.args) {
    if (KindOf(*a, scope) != k) return VarKind::kAny;
  }
  return k == VarKind::kBool || k == VarKind::kString || k == VarKind::kMap ? k : VarKind::kAny;
}

// Type errors that show in the query text: boolean operators on
// non-boolean literals, property access on literals, ...
void Binder::CheckStaticTypes(const Expr& e, const Scope& scope) {
  bool boolean_op = (e.kind == ExprKind::kBinary && (e.op == Op::kAnd || e.op == Op::kOr || e.op == Op::kXor)) ||
                    (e.kind == ExprKind::kUnary && e.op == Op::kNot);
  if (boolean_op) {
    for (const ExprPtr& a : e.args) {
      if (IsNonBoolean(KindOf(*a, scope))) {
        Fail(a->pos, "InvalidArgumentType", std::string(OpText(e.op)) + " needs boolean operands");
      }
    }
  }
  bool arithmetic = e.kind == ExprKind::kBinary && (e.op == Op::kAdd || e.op == Op::kSub || e.op == Op::kMul ||
                                                    e.op == Op::kDiv || e.op == Op::kMod || e.op == Op::kPow);
  bool list_concat = e.kind == ExprKind::kBinary && e.op == Op::kAdd &&
                     (KindOf(*e.args[0], scope) == VarKind::kList || KindOf(*e.args[1], scope) == VarKind::kList);
  if (arithmetic && !list_concat) {
    for (const ExprPtr& a : e.args) {
      VarKind k = KindOf(*a, scope);
      if (k == VarKind::kBool || k == VarKind::kMap || (k == VarKind::kString && e.op != Op::kAdd)) {
        Fail(a->pos, "InvalidArgumentType", std::string(OpText(e.op)) + " cannot take " + KindName(k));
      }
    }
  }
  if (e.kind == ExprKind::kBinary && e.op == Op::kIn) {
    const VarKind k = KindOf(*e.args[1], scope);
    if (k != VarKind::kAny && k != VarKind::kValue && k != VarKind::kList && k != VarKind::kRelList) {
      Fail(e.args[1]->pos, "InvalidArgumentType", std::string("IN needs a list, not ") + KindName(k));
    }
  }
  const VarKind base = e.kind == ExprKind::kProperty ? KindOf(*e.args[0], scope) : VarKind::kAny;
  if (IsScalarOrList(base) || base == VarKind::kPath) {
    throw CompileError("TypeError", "InvalidArgumentType",
                       "Type mismatch: property access ." + e.name + " on a " + KindName(KindOf(*e.args[0], scope)),
                       e.pos.line, e.pos.column);
  }
}

void Binder::CheckFunctionArgs(const Expr& e, const Scope& scope) {
  std::string n = e.name;
  std::transform(n.begin(), n.end(), n.begin(), ::tolower);
  if (e.args.empty()) return;
  VarKind k = KindOf(*e.args[0], scope);
  const bool entity = k == VarKind::kNode || k == VarKind::kRel || k == VarKind::kPath;
  if ((n == "properties" && IsScalarOrList(k)) ||
      (n == "length" && (k == VarKind::kNode || k == VarKind::kRel || IsScalarOrList(k) || k == VarKind::kMap)) ||
      (n == "type" && (k == VarKind::kNode || k == VarKind::kPath || IsScalarOrList(k) || k == VarKind::kMap)) ||
      (n == "labels" && (k == VarKind::kPath || IsScalarOrList(k) || k == VarKind::kMap)) ||
      (n == "size" && (entity || k == VarKind::kMap))) {
    Fail(e.pos, "InvalidArgumentType", "Type mismatch: " + e.name + "() cannot take " + KindName(k));
  }
}

void Binder::MarkAggregate(Expr* e, const ExprContext& ctx) {
  if (ctx.inside_aggregate) Fail(e->pos, "NestedAggregation", "Cannot nest aggregate functions");
  if (!ctx.aggregates_allowed) {
    Fail(e->pos, "InvalidAggregation", "Aggregation is not allowed here, only in WITH and RETURN");
  }
  e->is_aggregate = true;
  e->slot = NewSlot();  // where the aggregate's result is stored per group
}

}  // namespace cg::query::binder
