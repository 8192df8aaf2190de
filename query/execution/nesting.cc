#include "query/execution/nesting.h"

#include <string>

#include "query/error.h"

namespace cg::query::execution {

namespace {

// Whether `v` nests deeper than `budget` more levels.
bool Deeper(const Value& v, int budget) {
  if (v.is_list()) {
    if (budget == 0) return true;
    for (const Value& e : v.as_list()) {
      if (Deeper(e, budget - 1)) return true;
    }
  } else if (v.is_map()) {
    if (budget == 0) return true;
    for (const auto& [key, e] : v.as_map()) {
      if (Deeper(e, budget - 1)) return true;
    }
  }
  return false;
}

}  // namespace

void CheckNesting(const Value& v) {
  if (Deeper(v, kMaxValueDepth)) {
    throw RuntimeError("ArgumentError", "ValueNestedTooDeep",
                       "a list or map nested more than " + std::to_string(kMaxValueDepth) + " levels deep");
  }
}

}  // namespace cg::query::execution
