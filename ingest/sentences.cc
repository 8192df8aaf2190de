#include "ingest/sentences.h"

#include <algorithm>
#include <array>

namespace cg::ingest {
namespace {

bool IsTerminal(const Token& t) { return t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "..."; }
bool IsCloser(const Token& t) { return t.norm == "\"" || t.norm == "'" || t.norm == ")" || t.norm == "]"; }

// Words that typically open a sentence; after "U.S." they mark a boundary.
constexpr std::array<std::string_view, 30> kOpeners = {
    "the", "he",  "she",  "it",   "they", "this",  "that", "but",   "in",    "a",
    "an",  "we",  "his",  "her",  "its",  "their", "there", "on",   "at",    "after",
    "when", "while", "as", "i",   "these", "those", "then", "since", "however", "officials"};

bool IsOpener(const Token& t) {
  return t.is(Token::kCapitalized) && std::find(kOpeners.begin(), kOpeners.end(), t.norm) != kOpeners.end();
}

// Can `t` start a sentence (upper case letter, digit, opening quote or bracket)?
bool CanOpen(const Token& t) {
  return t.is(Token::kCapitalized) || t.is(Token::kNumber) || t.norm == "\"" || t.norm == "(" || t.norm == "'" ||
         t.norm == "--" || t.norm == "$";
}

}  // namespace

Segmented Segment(std::string_view text, size_t begin, size_t end) {
  Segmented out;
  out.tokens.reserve((end - begin) / 5);  // news text: about one token per five bytes
  uint32_t paragraph = 0;
  size_t pos = begin;
  while (pos < end) {
    size_t line_end = text.find('\n', pos);
    if (line_end == std::string_view::npos || line_end > end) line_end = end;
    const size_t first = out.tokens.size();
    TokenizeInto(text, pos, line_end, &out.tokens);
    pos = line_end + 1;
    const size_t last = out.tokens.size();
    if (last == first) continue;
    size_t start = first;
    auto emit_one = [&](size_t stop) {
      if (stop <= start) return;
      Sentence s;
      s.first_token = static_cast<uint32_t>(start);
      s.last_token = static_cast<uint32_t>(stop);
      s.first_word = s.first_token;
      while (s.first_word < s.last_token && !out.tokens[s.first_word].word()) ++s.first_word;
      s.begin = out.tokens[start].begin;
      s.end = out.tokens[stop - 1].end;
      s.paragraph = paragraph;
      out.sentences.push_back(s);
      start = stop;
    };
    // Cut at kMaxSentenceTokens (sentences.h).
    auto emit = [&](size_t stop) {
      while (stop > start + kMaxSentenceTokens) emit_one(start + kMaxSentenceTokens);
      emit_one(stop);
    };
    for (size_t i = first; i < last; ++i) {
      const Token& t = out.tokens[i];
      bool boundary_here = false;
      size_t after = i + 1;
      if (IsTerminal(t)) {
        while (after < last && (IsCloser(out.tokens[after]) || IsTerminal(out.tokens[after]))) ++after;
        boundary_here = after >= last || CanOpen(out.tokens[after]);
        // "... said “we will.” and" — a closing quote then lower case continues.
      } else if (t.is(Token::kAbbrev) && after < last) {
        // "U.S." or "Inc." ending a sentence: only before a typical opener.
        const bool title_or_initial = t.norm.size() == 1 || IsKnownAbbreviation(t.norm);
        boundary_here = !title_or_initial && IsOpener(out.tokens[after]);
        if (!boundary_here && t.norm == "inc" && IsOpener(out.tokens[after])) boundary_here = true;
      }
      if (boundary_here && after < last) {
        emit(after);
        i = after - 1;
      }
    }
    emit(last);
    ++paragraph;
  }
  return out;
}

}  // namespace cg::ingest
