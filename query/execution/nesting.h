// Bounds how deeply the lists and maps a query builds nest. Values are
// destroyed, compared, hashed, printed and encoded recursively, so a list
// nested a million levels deep (reduce(l = [], i IN range(1, 1000000) | [l]))
// would overflow the stack and kill the process. Every expression that wraps
// values in a new list or map (list and map literals, list and pattern
// comprehensions, map projections) checks what it built.
#pragma once

#include "query/value.h"

namespace cg::query::execution {

// Nesting beyond this many lists and maps is refused.
inline constexpr int kMaxValueDepth = 1000;

// Throws ValueNestedTooDeep (a runtime ArgumentError naming the limit) when
// `v` nests lists and maps more than kMaxValueDepth levels deep (a scalar is
// 0, [] and {} are 1). Stops descending at the limit, so it never recurses
// deeper than that itself.
void CheckNesting(const Value& v);

}  // namespace cg::query::execution
