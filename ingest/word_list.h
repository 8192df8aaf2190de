// WordList: a constant "|"-separated list of word norms ("is|was|were"),
// asked about by a token's vocabulary id (vocabulary.h) instead of a
// substring search of the list per question (measured: the search, OneOf,
// was 8% of extraction, most of it Clause::IsAny).
//
// Contract: a WordList is built only from a constant expression (the
// constructors are consteval), so its text lives as long as the process and
// its address names it: the process keeps the ids of a list's words (a bit set
// by id), keyed by that address and length, from the first question on. Has(id) answers as
// OneOf(norm, text) does for the norm whose id is `id`: a word of the list
// that no token norm can be (empty, with a space or a bar) is never matched.
#pragma once

#include <cstdint>
#include <string_view>

namespace cg::ingest {

class WordList {
 public:
  consteval WordList(const char* text) : text_(text) {}  // NOLINT: implicit from a literal
  consteval WordList(std::string_view text) : text_(text) {}  // NOLINT: and from a constant

  std::string_view text() const { return text_; }
  // Is the norm whose vocabulary id is `id` (not 0) one of the words?
  bool Has(uint32_t id) const;

 private:
  std::string_view text_;
};

}  // namespace cg::ingest
