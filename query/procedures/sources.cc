#include "query/procedures/sources.h"

#include <algorithm>
#include <cmath>

#include "query/procedures/arguments.h"

namespace cg::query {

namespace {

Value TextOrNull(const std::string& s) { return s.empty() ? Value() : Value(s); }

}  // namespace

double Confidence(const graph::Evidence& evidence) {
  return std::round(static_cast<double>(evidence.confidence) * 1000) / 1000;
}

const Sources::Article& Sources::Find(const std::string& id) {
  auto it = articles_.find(id);
  if (it != articles_.end()) return it->second;
  Article info;
  graph::Article article;
  const Status s = reader_.GetArticle(id, &article);
  if (!s.IsNotFound()) {
    ThrowIfError(s);
    info.title = TextOrNull(article.title);
    if (article.published.year != 0) info.published = Value(article.published);
    info.publisher = TextOrNull(article.publisher);
    info.url = TextOrNull(article.url);
    info.path = TextOrNull(article.path);
  }
  info.shown = !article.title.empty() ? article.title : !article.path.empty() ? article.path : id;
  return articles_.emplace(id, std::move(info)).first->second;
}

Map Sources::Describe(const graph::Evidence& evidence) {
  const Article& article = Find(evidence.article);
  return Map{{"title", article.title},
             {"published", article.published},
             {"publisher", article.publisher},
             {"url", article.url},
             {"path", article.path},
             {"article", Value(evidence.article)},
             {"span", Value(List{Value(int64_t{evidence.span_begin}), Value(int64_t{evidence.span_end})})},
             {"quote", Value(evidence.quote)},
             {"rule", Value(evidence.rule)},
             {"confidence", Value(Confidence(evidence))}};
}

List Sources::Titles(const std::vector<graph::Evidence>& evidence) {
  List titles;
  for (const graph::Evidence& e : evidence) {
    const std::string& shown = Find(e.article).shown;
    if (std::none_of(titles.begin(), titles.end(), [&](const Value& t) { return t.as_string() == shown; })) {
      titles.push_back(Value(shown));
    }
  }
  return titles;
}

}  // namespace cg::query
