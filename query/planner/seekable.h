// Seekable predicates: the equalities that let a node be found without a
// scan. The planner prefers their nodes as pattern anchors; the optimizer
// turns the scan of such a node into a seek (the predicate stays as the
// exact check above it).
//
//   n.key = value         (key indexed: graph::Reader::IsIndexed)  -> NodeIndexSeek
//   id(n) = value                                                    -> NodeByIdSeek
//   elementId(n) = value                                             -> NodeByElementIdSeek
//
// Either side of `=` may hold the node's side; `value` may be any
// expression (whether it can be computed before the scan is the
// optimizer's question).
#pragma once

#include <optional>
#include <string>

#include "query/parser/ast.h"

namespace cg::query::planner {

struct Seekable {
  enum class By { kProperty, kId, kElementId };
  By by;
  std::string key;         // kProperty: the property key
  const ast::Expr* value;  // what the node's side must equal
  const ast::Expr* side;   // the node's side: `n.key`, `id(n)`, `elementId(n)`
};

// The seek `e` (a WHERE conjunct) allows for the node in `slot`.
std::optional<Seekable> SeekableEquality(const ast::Expr& e, int slot);

}  // namespace cg::query::planner
