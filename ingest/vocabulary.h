// Vocabulary: every token norm the process has seen, interned as a small
// integer, so that the lexicon, the rules and the matcher compare words by id
// rather than by string. Tokenize (tokens.h) gives every token its norm's id.
//
// Contract: an id stands for one norm for the life of the process (equal ids
// <=> equal norms); 0 is never a norm's id. Thread-safe: lookups of known
// norms share a lock, a new norm takes it alone. It only grows, by the
// distinct norms read (a few hundred thousand for tens of MB of news).
#pragma once

#include <cstdint>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cg::ingest {

struct Token;

class Vocabulary {
 public:
  // The process's vocabulary.
  static Vocabulary& Global();

  // The id of `norm`, interning it when new.
  uint32_t Id(std::string_view norm);
  // The id of `norm`, or 0 when it was never interned.
  uint32_t Find(std::string_view norm) const;
  // Sets the id of every token of [begin, end) from its norm (one shared lock for known norms).
  void Intern(Token* begin, Token* end);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  uint32_t Add(std::string_view norm);  // under the exclusive lock

  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

}  // namespace cg::ingest
