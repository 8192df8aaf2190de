// Helpers of the event tests (event_test.cc, event_date_test.cc): an article's graph from a test
// article or a text, its events by name, and checks of their dates and relationships.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "ingest/extract.h"
#include "tests/ingest/shipped.h"

namespace cg::ingest {


inline ArticleGraph ExtractFile(const std::string& name) {
  Document doc;
  REQUIRE(LoadDocument(std::string(CG_SOURCE_DIR) + "/tests/ingest/articles/" + name, {}, &doc).ok());
  return Extract(doc, *Shipped().lexicon, *Shipped().rules, {});
}

inline ArticleGraph ExtractText(const std::string& text, std::optional<Date> date = std::nullopt) {
  Document doc;
  REQUIRE(ParseDocument("text.txt", text, {}, &doc).ok());
  ExtractOptions options;
  options.default_date = date;
  return Extract(doc, *Shipped().lexicon, *Shipped().rules, options);
}

inline std::vector<const LocalEntity*> Events(const ArticleGraph& g) {
  std::vector<const LocalEntity*> out;
  for (const LocalEntity& e : g.entities) {
    if (e.merged_into < 0 && e.emit && e.primary == "Event") out.push_back(&e);
  }
  return out;
}

inline const LocalEntity* Event(const ArticleGraph& g, const std::string& name) {
  for (const LocalEntity* e : Events(g)) {
    if (e->name == name) return e;
  }
  return nullptr;
}

// The event of that name is dated `date` (ISO).
inline void ExpectDate(const ArticleGraph& g, const std::string& name, const std::string& date) {
  CAPTURE(name);
  const LocalEntity* e = Event(g, name);
  REQUIRE(e);
  REQUIRE(e->date);
  CHECK(e->date->ToString() == date);
}

// Exactly one event has `part` in its name, and it is dated `date`.
inline void ExpectOneDated(const ArticleGraph& g, const std::string& part, Date date) {
  CAPTURE(part);
  int found = 0;
  for (const LocalEntity* e : Events(g)) {
    if (e->name.find(part) == std::string::npos) continue;
    ++found;
    REQUIRE(e->date);
    CHECK(*e->date == date);
  }
  CHECK(found == 1);
}

inline bool Has(const ArticleGraph& g, const std::string& line) {
  const std::vector<std::string> lines = DescribeRelations(g);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// Each relationship line is extracted.
inline void ExpectHas(const ArticleGraph& g, std::initializer_list<std::string> lines) {
  for (const std::string& line : lines) {
    CAPTURE(line);
    CHECK(Has(g, line));
  }
}

}  // namespace cg::ingest
