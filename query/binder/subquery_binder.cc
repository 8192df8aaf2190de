// The subquery rules of Binder (query_binder.h): CALL { } subqueries and
// the EXISTS / COUNT / COLLECT subquery expressions.
//
// A CALL { } body sees only what it imports: the variables listed in
// CALL (x, y) { } (all of them with CALL (*)), or, in the older form, those
// its leading WITH names (`CALL { WITH x ... }`, simple references only).
// What it returns joins the outer scope and must not be bound there yet.
// An expression subquery sees every outer variable.
#include "query/binder/query_binder.h"

namespace cg::query::binder {

namespace {

// Whether `e` mentions a variable of `scope` (over-approximates: a
// comprehension variable of the same name counts too).
bool MentionsAny(const Expr& e, const Scope& scope) {
  if (e.kind == ExprKind::kVariable && scope.count(e.name)) return true;
  for (const ExprPtr& a : e.args) {
    if (a && MentionsAny(*a, scope)) return true;
  }
  for (const CaseArm& arm : e.arms) {
    if (MentionsAny(*arm.when, scope) || MentionsAny(*arm.then, scope)) return true;
  }
  if (e.otherwise && MentionsAny(*e.otherwise, scope)) return true;
  if (e.where && MentionsAny(*e.where, scope)) return true;
  if (e.projection && MentionsAny(*e.projection, scope)) return true;
  for (const MapProjectionItem& item : e.items) {
    if (item.value && MentionsAny(*item.value, scope)) return true;
  }
  return false;
}

// Where RETURN item `column` of the part is written (for errors).
Position ReturnedAt(const SingleQuery& part, const std::string& column, const Position& otherwise) {
  const Clause& last = part.clauses.back();
  if (last.kind != Clause::Kind::kReturn) return otherwise;
  for (const ProjectionItem& item : last.projection.items) {
    if (item.alias == column) return item.expr->pos;
  }
  return otherwise;
}

}  // namespace

Scope Binder::ImportedScope(const Clause& call, SingleQuery* part, const Scope& outer) {
  Scope inner;
  if (call.scoped) {
    if (call.yield_star) return outer;
    for (const ExprPtr& v : call.exprs) {
      auto it = outer.find(v->name);
      if (it == outer.end()) Fail(v->pos, "UndefinedVariable", "Variable `" + v->name + "` not defined");
      if (!inner.emplace(v->name, it->second).second) {
        Fail(v->pos, "VariableAlreadyBound", "Variable `" + v->name + "` is imported twice");
      }
      v->slot = it->second.slot;
    }
    return inner;
  }
  Clause& first = part->clauses.front();
  if (first.kind != Clause::Kind::kWith) return inner;
  Projection& p = first.projection;
  bool imports = p.star && !outer.empty();
  for (const ProjectionItem& item : p.items) imports |= MentionsAny(*item.expr, outer);
  if (!imports) return inner;  // an ordinary WITH, which sees nothing of the outer query
  const char* rule = "Importing WITH should consist only of simple references to outside variables";
  if (p.where || !p.order.empty() || p.skip || p.limit || p.distinct) {
    Fail(first.pos, "InvalidImportingWith",
         std::string(rule) + ": WHERE, ORDER BY, SKIP, LIMIT and DISTINCT are not allowed");
  }
  if (p.star) inner = outer;
  for (ProjectionItem& item : p.items) {
    const Expr& e = *item.expr;
    if (e.kind != ExprKind::kVariable || (item.has_alias && item.alias != e.name)) {
      Fail(e.pos, "InvalidImportingWith", std::string(rule) + ": aliasing or expressions are not supported");
    }
    auto it = outer.find(e.name);
    if (it == outer.end()) Fail(e.pos, "UndefinedVariable", "Variable `" + e.name + "` not defined");
    item.expr->slot = it->second.slot;
    item.slot = it->second.slot;
    inner.emplace(e.name, it->second);
  }
  first.importing = true;
  return inner;
}

void Binder::BindSubqueryCall(Clause* c, Scope* scope) {
  const Scope outer = *scope;
  std::vector<std::string> columns =
      BindUnion(c->body.get(), Body::kCall, [&](SingleQuery* part) { return ImportedScope(*c, part, outer); });
  for (const std::string& column : columns) {
    for (const SingleQuery& part : c->body->parts) {
      const Clause& ret = part.clauses.back();
      for (const ProjectionItem& item : ret.projection.items) {
        if (item.alias == column && !item.has_alias && item.expr->kind != ExprKind::kVariable) {
          Fail(item.expr->pos, "NoExpressionAlias", "Expression in CALL { RETURN ... } must be aliased (use AS)");
        }
      }
    }
    if (scope->count(column)) {
      Fail(ReturnedAt(c->body->parts[0], column, c->pos), "VariableAlreadyBound",
           "Variable `" + column + "` already declared in outer scope");
    }
    c->yields.emplace_back(column, column);
    c->yield_slots.push_back(Declare(scope, column, VarKind::kAny, c->pos));
  }
}

void Binder::BindSubqueryExpr(Expr* e, const Scope& scope) {
  std::vector<std::string> columns =
      BindUnion(e->subquery.get(), Body::kExpression, [&](SingleQuery*) { return scope; });
  if (e->kind == ExprKind::kCollectSubquery && columns.size() != 1) {
    Fail(e->pos, "InvalidCollectSubquery", "A COLLECT subquery must end with a RETURN of exactly one column");
  }
}

}  // namespace cg::query::binder
