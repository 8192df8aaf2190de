// The logical plan: a tree of operators, each consuming the rows of its
// `input` (bottom-up; the leaf is an Argument) and producing rows. A row is
// a vector of values indexed by the binder's slots.
//
// Operators point into the AST for their expressions; a Plan is valid only
// while the ast::Query it was built from is alive.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "query/parser/ast.h"
#include "query/procedures/registry.h"

namespace cg::query::planner {

enum class OpKind {
  kArgument,       // the argument row(s): one empty row, or the outer row of a subplan
  kNodeScan,       // slot <- every node (with labels[0] when labels is not empty)
  kNodeIndexSeek,  // slot <- nodes whose indexed `key` equals `value`; with `index` (a user
                   // index of labels[0], graph/catalog.h): equal to `value`, between `lower`
                   // and `upper`, or starting with `prefix` (a superset: the filters stay)
  kNodeByIdSeek,   // slot <- the node whose id (key "id") or element id (key "elementId") is `value`
  kExpand,         // (from_slot)-[rel_slot]-(slot), one hop or var-length
  kShortestPath,   // shortest path(s) between bound from_slot and slot
  kExpandReachable,  // slot <- each distinct end node of var-length `rel` from from_slot (optimizer/reachability.h)
  kCountReachable,   // an Aggregate count(DISTINCT slot) over filters over ExpandReachable, fused (same header)
  kEntityFilter,   // keeps rows whose entity in `slot` has `labels` and `properties`
  kFilter,         // keeps rows where `predicate` is true
  kProjectPath,    // slot <- the path through path_slots
  kOptional,       // per row: `inner`, or the row with null_slots set to null
  kProject,        // items: slot <- expr
  kAggregate,      // groups by items, computes `aggregates`, then post_items
  kDistinct,       // keeps the first row of each distinct `slots` tuple
  kSort,           // by sort_keys
  kSkip,           // drops `count` rows
  kLimit,          // keeps `count` rows
  kUnwind,         // slot <- each element of `value`
  kCreate,         // creates clause->patterns per row
  kMerge,          // per row: `inner` (the match) or create clause->patterns
  kSet,
  kRemove,
  kDelete,
  kCall,           // per row: the rows of `procedure`, yielded into clause->yield_slots
  kSemiApply,      // keeps the rows for which `inner` (opened with the row) has a row: WHERE EXISTS { }
                   // or a pattern predicate; `anti`: those for which it has none (WHERE NOT ...)
  kApply,          // CALL { }: per row, `inner` opened with the row as argument; each inner row's
                   // columns into clause->yield_slots (a unit subquery: the row once, after inner
                   // ran); `eager` when the subquery writes
  kUnion,          // rows of every branch (deduplicated unless union_all)
  kProduceResults, // the final columns: columns[i] <- slots[i]
  kCountStore,     // an Aggregate of count(*) answered from the label (labels[0]) or type
                   // (rel's types; grouped by type when items is not empty) counts
  kExpandCount,    // Aggregate count(*) over Expand [+ EntityFilter labels]: counts the
                   // relationships per input row instead of producing the rows
  kRelationshipScan,  // inner (Expand over a NodeScan) read by relationship type (optimizer/scan_rules.h)
  kSchemaCommand,     // CREATE / DROP INDEX / CONSTRAINT `schema` (no rows)
};

struct Operator {
  OpKind kind;
  std::unique_ptr<Operator> input;
  std::unique_ptr<Operator> inner;
  std::vector<std::unique_ptr<Operator>> branches;

  int slot = -1;
  int from_slot = -1;
  int rel_slot = -1;
  std::vector<std::string> labels;
  std::string key;                          // kNodeIndexSeek, kNodeByIdSeek
  std::string index;                        // kNodeIndexSeek: a user index's name, or empty
  const ast::Expr* lower = nullptr;         // kNodeIndexSeek with index: inclusive bounds, or null
  const ast::Expr* upper = nullptr;
  const ast::Expr* prefix = nullptr;        // kNodeIndexSeek with index: STARTS WITH
  const ast::Expr* value = nullptr;         // kNodeIndexSeek, kNodeByIdSeek, kUnwind
  const ast::Expr* properties = nullptr;    // kEntityFilter, kExpand (relationship properties)
  const ast::Expr* predicate = nullptr;     // kFilter
  const ast::Expr* count = nullptr;         // kSkip, kLimit
  const ast::RelPattern* rel = nullptr;     // kExpand, kShortestPath
  ast::RelDirection direction = ast::RelDirection::kBoth;  // seen from from_slot
  bool to_bound = false;                    // kExpand: slot already holds a node
  bool rel_bound = false;                   // kExpand: rel_slot already holds the relationship(s)
  bool backward = false;                    // kExpand: walks the pattern right to left
  bool all_shortest = false;
  std::vector<int> unique_rels;             // rel slots bound earlier in the same MATCH
  std::vector<int> path_slots;              // kProjectPath: node, rel, node, ... slots
  std::vector<int> null_slots;              // kOptional
  std::vector<std::pair<int, const ast::Expr*>> items;       // kProject, kAggregate (keys)
  std::vector<const ast::Expr*> aggregates;                  // kAggregate
  std::vector<std::pair<int, const ast::Expr*>> post_items;  // kAggregate
  bool reads_hop_rel = true;  // kAggregate folding an inner hop: an aggregate reads the hop's relationship
  std::vector<int> slots;                                    // kDistinct, kProduceResults
  std::vector<std::pair<const ast::Expr*, bool>> sort_keys;  // (expr, descending)
  const ast::Clause* clause = nullptr;      // kCreate, kMerge, kSet, kRemove, kDelete, kCall
  const Procedure* procedure = nullptr;     // kCall
  const ast::SchemaCommand* schema = nullptr;  // kSchemaCommand
  std::set<int> bound_before;               // kCreate, kMerge: slots bound before the clause
  std::vector<std::string> columns;         // kProduceResults, kUnion
  bool union_all = false;
  bool eager = false;                       // kApply: reads all its input before the first write
  bool anti = false;                        // kSemiApply
  std::string text;                         // how EXPLAIN shows the operator's arguments

  // The slots this operator sets in its output rows.
  std::vector<int> Binds() const;
};

struct Plan {
  std::unique_ptr<Operator> root;
  // The subplans of pattern predicates, pattern comprehensions and EXISTS,
  // COUNT and COLLECT subqueries, run once per evaluation with the current
  // row as argument (a subquery's ends in ProduceResults when it returns).
  std::map<const ast::Expr*, std::unique_ptr<Operator>> subplans;
  int num_slots = 0;
  std::vector<std::string> columns;
  bool updates = false;
  std::string source;  // the query text, for describing expressions
  const ProcedureRegistry* procedures = nullptr;  // what the query was bound with
};

}  // namespace cg::query::planner
