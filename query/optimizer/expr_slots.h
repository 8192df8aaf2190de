// The slots an expression reads, for rules that move or fuse operators.
#pragma once

#include <set>

#include "query/parser/ast.h"

namespace cg::query::optimizer {

// Adds every slot `e` mentions to *out (its own comprehension variables and
// pattern slots included: over-approximating is safe). Returns false when
// the expression holds a subquery, whose reads are not tracked. Null: none.
bool CollectSlots(const ast::Expr* e, std::set<int>* out);

// Whether `value` can be computed before the scan of `slot`: it reads
// neither that node nor any slot in `above` (bound above the scan).
bool ComputableBefore(const ast::Expr* value, int slot, const std::set<int>& above);

}  // namespace cg::query::optimizer
