#include "ingest/name_shape.h"

#include <cctype>

namespace cg::ingest {

bool IsHeadline(const std::vector<Token>& t, size_t first, size_t last) {
  if (first >= last) return false;
  const std::string& end = t[last - 1].norm;
  if (end == "." || end == "?" || end == "!") return false;
  size_t long_words = 0, capitalized = 0;
  for (size_t k = first; k < last; ++k) {
    if (!t[k].word() || t[k].is(Token::kNumber) || t[k].end - t[k].begin < 4) continue;
    ++long_words;
    if (t[k].is(Token::kCapitalized)) ++capitalized;
  }
  return long_words >= 3 && capitalized * 4 >= long_words * 3;
}

bool JoinsNameParts(const std::vector<Token>& t, size_t j, size_t last) {
  return j > 0 && j + 1 < last && t[j].norm == "-" && t[j - 1].end == t[j].begin && t[j].end == t[j + 1].begin &&
         t[j - 1].is(Token::kCapitalized) && t[j + 1].is(Token::kCapitalized) && !t[j + 1].is(Token::kNumber);
}

bool SpellsInitials(std::string_view acronym, const std::vector<Token>& t, size_t first, size_t last) {
  // Letters of the acronym, lower-cased (periods dropped: "U.N.").
  std::string letters;
  for (char c : acronym) {
    if (std::isalpha(static_cast<unsigned char>(c))) letters += static_cast<char>(std::tolower(c));
  }
  if (letters.size() < 2) return false;
  // Match greedily: capitalized words must be spelled, lower-case ones may be.
  size_t k = 0;
  for (size_t j = first; j < last; ++j) {
    if (!t[j].word() || t[j].norm.empty()) continue;
    const char initial = t[j].norm[0];
    if (k < letters.size() && letters[k] == initial) {
      ++k;
    } else if (t[j].is(Token::kCapitalized)) {
      return false;
    }
  }
  return k == letters.size();
}

bool AllCapsWords(std::string_view text, const std::vector<Token>& t, size_t first, size_t last) {
  bool any = false;
  for (size_t k = first; k < last; ++k) {
    if (!t[k].word()) continue;
    size_t upper = 0, lower = 0;
    for (size_t b = t[k].begin; b < t[k].end && b < text.size(); ++b) {
      const unsigned char c = static_cast<unsigned char>(text[b]);
      if (std::isupper(c)) ++upper;
      if (std::islower(c)) ++lower;
    }
    if (upper < 2 || upper < 2 * lower) return false;
    any = true;
  }
  return any;
}

size_t LegalFormAt(const std::vector<Token>& t, size_t k, size_t last) {
  if (k >= last || !t[k].is(Token::kAbbrev) || !t[k].is(Token::kCapitalized)) return 0;
  static constexpr std::string_view kForms[][5] = {
      {"sa", "de", "cv"}, {"s", "de", "rl", "de", "cv"}, {"s", "de", "rl"}, {"sapi", "de", "cv"},
      {"sab", "de", "cv"}, {"spr", "de", "rl"}, {"sa"}, {"sc"}, {"ac"}, {"srl"}, {"sapi"}};
  for (const auto& form : kForms) {  // longest first
    size_t n = 0;
    while (n < 5 && !form[n].empty() && k + n < last && t[k + n].norm == form[n]) ++n;
    if (n > 0 && (n == 5 || form[n].empty())) return n;
  }
  return 0;
}

}  // namespace cg::ingest
