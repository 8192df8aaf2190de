#include "ingest/tokens.h"

#include <utf8proc.h>

#include <array>
#include <algorithm>

#include "ingest/vocabulary.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

struct Cp {
  int32_t cp = -1;
  int len = 0;
};

// ASCII characters' classes, so that the tokenizer asks utf8proc only about other code points.
enum AsciiClass : uint8_t { kLetterChar = 1, kUpperChar = 2, kDigitChar = 4, kSpaceChar = 8 };
constexpr std::array<uint8_t, 128> kAsciiClasses = [] {
  std::array<uint8_t, 128> c{};
  for (int ch = 'a'; ch <= 'z'; ++ch) c[ch] = kLetterChar;
  for (int ch = 'A'; ch <= 'Z'; ++ch) c[ch] = kLetterChar | kUpperChar;
  for (int ch = '0'; ch <= '9'; ++ch) c[ch] = kDigitChar;
  for (const char ch : {' ', '\t', '\n', '\r', '\f', '\v'}) c[static_cast<unsigned char>(ch)] = kSpaceChar;
  return c;
}();

[[gnu::noinline]] Cp DecodeMultibyte(std::string_view text, size_t pos) {
  utf8proc_int32_t cp;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                              static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) return {0xFFFD, 1};
  return {cp, static_cast<int>(n)};
}

inline Cp Decode(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {};
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {c, 1};
  return DecodeMultibyte(text, pos);
}

// The classes of a code point that is not ASCII (cp < 0 included: none).
[[gnu::noinline]] uint8_t UnicodeClasses(int32_t cp) {
  if (cp < 0) return 0;
  const auto cat = utf8proc_category(cp);
  uint8_t out = 0;
  if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) out |= kLetterChar;  // letters and combining marks
  if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) out |= kUpperChar;
  if (cat == UTF8PROC_CATEGORY_ND) out |= kDigitChar;
  if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP || cp == 0x200B ||
      cp == 0xFEFF) {
    out |= kSpaceChar;
  }
  return out;
}

inline uint8_t Classes(int32_t cp) {
  return cp >= 0 && cp < 0x80 ? kAsciiClasses[static_cast<size_t>(cp)] : UnicodeClasses(cp);
}

inline bool IsLetter(int32_t cp) { return (Classes(cp) & kLetterChar) != 0; }
inline bool IsDigit(int32_t cp) { return (Classes(cp) & kDigitChar) != 0; }
inline bool IsUpper(int32_t cp) { return (Classes(cp) & kUpperChar) != 0; }
inline bool IsSpace(int32_t cp) { return (Classes(cp) & kSpaceChar) != 0; }
inline bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
inline bool IsWordChar(int32_t cp) { return (Classes(cp) & (kLetterChar | kDigitChar)) != 0; }

constexpr std::array<std::string_view, 44> kAbbreviations = {
    "mr",   "mrs",  "ms",  "dr",  "jr",   "sr",   "st",  "gen", "lt",  "col", "sgt",
    "capt", "cmdr", "adm", "gov", "sen",  "rep",  "pres", "inc", "co",  "corp", "ltd",
    "no",   "vs",   "etc", "jan", "feb",  "mar",  "apr", "jun", "jul", "aug", "sep",
    "sept", "oct",  "nov", "dec", "mt",   "ft",   "ave", "prof", "maj", "brig", "supt"};

std::string WordNorm(std::string_view word) {
  // One pass, written in place (a test of every byte, then a push_back of each, cost twice that).
  std::string out(word.size(), '\0');
  size_t n = 0;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return NormalizeName(word);
    if (c >= 'A' && c <= 'Z') out[n++] = static_cast<char>(c - 'A' + 'a');
    else if (c != '.' && c != '\'') out[n++] = c;
  }
  out.resize(n);
  return out;
}

std::string PunctNorm(int32_t cp, std::string_view raw) {
  switch (cp) {
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return "\"";
    case 0x2018: case 0x2019: return "'";
    case 0x2014: case 0x2013: case 0x2015: return "--";
    case 0x2010: case 0x2011: return "-";
    case 0x2026: return "...";
    default: return std::string(raw);
  }
}

}  // namespace

namespace {

// The AP's abbreviations of U.S. states written after a city ("RIVERSIDE, Calif. (AP)", "Tucson,
// Ariz."), those that are no English word ("Ill.", "Ore.", "La." and "Miss." are left out).
constexpr std::array<std::string_view, 19> kStateAbbreviations = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "kan", "ky", "md",
    "mich", "minn", "neb", "nev", "okla", "tenn", "tex", "wis", "wyo"};

bool IsStateAbbreviation(std::string_view norm) {
  return std::find(kStateAbbreviations.begin(), kStateAbbreviations.end(), norm) != kStateAbbreviations.end();
}

}  // namespace

bool IsKnownAbbreviation(std::string_view norm) {
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), norm) != kAbbreviations.end();
}

std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> out;
  TokenizeInto(text, begin, end, &out);
  return out;
}

void TokenizeInto(std::string_view text, size_t begin, size_t end, std::vector<Token>* tokens) {
  std::vector<Token>& out = *tokens;
  const size_t first = out.size();
  text = text.substr(0, end);
  size_t pos = begin;
  while (pos < text.size()) {
    const Cp c = Decode(text, pos);
    if (IsSpace(c.cp)) {
      pos += static_cast<size_t>(c.len);
      continue;
    }
    Token tok;
    tok.begin = static_cast<uint32_t>(pos);
    if (IsDigit(c.cp)) {
      size_t p = pos + static_cast<size_t>(c.len);
      while (p < text.size()) {
        const Cp d = Decode(text, p);
        if (IsWordChar(d.cp)) {
          p += static_cast<size_t>(d.len);
        } else if ((d.cp == ',' || d.cp == '.') && p + 1 < text.size() && IsDigit(Decode(text, p + 1).cp)) {
          p += 1;
        } else {
          break;
        }
      }
      tok.end = static_cast<uint32_t>(p);
      tok.flags = Token::kWord | Token::kNumber;
      std::string norm;
      for (char ch : text.substr(pos, p - pos)) {
        if (ch != ',') norm.push_back(ch);
      }
      tok.norm = std::move(norm);
      out.push_back(std::move(tok));
      pos = p;
      continue;
    }
    if (IsLetter(c.cp)) {
      size_t p = pos;
      int letters = 0, uppers = 0;
      bool single_letter_groups = true;  // "U.S", "J.S"
      int group_len = 0;
      while (p < text.size()) {
        const Cp d = Decode(text, p);
        if (IsWordChar(d.cp)) {
          if (IsLetter(d.cp)) {
            ++letters;
            if (IsUpper(d.cp)) ++uppers;
          }
          ++group_len;
          if (group_len > 1) single_letter_groups = false;
          p += static_cast<size_t>(d.len);
          continue;
        }
        if (IsApostrophe(d.cp)) {
          // Possessive 's ends the word; other apostrophes between letters join.
          const size_t q = p + static_cast<size_t>(d.len);
          const Cp e = Decode(text, q);
          const bool possessive =
              (e.cp == 's' || e.cp == 'S') && !IsWordChar(Decode(text, q + 1).cp);
          if (!possessive && IsLetter(e.cp)) {
            p = q;
            continue;
          }
          break;
        }
        if (d.cp == '.' && single_letter_groups && group_len == 1 && IsLetter(Decode(text, p + 1).cp) &&
            IsUpper(Decode(text, p + 1).cp) == IsUpper(Decode(text, pos).cp)) {
          p += 1;  // "U.S", "J.S", "a.m"
          group_len = 0;
          continue;
        }
        break;
      }
      const std::string_view word = text.substr(pos, p - pos);
      tok.norm = WordNorm(word);
      tok.flags = Token::kWord;
      if (IsUpper(c.cp)) tok.flags |= Token::kCapitalized;
      if (letters >= 2 && uppers == letters) tok.flags |= Token::kAllCaps;
      // The period of an initial ("N.", "U.S.") or a known abbreviation belongs to the word.
      if (p < text.size() && text[p] == '.') {
        const bool dotted = word.find('.') != std::string_view::npos;
        const bool initial = letters == 1 && IsUpper(c.cp);
        if (dotted || initial || IsKnownAbbreviation(tok.norm) || (IsUpper(c.cp) && IsStateAbbreviation(tok.norm))) {
          ++p;
          tok.flags |= Token::kAbbrev;
        }
      }
      tok.end = static_cast<uint32_t>(p);
      out.push_back(std::move(tok));
      pos = p;
      continue;
    }
    // Punctuation and symbols; a possessive 's joins its apostrophe.
    size_t p = pos + static_cast<size_t>(c.len);
    if (IsApostrophe(c.cp)) {
      const Cp e = Decode(text, p);
      if ((e.cp == 's' || e.cp == 'S') && !IsWordChar(Decode(text, p + 1).cp) &&
          out.size() > first && out.back().end == pos && out.back().word()) {
        tok.end = static_cast<uint32_t>(p + 1);
        tok.norm = "'s";
        out.push_back(std::move(tok));
        pos = p + 1;
        continue;
      }
      // "the Zetas' founder", "Cárdenas' brother": an apostrophe right after a word ending in s or z,
      // before a space, is that word's possessive too.
      if (out.size() > first && out.back().end == pos && out.back().word() &&
          (out.back().norm.ends_with('s') || out.back().norm.ends_with('z')) && p < text.size() &&
          (text[p] == ' ' || text[p] == '\n')) {
        tok.end = static_cast<uint32_t>(p);
        tok.norm = "'s";
        out.push_back(std::move(tok));
        pos = p;
        continue;
      }
    }
    tok.end = static_cast<uint32_t>(p);
    tok.norm = PunctNorm(c.cp, text.substr(pos, p - pos));
    out.push_back(std::move(tok));
    pos = p;
  }
  Vocabulary::Global().Intern(out.data() + first, out.data() + out.size());
}

}  // namespace cg::ingest
