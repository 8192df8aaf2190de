// Sentences: the body split into paragraphs (at line breaks) and sentences
// (at . ! ? and closing quotes), tokenized once for all later stages.
//
// A period does not end a sentence after an initial ("Rubén N., alias"),
// a title ("Gen. Trevilla"), or an abbreviation such as "U.S." unless the
// next word typically opens a sentence ("... from the U.S. The next day").
// A line without final punctuation (a headline, a byline) is a sentence.
// A sentence longer than kMaxSentenceTokens tokens is cut into sentences of
// that many (so that extraction stays linear in the text on a hostile
// article: a 500 KB line of names took minutes).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/tokens.h"

namespace cg::ingest {

inline constexpr size_t kMaxSentenceTokens = 256;

struct Sentence {
  uint32_t begin = 0, end = 0;        // byte span in the document text
  uint32_t paragraph = 0;             // index of the paragraph (line block)
  uint32_t first_token = 0, last_token = 0;  // [first, last) in Segmented::tokens
  uint32_t first_word = 0;  // the first of those tokens that is a word (last_token when none)
};

struct Segmented {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Segments text[begin, end). `text` is the document's analysis text.
Segmented Segment(std::string_view text, size_t begin, size_t end);

}  // namespace cg::ingest
