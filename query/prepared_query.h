// PreparedQuery: a query text parsed, bound, planned and optimized: what
// runs it, with any parameters. The plan points into the AST, so the two
// live together (always on the heap; never moved).
//
// PlanCache: the prepared queries of recent query texts, process-wide, so
// that a query run again (with other parameters) is not re-parsed or
// re-planned. Plans depend only on the text and the user's indexes (the
// catalog they were optimized with is part of the key; the planner reads
// no statistics of the graph), so entries never go stale. Only queries that
// see the built-in procedures are cached (a plan points at its procedures,
// and an embedder's registry may not outlive the cache).
// Thread-safe; least recently used entries go first.
#pragma once

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "graph/catalog.h"
#include "query/binder/binder.h"
#include "query/name_uses.h"
#include "query/parser/ast.h"
#include "query/planner/plan.h"
#include "query/procedures/registry.h"

namespace cg::query {

struct PreparedQuery {
  std::string text;
  std::string key;  // what the cache finds it by: the catalog's fingerprint, then the text
  ast::Query query;
  binder::BoundQuery bound;
  planner::Plan plan;
  NameUses names;  // for the notifications (notifications.h)

  // Throws a compile QueryError when the text is not a valid query.
  // `catalog`: the user's indexes the plan may seek (null: none).
  static std::shared_ptr<const PreparedQuery> Prepare(std::string_view text, const ProcedureRegistry* procedures,
                                                      const graph::Catalog* catalog = nullptr);
};

class PlanCache {
 public:
  explicit PlanCache(size_t capacity) : capacity_(capacity) {}

  // The prepared query for `text` and `catalog`, from the cache or prepared now.
  std::shared_ptr<const PreparedQuery> Get(std::string_view text, const ProcedureRegistry* procedures,
                                           const graph::Catalog* catalog = nullptr);

  // The cache QueryEngine uses.
  static PlanCache& Default();

 private:
  size_t capacity_;
  std::mutex mu_;
  std::list<std::shared_ptr<const PreparedQuery>> lru_;  // most recent first
  std::unordered_map<std::string_view, std::list<std::shared_ptr<const PreparedQuery>>::iterator> index_;
};

}  // namespace cg::query
