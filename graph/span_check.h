// The deep part of Graph::Check (CheckOptions::deep): every evidence, of a
// relationship (evidence_store.h) or of a claim (claim_store.h), is held up
// against the stored text of its article: the article is stored, the span
// lies within its text, and the quote is QuoteOf that text at the span.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/types.h"

namespace cg::storage {
class ReadView;
}

namespace cg::graph {

// An evidence's quote: the text of its span, cut at a character boundary
// to at most kMaxQuoteBytes (the span and the stored article give the rest).
inline constexpr size_t kMaxQuoteBytes = 300;
std::string_view QuoteOf(std::string_view text, uint32_t span_begin, uint32_t span_end);

class SpanChecker {
 public:
  SpanChecker(const storage::ReadView& view, std::vector<std::string>* problems) : view_(view), problems_(problems) {}
  // Appends a problem, beginning with `owner` ("evidence of relationship 7"),
  // for each way `evidence` disagrees with its article.
  void Check(const Evidence& evidence, std::string_view owner);

 private:
  // The article's text, or null when it is not stored (or undecodable).
  const std::string* TextOf(const std::string& article);

  const storage::ReadView& view_;
  std::vector<std::string>* problems_;
  std::map<std::string, std::string, std::less<>> texts_;  // by article id; cleared past kCacheBytes
  std::map<std::string, std::string, std::less<>> missing_;  // article id -> why it cannot be read
  size_t cached_bytes_ = 0;
};

}  // namespace cg::graph
