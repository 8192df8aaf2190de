#include "query/planner/seekable.h"

#include <strings.h>

#include "graph/reader.h"

namespace cg::query::planner {

using namespace ast;

namespace {

bool IsVariable(const Expr& e, int slot) { return e.kind == ExprKind::kVariable && e.slot == slot; }

std::optional<Seekable::By> SideOf(const Expr& side, int slot, std::string* key) {
  if (side.kind == ExprKind::kProperty && IsVariable(*side.args[0], slot) && graph::Reader::IsIndexed(side.name)) {
    *key = side.name;
    return Seekable::By::kProperty;
  }
  if (side.kind == ExprKind::kFunction && side.args.size() == 1 && !side.distinct && IsVariable(*side.args[0], slot)) {
    if (strcasecmp(side.name.c_str(), "id") == 0) return Seekable::By::kId;
    if (strcasecmp(side.name.c_str(), "elementId") == 0) return Seekable::By::kElementId;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Seekable> SeekableEquality(const Expr& e, int slot) {
  if (e.kind != ExprKind::kComparison || e.ops.size() != 1 || e.ops[0] != Op::kEq) return std::nullopt;
  for (int side = 0; side < 2; ++side) {
    std::string key;
    if (auto by = SideOf(*e.args[side], slot, &key)) return Seekable{*by, key, e.args[1 - side].get(), e.args[side].get()};
  }
  return std::nullopt;
}

}  // namespace cg::query::planner
