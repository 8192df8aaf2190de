// Completion: what Tab offers for the word before the cursor in a Cypher
// statement, given what the database holds.
//
//   after ':' inside (...) or outside brackets   labels        MATCH (p:Per|
//   after ':' inside [...]                       types         -[:LEA|
//   after '.'                                    property keys p.na|
//   after '$'                                    parameters    $na|
//   a ':' command at the start of a statement    commands      :sch|
//   a dotted name after CALL                     procedures    CALL cg.va|
//   anywhere else                                keywords      MAT|  (in the typed case)
//
// Words are letters, digits, '_' and non-ASCII characters. Names match the
// typed prefix case-sensitively, or case-insensitively when nothing does;
// keywords match case-insensitively.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cg::cli {

struct Vocabulary {
  std::vector<std::string> labels;
  std::vector<std::string> types;
  std::vector<std::string> property_keys;
  std::vector<std::string> parameters;
  std::vector<std::string> commands;    // with their ':'
  std::vector<std::string> procedures;  // dotted names (cg.vacuums)
};

struct Completion {
  size_t start = 0;                     // byte offset where the completed word begins
  std::vector<std::string> candidates;  // sorted, distinct; each replaces the word
};

// Completes the word ending at the end of `before_cursor`. `statement_start`
// tells whether `before_cursor` begins a statement (where ':' commands go).
Completion Complete(std::string_view before_cursor, bool statement_start, const Vocabulary& vocabulary);

// The longest common prefix of `words`.
std::string CommonPrefix(const std::vector<std::string>& words);

}  // namespace cg::cli
