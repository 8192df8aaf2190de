// Executor: runs a logical plan's operators, batch by batch: each operator
// takes all rows of its input and produces its output rows (writes are
// therefore eager: a clause sees every row of the clauses before it).
// Bounds (Limits) and the cancel flag are checked as rows are produced.
#pragma once

#include <vector>

#include "query/execution/context.h"
#include "query/execution/evaluator.h"

namespace cg::query::execution {

class Executor {
 public:
  explicit Executor(ExecContext* ctx);

  // The rows `op` produces when its Argument leaf yields `argument`.
  std::vector<Row> Run(const planner::Operator& op, const Row& argument);

 private:
  std::vector<Row> RunOp(const planner::Operator& op, std::vector<Row> in, const Row& argument);

  std::vector<Row> NodeScan(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Expand(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> ShortestPath(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> EntityFilter(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> ProjectPath(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Optional(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Aggregate(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Sort(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Create(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Merge(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Set(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Remove(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Delete(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Call(const planner::Operator& op, std::vector<Row> in);
  std::vector<Row> Union(const planner::Operator& op, const Row& argument);

  // Whether the entity in `v` has the labels and the property map values.
  bool Matches(const Value& v, const std::vector<std::string>& labels, const ast::Expr* properties, const Row& row);
  // Creates one pattern part for a row (CREATE, and MERGE when no match).
  void CreatePart(const ast::PatternPart& part, const std::set<int>& bound_before, Row* row, bool merging);
  void ApplySetItems(const std::vector<ast::SetItem>& items, const Row& row);
  void SetProperty(const Value& entity, const std::string& key, const Value& value);
  int64_t CountArgument(const ast::Expr* e, const Row& row, const char* what);
  void Emit(std::vector<Row>* out, Row row);

  ExecContext* ctx_;
  Evaluator eval_;
};

}  // namespace cg::query::execution
