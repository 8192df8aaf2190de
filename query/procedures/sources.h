// Sources: how the domain procedures (cg.*) show where a fact comes from.
// A piece of evidence names its article by id (a SHA-256); Sources reads
// each article's title, date, publisher and url once per call and
// describes evidence with them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graph/reader.h"
#include "query/value.h"

namespace cg::query {

// The evidence's confidence (stored as a 32-bit float) rounded to three
// decimals, so that 0.9 reads 0.9.
double Confidence(const graph::Evidence& evidence);

class Sources {
 public:
  explicit Sources(const graph::Reader& reader) : reader_(reader) {}

  // The evidence as a map: title, published (DATE), publisher, url, path
  // (the file ingested), article (the id), span ([begin, end] byte offsets
  // of the sentence), quote, rule, confidence. What the article does not
  // say is null, and so are all five for evidence whose article is not
  // stored (facts written by import or by a query).
  Map Describe(const graph::Evidence& evidence);
  // The distinct articles of `evidence` by what names them best (title,
  // else the file ingested, else the id), in the order first seen.
  List Titles(const std::vector<graph::Evidence>& evidence);

 private:
  struct Article {
    Value title, published, publisher, url, path;
    std::string shown;  // what Titles lists
  };
  const Article& Find(const std::string& id);

  const graph::Reader& reader_;
  std::map<std::string, Article> articles_;
};

}  // namespace cg::query
