// Lexer: Cypher source text -> tokens with source positions.
//
// Keywords are not distinguished from identifiers here (Cypher lets most
// keywords be used as names); the parser compares identifier text
// case-insensitively. Backquoted names are kEscapedName and never keywords.
// Comments (// and /* */) and whitespace are skipped. Malformed literals
// throw a compile-time QueryError naming line:column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cg::query::parser {

struct Position {
  int line = 1;       // 1-based
  int column = 1;     // 1-based, in bytes
  size_t offset = 0;  // byte offset in the source
};

enum class TokenKind {
  kName,         // identifier or keyword
  kEscapedName,  // `backquoted name`
  kInteger,      // text holds the digits as written (with 0x / 0o prefix)
  kFloat,
  kString,       // text holds the decoded string
  kParameter,    // text holds the name after '$'
  kSymbol,       // punctuation / operator; text holds it
  kEnd,
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;
  Position pos;
  size_t end = 0;  // offset one past the token's last byte
};

std::vector<Token> Tokenize(std::string_view source);

}  // namespace cg::query::parser
