// Evaluator: computes expressions over a row, with openCypher semantics:
// null propagation and three-valued logic, integer overflow as an error,
// integer/float arithmetic, list and map access, comprehensions,
// quantifiers, and pattern and subquery expressions (run as subplans). Loops over lists
// tick the context (ExecContext::Tick), so a cancel stops them.
#pragma once

#include <functional>
#include <vector>

#include "query/execution/context.h"
#include "query/parser/ast.h"

namespace cg::query::execution {

// Runs a subplan with `argument` as its Argument row, handing its rows to
// `each` until it returns false (Executor::RunSubplan).
using SubplanRunner = std::function<void(const planner::Operator&, const Row& argument, size_t batch_rows,
                                         const std::function<bool(Row&)>& each)>;

class Evaluator {
 public:
  Evaluator(ExecContext* ctx, SubplanRunner run_subplan) : ctx_(ctx), run_subplan_(std::move(run_subplan)) {}

  Value Eval(const ast::Expr& e, const Row& row);
  // A predicate's truth: the value must be a boolean or null (else TypeError).
  Tri Truth(const ast::Expr& e, const Row& row);

  // A property of a value (node, relationship, map, date); null for null.
  Value Property(const Value& base, const std::string& key);

 private:
  Value EvalBinary(const ast::Expr& e, const Row& row);
  Value EvalComparison(const ast::Expr& e, const Row& row);
  Value EvalFunction(const ast::Expr& e, const Row& row);
  Value EvalIndex(const Value& base, const Value& index);
  Value EvalSlice(const ast::Expr& e, const Row& row);
  Value EvalListComprehension(const ast::Expr& e, const Row& row);
  Value EvalQuantifier(const ast::Expr& e, const Row& row);
  Value EvalReduce(const ast::Expr& e, const Row& row);
  Value EvalPatternComprehension(const ast::Expr& e, const Row& row);
  // EXISTS / COUNT / COLLECT { }: the subquery's rows reduced as they
  // stream (whether there is one, how many, the list of their one column).
  Value EvalSubquery(const ast::Expr& e, const Row& row);
  Value EvalMapProjection(const ast::Expr& e, const Row& row);
  Value EvalCase(const ast::Expr& e, const Row& row);
  const planner::Operator& Subplan(const ast::Expr& e) const;

  ExecContext* ctx_;
  SubplanRunner run_subplan_;
};

}  // namespace cg::query::execution
