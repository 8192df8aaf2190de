#include "query/binder/binder.h"

#include <algorithm>
#include <map>
#include <set>

#include "query/error.h"
#include "query/function/functions.h"

namespace cg::query::binder {

using namespace ast;

namespace {

// What a variable is known to hold.
enum class VarKind { kAny, kNode, kRel, kRelList, kPath, kList, kValue, kBool, kInt, kFloat, kString, kMap };

// Kinds that are known not to be a boolean / not to have properties.
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

struct Var {
  int slot;
  VarKind kind;
};

using Scope = std::map<std::string, Var, std::less<>>;

[[noreturn]] void Fail(const Position& pos, const std::string& code, const std::string& message) {
  throw CompileError("SyntaxError", code,
                     message + " (line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ")",
                     pos.line, pos.column);
}

// Where an expression appears, for aggregation rules.
struct ExprContext {
  bool aggregates_allowed = false;
  bool inside_aggregate = false;
  // A pattern may stand as a boolean here (WHERE, boolean operators,
  // exists(), CASE WHEN); elsewhere a bare pattern is a syntax error.
  bool predicate = false;
};

class Binder {
 public:
  Binder(std::string_view source, const ProcedureRegistry* procedures) : source_(source), procedures_(procedures) {}

  BoundQuery BindQuery(Query* q) {
    BoundQuery out;
    for (size_t i = 1; i < q->parts.size(); ++i) {
      if (q->union_all[i - 1] != q->union_all[0]) {
        Fail(q->parts[i].clauses[0].pos, "InvalidClauseComposition", "UNION and UNION ALL cannot be mixed");
      }
    }
    for (size_t i = 0; i < q->parts.size(); ++i) {
      Scope scope;
      std::vector<std::string> columns = BindSingle(&q->parts[i], &scope, /*subquery=*/false);
      if (i == 0) {
        out.columns = columns;
      } else {
        std::vector<std::string> a = out.columns, b = columns;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b) {
          Fail(q->parts[i].clauses[0].pos, "DifferentColumnsInUnion",
               "all sub queries in a UNION must have the same return column names");
        }
      }
    }
    out.num_slots = next_slot_;
    out.updates = updates_;
    out.parameters.assign(parameters_.begin(), parameters_.end());
    return out;
  }

 private:
  int NewSlot() { return next_slot_++; }

  std::string Text(const Expr& e) const { return std::string(source_.substr(e.pos.offset, e.end - e.pos.offset)); }

  static bool IsUpdate(Clause::Kind k) {
    return k == Clause::Kind::kCreate || k == Clause::Kind::kMerge || k == Clause::Kind::kSet ||
           k == Clause::Kind::kRemove || k == Clause::Kind::kDelete;
  }

  // Binds one query part; returns its result columns.
  std::vector<std::string> BindSingle(SingleQuery* q, Scope* scope, bool subquery) {
    std::vector<std::string> columns;
    bool after_update = false;
    for (size_t i = 0; i < q->clauses.size(); ++i) {
      Clause& c = q->clauses[i];
      bool last = i + 1 == q->clauses.size();
      if (IsUpdate(c.kind)) {
        if (subquery) Fail(c.pos, "InvalidClauseComposition", "an EXISTS subquery cannot update the graph");
        updates_ = true;
        after_update = true;
      }
      if ((c.kind == Clause::Kind::kMatch || c.kind == Clause::Kind::kUnwind || c.kind == Clause::Kind::kCall) &&
          after_update) {
        Fail(c.pos, "InvalidClauseComposition", "a WITH is required between an updating clause and a reading clause");
      }
      if (c.kind == Clause::Kind::kWith) after_update = false;
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
            if (e->kind == ExprKind::kHasLabels) Fail(e->pos, "InvalidDelete", "DELETE takes nodes, relationships or paths");
            BindExpr(e.get(), *scope, {});
          }
          break;
        case Clause::Kind::kCall: {
          bool standalone = q->clauses.size() == 1 && !subquery;
          BindCall(&c, scope, standalone);
          if (standalone) {
            for (const auto& [field, alias] : c.yields) columns.push_back(alias);
          }
          break;
        }
      }
      bool standalone_call = c.kind == Clause::Kind::kCall && q->clauses.size() == 1;
      if (last && !subquery && c.kind != Clause::Kind::kReturn && !IsUpdate(c.kind) && !standalone_call) {
        Fail(c.pos, "InvalidClauseComposition", "a query must end with RETURN or an updating clause");
      }
    }
    return columns;
  }

  int Declare(Scope* scope, const std::string& name, VarKind kind, const Position& pos) {
    if (scope->count(name)) Fail(pos, "VariableAlreadyBound", "Variable `" + name + "` already declared");
    int slot = NewSlot();
    (*scope)[name] = {slot, kind};
    return slot;
  }

  void BindCall(Clause* c, Scope* scope, bool standalone) {
    const Procedure* p = procedures_ ? procedures_->Find(c->procedure) : nullptr;
    if (!p) {
      throw CompileError("ProcedureError", "ProcedureNotFound", "There is no procedure `" + c->procedure + "`",
                         c->pos.line, c->pos.column);
    }
    if (c->implicit_args) {
      if (!standalone) Fail(c->pos, "InvalidArgumentPassingMode", "only a standalone CALL takes implicit arguments");
      for (const ProcedureField& in : p->inputs()) parameters_.insert(in.name);
    } else if (c->exprs.size() != p->inputs().size()) {
      Fail(c->pos, "InvalidNumberOfArguments",
           "Procedure " + p->name() + " takes " + std::to_string(p->inputs().size()) + " arguments");
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
      if (c->yield_star && !standalone) Fail(c->pos, "UnexpectedSyntax", "YIELD * is only allowed in a standalone CALL");
      for (const ProcedureField& out : p->outputs()) c->yields.emplace_back(out.name, out.name);
    } else if (c->yields.empty() && !p->outputs().empty()) {
      Fail(c->pos, "UndefinedVariable", "an in-query CALL of a procedure with outputs must YIELD them");
    }
    for (const auto& [field, alias] : c->yields) {
      bool known = std::any_of(p->outputs().begin(), p->outputs().end(),
                               [&](const ProcedureField& f) { return f.name == field; });
      if (!known) Fail(c->pos, "UndefinedVariable", "Procedure " + p->name() + " has no output `" + field + "`");
      c->yield_slots.push_back(Declare(scope, alias, VarKind::kAny, c->pos));
    }
    if (c->where) BindPredicate(c->where.get(), *scope);
  }

  // --- patterns --------------------------------------------------------------
  enum class PatternMode { kMatch, kCreate, kMerge, kPredicate };

  void CheckKind(const Var& v, VarKind want, const std::string& name, const Position& pos) {
    if (v.kind == VarKind::kAny || v.kind == want) return;
    if (v.kind == VarKind::kList && want == VarKind::kRelList) return;
    Fail(pos, "VariableTypeConflict",
         "Variable `" + name + "` already declared as " + KindName(v.kind) + ", used as " + KindName(want));
  }

  void BindPatternProperties(Expr* props, const Scope& scope, PatternMode mode) {
    if (!props) return;
    if (props->kind == ExprKind::kParameter && mode != PatternMode::kCreate) {
      Fail(props->pos, "InvalidParameterUse", "a parameter cannot be used as a property map in a pattern here");
    }
    BindExpr(props, scope, {});
  }

  // Binds one pattern part. `clause_rels` collects relationship variables
  // of the whole clause (a variable used twice violates uniqueness).
  void BindPattern(PatternPart* part, Scope* scope, PatternMode mode, std::set<std::string>* clause_rels,
                   const Scope& outer) {
    if (!part->path_variable.empty()) {
      if (mode == PatternMode::kPredicate) Fail(part->pos, "UndefinedVariable", "a pattern predicate cannot name a path");
      part->path_slot = Declare(scope, part->path_variable, VarKind::kPath, part->pos);
    } else {
      part->path_slot = NewSlot();
    }
    bool creating = mode == PatternMode::kCreate || mode == PatternMode::kMerge;
    for (size_t i = 0; i < part->nodes.size(); ++i) {
      NodePattern& n = part->nodes[i];
      if (n.variable.empty()) {
        n.slot = NewSlot();
      } else if (auto it = scope->find(n.variable); it != scope->end()) {
        bool from_outer = outer.count(n.variable) > 0;
        if (n.variable == part->path_variable) {
          Fail(n.pos, "VariableAlreadyBound", "Variable `" + n.variable + "` already declared in this pattern");
        }
        CheckKind(it->second, VarKind::kNode, n.variable, n.pos);
        if (creating && (!n.labels.empty() || n.properties || (from_outer && part->nodes.size() == 1))) {
          Fail(n.pos, "VariableAlreadyBound", "Variable `" + n.variable + "` already declared");
        }
        n.slot = it->second.slot;
        if (it->second.kind == VarKind::kAny) it->second.kind = VarKind::kNode;
      } else {
        if (mode == PatternMode::kPredicate) {
          Fail(n.pos, "UndefinedVariable", "Variable `" + n.variable + "` not defined");
        }
        n.slot = NewSlot();
        (*scope)[n.variable] = {n.slot, VarKind::kNode};
      }
      BindPatternProperties(n.properties.get(), *scope, mode);
    }
    for (RelPattern& r : part->rels) {
      if (creating && !r.variable.empty() && scope->count(r.variable)) {
        Fail(r.pos, "VariableAlreadyBound", "Variable `" + r.variable + "` already declared");
      }
      if (creating) {
        if (r.types.size() != 1) {
          Fail(r.pos, "NoSingleRelationshipType", "a relationship to create needs exactly one type");
        }
        if (r.var_length) Fail(r.pos, "CreatingVarLength", "a variable-length relationship cannot be created");
        if (r.direction == RelDirection::kBoth && mode == PatternMode::kCreate) {
          Fail(r.pos, "RequiresDirectedRelationship", "a relationship to create needs a direction");
        }
      }
      VarKind kind = r.var_length ? VarKind::kRelList : VarKind::kRel;
      if (r.variable.empty()) {
        r.slot = NewSlot();
      } else {
        if (!clause_rels->insert(r.variable).second) {
          Fail(r.pos, "RelationshipUniquenessViolation",
               "Relationship variable `" + r.variable + "` is used twice in one pattern");
        }
        if (auto it = scope->find(r.variable); it != scope->end()) {
          if (creating) Fail(r.pos, "VariableAlreadyBound", "Variable `" + r.variable + "` already declared");
          if (mode == PatternMode::kMatch && r.var_length && it->second.kind != VarKind::kAny) {
            CheckKind(it->second, VarKind::kRelList, r.variable, r.pos);
          } else {
            CheckKind(it->second, VarKind::kRel, r.variable, r.pos);
          }
          r.slot = it->second.slot;
        } else {
          if (mode == PatternMode::kPredicate) {
            Fail(r.pos, "UndefinedVariable", "Variable `" + r.variable + "` not defined");
          }
          r.slot = NewSlot();
          (*scope)[r.variable] = {r.slot, kind};
        }
      }
      if (r.properties && r.properties->kind == ExprKind::kParameter && mode != PatternMode::kCreate) {
        Fail(r.properties->pos, "InvalidParameterUse", "a parameter cannot be used as a property map in a pattern here");
      }
      if (r.properties) BindExpr(r.properties.get(), *scope, {});
    }
  }

  void BindMatch(Clause* c, Scope* scope) {
    Scope outer = *scope;
    std::set<std::string> rels;
    for (PatternPart& part : c->patterns) BindPattern(&part, scope, PatternMode::kMatch, &rels, outer);
    if (c->where) BindPredicate(c->where.get(), *scope);
  }

  void BindCreate(Clause* c, Scope* scope) {
    Scope outer = *scope;
    std::set<std::string> rels;
    for (PatternPart& part : c->patterns) BindPattern(&part, scope, PatternMode::kCreate, &rels, outer);
  }

  void BindMerge(Clause* c, Scope* scope) {
    Scope outer = *scope;
    std::set<std::string> rels;
    BindPattern(&c->patterns[0], scope, PatternMode::kMerge, &rels, outer);
    BindSetItems(&c->on_create, *scope);
    BindSetItems(&c->on_match, *scope);
  }

  void BindSetItems(std::vector<SetItem>* items, const Scope& scope) {
    for (SetItem& item : *items) {
      BindExpr(item.target.get(), scope, {});
      if (item.value) BindExpr(item.value.get(), scope, {});
    }
  }

  // --- projections -----------------------------------------------------------
  static bool ContainsAggregate(const Expr& e) {
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
  void CheckAggregateItem(const Expr& e, const std::set<std::string>& key_texts,
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
        e.kind == ExprKind::kPatternPredicate || e.kind == ExprKind::kExists) {
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

  VarKind KindOf(const Expr& e, const Scope& scope) {
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
      case ExprKind::kList: return VarKind::kList;
      case ExprKind::kMap: return VarKind::kMap;
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

  void CheckSkipLimit(Expr* e, const char* what) {
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

  static bool ReferencesVariable(const Expr& e) {
    if (e.kind == ExprKind::kVariable || e.kind == ExprKind::kPatternPredicate) return true;
    for (const ExprPtr& a : e.args) {
      if (a && ReferencesVariable(*a)) return true;
    }
    return false;
  }

  std::vector<std::string> BindProjection(Clause* c, Scope* scope, bool is_with) {
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
  void ReplaceProjected(ExprPtr* e, const Projection& p) {
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

  static bool Mentions(const Expr& e, const std::string& name) {
    if (e.kind == ExprKind::kVariable && e.name == name) return true;
    for (const ExprPtr& a : e.args) {
      if (a && Mentions(*a, name)) return true;
    }
    return false;
  }

  // After aggregation or DISTINCT, ORDER BY may use only projected columns.
  void CheckOnlyProjected(const Expr& e, const Scope& visible, const Scope& before, const Projection& p,
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

  // --- expressions -----------------------------------------------------------
  // A WHERE condition: must be able to be a boolean.
  void BindPredicate(Expr* e, const Scope& scope) {
    BindExpr(e, scope, {.predicate = true});
    if (IsNonBoolean(KindOf(*e, scope))) Fail(e->pos, "InvalidArgumentType", "WHERE needs a boolean condition");
  }

  void BindExpr(Expr* e, const Scope& scope, ExprContext ctx) {
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
      case ExprKind::kExists: {
        Scope inner = scope;
        BindSingle(e->subquery.get(), &inner, /*subquery=*/true);
        return;
      }
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
  VarKind ElementKind(const Expr& list, const Scope& scope) {
    if (list.kind != ExprKind::kList || list.args.empty()) return VarKind::kAny;
    VarKind k = KindOf(*list.args[0], scope);
    for (const ExprPtr& a : list.args) {
      if (KindOf(*a, scope) != k) return VarKind::kAny;
    }
    return k == VarKind::kBool || k == VarKind::kString || k == VarKind::kMap ? k : VarKind::kAny;
  }

  // Type errors that show in the query text: boolean operators on
  // non-boolean literals, property access on literals, ...
  void CheckStaticTypes(const Expr& e, const Scope& scope) {
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
    if (e.kind == ExprKind::kProperty && IsScalarOrList(KindOf(*e.args[0], scope))) {
      throw CompileError("TypeError", "InvalidArgumentType",
                         "Type mismatch: property access ." + e.name + " on a " + KindName(KindOf(*e.args[0], scope)),
                         e.pos.line, e.pos.column);
    }
  }

  void CheckFunctionArgs(const Expr& e, const Scope& scope) {
    std::string n = e.name;
    std::transform(n.begin(), n.end(), n.begin(), ::tolower);
    if (e.args.empty()) return;
    VarKind k = KindOf(*e.args[0], scope);
    if ((n == "properties" && IsScalarOrList(k)) ||
        (n == "length" && (k == VarKind::kNode || k == VarKind::kRel || IsScalarOrList(k) || k == VarKind::kMap))) {
      Fail(e.pos, "InvalidArgumentType", "Type mismatch: " + e.name + "() cannot take " + KindName(k));
    }
  }

  void MarkAggregate(Expr* e, const ExprContext& ctx) {
    if (ctx.inside_aggregate) Fail(e->pos, "NestedAggregation", "Cannot nest aggregate functions");
    if (!ctx.aggregates_allowed) {
      Fail(e->pos, "InvalidAggregation", "Aggregation is not allowed here, only in WITH and RETURN");
    }
    e->is_aggregate = true;
    e->slot = NewSlot();  // where the aggregate's result is stored per group
  }

  std::string_view source_;
  const ProcedureRegistry* procedures_;
  std::set<std::string> parameters_;
  int next_slot_ = 0;
  bool updates_ = false;
};

}  // namespace

BoundQuery Bind(ast::Query* query, std::string_view source, const ProcedureRegistry* procedures) {
  return Binder(source, procedures).BindQuery(query);
}

}  // namespace cg::query::binder
