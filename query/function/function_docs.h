// What SHOW FUNCTIONS lists: every function of the registry (functions.h)
// with its category, signature and a one-line description, by name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cg::query::function {

struct FunctionDoc {
  std::string name;         // as FindFunction spells it
  std::string category;     // Neo4j's: Scalar, Aggregating, List, Numeric, String, Temporal, Predicate, ...
  std::string signature;    // "name(arg :: TYPE, ...) :: TYPE"
  std::string description;  // empty when the function has none (functions_test requires one)
  bool aggregating = false;
};

// Every registered function, sorted by name (case-insensitively).
std::vector<FunctionDoc> ListFunctions();

}  // namespace cg::query::function
