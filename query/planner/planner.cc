// The query, its parts and clauses (query_planner.h); BuildPlan.
#include "query/planner/query_planner.h"

#include <fmt/format.h>

namespace cg::query::planner {

std::vector<int> Operator::Binds() const {
  switch (kind) {
    case OpKind::kNodeScan:
    case OpKind::kNodeIndexSeek:
    case OpKind::kNodeByIdSeek:
    case OpKind::kProjectPath:
    case OpKind::kUnwind:
      return {slot};
    case OpKind::kCall:
    case OpKind::kApply: return clause->yield_slots;
    case OpKind::kExpand: {
      std::vector<int> out;
      if (!rel_bound) out.push_back(rel_slot);
      if (!to_bound) out.push_back(slot);
      return out;
    }
    case OpKind::kShortestPath:
    case OpKind::kExpandReachable: return {rel_slot, slot};
    case OpKind::kRelationshipScan: return {from_slot, rel_slot, slot};
    default: return {};
  }
}

OpPtr MakeOp(OpKind kind, OpPtr input) {
  auto op = std::make_unique<Operator>();
  op->kind = kind;
  op->input = std::move(input);
  return op;
}

void SplitConjuncts(const Expr* e, std::vector<const Expr*>* out) {
  if (e->kind == ExprKind::kBinary && e->op == Op::kAnd) {
    SplitConjuncts(e->args[0].get(), out);
    SplitConjuncts(e->args[1].get(), out);
  } else {
    out->push_back(e);
  }
}

namespace {

std::string SchemaText(const SchemaCommand& c) {
  using Kind = SchemaCommand::Kind;
  switch (c.kind) {
    case Kind::kCreateIndex: return fmt::format("CREATE INDEX {} FOR (:{}) ON ({})", c.name, c.label, c.key);
    case Kind::kCreateConstraint:
      return fmt::format("CREATE CONSTRAINT {} FOR (:{}) REQUIRE {} IS UNIQUE", c.name, c.label, c.key);
    case Kind::kDropIndex: return "DROP INDEX " + c.name;
    case Kind::kDropConstraint: return "DROP CONSTRAINT " + c.name;
  }
  return "";
}

}  // namespace

OpPtr Planner::PlanQuery(const Query& q, const std::set<int>& bound) {
  if (q.schema) {
    auto op = MakeOp(OpKind::kSchemaCommand, MakeOp(OpKind::kArgument, nullptr));
    op->schema = &*q.schema;
    op->text = SchemaText(*q.schema);
    return op;
  }
  if (q.parts.size() == 1) return PlanSingle(q.parts[0], MakeOp(OpKind::kArgument, nullptr), bound);
  auto u = MakeOp(OpKind::kUnion, nullptr);
  u->union_all = q.union_all[0];
  for (const SingleQuery& part : q.parts) {
    u->branches.push_back(PlanSingle(part, MakeOp(OpKind::kArgument, nullptr), bound));
  }
  u->columns = u->branches[0]->columns;
  return u;
}

OpPtr Planner::PlanSingle(const SingleQuery& q, OpPtr input, std::set<int> bound) {
  bound_ = std::move(bound);
  OpPtr op = std::move(input);
  for (const Clause& c : q.clauses) {
    switch (c.kind) {
      case Clause::Kind::kMatch: op = PlanMatchClause(c, std::move(op)); break;
      case Clause::Kind::kUnwind: {
        PlanExprSubplans(c.expr.get());
        op = MakeOp(OpKind::kUnwind, std::move(op));
        op->slot = c.slot;
        op->value = c.expr.get();
        op->text = Text(*c.expr);
        bound_.insert(c.slot);
        break;
      }
      case Clause::Kind::kWith:
        if (c.importing) break;  // the argument row holds what it imports
        [[fallthrough]];
      case Clause::Kind::kReturn: op = PlanProjection(c, std::move(op)); break;
      case Clause::Kind::kSubquery: op = PlanSubqueryCall(c, std::move(op)); break;
      case Clause::Kind::kCreate:
      case Clause::Kind::kMerge: op = PlanCreateOrMerge(c, std::move(op)); break;
      case Clause::Kind::kSet:
      case Clause::Kind::kRemove:
      case Clause::Kind::kDelete: {
        for (const SetItem& item : c.set_items) {
          if (item.value) PlanExprSubplans(item.value.get());
        }
        for (const ExprPtr& e : c.exprs) PlanExprSubplans(e.get());
        op = MakeOp(c.kind == Clause::Kind::kSet      ? OpKind::kSet
                    : c.kind == Clause::Kind::kRemove ? OpKind::kRemove
                                                      : OpKind::kDelete,
                    std::move(op));
        op->clause = &c;
        break;
      }
      case Clause::Kind::kCall: op = PlanCall(c, std::move(op), q.clauses.size() == 1); break;
    }
  }
  return op;
}

OpPtr Planner::PlanCall(const Clause& c, OpPtr op, bool standalone) {
  for (const ExprPtr& e : c.exprs) PlanExprSubplans(e.get());
  auto call = MakeOp(OpKind::kCall, std::move(op));
  call->clause = &c;
  call->procedure = procedures_->Find(c.procedure);
  call->text = c.show.empty() ? c.procedure : "SHOW " + c.show + " (" + c.procedure + ")";
  for (int s : c.yield_slots) bound_.insert(s);
  op = std::move(call);
  if (c.where) {
    PlanExprSubplans(c.where.get());
    op = MakeOp(OpKind::kFilter, std::move(op));
    op->predicate = c.where.get();
    op->text = Text(*c.where);
  }
  if (standalone) {
    auto r = MakeOp(OpKind::kProduceResults, std::move(op));
    for (size_t i = 0; i < c.yields.size(); ++i) {
      r->columns.push_back(c.yields[i].second);
      r->slots.push_back(c.yield_slots[i]);
    }
    r->text = fmt::format("{}", fmt::join(r->columns, ", "));
    op = std::move(r);
  }
  return op;
}

OpPtr Planner::PlanCreateOrMerge(const Clause& c, OpPtr op) {
  for (const PatternPart& part : c.patterns) {
    for (const NodePattern& n : part.nodes) {
      if (n.properties) PlanExprSubplans(n.properties.get());
    }
    for (const RelPattern& r : part.rels) {
      if (r.properties) PlanExprSubplans(r.properties.get());
    }
  }
  for (const auto* items : {&c.on_create, &c.on_match}) {
    for (const SetItem& item : *items) {
      if (item.value) PlanExprSubplans(item.value.get());
    }
  }
  std::set<int> before = bound_;
  auto out = MakeOp(c.kind == Clause::Kind::kCreate ? OpKind::kCreate : OpKind::kMerge, std::move(op));
  out->clause = &c;
  out->bound_before = before;
  if (c.kind == Clause::Kind::kMerge) {
    out->inner = PlanPatterns(c.patterns, nullptr, MakeOp(OpKind::kArgument, nullptr));
  }
  for (const PatternPart& part : c.patterns) {
    for (const NodePattern& n : part.nodes) bound_.insert(n.slot);
    for (const RelPattern& r : part.rels) bound_.insert(r.slot);
    bound_.insert(part.path_slot);
  }
  std::string text;
  for (const PatternPart& part : c.patterns) {
    size_t end = part.nodes.back().pos.offset;
    text += std::string(source_.substr(part.pos.offset, end - part.pos.offset)) + "(...)";
  }
  out->text = text;
  return out;
}

Plan BuildPlan(const ast::Query& query, const binder::BoundQuery& bound, std::string_view source,
               const ProcedureRegistry* procedures) {
  Plan plan;
  plan.num_slots = bound.num_slots;
  plan.columns = bound.columns;
  plan.updates = bound.updates;
  plan.source = std::string(source);
  plan.procedures = procedures;
  Planner planner(&plan, source, procedures);
  plan.root = planner.PlanQuery(query);
  return plan;
}

}  // namespace cg::query::planner
