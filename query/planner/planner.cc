#include "query/planner/planner.h"

#include <algorithm>

#include <fmt/format.h>

#include "graph/reader.h"
#include "query/error.h"
#include "query/planner/seekable.h"

namespace cg::query::planner {

using namespace ast;

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

namespace {

using OpPtr = std::unique_ptr<Operator>;

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

class Planner {
 public:
  Planner(Plan* plan, std::string_view source, const ProcedureRegistry* procedures)
      : plan_(plan), source_(source), procedures_(procedures) {}

  // The parts of `q` (a query or a CALL { } body), each over an Argument;
  // `bound`: the slots the argument row holds.
  OpPtr PlanQuery(const Query& q, const std::set<int>& bound = {}) {
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

  static bool Writes(const Query& q) {
    for (const SingleQuery& part : q.parts) {
      for (const Clause& c : part.clauses) {
        if (c.kind == Clause::Kind::kCreate || c.kind == Clause::Kind::kMerge || c.kind == Clause::Kind::kSet ||
            c.kind == Clause::Kind::kRemove || c.kind == Clause::Kind::kDelete ||
            (c.kind == Clause::Kind::kSubquery && Writes(*c.body))) {
          return true;
        }
      }
    }
    return false;
  }

  // CALL { }: an Apply of the body, whose rows are its returned columns.
  OpPtr PlanSubqueryCall(const Clause& c, OpPtr op) {
    std::set<int> outer = bound_;
    auto apply = MakeOp(OpKind::kApply, std::move(op));
    apply->inner = PlanQuery(*c.body, outer);
    apply->clause = &c;
    apply->eager = Writes(*c.body);
    std::vector<std::string> imports, columns;
    for (const ExprPtr& v : c.exprs) imports.push_back(v->name);
    const Clause& first = c.body->parts[0].clauses[0];
    if (first.importing) {
      for (const ProjectionItem& item : first.projection.items) imports.push_back(item.alias);
      if (first.projection.star) imports.push_back("*");
    }
    if (c.scoped && c.yield_star) imports.push_back("*");
    for (const auto& [column, alias] : c.yields) columns.push_back(column);
    apply->text = "CALL ";
    if (!imports.empty()) apply->text += fmt::format("({}) ", fmt::join(imports, ", "));
    apply->text += "{ }";
    if (!columns.empty()) apply->text += fmt::format(" RETURN {}", fmt::join(columns, ", "));
    if (apply->eager) apply->text += " (eager: the subquery writes)";
    bound_ = std::move(outer);
    for (int s : c.yield_slots) bound_.insert(s);
    return apply;
  }

  static std::string SchemaText(const SchemaCommand& c) {
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

  std::string Text(const Expr& e) const { return std::string(source_.substr(e.pos.offset, e.end - e.pos.offset)); }

  // Plans the clauses of one query part on top of `input`; `bound` holds the
  // slots bound before (a subquery's outer variables).
  OpPtr PlanSingle(const SingleQuery& q, OpPtr input, std::set<int> bound) {
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

  OpPtr PlanCall(const Clause& c, OpPtr op, bool standalone) {
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

  // --- MATCH -----------------------------------------------------------------
  OpPtr PlanMatchClause(const Clause& c, OpPtr input) {
    if (!c.optional) return PlanPatterns(c.patterns, c.where.get(), std::move(input));
    std::set<int> before = bound_;
    OpPtr inner = PlanPatterns(c.patterns, c.where.get(), MakeOp(OpKind::kArgument, nullptr));
    auto op = MakeOp(OpKind::kOptional, std::move(input));
    op->inner = std::move(inner);
    for (int s : bound_) {
      if (!before.count(s)) op->null_slots.push_back(s);
    }
    return op;
  }

  static bool HasIndexedKey(const Expr* props) {
    if (!props || props->kind != ExprKind::kMap) return false;
    for (const std::string& k : props->keys) {
      if (graph::Reader::IsIndexed(k)) return true;
    }
    return false;
  }

  // Whether `where` has a conjunct a seek can find the node in `slot` by
  // (seekable.h).
  static bool WhereSeeks(const std::vector<const Expr*>& conjuncts, int slot) {
    return std::any_of(conjuncts.begin(), conjuncts.end(),
                       [&](const Expr* e) { return SeekableEquality(*e, slot).has_value(); });
  }

  OpPtr PlanPatterns(const std::vector<PatternPart>& parts, const Expr* where, OpPtr op) {
    std::vector<const Expr*> conjuncts;
    if (where) SplitConjuncts(where, &conjuncts);
    std::vector<int> clause_rels;
    std::vector<const PatternPart*> todo;
    for (const PatternPart& p : parts) todo.push_back(&p);
    while (!todo.empty()) {
      // Prefer a part connected to what is already bound.
      size_t pick = 0;
      for (size_t i = 0; i < todo.size(); ++i) {
        bool connected = std::any_of(todo[i]->nodes.begin(), todo[i]->nodes.end(),
                                     [&](const NodePattern& n) { return bound_.count(n.slot) > 0; });
        if (connected) {
          pick = i;
          break;
        }
      }
      const PatternPart* part = todo[pick];
      todo.erase(todo.begin() + pick);
      op = PlanPart(*part, conjuncts, &clause_rels, std::move(op));
    }
    return PlanConjuncts(conjuncts, std::move(op));
  }

  // WHERE conjuncts over `op`: a Filter each, except EXISTS { } and
  // pattern predicates (NOT of them too), which become SemiApplys (anti)
  // above the filters, so that cheap filters run first.
  OpPtr PlanConjuncts(const std::vector<const Expr*>& conjuncts, OpPtr op) {
    std::vector<const Expr*> semi;
    for (const Expr* e : conjuncts) {
      bool negated = e->kind == ExprKind::kUnary && e->op == Op::kNot;
      ExprKind k = negated ? e->args[0]->kind : e->kind;
      if (k == ExprKind::kExists || k == ExprKind::kPatternPredicate) {
        semi.push_back(e);
        continue;
      }
      PlanExprSubplans(e);
      auto f = MakeOp(OpKind::kFilter, std::move(op));
      f->predicate = e;
      f->text = Text(*e);
      op = std::move(f);
    }
    for (const Expr* e : semi) {
      auto s = MakeOp(OpKind::kSemiApply, std::move(op));
      s->anti = e->kind == ExprKind::kUnary;
      s->inner = PlanSubplan(s->anti ? e->args[0].get() : e);
      s->text = Text(*e);
      op = std::move(s);
    }
    return op;
  }

  std::string LabelText(const std::vector<std::string>& labels) {
    std::string out;
    for (const std::string& l : labels) out += ":" + l;
    return out;
  }

  OpPtr NodeFilter(const NodePattern& n, bool check_labels, OpPtr op) {
    if ((!check_labels || n.labels.empty()) && !n.properties) return op;
    if (n.properties) PlanExprSubplans(n.properties.get());
    auto f = MakeOp(OpKind::kEntityFilter, std::move(op));
    f->slot = n.slot;
    if (check_labels) f->labels = n.labels;
    f->properties = n.properties.get();
    f->text = fmt::format("({}{}{}{})", n.variable, LabelText(f->labels), n.properties ? " " : "",
                          n.properties ? Text(*n.properties) : "");
    return f;
  }

  OpPtr PlanPart(const PatternPart& part, const std::vector<const Expr*>& conjuncts, std::vector<int>* clause_rels,
                 OpPtr op) {
    // Anchor: a bound node, else the best-scoring one.
    size_t anchor = 0;
    int best = -1;
    for (size_t i = 0; i < part.nodes.size(); ++i) {
      const NodePattern& n = part.nodes[i];
      int score = bound_.count(n.slot) ? 10
                  : (HasIndexedKey(n.properties.get()) || WhereSeeks(conjuncts, n.slot)) ? 3
                  : !n.labels.empty() ? 2
                                      : 1;
      if (part.shortest != PatternPart::Shortest::kNone && i != 0 && !bound_.count(n.slot)) score = 0;
      if (score > best) {
        best = score;
        anchor = i;
      }
    }
    const NodePattern& a = part.nodes[anchor];
    if (bound_.count(a.slot)) {
      op = NodeFilter(a, true, std::move(op));
    } else {
      auto scan = MakeOp(OpKind::kNodeScan, std::move(op));
      scan->slot = a.slot;
      scan->labels = a.labels;
      scan->text = fmt::format("({}{})", a.variable, LabelText(a.labels));
      bound_.insert(a.slot);
      op = NodeFilter(a, false, std::move(scan));
      // Remaining labels beyond the scanned one are checked by the filter.
      if (a.labels.size() > 1) op = NodeFilter(a, true, std::move(op));
    }
    if (part.shortest != PatternPart::Shortest::kNone) {
      const NodePattern& b = part.nodes.back();
      if (!bound_.count(b.slot)) {
        auto scan = MakeOp(OpKind::kNodeScan, std::move(op));
        scan->slot = b.slot;
        scan->labels = b.labels;
        scan->text = fmt::format("({}{})", b.variable, LabelText(b.labels));
        bound_.insert(b.slot);
        op = NodeFilter(b, true, std::move(scan));
      } else {
        op = NodeFilter(b, true, std::move(op));
      }
      const RelPattern& r = part.rels[0];
      auto sp = MakeOp(OpKind::kShortestPath, std::move(op));
      sp->from_slot = a.slot;
      sp->slot = part.path_slot;
      sp->rel_slot = r.slot;
      sp->rel = &r;
      sp->direction = r.direction;
      sp->all_shortest = part.shortest == PatternPart::Shortest::kAll;
      sp->path_slots = {a.slot, r.slot, b.slot};
      sp->text = fmt::format("{}({})-[{}]-({})", sp->all_shortest ? "allShortestPaths" : "shortestPath", a.variable,
                             r.variable, b.variable);
      if (r.properties) PlanExprSubplans(r.properties.get());
      bound_.insert(r.slot);
      bound_.insert(part.path_slot);
      return sp;
    }
    auto expand = [&](size_t rel_index, const NodePattern& from, const NodePattern& to, bool forward) {
      const RelPattern& r = part.rels[rel_index];
      auto e = MakeOp(OpKind::kExpand, std::move(op));
      e->from_slot = from.slot;
      e->slot = to.slot;
      e->rel_slot = r.slot;
      e->rel = &r;
      e->direction = forward ? r.direction
                     : r.direction == RelDirection::kRight ? RelDirection::kLeft
                     : r.direction == RelDirection::kLeft  ? RelDirection::kRight
                                                           : RelDirection::kBoth;
      e->backward = !forward;
      e->to_bound = bound_.count(to.slot) > 0;
      e->rel_bound = bound_.count(r.slot) > 0;
      e->unique_rels = *clause_rels;
      e->properties = r.properties.get();
      if (r.properties) PlanExprSubplans(r.properties.get());
      std::string types;
      for (const std::string& t : r.types) types += (types.empty() ? ":" : "|") + t;
      std::string hops = !r.var_length ? ""
                         : fmt::format("*{}..{}", r.min_hops.value_or(1),
                                       r.max_hops ? std::to_string(*r.max_hops) : std::string());
      e->text = fmt::format("({}){}-[{}{}{}]-{}({}){}", from.variable, e->direction == RelDirection::kLeft ? "<" : "",
                            r.variable, types, hops, e->direction == RelDirection::kRight ? ">" : "", to.variable,
                            e->to_bound ? " into" : "");
      clause_rels->push_back(r.slot);
      bound_.insert(r.slot);
      bound_.insert(to.slot);
      op = NodeFilter(to, true, std::move(e));
    };
    for (size_t j = anchor; j + 1 < part.nodes.size(); ++j) expand(j, part.nodes[j], part.nodes[j + 1], true);
    for (size_t j = anchor; j-- > 0;) expand(j, part.nodes[j + 1], part.nodes[j], false);
    if (!part.path_variable.empty()) {
      auto p = MakeOp(OpKind::kProjectPath, std::move(op));
      p->slot = part.path_slot;
      for (size_t i = 0; i < part.nodes.size(); ++i) {
        p->path_slots.push_back(part.nodes[i].slot);
        if (i < part.rels.size()) p->path_slots.push_back(part.rels[i].slot);
      }
      p->rel = part.rels.empty() ? nullptr : &part.rels[0];
      p->text = part.path_variable;
      bound_.insert(p->slot);
      op = std::move(p);
    }
    return op;
  }

  // --- projections -------------------------------------------------------------
  static void CollectAggregates(const Expr* e, std::vector<const Expr*>* out) {
    if (e->is_aggregate) {
      out->push_back(e);
      return;
    }
    for (const ExprPtr& a : e->args) {
      if (a) CollectAggregates(a.get(), out);
    }
    for (const CaseArm& arm : e->arms) {
      CollectAggregates(arm.when.get(), out);
      CollectAggregates(arm.then.get(), out);
    }
    if (e->otherwise) CollectAggregates(e->otherwise.get(), out);
    for (const MapProjectionItem& item : e->items) {
      if (item.value) CollectAggregates(item.value.get(), out);
    }
    if (e->projection && e->kind == ExprKind::kListComprehension) CollectAggregates(e->projection.get(), out);
  }

  OpPtr PlanProjection(const Clause& c, OpPtr op) {
    const Projection& p = c.projection;
    std::vector<const Expr*> aggregates;
    for (const ProjectionItem& item : p.items) {
      PlanExprSubplans(item.expr.get());
      CollectAggregates(item.expr.get(), &aggregates);
    }
    std::string items_text;
    for (const ProjectionItem& item : p.items) {
      items_text += (items_text.empty() ? "" : ", ") + Text(*item.expr) +
                    (item.has_alias ? " AS " + item.alias : std::string());
    }
    if (!aggregates.empty()) {
      auto agg = MakeOp(OpKind::kAggregate, std::move(op));
      for (const ProjectionItem& item : p.items) {
        std::vector<const Expr*> inside;
        CollectAggregates(item.expr.get(), &inside);
        if (inside.empty()) agg->items.emplace_back(item.slot, item.expr.get());
        else agg->post_items.emplace_back(item.slot, item.expr.get());
      }
      agg->aggregates = aggregates;
      agg->text = items_text;
      op = std::move(agg);
    } else {
      auto proj = MakeOp(OpKind::kProject, std::move(op));
      for (const ProjectionItem& item : p.items) proj->items.emplace_back(item.slot, item.expr.get());
      proj->text = items_text;
      op = std::move(proj);
    }
    for (const ProjectionItem& item : p.items) bound_.insert(item.slot);
    if (p.distinct) {
      auto d = MakeOp(OpKind::kDistinct, std::move(op));
      for (const ProjectionItem& item : p.items) d->slots.push_back(item.slot);
      op = std::move(d);
    }
    if (!p.order.empty()) {
      auto s = MakeOp(OpKind::kSort, std::move(op));
      for (const SortItem& item : p.order) {
        PlanExprSubplans(item.expr.get());
        s->sort_keys.emplace_back(item.expr.get(), item.descending);
        s->text += (s->text.empty() ? "" : ", ") + Text(*item.expr) + (item.descending ? " DESC" : "");
      }
      op = std::move(s);
    }
    if (p.skip) {
      op = MakeOp(OpKind::kSkip, std::move(op));
      op->count = p.skip.get();
      op->text = Text(*p.skip);
    }
    if (p.limit) {
      op = MakeOp(OpKind::kLimit, std::move(op));
      op->count = p.limit.get();
      op->text = Text(*p.limit);
    }
    if (p.where) {
      std::vector<const Expr*> conjuncts;
      SplitConjuncts(p.where.get(), &conjuncts);
      op = PlanConjuncts(conjuncts, std::move(op));
    }
    if (c.kind == Clause::Kind::kReturn) {
      auto r = MakeOp(OpKind::kProduceResults, std::move(op));
      for (const ProjectionItem& item : p.items) {
        r->columns.push_back(item.alias);
        r->slots.push_back(item.slot);
      }
      r->text = fmt::format("{}", fmt::join(r->columns, ", "));
      op = std::move(r);
    }
    return op;
  }

  // --- updates -------------------------------------------------------------------
  OpPtr PlanCreateOrMerge(const Clause& c, OpPtr op) {
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

  // --- subplans of pattern and subquery expressions -------------------------------
  // The plan run per row for a pattern predicate or comprehension or an
  // EXISTS, COUNT or COLLECT subquery (over an Argument of the row).
  OpPtr PlanSubplan(const Expr* e) {
    std::set<int> saved = bound_;
    OpPtr sub;
    if (e->subquery) {
      sub = PlanQuery(*e->subquery, bound_);
    } else {
      std::vector<int> rels;
      sub = PlanPart(*e->pattern, {}, &rels, MakeOp(OpKind::kArgument, nullptr));
      PlanExprSubplans(e->where.get());  // a comprehension's, with its pattern bound
      PlanExprSubplans(e->projection.get());
    }
    bound_ = std::move(saved);
    return sub;
  }

  void PlanExprSubplans(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::kPatternPredicate:
      case ExprKind::kPatternComprehension:
      case ExprKind::kExists:
      case ExprKind::kCountSubquery:
      case ExprKind::kCollectSubquery: plan_->subplans[e] = PlanSubplan(e); break;
      case ExprKind::kListComprehension:
      case ExprKind::kQuantifier:
      case ExprKind::kReduce: {
        // The element (and accumulator) variables are bound inside.
        for (const ExprPtr& a : e->args) PlanExprSubplans(a.get());
        std::set<int> saved = bound_;
        bound_.insert(e->slot);
        if (e->slot2 >= 0) bound_.insert(e->slot2);
        PlanExprSubplans(e->where.get());
        PlanExprSubplans(e->projection.get());
        bound_ = std::move(saved);
        return;
      }
      default: break;
    }
    for (const ExprPtr& a : e->args) PlanExprSubplans(a.get());
    for (const CaseArm& arm : e->arms) {
      PlanExprSubplans(arm.when.get());
      PlanExprSubplans(arm.then.get());
    }
    PlanExprSubplans(e->otherwise.get());
    for (const MapProjectionItem& item : e->items) PlanExprSubplans(item.value.get());
    if (e->kind != ExprKind::kPatternComprehension) {
      PlanExprSubplans(e->where.get());
      PlanExprSubplans(e->projection.get());
    }
  }

  Plan* plan_;
  std::string_view source_;
  const ProcedureRegistry* procedures_;
  std::set<int> bound_;
};

}  // namespace

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
