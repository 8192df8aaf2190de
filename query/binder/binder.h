// Binder: resolves every variable of a parsed query to a row slot and
// checks the query's semantics before it runs.
//
// It walks the clauses in order with a scope (name -> slot, kind) that
// follows Cypher's rules: MATCH/CREATE/MERGE/UNWIND add variables, WITH and
// RETURN replace the scope with their projection, comprehensions and
// subqueries open nested scopes. It fills the AST's `slot` fields, expands
// `*` projections into explicit items, and marks aggregate calls.
//
// Errors are compile-time QueryErrors with the TCK codes: UndefinedVariable,
// VariableAlreadyBound, VariableTypeConflict, InvalidAggregation,
// NestedAggregation, AmbiguousAggregationExpression, NoSingleRelationshipType,
// RequiresDirectedRelationship, CreatingVarLength, ColumnNameConflict,
// NoVariablesInScope, DifferentColumnsInUnion, InvalidClauseComposition,
// UnknownFunction, InvalidNumberOfArguments, NonConstantExpression,
// NegativeIntegerArgument, InvalidArgumentType, InvalidParameterUse,
// RelationshipUniquenessViolation, InvalidDelete, ProcedureNotFound.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/parser/ast.h"
#include "query/procedures/registry.h"

namespace cg::query::binder {

struct BoundQuery {
  int num_slots = 0;                 // width of a row
  std::vector<std::string> columns;  // result columns (empty: no RETURN)
  bool updates = false;              // has CREATE/MERGE/SET/REMOVE/DELETE
  std::vector<std::string> parameters;  // every $parameter the query needs
};

// `source` is the query text the AST was parsed from (for expression text);
// `procedures` resolves CALL (none callable when null).
BoundQuery Bind(ast::Query* query, std::string_view source, const ProcedureRegistry* procedures = nullptr);

}  // namespace cg::query::binder
