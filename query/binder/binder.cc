// binder::Bind: the query, its parts and clauses (pattern, projection and
// expression rules in pattern_binder.cc, projection_binder.cc and
// expression_binder.cc).
#include "query/binder/binder.h"

#include <algorithm>

#include "query/binder/query_binder.h"

namespace cg::query::binder {

bool IsNonBoolean(VarKind k) {
  return k == VarKind::kInt || k == VarKind::kFloat || k == VarKind::kString || k == VarKind::kList ||
         k == VarKind::kMap || k == VarKind::kNode || k == VarKind::kRel || k == VarKind::kPath;
}
bool IsScalarOrList(VarKind k) {
  return k == VarKind::kInt || k == VarKind::kFloat || k == VarKind::kString || k == VarKind::kList ||
         k == VarKind::kBool;
}

const char* KindName(VarKind k) {
  switch (k) {
    case VarKind::kNode: return "Node";
    case VarKind::kRel: return "Relationship";
    case VarKind::kRelList: return "List<Relationship>";
    case VarKind::kPath: return "Path";
    case VarKind::kValue: return "a value";
    case VarKind::kList: return "a list";
    case VarKind::kBool: return "Boolean";
    case VarKind::kInt: return "Integer";
    case VarKind::kFloat: return "Float";
    case VarKind::kString: return "String";
    case VarKind::kMap: return "Map";
    case VarKind::kAny: return "Any";
  }
  return "?";
}


[[noreturn]] void Fail(const Position& pos, const std::string& code, const std::string& message) {
  throw CompileError("SyntaxError", code,
                     message + " (line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ")",
                     pos.line, pos.column);
}

BoundQuery Binder::BindQuery(Query* q) {
  BoundQuery out;
  if (q->schema) {  // CREATE / DROP INDEX / CONSTRAINT: no variables; a write
    SchemaCommand& c = *q->schema;
    if (c.name.empty()) {
      c.name = (c.kind == SchemaCommand::Kind::kCreateIndex ? "index_" : "constraint_") + c.label + "_" + c.key;
    }
    out.updates = true;
    return out;
  }
  out.columns = BindUnion(q, Body::kQuery, [](SingleQuery*) { return Scope(); });
  out.num_slots = next_slot_;
  out.updates = updates_;
  out.parameters.assign(parameters_.begin(), parameters_.end());
  return out;
}

std::vector<std::string> Binder::BindUnion(Query* q, Body body, const std::function<Scope(SingleQuery*)>& start) {
  for (size_t i = 1; i < q->parts.size(); ++i) {
    if (q->union_all[i - 1] != q->union_all[0]) {
      Fail(q->parts[i].clauses[0].pos, "InvalidClauseComposition", "UNION and UNION ALL cannot be mixed");
    }
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < q->parts.size(); ++i) {
    Scope scope = start(&q->parts[i]);
    std::vector<std::string> columns = BindSingle(&q->parts[i], &scope, body);
    if (i == 0) {
      out = columns;
    } else {
      std::vector<std::string> a = out, b = columns;
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      if (a != b) {
        Fail(q->parts[i].clauses[0].pos, "DifferentColumnsInUnion",
             "all sub queries in a UNION must have the same return column names");
      }
    }
  }
  return out;
}

bool Binder::IsUpdate(Clause::Kind k) {
  return k == Clause::Kind::kCreate || k == Clause::Kind::kMerge || k == Clause::Kind::kSet ||
         k == Clause::Kind::kRemove || k == Clause::Kind::kDelete;
}

// Binds one query part; returns its result columns.
std::vector<std::string> Binder::BindSingle(SingleQuery* q, Scope* scope, Body body) {
  bool subquery = body == Body::kExpression;  // may end in anything
  std::vector<std::string> columns;
  bool after_update = false;
  for (size_t i = 0; i < q->clauses.size(); ++i) {
    Clause& c = q->clauses[i];
    bool last = i + 1 == q->clauses.size();
    if (IsUpdate(c.kind)) {
      if (subquery) {
        Fail(c.pos, "InvalidClauseComposition", "an EXISTS, COUNT or COLLECT subquery cannot update the graph");
      }
      updates_ = true;
      after_update = true;
    }
    if ((c.kind == Clause::Kind::kMatch || c.kind == Clause::Kind::kUnwind || c.kind == Clause::Kind::kCall) &&
        after_update) {
      Fail(c.pos, "InvalidClauseComposition", "a WITH is required between an updating clause and a reading clause");
    }
    if (c.kind == Clause::Kind::kWith) after_update = false;
    if (!c.show.empty() && (i != 0 || subquery)) {
      Fail(c.pos, "InvalidClauseComposition", "SHOW " + c.show + " must begin the query");
    }
    if (c.kind == Clause::Kind::kReturn && !last) {
      Fail(q->clauses[i + 1].pos, "InvalidClauseComposition", "RETURN can only be used at the end of the query");
    }
    switch (c.kind) {
      case Clause::Kind::kMatch: BindMatch(&c, scope); break;
      case Clause::Kind::kUnwind: {
        BindExpr(c.expr.get(), *scope, {});
        c.slot = Declare(scope, c.alias, VarKind::kAny, c.pos);
        break;
      }
      case Clause::Kind::kWith:
        if (c.importing) break;  // the scope starts with what it imports
        [[fallthrough]];
      case Clause::Kind::kReturn: {
        std::vector<std::string> projected = BindProjection(&c, scope, c.kind == Clause::Kind::kWith);
        if (c.kind == Clause::Kind::kReturn) columns = std::move(projected);
        if (c.kind == Clause::Kind::kWith && last && !subquery) {
          Fail(c.pos, "InvalidClauseComposition", "a query cannot end with WITH");
        }
        break;
      }
      case Clause::Kind::kCreate: BindCreate(&c, scope); break;
      case Clause::Kind::kMerge: BindMerge(&c, scope); break;
      case Clause::Kind::kSet: BindSetItems(&c.set_items, *scope); break;
      case Clause::Kind::kRemove:
        for (RemoveItem& item : c.remove_items) BindExpr(item.target.get(), *scope, {});
        break;
      case Clause::Kind::kDelete:
        for (ExprPtr& e : c.exprs) {
          if (e->kind == ExprKind::kHasLabels)
            Fail(e->pos, "InvalidDelete", "DELETE takes nodes, relationships or paths");
          BindExpr(e.get(), *scope, {});
          if (const VarKind k = KindOf(*e, *scope); (IsScalarOrList(k) && k != VarKind::kList) || k == VarKind::kMap) {
            Fail(e->pos, "InvalidArgumentType", std::string("DELETE takes nodes, relationships or paths, not ") +
                                                    KindName(k));
          }
        }
        break;
      case Clause::Kind::kSubquery: BindSubqueryCall(&c, scope); break;
      case Clause::Kind::kCall: {
        bool standalone = q->clauses.size() == 1 && body == Body::kQuery;
        BindCall(&c, scope, standalone);
        if (standalone) {
          for (const auto& [field, alias] : c.yields) columns.push_back(alias);
        }
        break;
      }
    }
    bool standalone_call = c.kind == Clause::Kind::kCall && q->clauses.size() == 1 && body == Body::kQuery;
    bool unit_call = c.kind == Clause::Kind::kSubquery && c.yields.empty();  // writes, returns nothing
    if (last && !subquery && c.kind != Clause::Kind::kReturn && !IsUpdate(c.kind) && !standalone_call && !unit_call) {
      Fail(c.pos, "InvalidClauseComposition", "a query must end with RETURN or an updating clause");
    }
  }
  return columns;
}

int Binder::Declare(Scope* scope, const std::string& name, VarKind kind, const Position& pos) {
  if (scope->count(name)) Fail(pos, "VariableAlreadyBound", "Variable `" + name + "` already declared");
  int slot = NewSlot();
  (*scope)[name] = {slot, kind};
  return slot;
}

void Binder::BindCall(Clause* c, Scope* scope, bool standalone) {
  const Procedure* p = procedures_ ? procedures_->Find(c->procedure) : nullptr;
  if (!p) {
    throw CompileError("ProcedureError", "ProcedureNotFound", "There is no procedure `" + c->procedure + "`",
                       c->pos.line, c->pos.column);
  }
  if (p->writes()) updates_ = true;  // the query runs in a write transaction
  if (c->implicit_args) {
    if (!standalone) Fail(c->pos, "InvalidArgumentPassingMode", "only a standalone CALL takes implicit arguments");
    for (const ProcedureField& in : p->inputs()) parameters_.insert(in.name);
  } else if (c->exprs.size() < p->required_inputs() || c->exprs.size() > p->inputs().size()) {
    std::string count = std::to_string(p->inputs().size());
    if (p->required_inputs() < p->inputs().size()) count = std::to_string(p->required_inputs()) + " to " + count;
    Fail(c->pos, "InvalidNumberOfArguments", "Procedure " + p->name() + " takes " + count + " arguments: " + p->Signature());
  }
  for (size_t i = 0; i < c->exprs.size(); ++i) {
    Expr* e = c->exprs[i].get();
    BindExpr(e, *scope, {});
    if (ContainsAggregate(*e)) Fail(e->pos, "InvalidAggregation", "CALL arguments cannot aggregate");
    if (e->kind == ExprKind::kLiteral && !MatchesType(e->literal, p->inputs()[i].type)) {
      Fail(e->pos, "InvalidArgumentType", "argument " + p->inputs()[i].name + " must be " + p->inputs()[i].type);
    }
  }
  if (c->yield_star || (c->yields.empty() && standalone)) {
    if (c->yield_star && !standalone && c->show.empty()) {
      Fail(c->pos, "UnexpectedSyntax", "YIELD * is only allowed in a standalone CALL");
    }
    for (const ProcedureField& out : p->outputs()) c->yields.emplace_back(out.name, out.name);
  } else if (c->yields.empty() && !p->outputs().empty()) {
    Fail(c->pos, "UndefinedVariable", "an in-query CALL of a procedure with outputs must YIELD them");
  }
  for (const auto& yield : c->yields) {  // (not a structured binding: clang 14 cannot capture one)
    const auto& [field, alias] = yield;
    bool known = std::any_of(p->outputs().begin(), p->outputs().end(),
                             [&](const ProcedureField& f) { return f.name == yield.first; });
    if (!known) Fail(c->pos, "UndefinedVariable", "Procedure " + p->name() + " has no output `" + field + "`");
    c->yield_slots.push_back(Declare(scope, alias, VarKind::kAny, c->pos));
  }
  if (c->where) BindPredicate(c->where.get(), *scope);
}

BoundQuery Bind(ast::Query* query, std::string_view source, const ProcedureRegistry* procedures) {
  return Binder(source, procedures).BindQuery(query);
}

}  // namespace cg::query::binder
