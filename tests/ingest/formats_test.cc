// Saved web pages and PDF reports: body text without page furniture,
// metadata from the page or the PDF's information dictionary, and a clear
// error naming a file that cannot be read. The files are in formats/ (the
// PDFs were made from the .ps sources beside them with Ghostscript's ps2pdf).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "graph/graph.h"
#include "ingest/document.h"
#include "ingest/ingest.h"
#include "tests/temp_dir.h"

namespace cg::ingest {
namespace {

namespace fs = std::filesystem;

const fs::path kFormats = fs::path(CG_SOURCE_DIR) / "tests/ingest/formats";

std::string Bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("format by extension") {
  CHECK(FormatOfPath("a/b.md") == DocumentFormat::kMarkdown);
  CHECK(FormatOfPath("b.TXT") == DocumentFormat::kText);
  CHECK(FormatOfPath("page.HTM") == DocumentFormat::kHtml);
  CHECK(FormatOfPath("page.xhtml") == DocumentFormat::kHtml);
  CHECK(FormatOfPath("report.pdf") == DocumentFormat::kPdf);
  CHECK(FormatOfPath("photo.jpg") == DocumentFormat::kUnknown);
}

TEST_CASE("HTML: the article body without navigation, ads, share and related boxes, comments") {
  Document doc;
  const fs::path path = kFormats / "news_page.html";
  REQUIRE(LoadDocument(path.string(), {}, &doc).ok());
  CHECK(Has(doc.text, "Mexican federal forces arrested Ernesto Valdez Rubio, the leader of the Sierra Cartel, on "
                      "Thursday in the city of Hermosillo."));
  CHECK(Has(doc.text, "according to the Attorney General\u2019s Office."));
  CHECK(Has(doc.text, "HERMOSILLO, Sonora \u2014 Mexican"));  // entities decoded, whitespace collapsed
  CHECK(Has(doc.text, "The arrest followed a months-long investigation."));
  for (const char* furniture : {"Home Politics", "Crime news menu", "Advertisement", "Share on social", "Ten things",
                                "First! This comment", "Privacy policy", "dataLayer", "height: 250px"}) {
    CHECK_MESSAGE(!Has(doc.text, furniture), furniture);
  }
  // Paragraphs are separated by a blank line.
  CHECK(Has(doc.text, "in the city of Hermosillo.\n\nValdez Rubio had led"));
  CHECK(doc.analysis.size() == doc.text.size());
  CHECK(doc.meta.title == "Cartel leader arrested in Sonora");
  CHECK(doc.meta.author == "Lucía Ramos");
  CHECK(doc.meta.publisher == "Frontera Daily");
  CHECK(doc.meta.url == "https://frontera.example/2025/03/arrest-sonora");
  REQUIRE(doc.meta.date);
  CHECK(doc.meta.date->ToString() == "2025-03-14");  // article:published_time before <time>
  CHECK(doc.sha256 == Sha256Hex(Bytes(path)));       // the id is the page's own bytes
}

TEST_CASE("HTML: JSON-LD NewsArticle metadata; a broken JSON-LD block is ignored") {
  Document doc;
  REQUIRE(LoadDocument((kFormats / "jsonld_page.htm").string(), {}, &doc).ok());
  CHECK(doc.meta.title == "Reward offered for Pacific Coast Cartel founder");
  CHECK(doc.meta.author == "Tomás Herrera");
  CHECK(doc.meta.publisher == "Coastal Wire");
  REQUIRE(doc.meta.date);
  CHECK(doc.meta.date->ToString() == "2024-11-02");
  CHECK(Has(doc.text, "The State Department offered a reward of up to $5 million"));
  CHECK(!Has(doc.text, "Most read"));
  CHECK(!Has(doc.text, "newsletter"));
}

TEST_CASE("HTML: the <time> element dates a page without other metadata") {
  Document doc;
  REQUIRE(ParseDocument("t.html",
                        "<html><head><title>T</title></head><body><article><p>Text of the story.</p>"
                        "<time datetime=\"2021-06-30T10:00\">June 30</time></article></body></html>",
                        {}, &doc)
              .ok());
  CHECK(doc.meta.title == "T");
  REQUIRE(doc.meta.date);
  CHECK(doc.meta.date->ToString() == "2021-06-30");
}

TEST_CASE("HTML that cannot be read: a clear error naming the file") {
  Document doc;
  Status s = LoadDocument((kFormats / "empty_page.html").string(), {}, &doc);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Has(s.message(), "empty_page.html: the page holds no article text"));
  s = LoadDocument((kFormats / "latin1_page.html").string(), {}, &doc);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Has(s.message(), "latin1_page.html: invalid UTF-8 at line 1, byte offset 18; expected an HTML page in UTF-8"));
  s = ParseDocument("junk.html", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), {}, &doc);
  CHECK(Has(s.message(), "junk.html: binary content (NUL byte at line 3, byte offset 8)"));
}

TEST_CASE("PDF: every page's text, title, author and date from the information dictionary") {
  Document doc;
  const fs::path path = kFormats / "report.pdf";
  REQUIRE(LoadDocument(path.string(), {}, &doc).ok());
  CHECK(Has(doc.text, "The Sierra Cartel operates in Sonora."));
  CHECK(Has(doc.text, "Ernesto Valdez Rubio leads the Sierra Cartel."));
  CHECK(Has(doc.text, "\n\nSecond page: the Sierra Cartel is a rival of the Gulf Cartel."));
  CHECK(doc.meta.title == "Border security report");
  CHECK(doc.meta.author == "Committee staff");
  REQUIRE(doc.meta.date);
  CHECK(doc.meta.date->ToString() == "2023-09-15");
  CHECK(doc.sha256 == Sha256Hex(Bytes(path)));
}

TEST_CASE("PDF that cannot be read: a clear error naming the file") {
  Document doc;
  Status s = LoadDocument((kFormats / "scan.pdf").string(), {}, &doc);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Has(s.message(), "scan.pdf: the PDF has no text layer"));
  s = ParseDocument("junk.pdf", "this is not a PDF at all, just some words", {}, &doc);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Has(s.message(), "junk.pdf: not a readable PDF"));
  const std::string pdf = Bytes(kFormats / "report.pdf");
  ReadLimits small;
  small.max_bytes = 100;  // a PDF may be 16 times larger than the text limit, no more
  s = ParseDocument("big.pdf", pdf, small, &doc);
  CHECK(Has(s.message(), fmt::format("big.pdf: {} bytes is over the size limit of 1600 bytes", pdf.size())));
  s = ParseDocument("cut.pdf", pdf.substr(0, 400), {}, &doc);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Has(s.message(), "cut.pdf: "));
}

TEST_CASE("ingest: web pages and PDFs beside a corrupt PDF, which is reported and writes nothing") {
  testing::TempDir dir;
  const fs::path articles = fs::path(dir.path()) / "articles";
  fs::create_directories(articles);
  fs::copy_file(kFormats / "news_page.html", articles / "news_page.html");
  fs::copy_file(kFormats / "report.pdf", articles / "report.pdf");
  {
    std::ofstream out(articles / "broken.pdf", std::ios::binary);
    out << Bytes(kFormats / "report.pdf").substr(0, 300);
  }
  std::unique_ptr<graph::Graph> graph;
  REQUIRE(graph::Graph::Open((fs::path(dir.path()) / "db").string(), {}, &graph).ok());
  IngestReport report;
  REQUIRE(IngestPaths(*graph, {articles.string()}, {}, &report).ok());
  CHECK(report.ingested == 2);
  CHECK(report.failed == 1);
  for (const FileResult& f : report.files) {
    if (f.path.ends_with("broken.pdf")) {
      CHECK(f.outcome == FileResult::Outcome::kFailed);
      CHECK(Has(f.status.message(), "broken.pdf: "));
    }
  }
  auto read = graph->BeginRead();
  std::map<std::string, graph::Article> articles_by_title;
  REQUIRE(read->ForEachArticle([&](const graph::Article& a) {
                articles_by_title[a.title] = a;
                return true;
              }).ok());
  REQUIRE(articles_by_title.size() == 2);
  const graph::Article& page = articles_by_title.at("Cartel leader arrested in Sonora");
  CHECK(page.author == "Lucía Ramos");
  CHECK(page.publisher == "Frontera Daily");
  CHECK(page.published.ToString() == "2025-03-14");
  CHECK(Has(page.text, "Valdez Rubio had led the Sierra Cartel since 2019"));
  const graph::Article& pdf = articles_by_title.at("Border security report");
  CHECK(pdf.published.ToString() == "2023-09-15");
  // Evidence spans index into the stored text of the page or PDF.
  size_t checked = 0;
  REQUIRE(read->ForEachRelationship([&](graph::RelId id) {
                graph::Relationship rel;
                REQUIRE(read->GetRelationship(id, &rel).ok());
                for (const graph::Evidence& e : rel.evidence) {
                  const graph::Article& a = e.article == page.id ? page : pdf;
                  REQUIRE(e.span_end <= a.text.size());
                  CHECK(a.text.substr(e.span_begin, e.quote.size()) == e.quote);
                  ++checked;
                }
                return true;
              }).ok());
  CHECK(checked > 0);
  std::vector<std::string> problems;
  REQUIRE(graph->Check(&problems).ok());
  CHECK(problems.empty());
}

}  // namespace
}  // namespace cg::ingest
