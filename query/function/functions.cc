// The registry: the scalar families (families.h) in order, then the
// aggregates, which aggregates.h implements.
#include "query/function/functions.h"

#include <strings.h>

#include "query/function/families.h"

namespace cg::query::function {
namespace {

constexpr FunctionInfo kAggregates[] = {
    {"count", 1, 1, nullptr, true},
    {"sum", 1, 1, nullptr, true},
    {"avg", 1, 1, nullptr, true},
    {"min", 1, 1, nullptr, true},
    {"max", 1, 1, nullptr, true},
    {"collect", 1, 1, nullptr, true},
    {"percentileCont", 2, 2, nullptr, true},
    {"percentileDisc", 2, 2, nullptr, true},
    {"stDev", 1, 1, nullptr, true},
    {"stDevP", 1, 1, nullptr, true},
};

const std::vector<const FunctionInfo*>& Registry() {
  static const std::vector<const FunctionInfo*> registry = [] {
    std::vector<const FunctionInfo*> out;
    for (std::span<const FunctionInfo> family : {NullFamily(), GraphFamily(), ListFamily(), ConversionFamily(),
                                                 MathFamily(), StringFamily(), TemporalFamily(),
                                                 std::span<const FunctionInfo>(kAggregates)}) {
      for (const FunctionInfo& f : family) out.push_back(&f);
    }
    return out;
  }();
  return registry;
}

bool IEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

std::vector<const FunctionInfo*> AllFunctions() { return Registry(); }

const FunctionInfo* FindFunction(std::string_view name) {
  for (const FunctionInfo* f : Registry()) {
    if (IEquals(f->name, name)) return f;
  }
  return nullptr;
}

}  // namespace cg::query::function
