// The abstract syntax tree of a Cypher query, as the parser builds it.
//
// Every node keeps its source position. The binder later fills in the
// `slot` fields (where a variable lives in a row); nothing else is mutated
// after parsing.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/parser/lexer.h"
#include "query/value.h"

namespace cg::query::ast {

using parser::Position;

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
struct PatternPart;
struct SingleQuery;
struct Query;

enum class ExprKind {
  kLiteral,               // literal
  kParameter,             // name
  kVariable,              // name, slot
  kProperty,              // args[0].name
  kHasLabels,             // args[0]:labels
  kList,                  // args
  kMap,                   // keys[i]: args[i]
  kMapProjection,         // args[0] (the map or entity) { items }
  kUnary,                 // op args[0]
  kBinary,                // args[0] op args[1]
  kComparison,            // args[0] ops[0] args[1] ops[1] args[2] ... (a chain)
  kIsNull,                // args[0] IS NULL
  kIsNotNull,             // args[0] IS NOT NULL
  kFunction,              // name(distinct? args)
  kCountStar,             // count(*)
  kCase,                  // CASE [args[0]] WHEN/THEN pairs [ELSE]
  kListComprehension,     // [name IN args[0] WHERE where | projection]
  kQuantifier,            // name(ALL/ANY/NONE/SINGLE) (variable IN args[0] WHERE where)
  kReduce,                // reduce(variable = args[0], variable2 IN args[1] | projection)
  kPatternComprehension,  // [pattern WHERE where | projection]
  kPatternPredicate,      // a pattern used as a boolean
  kExists,                // EXISTS { subquery }: whether it has a row
  kCountSubquery,         // COUNT { subquery }: how many rows it has
  kCollectSubquery,       // COLLECT { subquery }: the list of its one column
  kIndex,                 // args[0][args[1]]
  kSlice,                 // args[0][args[1]..args[2]] (either bound may be null)
};

// EXISTS, COUNT and COLLECT { subquery }: run per evaluation as a subplan.
inline bool IsSubqueryExpr(ExprKind k) {
  return k == ExprKind::kExists || k == ExprKind::kCountSubquery || k == ExprKind::kCollectSubquery;
}

enum class Op {
  kOr, kXor, kAnd, kNot,
  kEq, kNe, kLt, kGt, kLe, kGe,
  kAdd, kSub, kMul, kDiv, kMod, kPow, kNeg, kPlus,
  kIn, kStartsWith, kEndsWith, kContains, kRegex,
};

const char* OpText(Op op);

struct MapProjectionItem {
  enum class Kind { kProperty, kAllProperties, kLiteral, kVariable };
  Kind kind;
  std::string key;  // property / entry / variable name
  ExprPtr value;    // kLiteral: the value; kVariable: the variable
};

struct CaseArm {
  ExprPtr when;
  ExprPtr then;
};

struct Expr {
  ExprKind kind;
  Position pos;
  size_t end = 0;  // source offset one past the expression
  Op op = Op::kAnd;
  std::vector<Op> ops;  // kComparison
  std::string name;
  Value literal;
  std::vector<std::string> labels;
  std::vector<std::string> keys;
  std::vector<ExprPtr> args;
  std::vector<MapProjectionItem> items;
  std::vector<CaseArm> arms;
  ExprPtr otherwise;  // CASE ... ELSE
  bool distinct = false;
  std::string variable;   // comprehension / quantifier / reduce element variable
  std::string variable2;  // reduce: the element (variable is the accumulator)
  ExprPtr where;
  ExprPtr projection;
  std::shared_ptr<PatternPart> pattern;
  std::shared_ptr<Query> subquery;  // EXISTS / COUNT / COLLECT
  // Filled in by the binder.
  int slot = -1;   // kVariable; comprehension/quantifier/reduce: variable's slot
  int slot2 = -1;  // reduce: element slot
  bool is_aggregate = false;  // kFunction / kCountStar that aggregates
};

enum class RelDirection { kRight, kLeft, kBoth };

struct NodePattern {
  Position pos;
  std::string variable;  // empty: anonymous
  std::vector<std::string> labels;
  ExprPtr properties;    // a map literal or a parameter, or null
  int slot = -1;
};

struct RelPattern {
  Position pos;
  std::string variable;
  std::vector<std::string> types;  // alternatives; empty: any type
  RelDirection direction = RelDirection::kBoth;
  bool var_length = false;
  std::optional<int64_t> min_hops, max_hops;
  ExprPtr properties;
  int slot = -1;
};

struct PatternPart {
  Position pos;
  std::string path_variable;  // p = ...
  enum class Shortest { kNone, kShortest, kAll } shortest = Shortest::kNone;
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
  int path_slot = -1;
};

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // the column name: the alias, or the expression text
  bool has_alias = false;
  int slot = -1;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;  // RETURN * / WITH *
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order;
  ExprPtr skip, limit;
  ExprPtr where;  // WITH ... WHERE
};

struct SetItem {
  enum class Kind { kProperty, kReplaceMap, kMergeMap, kLabels };
  Kind kind;
  ExprPtr target;  // kProperty: a kProperty expression; otherwise the variable
  ExprPtr value;
  std::vector<std::string> labels;
};

struct RemoveItem {
  enum class Kind { kProperty, kLabels };
  Kind kind;
  ExprPtr target;  // kProperty: a kProperty expression; kLabels: the variable
  std::vector<std::string> labels;
};

struct Clause {
  enum class Kind { kMatch, kUnwind, kWith, kReturn, kCreate, kMerge, kSet, kRemove, kDelete, kCall, kSubquery };
  Kind kind;
  Position pos;
  bool optional = false;  // OPTIONAL MATCH
  bool detach = false;    // DETACH DELETE
  std::vector<PatternPart> patterns;  // MATCH / CREATE / MERGE (one part)
  ExprPtr where;                      // MATCH ... WHERE
  ExprPtr expr;                       // UNWIND expr
  std::string alias;                  // UNWIND ... AS alias
  int slot = -1;                      // UNWIND alias slot
  Projection projection;              // WITH / RETURN
  std::vector<SetItem> set_items;     // SET
  std::vector<SetItem> on_create, on_match;  // MERGE
  std::vector<RemoveItem> remove_items;
  std::vector<ExprPtr> exprs;         // DELETE targets; CALL arguments; CALL (x, y) { }: the variables
  std::string procedure;              // CALL name
  bool implicit_args = false;         // CALL proc (no parentheses)
  // (field, alias); CALL { }: (column, column) of what the subquery
  // returns, filled in by the binder.
  std::vector<std::pair<std::string, std::string>> yields;
  bool yield_star = false;            // CALL proc YIELD *; CALL (*) { }
  std::vector<int> yield_slots;
  std::shared_ptr<Query> body;        // CALL { body }
  bool scoped = false;                // CALL (...) { }: the variables it imports are listed
  bool importing = false;             // a subquery's leading WITH of imports (binder; planned as nothing)
  // SHOW PROCEDURES / FUNCTIONS / INDEXES / CONSTRAINTS: a CALL of the
  // procedure that lists them; `show` is what it lists ("PROCEDURES", ...).
  std::string show;
};

struct SingleQuery {
  std::vector<Clause> clauses;
};

// CREATE INDEX / DROP INDEX / CREATE CONSTRAINT / DROP CONSTRAINT: a
// query of its own (Query::schema; then `parts` is empty).
struct SchemaCommand {
  enum class Kind { kCreateIndex, kDropIndex, kCreateConstraint, kDropConstraint };
  Kind kind;
  Position pos;
  std::string name;            // as written; empty: generated from label and key
  bool if_not_exists = false;  // CREATE ... IF NOT EXISTS
  bool if_exists = false;      // DROP ... IF EXISTS
  std::string label, key;      // CREATE: FOR (v:label) ON (v.key) / REQUIRE v.key IS UNIQUE
};

struct Query {
  std::optional<SchemaCommand> schema;
  std::vector<SingleQuery> parts;  // joined by UNION
  std::vector<bool> union_all;     // parts.size() - 1 flags
  bool explain = false;
  bool profile = false;
};

}  // namespace cg::query::ast
