// The null-handling functions: coalesce(a, b, ...), the first argument
// that is not null; exists(x), whether x is not null (a boolean, as a
// pattern predicate gives, stands for itself).
#include "query/function/arguments.h"
#include "query/function/families.h"

namespace cg::query::function {
namespace {

Value Coalesce(const Args& a, const EntityReader&) {
  for (const Value& v : a) {
    if (!v.is_null()) return v;
  }
  return Value();
}

Value Exists(const Args& a, const EntityReader&) {
  if (a[0].is_bool()) return a[0];
  return Value(!a[0].is_null());
}

constexpr FunctionInfo kFunctions[] = {
    {"coalesce", 1, -1, Coalesce},
    {"exists", 1, 1, Exists},
};

}  // namespace

std::span<const FunctionInfo> NullFamily() { return kFunctions; }

}  // namespace cg::query::function
