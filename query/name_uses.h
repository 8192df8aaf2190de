// NameUses: the labels, relationship types and property keys a query names,
// split into the ones it reads (MATCH patterns, label and property tests,
// property reads of pattern variables) and the ones it writes (CREATE,
// MERGE, SET, REMOVE) — what notifications.h holds against the names the
// database knows. Taken from the AST once per prepared query.
//
// A property read counts only on a variable some pattern of the query binds
// (or a WITH/RETURN renames), so that `m.b` on a map is not taken for a
// property key. Schema commands (CREATE INDEX ...) name nothing here.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/parser/ast.h"

namespace cg::query {

enum class NameKind { kLabel, kRelationshipType, kPropertyKey };

struct NameUse {
  NameKind kind;
  std::string name;
  size_t offset = 0;  // where the name is in the query text
};

struct NameUses {
  std::vector<NameUse> reads;  // by place in the text; a name read twice is listed once
  std::set<std::pair<NameKind, std::string>> writes;
};

// `text`: the source the AST was parsed from (to place each name).
NameUses CollectNameUses(const ast::Query& query, std::string_view text);

}  // namespace cg::query
