// The MATCH rules of Planner (query_planner.h): pattern parts, their
// anchors and expansions, and WHERE conjuncts.
#include "query/planner/query_planner.h"

#include <algorithm>

#include <fmt/format.h>

#include "graph/reader.h"
#include "query/planner/seekable.h"

namespace cg::query::planner {

namespace {

bool HasIndexedKey(const Expr* props) {
  if (!props || props->kind != ExprKind::kMap) return false;
  for (const std::string& k : props->keys) {
    if (graph::Reader::IsIndexed(k)) return true;
  }
  return false;
}

// Whether `where` has a conjunct a seek can find the node in `slot` by
// (seekable.h).
bool WhereSeeks(const std::vector<const Expr*>& conjuncts, int slot) {
  return std::any_of(conjuncts.begin(), conjuncts.end(),
                     [&](const Expr* e) { return SeekableEquality(*e, slot).has_value(); });
}

std::string LabelText(const std::vector<std::string>& labels) {
  std::string out;
  for (const std::string& l : labels) out += ":" + l;
  return out;
}

}  // namespace

OpPtr Planner::PlanMatchClause(const Clause& c, OpPtr input) {
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

OpPtr Planner::PlanPatterns(const std::vector<PatternPart>& parts, const Expr* where, OpPtr op) {
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

OpPtr Planner::PlanConjuncts(const std::vector<const Expr*>& conjuncts, OpPtr op) {
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

OpPtr Planner::NodeFilter(const NodePattern& n, bool check_labels, OpPtr op) {
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

OpPtr Planner::PlanPart(const PatternPart& part, const std::vector<const Expr*>& conjuncts,
                        std::vector<int>* clause_rels, OpPtr op) {
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

}  // namespace cg::query::planner
