// Tokens: words, numbers and punctuation of a stretch of text, each with its
// byte offsets in the document, so that every later stage can point back at
// the exact characters it used.
//
// Words keep internal apostrophes ("O'Brien") and the periods of initials and
// known abbreviations ("U.S.", "J.S.", "N.", "Gen.", "Inc."); hyphens split
// ("military-led" is "military" "-" "led") so that "Russia-Ukraine" yields
// both names; a possessive "'s" or "’s" is a token of its own; numbers keep
// their separators ("350,000", "3.6").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cg::ingest {

struct Token {
  enum Flag : uint8_t {
    kWord = 1,         // letters (and digits) — not punctuation
    kCapitalized = 2,  // first letter upper case
    kAllCaps = 4,      // two or more letters, all upper case ("CJNG", "U.S.")
    kNumber = 8,       // starts with a digit
    kAbbrev = 16,      // ends with a period that belongs to it ("Gen.", "U.S.", "N.")
  };
  uint32_t begin = 0;  // byte offsets in the document text
  uint32_t end = 0;
  std::string norm;    // comparison key: NormalizeName of a word ("us" for "U.S."); punctuation
                       // as itself, with curly quotes as '"' and dashes as "--"
  uint32_t id = 0;     // norm's id in Vocabulary::Global() (vocabulary.h): equal ids <=> equal norms
  uint8_t flags = 0;

  bool is(Flag f) const { return (flags & f) != 0; }
  bool word() const { return is(kWord); }
};

// Tokenizes text[begin, end); every token gets its norm's vocabulary id.
std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end);
// The same, appending the tokens to *out.
void TokenizeInto(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

// True for the abbreviations whose period belongs to the word ("gen", "inc").
bool IsKnownAbbreviation(std::string_view norm);

}  // namespace cg::ingest
