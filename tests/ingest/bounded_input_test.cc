// Deeply nested and very long input is read in time linear in its size
// (issue 12). Before: 100 000 nested Markdown blockquotes took 86 s to
// extract (a scan from the sentence start for every word), a 550 KB line of
// names 16 s (stages quadratic in a sentence's length), and 100 000 nested
// HTML elements minutes in the HTML parser, then a stack overflow. Now
// sentences are cut at kMaxSentenceTokens and HTML deeper than
// kMaxHtmlDepth is refused with the line. No timing is asserted: each case
// asserts the shape that keeps the work linear.
#include <doctest/doctest.h>

#include <string>

#include "ingest/document.h"
#include "ingest/extract.h"
#include "ingest/html_depth.h"
#include "ingest/sentences.h"
#include "tests/ingest/shipped.h"

namespace cg::ingest {
namespace {

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

ArticleGraph ExtractText(const std::string& path, const std::string& text) {
  Document doc;
  REQUIRE(ParseDocument(path, text, ReadLimits{}, &doc).ok());
  return Extract(doc, *Shipped().lexicon, *Shipped().rules, ExtractOptions{});
}

TEST_CASE("bounded input: a line without a sentence end is cut into sentences of at most kMaxSentenceTokens") {
  const std::string line = Repeat("El Mencho, ", 50000) + "the end.";
  const Segmented seg = Segment(line, 0, line.size());
  REQUIRE(seg.sentences.size() >= seg.tokens.size() / kMaxSentenceTokens);
  for (const Sentence& s : seg.sentences) CHECK(s.last_token - s.first_token <= kMaxSentenceTokens);
  CHECK(seg.sentences.back().end == line.size());
  // A short sentence is left whole.
  const std::string short_line = "Nemesio Oseguera leads the CJNG. He was killed in 2026.";
  CHECK(Segment(short_line, 0, short_line.size()).sentences.size() == 2);
}

TEST_CASE("bounded input: a sentence knows its first word, after any run of markup") {
  const std::string line = Repeat("> ", 1000) + "El Mencho leads the CJNG.";
  const Segmented seg = Segment(line, 0, line.size());
  const Sentence& last = seg.sentences.back();
  REQUIRE(last.first_word < last.last_token);
  CHECK(seg.tokens[last.first_word].norm == "el");
  for (const Sentence& s : seg.sentences) {
    for (uint32_t k = s.first_token; k < s.first_word; ++k) CHECK_FALSE(seg.tokens[k].word());
  }
}

TEST_CASE("bounded input: 100 000 nested Markdown blockquotes, lists and a 550 KB line of names extract") {
  // Each of these took from 16 s to minutes before; the ctest timeout would catch a regression.
  ArticleGraph quoted = ExtractText("deep.md", Repeat("> ", 100000) + "Nemesio Oseguera leads the CJNG.\n");
  ArticleGraph listed = ExtractText("list.md", Repeat("- ", 100000) + "Nemesio Oseguera leads the CJNG.\n");
  ArticleGraph names = ExtractText("names.md", Repeat("El Mencho, ", 50000) + "and the CJNG.\n");
  CHECK(quoted.entities.size() >= 1);
  CHECK(listed.entities.size() >= 1);
  CHECK(names.entities.size() >= 1);
}

TEST_CASE("bounded input: HTML nested past kMaxHtmlDepth is refused with its line; up to it, it reads") {
  const std::string deep = "<html><body>\n" + Repeat("<div>", 100000) + "El Mencho" + Repeat("</div>", 100000);
  Document doc;
  const Status s = ParseDocument("deep.html", deep, ReadLimits{}, &doc);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "deep.html: line 2: elements nest more than 512 deep (HTML this deep is refused)");
  const std::string bold = "<p>" + Repeat("<b>", 1000) + "El Mencho";  // never closed: the tree nests too
  CHECK_FALSE(ParseDocument("bold.html", bold, ReadLimits{}, &doc).ok());

  const std::string fits = "<html><body>" + Repeat("<div>", 512) + "El Mencho leads the CJNG." + Repeat("</div>", 512);
  REQUIRE(ParseDocument("fits.html", fits, ReadLimits{}, &doc).ok());
  CHECK(doc.text == "El Mencho leads the CJNG.");
}

TEST_CASE("bounded input: the HTML depth scan follows what the parser nests") {
  CHECK(HtmlTooDeepAt(Repeat("<p>x", 10000), 10) == std::string_view::npos);     // each <p> closes the last
  CHECK(HtmlTooDeepAt(Repeat("<li>x", 10000), 10) == std::string_view::npos);
  CHECK(HtmlTooDeepAt(Repeat("<br><img src=a>", 10000), 10) == std::string_view::npos);  // void elements
  CHECK(HtmlTooDeepAt(Repeat("<div/>", 10000), 10) == std::string_view::npos);           // self-closing
  CHECK(HtmlTooDeepAt(Repeat("<div>x</div>", 10000), 10) == std::string_view::npos);
  CHECK(HtmlTooDeepAt(Repeat("<div><span>x</div>", 10000), 10) == std::string_view::npos);  // </div> closes the span
  CHECK(HtmlTooDeepAt("<script>" + Repeat("<div>", 100) + "</script>", 10) == std::string_view::npos);
  CHECK(HtmlTooDeepAt("<!--" + Repeat("<div>", 100) + "-->", 10) == std::string_view::npos);
  CHECK(HtmlTooDeepAt(Repeat("<div title='a>b'>", 11), 10) == 10 * 17);  // '>' inside a quoted value
  CHECK(HtmlTooDeepAt(Repeat("<DIV>", 11), 10) == 50);
  CHECK(HtmlTooDeepAt(Repeat("<ul><li>", 11), 10) == 80);  // the lists nest
}

}  // namespace
}  // namespace cg::ingest
