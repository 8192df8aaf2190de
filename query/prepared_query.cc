#include "query/prepared_query.h"

#include "query/optimizer/optimizer.h"
#include "query/parser/parser.h"
#include "query/planner/planner.h"

namespace cg::query {

namespace {

std::string KeyOf(std::string_view text, const graph::Catalog* catalog) {
  if (!catalog || catalog->empty()) return std::string(text);
  return catalog->Fingerprint() + '\x01' + std::string(text);
}

}  // namespace

std::shared_ptr<const PreparedQuery> PreparedQuery::Prepare(std::string_view text, const ProcedureRegistry* procedures,
                                                            const graph::Catalog* catalog) {
  auto p = std::make_shared<PreparedQuery>();
  p->text = std::string(text);
  p->key = KeyOf(text, catalog);
  p->query = parser::Parse(p->text);
  p->bound = binder::Bind(&p->query, p->text, procedures);
  p->plan = planner::BuildPlan(p->query, p->bound, p->text, procedures);
  optimizer::Optimize(&p->plan, catalog);
  p->names = CollectNameUses(p->query, p->text);
  return p;
}

std::shared_ptr<const PreparedQuery> PlanCache::Get(std::string_view text, const ProcedureRegistry* procedures,
                                                    const graph::Catalog* catalog) {
  if (procedures && procedures != &BuiltinProcedures()) return PreparedQuery::Prepare(text, procedures, catalog);
  const std::string key = KeyOf(text, catalog);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (auto it = index_.find(key); it != index_.end()) {
      lru_.splice(lru_.begin(), lru_, it->second);
      return *it->second;
    }
  }
  std::shared_ptr<const PreparedQuery> p = PreparedQuery::Prepare(text, &BuiltinProcedures(), catalog);
  std::lock_guard<std::mutex> lock(mu_);
  if (index_.count(p->key)) return p;  // prepared meanwhile by another thread
  lru_.push_front(p);
  index_.emplace(p->key, lru_.begin());
  if (lru_.size() > capacity_) {
    index_.erase(lru_.back()->key);
    lru_.pop_back();
  }
  return p;
}

PlanCache& PlanCache::Default() {
  static PlanCache cache(256);
  return cache;
}

}  // namespace cg::query
