#include "query/name_uses.h"

#include <algorithm>

namespace cg::query {

namespace {

using ast::Clause;
using ast::Expr;
using ast::ExprKind;

// Two passes over the same traversal: the first finds the variables that
// hold nodes and relationships, the second the names.
class Walker {
 public:
  explicit Walker(std::string_view text) : text_(text) {}

  NameUses Run(const ast::Query& query) {
    VisitQuery(query);
    naming_ = true;
    VisitQuery(query);
    std::stable_sort(uses_.reads.begin(), uses_.reads.end(),
                     [](const NameUse& a, const NameUse& b) { return a.offset < b.offset; });
    return std::move(uses_);
  }

 private:
  void VisitQuery(const ast::Query& query) {
    if (query.schema) return;
    for (const ast::SingleQuery& part : query.parts) {
      for (const Clause& clause : part.clauses) VisitClause(clause);
    }
  }

  void VisitClause(const Clause& c) {
    switch (c.kind) {
      case Clause::Kind::kMatch:
        for (const ast::PatternPart& part : c.patterns) Pattern(part, false);
        Visit(c.where.get());
        break;
      case Clause::Kind::kCreate:
      case Clause::Kind::kMerge:
        for (const ast::PatternPart& part : c.patterns) Pattern(part, true);
        SetItems(c.on_create);
        SetItems(c.on_match);
        break;
      case Clause::Kind::kSet: SetItems(c.set_items); break;
      case Clause::Kind::kRemove:
        for (const ast::RemoveItem& item : c.remove_items) {
          if (item.kind == ast::RemoveItem::Kind::kLabels) {
            for (const std::string& label : item.labels) Write(NameKind::kLabel, label);
          } else {
            Write(NameKind::kPropertyKey, item.target->name);
          }
        }
        break;
      case Clause::Kind::kUnwind: Visit(c.expr.get()); break;
      case Clause::Kind::kWith:
      case Clause::Kind::kReturn: Projection(c.projection); break;
      case Clause::Kind::kDelete:
      case Clause::Kind::kCall:
      case Clause::Kind::kSubquery: break;
    }
    for (const ast::ExprPtr& e : c.exprs) Visit(e.get());
    if (c.body) VisitQuery(*c.body);
  }

  void Projection(const ast::Projection& p) {
    for (const ast::ProjectionItem& item : p.items) {
      Visit(item.expr.get());
      // `WITH n AS m`: m holds what n holds.
      if (!naming_ && item.expr && item.expr->kind == ExprKind::kVariable) {
        if (nodes_.count(item.expr->name)) nodes_.insert(item.alias);
        if (rels_.count(item.expr->name)) rels_.insert(item.alias);
      }
    }
    for (const ast::SortItem& item : p.order) Visit(item.expr.get());
    Visit(p.skip.get());
    Visit(p.limit.get());
    Visit(p.where.get());
  }

  void SetItems(const std::vector<ast::SetItem>& items) {
    for (const ast::SetItem& item : items) {
      switch (item.kind) {
        case ast::SetItem::Kind::kProperty:
          Write(NameKind::kPropertyKey, item.target->name);
          Visit(item.target->args[0].get());
          break;
        case ast::SetItem::Kind::kLabels:
          for (const std::string& label : item.labels) Write(NameKind::kLabel, label);
          break;
        case ast::SetItem::Kind::kReplaceMap:
        case ast::SetItem::Kind::kMergeMap:
          if (item.value && item.value->kind == ExprKind::kMap) {
            for (const std::string& key : item.value->keys) Write(NameKind::kPropertyKey, key);
          }
          break;
      }
      Visit(item.value.get());
    }
  }

  // The keys of a pattern's property map (read, or written by CREATE/MERGE)
  // and the values' reads.
  void PatternProperties(const Expr* properties, size_t from, bool writing) {
    if (!properties) return;
    if (properties->kind == ExprKind::kMap) {
      for (const std::string& key : properties->keys) Use(NameKind::kPropertyKey, key, from, writing);
    }
    Visit(properties);
  }

  void Pattern(const ast::PatternPart& part, bool writing) {
    for (const ast::NodePattern& n : part.nodes) {
      if (!n.variable.empty()) nodes_.insert(n.variable);
      for (const std::string& label : n.labels) Use(NameKind::kLabel, label, n.pos.offset, writing);
      PatternProperties(n.properties.get(), n.pos.offset, writing);
    }
    for (const ast::RelPattern& r : part.rels) {
      if (!r.variable.empty()) rels_.insert(r.variable);
      for (const std::string& type : r.types) Use(NameKind::kRelationshipType, type, r.pos.offset, writing);
      PatternProperties(r.properties.get(), r.pos.offset, writing);
    }
  }

  bool IsEntity(const Expr* e) const {
    return e && e->kind == ExprKind::kVariable && (nodes_.count(e->name) || rels_.count(e->name));
  }

  void Visit(const Expr* e) {
    if (!e) return;
    const Expr* base = e->args.empty() ? nullptr : e->args[0].get();
    switch (e->kind) {
      case ExprKind::kProperty:
        if (IsEntity(base)) Use(NameKind::kPropertyKey, e->name, e->pos.offset, false, e->end);
        break;
      case ExprKind::kHasLabels: {
        const bool rel = base && base->kind == ExprKind::kVariable && rels_.count(base->name);
        for (const std::string& label : e->labels) {
          Use(rel ? NameKind::kRelationshipType : NameKind::kLabel, label, e->pos.offset, false);
        }
        break;
      }
      case ExprKind::kMapProjection:
        if (IsEntity(base)) {
          for (const ast::MapProjectionItem& item : e->items) {
            if (item.kind == ast::MapProjectionItem::Kind::kProperty) {
              Use(NameKind::kPropertyKey, item.key, e->pos.offset, false);
            }
          }
        }
        break;
      default: break;
    }
    if (e->pattern) Pattern(*e->pattern, false);
    if (e->subquery) VisitQuery(*e->subquery);
    for (const ast::ExprPtr& arg : e->args) Visit(arg.get());
    for (const ast::MapProjectionItem& item : e->items) Visit(item.value.get());
    for (const ast::CaseArm& arm : e->arms) {
      Visit(arm.when.get());
      Visit(arm.then.get());
    }
    Visit(e->otherwise.get());
    Visit(e->where.get());
    Visit(e->projection.get());
  }

  void Write(NameKind kind, const std::string& name) {
    if (naming_) uses_.writes.emplace(kind, name);
  }

  // A read of `name` written at or after offset `from` (before `to`, when
  // given: the last occurrence there), or a write.
  void Use(NameKind kind, const std::string& name, size_t from, bool writing, size_t to = std::string_view::npos) {
    if (!naming_) return;
    if (writing) return Write(kind, name);
    if (!read_.emplace(kind, name).second) return;
    size_t at = std::string_view::npos;
    if (to != std::string_view::npos) {
      at = text_.substr(0, to).rfind(name);
    } else if (kind != NameKind::kPropertyKey) {  // ":Label", ":TYPE" before a bare match in a variable
      at = text_.find(":" + name, from);
      if (at != std::string_view::npos) ++at;
    }
    if (at == std::string_view::npos) at = text_.find(name, from);
    if (at == std::string_view::npos || at < from) at = from;
    uses_.reads.push_back({kind, name, at});
  }

  std::string_view text_;
  bool naming_ = false;
  std::set<std::string> nodes_, rels_;
  std::set<std::pair<NameKind, std::string>> read_;
  NameUses uses_;
};

}  // namespace

NameUses CollectNameUses(const ast::Query& query, std::string_view text) { return Walker(text).Run(query); }

}  // namespace cg::query
