// Executor: turns a logical plan into physical operators (operator.h) and
// holds what they share for one query: the context, the expression
// evaluator, and the subplans of pattern predicates, pattern
// comprehensions and EXISTS (built once, re-opened per evaluation).
#pragma once

#include <functional>
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

  // Runs subplan `op` for `argument`, handing its rows to `each` one by one
  // until it returns false or the rows run out; asks for `batch_rows` rows
  // at a time (0: a full batch; 1 when the first row may be all it needs).
  void RunSubplan(const planner::Operator& op, const Row& argument, size_t batch_rows,
                  const std::function<bool(Row&)>& each);

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
