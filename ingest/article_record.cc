#include "ingest/article_record.h"

namespace cg::ingest {

PropertyMap ArticleNodeProps(const Document& doc, const std::optional<Date>& date) {
  PropertyMap props;
  props["name"] = Value(doc.meta.title.empty() ? doc.path : doc.meta.title);
  props["sha256"] = Value(doc.sha256);
  if (!doc.meta.title.empty()) props["title"] = Value(doc.meta.title);
  if (!doc.meta.author.empty()) props["author"] = Value(doc.meta.author);
  if (!doc.meta.publisher.empty()) props["publisher"] = Value(doc.meta.publisher);
  if (!doc.meta.url.empty()) props["url"] = Value(doc.meta.url);
  if (date) props["published"] = Value(*date);
  return props;
}

graph::Article ArticleRecordOf(const Document& doc, const std::optional<Date>& date, graph::NodeId node) {
  graph::Article a;
  a.id = doc.sha256;
  a.title = doc.meta.title;
  a.author = doc.meta.author;
  a.publisher = doc.meta.publisher;
  a.url = doc.meta.url;
  a.path = doc.path;
  if (date) a.published = *date;
  a.text = doc.text;
  a.node = node;
  return a;
}

}  // namespace cg::ingest
