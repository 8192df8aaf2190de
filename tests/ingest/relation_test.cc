// Relation reading from sentence structure (frames.h), modality (hedges,
// negations, hypothetical events), --min-confidence and explain.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "graph/graph.h"
#include "ingest/explain.h"
#include "ingest/extract.h"
#include "ingest/ingest.h"
#include "tests/temp_dir.h"

namespace cg::ingest {
namespace {

ExtractOptions Dated(Date date) {
  ExtractOptions options;
  options.default_date = date;
  return options;
}

ArticleGraph Read(const std::string& text, ExtractOptions options = {}) {
  static const auto lexicon = [] {
    std::unique_ptr<Lexicon> l;
    REQUIRE(Lexicon::Load(CG_SOURCE_DIR "/lexicon", &l).ok());
    return l;
  }();
  static const auto rules = [] {
    std::unique_ptr<RuleSet> r;
    REQUIRE(RuleSet::Load(CG_SOURCE_DIR "/lexicon", &r).ok());
    return r;
  }();
  Document doc;
  REQUIRE(ParseDocument("relation.txt", text, {}, &doc).ok());
  return Extract(doc, *lexicon, *rules, options);
}

// The relation "TYPE From -> To" as extracted, or nullptr.
const LocalRelation* Find(const ArticleGraph& g, const std::string& type, const std::string& from,
                          const std::string& to) {
  for (const LocalRelation& r : g.relations) {
    if (r.type == type && g.entities[r.from].name == from && g.entities[r.to].name == to) return &r;
  }
  return nullptr;
}

bool Lists(const ArticleGraph& g, const std::string& line) {
  const std::vector<std::string> all = DescribeRelations(g);
  return std::find(all.begin(), all.end(), line) != all.end();
}

}  // namespace


// Each family of frames on sentences written for these tests, and what they must read.
struct Case {
  const char* family;
  const char* text;
  std::vector<const char*> expected;  // DescribeRelations lines
};

const Case kCases[] = {
    {"roles: apposition, noun compound, possessive, copula, coordination",
     "Police detained Raúl Medina Castro, a senior operative of the Gulf Cartel. "
     "Sinaloa Cartel boss Adrián Robles Luna spoke. "
     "The cartel's accountant, Javier Soto Peña, fled. "
     "Ricardo Vega Torres was the leader of Los Zetas. "
     "Mario Ortiz Rangel and Pedro Salas Fuentes, two of the founders of the Gulf Cartel, were charged.",
     {"MEMBER_OF Raúl Medina Castro -> Gulf Cartel {operative}", "LEADS Adrián Robles Luna -> Sinaloa Cartel",
      "MEMBER_OF Javier Soto Peña -> Sinaloa Cartel {accountant}", "LEADS Ricardo Vega Torres -> Los Zetas",
      "FOUNDED Mario Ortiz Rangel -> Gulf Cartel", "FOUNDED Pedro Salas Fuentes -> Gulf Cartel"}},
    {"territory and PART_OF from verbs and nouns",
     "Los Zetas control the state of Tamaulipas, and the group has a presence in Coahuila. "
     "Los Chapitos, a faction of the Sinaloa Cartel, are based in Sinaloa. "
     "The Drug Enforcement Administration cooperated with the Federal Bureau of Investigation.",
     {"OPERATES_IN Los Zetas -> Tamaulipas", "OPERATES_IN Los Zetas -> Coahuila",
      "PART_OF Los Chapitos -> Sinaloa Cartel", "OPERATES_IN Los Chapitos -> Sinaloa",
      "COOPERATES_WITH Drug Enforcement Administration -> Federal Bureau of Investigation"}},
    {"cooperation through a parenthetical and 'together'; members listed after 'including'",
     "The DEA, in cooperation with Mexican authorities, arrested Juan Pérez Soto. "
     "The DEA and the FBI worked together. "
     "Police detained members of the Gulf Cartel, including Pedro Luna Vega and Raúl Medina Castro.",
     {"COOPERATES_WITH Drug Enforcement Administration -> Government of Mexico",
      "PARTICIPATED_IN Drug Enforcement Administration -> arrest of Juan Pérez Soto {conductor}",
      "COOPERATES_WITH Drug Enforcement Administration -> Federal Bureau of Investigation",
      "MEMBER_OF Pedro Luna Vega -> Gulf Cartel {member}", "MEMBER_OF Raúl Medina Castro -> Gulf Cartel {member}"}},
    {"heads of bodies by title; rivalry, alliance and splits",
     "Mexican Attorney General Laura Benítez spoke. "
     "The Gulf Cartel and the Zetas are fighting for control of Nuevo Laredo. "
     "La Nueva Familia Michoacana split from La Familia Michoacana.",
     {"LEADS Laura Benítez -> Attorney General's Office", "RIVAL_OF Gulf Cartel -> Los Zetas",
      "EMERGED_FROM La Nueva Familia Michoacana -> La Familia Michoacana"}},
    {"cooperation between two bodies, and as a hyphenated compound",
     "U.S.-Mexico security cooperation has grown. Partnership between the DEA and the Mexican Navy deepened.",
     {"COOPERATES_WITH United States government -> Government of Mexico",
      "COOPERATES_WITH Drug Enforcement Administration -> Mexican Navy"}},
    {"cooperation that continues, and partners a body credits",
     "The United States and Colombia will continue to work together against the cocaine trade. "
     "The DEA thanked the Mexican Navy for its support. With the help of the Guatemalan government, the FBI "
     "traced the shipments. The United States and Honduras will work together on a new agreement.",
     {"COOPERATES_WITH United States government -> Government of Colombia",
      "COOPERATES_WITH Drug Enforcement Administration -> Mexican Navy",
      "COOPERATES_WITH Federal Bureau of Investigation -> Government of Guatemala"}},
    {"places placed by apposition",
     "Soldiers searched Reynosa, a border city in Tamaulipas. Coahuila, a state in Mexico, borders Texas. "
     "Gunmen burned shops in Apatzingán, a town in the state of Michoacán.",
     {"LOCATED_IN Reynosa -> Tamaulipas", "LOCATED_IN Coahuila -> Mexico", "LOCATED_IN Apatzingán -> Michoacán"}},
    {"kinship between named persons",
     "Julio Rangel Soto, the nephew of Adrián Robles Luna, fled. "
     "El Chapo's son Ovidio Guzmán López was arrested. "
     "Omar Treviño Morales and his brother, Miguel Treviño Morales, led Los Zetas.",
     {"RELATIVE_OF Julio Rangel Soto -> Adrián Robles Luna {nephew}", "RELATIVE_OF Ovidio Guzmán López -> El Chapo {son}",
      "RELATIVE_OF Miguel Treviño Morales -> Omar Treviño Morales {brother}"}},
    {"a series of verb phrases shares its subject",
     "Rubén Salas Ortega was detained in 2009, extradited in 2012 and later ran the Gulf Cartel. "
     "Mario Ortiz Rangel fled to Sonora, hid in a ranch and commanded Los Zetas. "
     "Pedro Luna Vega was jailed in 2005, freed in 2008 and became the leader of La Familia Michoacana.",
     {"LEADS Rubén Salas Ortega -> Gulf Cartel", "LEADS Mario Ortiz Rangel -> Los Zetas",
      "LEADS Pedro Luna Vega -> La Familia Michoacana"}},
    {"coreference: its/their, plural descriptions, a relative clause without its pronoun",
     "The Gulf Cartel lost its leader, Ricardo Vega Torres, in 2010. Its rivals, the Zetas, took the city. "
     "The Juárez Cartel and the Sinaloa Cartel share a border. The two cartels have fought for years. "
     "Los Zetas sold cocaine in Texas. Adrián Robles Luna was sentenced on Monday. The organization he led "
     "moved cocaine through Honduras.",
     {"LEADS Ricardo Vega Torres -> Gulf Cartel", "RIVAL_OF Gulf Cartel -> Los Zetas",
      "RIVAL_OF Juárez Cartel -> Sinaloa Cartel", "LEADS Adrián Robles Luna -> Los Zetas"}},
};

TEST_CASE("cooperation that only will begin is no fact; one that will continue is") {
  const ArticleGraph g = Read("The United States and Honduras will work together on a new agreement. "
                              "The United States and Colombia will continue to work together.");
  CHECK_FALSE(Lists(g, "COOPERATES_WITH United States government -> Government of Honduras"));
  CHECK(Lists(g, "COOPERATES_WITH United States government -> Government of Colombia"));
}

TEST_CASE("each frame family reads its structures") {
  for (const Case& c : kCases) {
    CAPTURE(c.family);
    const ArticleGraph g = Read(c.text);
    for (const char* line : c.expected) {
      CAPTURE(line);
      CHECK(Lists(g, line));
    }
  }
}

TEST_CASE("heads of agencies by apposition are LEADS; a role of a person is no membership") {
  const ArticleGraph g = Read(
      "Agustín Lara Mendoza, administrator of the Drug Enforcement Administration, testified. "
      "Luis Ramos Peña, a lieutenant of Ricardo Vega Torres, was seen.");
  CHECK(Lists(g, "LEADS Agustín Lara Mendoza -> Drug Enforcement Administration"));
  for (const LocalRelation& r : g.relations) CHECK(g.entities[r.from].name != "Luis Ramos Peña");
  const bool rejected = std::any_of(g.rejected.begin(), g.rejected.end(), [](const Rejected& x) {
    return x.reason.find("type constraint") != std::string::npos;
  });
  CHECK(rejected);
}

TEST_CASE("coreference stays unresolved when it is ambiguous; a verb of causing is no leadership") {
  const ArticleGraph g = Read(
      "The Sinaloa Cartel sold cocaine to the Gulf Cartel, and its leader, Ricardo Vega Torres, fled. "
      "The Zetas, the Gulf Cartel and the Juárez Cartel met in 2004. The two groups fought for years. "
      "President Obama directed the Drug Enforcement Administration to send agents to the border.");
  for (const LocalRelation& r : g.relations) {
    CAPTURE(r.type);
    CHECK(g.entities[r.from].name != "Ricardo Vega Torres");
    CHECK(r.type != "RIVAL_OF");
    CHECK(r.type != "LEADS");
  }
  const bool causing = std::any_of(g.rejected.begin(), g.rejected.end(), [](const Rejected& x) {
    return x.reason.find("causing") != std::string::npos;
  });
  CHECK(causing);
}

TEST_CASE("events: active, passive and nominal triggers name their target, conductor and place") {
  const ArticleGraph g = Read(
      "Mexican marines captured Rogelio Fuentes Ibarra in Reynosa on Monday. "
      "Jorge Ochoa Robles was extradited to the United States by the Government of Mexico. "
      "The killing of Héctor Villanueva in Nuevo Laredo shocked the city.",
      Dated(Date{2019, 5, 14}));
  CHECK(Lists(g, "PARTICIPATED_IN Rogelio Fuentes Ibarra -> arrest of Rogelio Fuentes Ibarra {target}"));
  CHECK(Lists(g, "PARTICIPATED_IN Mexican Navy -> arrest of Rogelio Fuentes Ibarra {conductor}"));
  CHECK(Lists(g, "OCCURRED_IN arrest of Rogelio Fuentes Ibarra -> Reynosa"));
  CHECK(Lists(g, "PARTICIPATED_IN Jorge Ochoa Robles -> extradition of Jorge Ochoa Robles {target}"));
  CHECK(Lists(g, "PARTICIPATED_IN Government of Mexico -> extradition of Jorge Ochoa Robles {conductor}"));
  CHECK(Lists(g, "OCCURRED_IN killing of Héctor Villanueva -> Nuevo Laredo"));
  // An unnamed subject is nobody's; a reduced relative's subject is the noun it follows.
  const ArticleGraph unnamed = Read(
      "President Luis Ortega Vidal said 300 Mexicans have been killed. "
      "Ana Ruiz Salas, a student murdered by gunmen, was buried.");
  for (const LocalRelation& r : unnamed.relations) CHECK(unnamed.entities[r.from].name != "Luis Ortega Vidal");
  CHECK(Lists(unnamed, "PARTICIPATED_IN Ana Ruiz Salas -> murder of Ana Ruiz Salas {victim}"));
  for (const LocalEntity& e : g.entities) {
    if (e.merged_into < 0 && e.name == "arrest of Rogelio Fuentes Ibarra") CHECK(e.date == Date{2019, 5, 13});
  }
}

TEST_CASE("an undated article's events get no invented date") {
  const ArticleGraph g = Read("Mexican marines captured Rogelio Fuentes Ibarra yesterday.");
  bool found = false;
  for (const LocalEntity& e : g.entities) {
    if (e.merged_into >= 0 || e.primary != "Event") continue;
    found = true;
    CHECK_FALSE(e.date.has_value());
  }
  CHECK(found);
}

TEST_CASE("hedged facts are kept, flagged and less confident; negated and hypothetical ones are not asserted") {
  const ArticleGraph g = Read(
      "Octavio Ibarra Soto is believed to be a lieutenant of the Gulf Cartel. "
      "Prosecutors said Ricardo Vega Torres was not a leader of Los Zetas. "
      "The State Department offered $5 million for information leading to the arrest of Emilio Cárdenas Solís.");
  const LocalRelation* member = Find(g, "MEMBER_OF", "Octavio Ibarra Soto", "Gulf Cartel");
  REQUIRE(member);
  CHECK(member->source.hedged);
  CHECK(member->props.at("hedged") == Value(true));
  CHECK(member->source.confidence < 0.6f);
  CHECK_FALSE(Find(g, "LEADS", "Ricardo Vega Torres", "Los Zetas"));
  CHECK(Lists(g, "OFFERED_REWARD State Department -> Emilio Cárdenas Solís"));
  for (const LocalRelation& r : g.relations) CHECK(r.type != "PARTICIPATED_IN");
  int negated = 0, hypothetical = 0;
  for (const Rejected& x : g.rejected) {
    negated += x.reason.starts_with("negated") && x.relation.type == "LEADS";
    hypothetical += x.reason.find("hypothetical") != std::string::npos;
  }
  CHECK(negated >= 1);
  CHECK(hypothetical >= 1);
}

TEST_CASE("an attributive hedge qualifies its noun's role, not the act the sentence reports") {
  const ArticleGraph g = Read(
      "Marines arrested Jorge Ochoa Robles, an alleged Sinaloa Cartel operative, in Culiacán. "
      "Suspected cartel hitmen killed Alberto Ruiz Peña in Apatzingán. "
      "Police said Tomás Vera Ibarra allegedly killed Juan Soto Ramos in Morelia.");
  int acts = 0;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "PARTICIPATED_IN" && r.type != "OCCURRED_IN") continue;
    const std::string about = g.entities[r.from].name + " / " + g.entities[r.to].name;
    CAPTURE(about);
    // "allegedly killed" hedges the act itself.
    CHECK(r.source.hedged == (about.find("Juan Soto Ramos") != std::string::npos));
    ++acts;
  }
  CHECK(acts >= 4);
  // The role stays hedged: "an alleged Sinaloa Cartel operative".
  const LocalRelation* member = Find(g, "MEMBER_OF", "Jorge Ochoa Robles", "Sinaloa Cartel");
  REQUIRE(member);
  CHECK(member->source.hedged);
}

TEST_CASE("an attributive hedge before a fact's own words qualifies another noun, not the fact") {
  const ArticleGraph g = Read(
      "MAZATLAN, Mexico (Wire) -- Leal was detained with a suspected bodyguard, navy spokesman Jorge Arce Ruiz "
      "told reporters.");
  const LocalRelation* member = Find(g, "MEMBER_OF", "Jorge Arce Ruiz", "Mexican Navy");
  REQUIRE(member);
  CHECK_FALSE(member->source.hedged);
}

TEST_CASE("a relationship stays hedged only while every statement of it is hedged, across articles") {
  testing::TempDir dir;
  const std::filesystem::path hedged = std::filesystem::path(dir.path()) / "hedged.md";
  const std::filesystem::path plain = std::filesystem::path(dir.path()) / "plain.md";
  std::ofstream(hedged) << "---\ndate: 2019-01-01\n---\nJorge Ochoa Robles, an alleged Sinaloa Cartel operative, fled.\n";
  std::ofstream(plain) << "---\ndate: 2019-01-02\n---\nJorge Ochoa Robles, a Sinaloa Cartel operative, fled again.\n";
  std::unique_ptr<graph::Graph> db;
  REQUIRE(graph::Graph::Open((std::filesystem::path(dir.path()) / "db").string(), {}, &db).ok());
  IngestOptions options;
  options.lexicon_dir = CG_SOURCE_DIR "/lexicon";
  // Whether the one MEMBER_OF relationship in the database carries hedged: true.
  auto hedged_now = [&] {
    int hedges = 0, members = 0;
    auto read = db->BeginRead();
    REQUIRE(read->ForEachNodeNamed("Jorge Ochoa Robles", [&](graph::NodeId id) {
                  return read->ForEachEdge(id, graph::Direction::kOutgoing, "MEMBER_OF", [&](const graph::Edge& e) {
                           graph::Relationship rel;
                           REQUIRE(read->GetRelationship(e.rel, &rel).ok());
                           ++members;
                           hedges += rel.Find("hedged") != nullptr;
                           return true;
                         }).ok();
                }).ok());
    REQUIRE(members == 1);
    return hedges == 1;
  };
  IngestReport report;
  REQUIRE(IngestPaths(*db, {hedged.string()}, options, &report).ok());
  CHECK(hedged_now());
  REQUIRE(IngestPaths(*db, {plain.string()}, options, &report).ok());
  CHECK_FALSE(hedged_now());
  const std::filesystem::path later = std::filesystem::path(dir.path()) / "later.md";
  std::ofstream(later) << "---\ndate: 2019-01-03\n---\nJorge Ochoa Robles, a suspected Sinaloa Cartel operative, hid.\n";
  REQUIRE(IngestPaths(*db, {later.string()}, options, &report).ok());  // a later hedge does not undo a plain statement
  CHECK_FALSE(hedged_now());
}

TEST_CASE("--min-confidence drops what was read with less confidence") {
  const std::string text = "Octavio Ibarra Soto is believed to be a lieutenant of the Gulf Cartel. "
                           "Ramón Ibarra Soto, a lieutenant of the Gulf Cartel, fled.";
  ExtractOptions strict;
  strict.min_confidence = 0.7f;
  const ArticleGraph g = Read(text, strict);
  CHECK_FALSE(Find(g, "MEMBER_OF", "Octavio Ibarra Soto", "Gulf Cartel"));
  CHECK(Find(g, "MEMBER_OF", "Ramón Ibarra Soto", "Gulf Cartel"));
  const bool below = std::any_of(g.rejected.begin(), g.rejected.end(), [](const Rejected& x) {
    return x.reason.find("min-confidence") != std::string::npos;
  });
  CHECK(below);
  CHECK(Find(Read(text), "MEMBER_OF", "Octavio Ibarra Soto", "Gulf Cartel"));
}

TEST_CASE("a described relative who is then named is that person, never a node of its own") {
  for (const LocalEntity& e : Read("El Chapo's son Ovidio Guzmán López was arrested.").entities) {
    if (e.merged_into < 0 && e.primary == "Person") CHECK(e.name.find("'s ") == std::string::npos);
  }
}

TEST_CASE("explain shows mentions, asserted facts with rule and confidence, and rejected candidates") {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "cg_explain_relation_test.md";
  {
    std::ofstream out(path);
    out << "Prosecutors said Ricardo Vega Torres was not a leader of Los Zetas.\n\n"
           "Raúl Medina Castro, a senior operative of the Gulf Cartel, was arrested.\n";
  }
  std::ostringstream out;
  ExplainOptions options;
  options.lexicon_dir = CG_SOURCE_DIR "/lexicon";
  REQUIRE(ExplainFile(path.string(), options, out).ok());
  const std::string text = out.str();
  CHECK(text.find("[s0] Prosecutors said") != std::string::npos);
  CHECK(text.find("Person \"Ricardo Vega Torres\"") != std::string::npos);
  CHECK(text.find("- LEADS Ricardo Vega Torres -> Los Zetas") != std::string::npos);
  CHECK(text.find("rejected: negated: \"not\"") != std::string::npos);
  CHECK(text.find("+ MEMBER_OF Raúl Medina Castro -> Gulf Cartel {role: operative}  0.80") != std::string::npos);
  CHECK(text.find("date none") != std::string::npos);
  std::ostringstream missing;
  CHECK_FALSE(ExplainFile("/nonexistent/article.md", options, missing).ok());
  std::filesystem::remove(path);
}

TEST_CASE("a successor leads from the day his predecessor's leadership ended; the succession takes that date") {
  const ArticleGraph g = Read(
      "Marines captured Rogelio Vance Ibarra, the leader of the Altamira Cartel, near Tampico on July 15, 2013. "
      "His brother Simón Vance Ibarra took command of the cartel after the capture.",
      Dated(Date{2014, 1, 20}));
  const LocalRelation* succeeded = Find(g, "SUCCEEDED", "Simón Vance Ibarra", "Rogelio Vance Ibarra");
  REQUIRE(succeeded);
  CHECK(succeeded->props.at("date") == Value(Date{2013, 7, 15}));
  const LocalRelation* heir = Find(g, "LEADS", "Simón Vance Ibarra", "Altamira Cartel");
  REQUIRE(heir);
  CHECK(heir->props.at("since") == Value(Date{2013, 7, 15}));
  CHECK(!heir->props.count("until"));
  const LocalRelation* before = Find(g, "LEADS", "Rogelio Vance Ibarra", "Altamira Cartel");
  REQUIRE(before);
  CHECK(before->props.at("until") == Value(Date{2013, 7, 15}));
}

}  // namespace cg::ingest
