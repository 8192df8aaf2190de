// Extraction with the shipped lexicon and rules: mentions, coreference,
// events, and the expected graphs of the test and sample articles.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "ingest/article_events.h"
#include "ingest/extract.h"
#include "ingest/matcher.h"
#include "tests/ingest/shipped.h"

namespace cg::ingest {
namespace {

ArticleGraph ExtractText(const std::string& text, std::optional<Date> date = Date{2026, 2, 22}) {
  Document doc;
  REQUIRE(ParseDocument("test.txt", text, {}, &doc).ok());
  ExtractOptions options;
  options.default_date = date;
  return Extract(doc, *Shipped().lexicon, *Shipped().rules, options);
}

bool Has(const ArticleGraph& g, const std::string& line) {
  const std::vector<std::string> lines = DescribeRelations(g);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

const LocalEntity* Named(const ArticleGraph& g, const std::string& name) {
  for (const LocalEntity& e : g.entities) {
    if (e.merged_into < 0 && e.name == name) return &e;
  }
  return nullptr;
}

TEST_CASE("titles, acronyms and aliases name one entity each") {
  const ArticleGraph g = ExtractText(
      "Mexican President Claudia Sheinbaum spoke about the Jalisco New Generation Cartel (CJNG). "
      "Deputy Secretary of State Christopher Landau said the CJNG was weakened. "
      "Sheinbaum said Nemesio Oseguera Cervantes, known as \"El Mencho,\" was dead.");
  CHECK(Has(g, "LEADS Claudia Sheinbaum -> Government of Mexico"));
  CHECK(Has(g, "MEMBER_OF Christopher Landau -> State Department {Deputy Secretary of State}"));
  const LocalEntity* cjng = Named(g, "Jalisco New Generation Cartel");
  REQUIRE(cjng);
  CHECK(std::find(cjng->aliases.begin(), cjng->aliases.end(), "CJNG") != cjng->aliases.end());
  const LocalEntity* mencho = Named(g, "Nemesio Oseguera Cervantes");
  REQUIRE(mencho);
  CHECK(std::find(mencho->aliases.begin(), mencho->aliases.end(), "El Mencho") != mencho->aliases.end());
  const LocalEntity* sheinbaum = Named(g, "Claudia Sheinbaum");
  REQUIRE(sheinbaum);
  CHECK(std::find(sheinbaum->aliases.begin(), sheinbaum->aliases.end(), "Sheinbaum") != sheinbaum->aliases.end());
}

TEST_CASE("a surname alone never joins two people who share it") {
  const ArticleGraph g = ExtractText(
      "Ismael Zambada and Vicente Zambada were both charged. Zambada denied it. "
      "Ovidio Guzmán spoke later. Guzmán denied it too.");
  CHECK(Named(g, "Ismael Zambada"));
  CHECK(Named(g, "Vicente Zambada"));
  const LocalEntity* ovidio = Named(g, "Ovidio Guzmán");
  REQUIRE(ovidio);
  CHECK(std::find(ovidio->aliases.begin(), ovidio->aliases.end(), "Guzmán") != ovidio->aliases.end());
  for (const LocalEntity& e : g.entities) {
    if (e.merged_into >= 0 || e.primary != "Person") continue;
    CHECK(e.name != "Zambada");
    if (e.name != "Ovidio Guzmán") CHECK(std::find(e.aliases.begin(), e.aliases.end(), "Zambada") == e.aliases.end());
  }
}

TEST_CASE("a killed leader: event, status and the end of his LEADS") {
  const ArticleGraph g = ExtractText(
      "Soldiers of the Mexican Army Special Forces killed CJNG leader Nemesio Oseguera Cervantes this morning "
      "in a raid in Tapalpa, Jalisco.");
  CHECK(Has(g, "LEADS Nemesio Oseguera Cervantes -> Jalisco New Generation Cartel"));
  CHECK(Has(g, "LOCATED_IN Tapalpa -> Jalisco"));
  bool ended = false;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "LEADS") continue;
    ended = r.props.count("until") && r.props.at("until") == Value(Date{2026, 2, 22}) &&
            r.props.at("end_cause") == Value("killed");
    CHECK(r.source.rule.starts_with("title."));
  }
  CHECK(ended);
  bool dead = false;
  for (const LocalFact& f : g.facts) dead |= f.key == "status" && f.value == Value("dead");
  CHECK(dead);
  int events = 0;
  for (const LocalEntity& e : g.entities) events += e.merged_into < 0 && e.primary == "Event" && e.emit;
  CHECK(events == 1);  // "killed" and "raid" are one occurrence
}

TEST_CASE("a rule's \"@event\" in an article with no event names nothing") {
  // "The action was coordinated with X" makes X a supporter of the article's main event
  // (kMainEvent until ResolveMainEvent); with no event there is none, and no relationship may be
  // left pointing nowhere (an index of -1 that later passes would read).
  ArticleGraph g;
  LocalEntity agency;
  agency.primary = "Organization";
  agency.refining = "Agency";
  agency.name = "Commission on Narcotic Drugs";
  g.entities.push_back(agency);
  g.relations.push_back(LocalRelation{"PARTICIPATED_IN", 0, kMainEvent, {{"role", Value("supporter")}}, {}});
  CHECK(ResolveMainEvent({}, &g) == -1);
  CHECK(g.relations.empty());
}

TEST_CASE("every relationship records its sentence, rule and confidence") {
  const ArticleGraph g = ExtractText("The Sinaloa Cartel is fighting the Jalisco New Generation Cartel. Los Zetas "
                                     "allied with the Gulf Cartel in 2005.");
  REQUIRE(g.relations.size() >= 2);
  for (const LocalRelation& r : g.relations) {
    CHECK(!r.source.rule.empty());
    CHECK(r.source.confidence > 0);
    CHECK(r.source.sentence < g.sentences.size());
  }
  CHECK(Has(g, "RIVAL_OF Sinaloa Cartel -> Jalisco New Generation Cartel"));
  CHECK(Has(g, "ALLIED_WITH Los Zetas -> Gulf Cartel"));
}

// The expected graph of each article: tests/ingest/articles/*.expected for the
// test articles beside them and, under examples/, for examples/articles/.
// Regenerate one with: build/cg_ingest_tool --triples ARTICLE > EXPECTED
void CheckExpected(const std::filesystem::path& article, const std::filesystem::path& expected) {
  CAPTURE(article.string());
  Document doc;
  REQUIRE(LoadDocument(article.string(), {}, &doc).ok());
  const ArticleGraph g = Extract(doc, *Shipped().lexicon, *Shipped().rules, {});
  std::ifstream in(expected);
  REQUIRE(in);
  std::vector<std::string> want;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) want.push_back(line);
  }
  const std::vector<std::string> got = DescribeRelations(g);
  for (const std::string& w : want) {
    CAPTURE(w);
    CHECK(std::find(got.begin(), got.end(), w) != got.end());
  }
  for (const std::string& x : got) {
    CAPTURE(x);
    CHECK(std::find(want.begin(), want.end(), x) != want.end());
  }
}

TEST_CASE("test articles give their expected graphs (every relationship type)") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(CG_SOURCE_DIR) / "tests/ingest/articles";
  std::set<std::string> types;
  int articles = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    ++articles;
    fs::path expected = entry.path();
    expected.replace_extension(".expected");
    CheckExpected(entry.path(), expected);
    std::ifstream in(expected);
    for (std::string line; std::getline(in, line);) types.insert(line.substr(0, line.find(' ')));
  }
  for (const auto& entry : fs::directory_iterator(fs::path(CG_SOURCE_DIR) / "examples/articles")) {
    if (entry.path().extension() != ".md") continue;
    ++articles;
    CheckExpected(entry.path(), dir / "examples" / entry.path().filename().replace_extension(".expected"));
    std::ifstream in(dir / "examples" / entry.path().filename().replace_extension(".expected"));
    for (std::string line; std::getline(in, line);) types.insert(line.substr(0, line.find(' ')));
  }
  CHECK(articles >= 8);
  for (const char* type : {"LEADS", "FOUNDED", "MEMBER_OF", "SUCCEEDED", "CONTENDER_FOR", "EMERGED_FROM", "ALLIED_WITH",
                           "RIVAL_OF", "COOPERATES_WITH", "PART_OF", "DESIGNATED", "OFFERED_REWARD", "OPERATES_IN",
                           "LOCATED_IN", "RELATIVE_OF", "PARTICIPATED_IN", "OCCURRED_IN", "TRAINED", "FUNDED",
                           "RUNS"}) {
    CAPTURE(type);
    CHECK(types.count(type));
  }
}

bool HasAlias(const ArticleGraph& g, const std::string& name, const std::string& alias) {
  const LocalEntity* e = Named(g, name);
  return e && std::find(e->aliases.begin(), e->aliases.end(), alias) != e->aliases.end();
}

TEST_CASE("a body named with its country is also named the other way round") {
  const ArticleGraph g = ExtractText(
      "Honduras's National Congress amended the constitution. "
      "The Mexican Commission for the Defense and Promotion of Human Rights documented the cases. "
      "The DEA's resident office in Guadalajara opened a case. Mexico's Supreme Court ordered his release.");
  CHECK(HasAlias(g, "National Congress", "National Congress of Honduras"));
  CHECK(HasAlias(g, "National Congress", "Honduras's National Congress"));
  CHECK(HasAlias(g, "Commission for the Defense and Promotion of Human Rights",
                 "Mexican Commission for the Defense and Promotion of Human Rights"));
  CHECK(HasAlias(g, "DEA Guadalajara resident office", "Guadalajara resident office"));
  CHECK(HasAlias(g, "Mexico's Supreme Court", "Supreme Court of Mexico"));
}

}  // namespace
}  // namespace cg::ingest
