// Literal expressions as values: what a person types for a parameter
// (`--param k=v`, `:param k => v`) read with the query language's own lexer
// and parser, so that parameters and queries spell literals alike.
#pragma once

#include <optional>
#include <string_view>

#include "query/parser/ast.h"
#include "query/value.h"

namespace cg::query::parser {

// The value of `e` when it is a literal: null, a boolean, a number (with an
// optional sign), a string, or a list or map of literals, nested freely.
// nullopt for anything else (variables, parameters, operators, calls).
std::optional<Value> LiteralValue(const ast::Expr& e);

// The whole of `text` as one literal, or nullopt when it is not exactly one
// (a syntax error, an integer that overflows 64 bits, trailing text, an
// expression that is not a literal). Never throws.
std::optional<Value> ParseLiteral(std::string_view text);

}  // namespace cg::query::parser
