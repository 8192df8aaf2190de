// Parser: Cypher text -> ast::Query, by recursive descent over the tokens.
//
// A syntax error throws a compile-time QueryError of kind SyntaxError whose
// message names line:column, what was found and what was expected.
#pragma once

#include <string_view>

#include "query/parser/ast.h"

namespace cg::query::parser {

ast::Query Parse(std::string_view source);

}  // namespace cg::query::parser
