// The pattern rules of Binder (query_binder.h).
#include "query/binder/query_binder.h"

namespace cg::query::binder {

void Binder::CheckKind(const Var& v, VarKind want, const std::string& name, const Position& pos) {
  if (v.kind == VarKind::kAny || v.kind == want) return;
  if (v.kind == VarKind::kList && want == VarKind::kRelList) return;
  Fail(pos, "VariableTypeConflict",
       "Variable `" + name + "` already declared as " + KindName(v.kind) + ", used as " + KindName(want));
}

void Binder::BindPatternProperties(Expr* props, const Scope& scope, PatternMode mode) {
  if (!props) return;
  if (props->kind == ExprKind::kParameter && mode != PatternMode::kCreate) {
    Fail(props->pos, "InvalidParameterUse", "a parameter cannot be used as a property map in a pattern here");
  }
  BindExpr(props, scope, {});
}

// Binds one pattern part. `clause_rels` collects relationship variables
// of the whole clause (a variable used twice violates uniqueness).
void Binder::BindPattern(PatternPart* part, Scope* scope, PatternMode mode, std::set<std::string>* clause_rels,
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

void Binder::BindMatch(Clause* c, Scope* scope) {
  Scope outer = *scope;
  std::set<std::string> rels;
  for (PatternPart& part : c->patterns) BindPattern(&part, scope, PatternMode::kMatch, &rels, outer);
  if (c->where) BindPredicate(c->where.get(), *scope);
}

void Binder::BindCreate(Clause* c, Scope* scope) {
  Scope outer = *scope;
  std::set<std::string> rels;
  for (PatternPart& part : c->patterns) BindPattern(&part, scope, PatternMode::kCreate, &rels, outer);
}

void Binder::BindMerge(Clause* c, Scope* scope) {
  Scope outer = *scope;
  std::set<std::string> rels;
  BindPattern(&c->patterns[0], scope, PatternMode::kMerge, &rels, outer);
  BindSetItems(&c->on_create, *scope);
  BindSetItems(&c->on_match, *scope);
}

void Binder::BindSetItems(std::vector<SetItem>* items, const Scope& scope) {
  for (SetItem& item : *items) {
    BindExpr(item.target.get(), scope, {});
    if (item.value) BindExpr(item.value.get(), scope, {});
  }
}

}  // namespace cg::query::binder
