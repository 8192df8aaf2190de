// Writes shared by the updating operators: creating a pattern part,
// applying SET items, setting one property. Each updates the context's
// statistics and drops its entity cache.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "query/execution/context.h"
#include "query/parser/ast.h"

namespace cg::query::execution {

class Executor;

// Creates one pattern part for a row (CREATE, and MERGE when nothing
// matched; `merging` makes a null property an error), binding its new
// entities and its path slot in *row. Nodes bound before the clause, or
// bound in the row already, are used as they are.
void CreatePart(Executor& exec, const ast::PatternPart& part, const std::set<int>& bound_before, Row* row,
                bool merging);

// Applies SET items (and MERGE's ON CREATE / ON MATCH) to one row.
void ApplySetItems(Executor& exec, const std::vector<ast::SetItem>& items, const Row& row);

// Sets (null: removes) one property of a node or relationship.
void SetProperty(Executor& exec, const Value& entity, const std::string& key, const Value& value);

}  // namespace cg::query::execution
