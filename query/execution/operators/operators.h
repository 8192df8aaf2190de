// The physical operators, one per file in this folder; Executor::Build
// picks one per logical operator (planner/plan.h says what each does).
#pragma once

#include <functional>
#include <memory>

#include "query/execution/operator.h"

namespace cg::query::execution::operators {

using OperatorPtr = std::unique_ptr<PhysicalOperator>;
using planner::Operator;

// A streaming operator that hands each input row to `fn`, which rewrites it
// in place and returns whether it is kept (row_operator.cc).
using RowFunction = std::function<bool(Row&)>;
OperatorPtr MakeRowOperator(Executor* exec, const Operator& op, OperatorPtr input, RowFunction fn);

// Leaves and combinators.
OperatorPtr MakeArgument(Executor* exec, const Operator& op);
OperatorPtr MakeUnion(Executor* exec, const Operator& op);
OperatorPtr MakeOptional(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeCall(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeApply(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeSemiApply(Executor* exec, const Operator& op, OperatorPtr input);

// Pattern matching.
OperatorPtr MakeNodeScan(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeExpand(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeVarLengthExpand(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeShortestPath(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeEntityFilter(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeProjectPath(Executor* exec, const Operator& op, OperatorPtr input);

// Row-by-row operators.
OperatorPtr MakeFilter(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeProject(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeUnwind(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeSkip(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeLimit(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeProduceResults(Executor* exec, const Operator& op, OperatorPtr input);

// Pipeline breakers. MakeSort with `skip`/`limit` (either may be null)
// keeps only the first skip + limit rows (a top-k heap).
OperatorPtr MakeAggregate(Executor* exec, const Operator& op, OperatorPtr input);
// An Aggregate with an inner hop (optimizer/aggregate_rules.h); MakeAggregate
// builds it for such an Aggregate.
OperatorPtr MakeExpandAggregate(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeDistinct(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeSort(Executor* exec, const Operator& op, OperatorPtr input, const ast::Expr* skip,
                     const ast::Expr* limit);
// count(*) without the counted rows (optimizer/count_rules.h).
OperatorPtr MakeCountStore(Executor* exec, const Operator& op);
OperatorPtr MakeExpandCount(Executor* exec, const Operator& op, OperatorPtr input);
// Distinct end nodes of var-length patterns (optimizer/reachability.h).
// Node scan and one typed hop from the CSR projection (optimizer/scan_rules.h).
OperatorPtr MakeRelationshipScan(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeExpandReachable(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeCountReachable(Executor* exec, const Operator& op, OperatorPtr input);

// CREATE, MERGE, SET, REMOVE, DELETE: eager (eager_update.h).
OperatorPtr MakeCreate(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeMerge(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeSet(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeRemove(Executor* exec, const Operator& op, OperatorPtr input);
OperatorPtr MakeDelete(Executor* exec, const Operator& op, OperatorPtr input);
// CREATE / DROP INDEX / CONSTRAINT.
OperatorPtr MakeSchemaCommand(Executor* exec, const Operator& op, OperatorPtr input);

}  // namespace cg::query::execution::operators
