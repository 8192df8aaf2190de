#include "graph/span_check.h"

#include <fmt/format.h>

#include "graph/codec.h"
#include "storage/store.h"

namespace cg::graph {
namespace {

// Article texts kept while checking (evidence comes ordered by
// relationship, so one article's spans are spread over the scan).
constexpr size_t kCacheBytes = 64 << 20;

// At most 60 bytes of `text`, for a problem line.
std::string Excerpt(std::string_view text) {
  return text.size() <= 60 ? std::string(text) : std::string(text.substr(0, 57)) + "...";
}

}  // namespace

std::string_view QuoteOf(std::string_view text, uint32_t span_begin, uint32_t span_end) {
  size_t length = span_end - span_begin;
  if (length > kMaxQuoteBytes) {
    length = kMaxQuoteBytes;
    while (length > 0 && (static_cast<unsigned char>(text[span_begin + length]) & 0xC0) == 0x80) --length;
  }
  return text.substr(span_begin, length);
}

const std::string* SpanChecker::TextOf(const std::string& article) {
  if (auto it = texts_.find(article); it != texts_.end()) return &it->second;
  if (missing_.count(article)) return nullptr;
  std::string bytes;
  Article record;
  Status s = view_.Get(storage::Column::kArticles, article, &bytes);
  if (s.ok()) s = codec::DecodeArticle(bytes, &record);
  if (!s.ok()) {
    missing_.emplace(article, s.IsNotFound() ? "is not stored" : "cannot be read: " + s.message());
    return nullptr;
  }
  if (cached_bytes_ > kCacheBytes) {
    texts_.clear();
    cached_bytes_ = 0;
  }
  cached_bytes_ += record.text.size();
  return &texts_.emplace(article, std::move(record.text)).first->second;
}

void SpanChecker::Check(const Evidence& e, std::string_view owner) {
  const std::string* text = TextOf(e.article);
  if (!text) {
    problems_->push_back(fmt::format("{} names article {}, which {}", owner, e.article, missing_.at(e.article)));
    return;
  }
  if (e.span_begin > e.span_end || e.span_end > text->size()) {
    problems_->push_back(fmt::format("{}: its span [{}, {}) lies outside the {} bytes of article {}", owner,
                                     e.span_begin, e.span_end, text->size(), e.article));
    return;
  }
  const std::string_view expected = QuoteOf(*text, e.span_begin, e.span_end);
  if (e.quote != expected) {
    problems_->push_back(fmt::format("{}: its quote \"{}\" is not the text of article {} at [{}, {}): \"{}\"", owner,
                                     Excerpt(e.quote), e.article, e.span_begin, e.span_end, Excerpt(expected)));
  }
}

}  // namespace cg::graph
