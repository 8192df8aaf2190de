// Executor: turns a logical plan into physical operators (operator.h) and
// holds what they share for one query: the context, the expression
// evaluator, and the subplans of pattern predicates, pattern
// comprehensions and EXISTS (built once, re-opened per evaluation).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <vector>

#include "query/execution/context.h"
#include "query/execution/evaluator.h"
#include "query/execution/operator.h"

namespace cg::query::execution {

class Executor {
 public:
  explicit Executor(ExecContext* ctx);
  ~Executor();

  ExecContext* ctx() { return ctx_; }
  Evaluator& eval() { return eval_; }

  // The physical operators for the logical operator tree at `op`.
  std::unique_ptr<PhysicalOperator> Build(const planner::Operator& op);

  // The rows subplan `op` produces for `argument`; at most `max_rows`
  // (0: all).
  std::vector<Row> RunSubplan(const planner::Operator& op, const Row& argument, size_t max_rows);

  // Whether the entity in `v` has the labels and the property map values
  // (a pattern's node or relationship check).
  bool Matches(const Value& v, const std::vector<std::string>& labels, const ast::Expr* properties, const Row& row);
  // A SKIP or LIMIT count: a non-negative integer.
  int64_t CountArgument(const ast::Expr* e, const Row& row, const char* what);

 private:
  ExecContext* ctx_;
  Evaluator eval_;
  // Subplan trees not running now, by logical root (a subplan can be
  // re-entered while running, which takes another tree).
  std::map<const planner::Operator*, std::vector<std::unique_ptr<PhysicalOperator>>> idle_subplans_;
};

}  // namespace cg::query::execution
