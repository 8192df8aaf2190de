// The ingest API against a real database: one transaction per article,
// evidence instead of duplicates, conflicts, re-ingestion, failures.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "graph/conflicts.h"
#include "graph/graph.h"
#include "ingest/ingest.h"
#include "tests/temp_dir.h"

namespace cg::ingest {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

struct Db {
  testing::TempDir dir;
  std::unique_ptr<graph::Graph> graph;
  Db() { REQUIRE(graph::Graph::Open((fs::path(dir.path()) / "db").string(), {}, &graph).ok()); }

  // Ids of the nodes named `name` with primary label `label`.
  std::vector<graph::NodeId> Named(const std::string& name, const std::string& label) {
    auto read = graph->BeginRead();
    std::vector<graph::NodeId> out;
    REQUIRE(read->ForEachNodeNamed(name, [&](graph::NodeId id) {
                  graph::Node node;
                  REQUIRE(read->GetNode(id, &node).ok());
                  if (node.HasLabel(label)) out.push_back(id);
                  return true;
                }).ok());
    return out;
  }

  std::vector<graph::Relationship> Edges(graph::NodeId from, const std::string& type) {
    auto read = graph->BeginRead();
    std::vector<graph::Relationship> out;
    REQUIRE(read->ForEachEdge(from, graph::Direction::kOutgoing, type, [&](const graph::Edge& e) {
                  graph::Relationship rel;
                  REQUIRE(read->GetRelationship(e.rel, &rel).ok());
                  out.push_back(rel);
                  return true;
                }).ok());
    return out;
  }
};

const char* kFirst =
    "---\ntitle: First\ndate: 2026-02-22\n---\n"
    "Nemesio Rubén Oseguera Cervantes, known as \"El Mencho,\" the head of the Jalisco New Generation Cartel "
    "(CJNG), was wounded this morning during a raid in Tapalpa, Jalisco.\n"
    "The U.S. State Department had offered a $10 million reward for information leading to his capture.\n"
    "The new task force, comprising personnel from U.S. Southern Command and the DEA, supported the raid.\n";

const char* kSecond =
    "---\ntitle: Second\ndate: 2026-02-23\n---\n"
    "Nemesio Oseguera Cervantes is dead. El Mencho was killed in a raid in Tapalpa.\n"
    "The State Department offered a $15 million reward for El Mencho.\n"
    "A Joint Interagency Task Force, created under U.S. Northern Command, works with the Mexican military.\n";

TEST_CASE("two articles: brothers who share their surnames stay two people") {
  Db db;
  const fs::path a = fs::path(db.dir.path()) / "a.md", b = fs::path(db.dir.path()) / "b.md";
  Write(a,
        "---\ntitle: A\ndate: 2009-12-17\n---\n"
        "Marines killed Arturo Ramos Quintanilla in Cuernavaca. Ramos Quintanilla led the Ramos cartel.\n");
  Write(b,
        "---\ntitle: B\ndate: 2014-10-01\n---\n"
        "Soldiers arrested Héctor Ramos Quintanilla in Puebla. Ramos Quintanilla, 49, had taken over the cartel.\n");
  IngestReport report;
  REQUIRE(IngestPaths(*db.graph, {a.string(), b.string()}, {}, &report).ok());
  const auto arturo = db.Named("Arturo Ramos Quintanilla", "Person");
  const auto hector = db.Named("Héctor Ramos Quintanilla", "Person");
  REQUIRE(arturo.size() == 1);
  REQUIRE(hector.size() == 1);
  CHECK(arturo != hector);
  graph::Node node;
  REQUIRE(db.graph->BeginRead()->GetNode(hector[0], &node).ok());
  CHECK(node.Find("status")->as_string() == "arrested");
  REQUIRE(db.graph->BeginRead()->GetNode(arturo[0], &node).ok());
  CHECK(node.Find("status")->as_string() == "dead");
}

// Ingests `texts` (front matter added), one file each, in order.
void IngestTexts(Db& db, const std::vector<std::string>& texts) {
  std::vector<std::string> paths;
  for (size_t i = 0; i < texts.size(); ++i) {
    paths.push_back((fs::path(db.dir.path()) / fmt::format("{}.md", i)).string());
    Write(paths.back(), fmt::format("---\ntitle: T{}\ndate: 2012-05-0{}\n---\n{}\n", i, i + 1, texts[i]));
  }
  IngestReport report;
  REQUIRE(IngestPaths(*db.graph, paths, {}, &report).ok());
}

TEST_CASE("articles: a given name and paternal surname are the person of the full name, unless it is ambiguous") {
  SUBCASE("the short name after the full one, and the reverse") {
    Db db;
    IngestTexts(db, {"Soldiers arrested Ramiro Duarte Solís in Tepic. Duarte Solís led the Nayarit Cartel.",
                     "Ramiro Duarte, the former leader of the Nayarit Cartel, was extradited on Friday.",
                     "Police detained Elena Robles in Colima.",
                     "Elena Robles Vega, a money launderer, was charged in Colima."});
    CHECK(db.Named("Ramiro Duarte", "Person") == db.Named("Ramiro Duarte Solís", "Person"));
    CHECK(db.Named("Ramiro Duarte", "Person").size() == 1);
    CHECK(db.Named("Elena Robles", "Person") == db.Named("Elena Robles Vega", "Person"));
    CHECK(db.Named("Elena Robles", "Person").size() == 1);
  }
  SUBCASE("a father known by his nickname and a namesake son without it stay two people") {
    Db db;
    IngestTexts(db, {"Marines captured Tomás \"El Zorro\" Ibarra in Sinaloa.",
                     "Tomás Ibarra Pérez, 31, was arrested by federal police in Culiacán."});
    const auto father = db.Named("El Zorro", "Person"), son = db.Named("Tomás Ibarra Pérez", "Person");
    REQUIRE(father.size() == 1);
    REQUIRE(son.size() == 1);
    CHECK(father != son);
  }
  SUBCASE("an article that names a son and his namesake father keeps them apart") {
    Db db;
    IngestTexts(db, {"Soldiers arrested Joaquín Ibarra López, a son of the trafficker Joaquín Ibarra, in Culiacán."});
    const auto son = db.Named("Joaquín Ibarra López", "Person"), father = db.Named("Joaquín Ibarra", "Person");
    REQUIRE(son.size() == 1);
    REQUIRE(father.size() == 1);
    CHECK(son != father);
    CHECK(db.Edges(son[0], "RELATIVE_OF").size() == 1);
  }
  SUBCASE("two full names the short name fits: it is left alone") {
    Db db;
    IngestTexts(db, {"Soldiers arrested Julio Vargas Peña in Durango.", "Soldiers arrested Julio Vargas Mena in Sonora.",
                     "Julio Vargas was released on Monday in Durango."});
    const auto pena = db.Named("Julio Vargas Peña", "Person"), mena = db.Named("Julio Vargas Mena", "Person");
    REQUIRE(pena.size() == 1);
    REQUIRE(mena.size() == 1);
    CHECK(pena != mena);
    const auto short_name = db.Named("Julio Vargas", "Person");
    REQUIRE(short_name.size() == 1);
    CHECK(short_name != pena);
    CHECK(short_name != mena);
  }
  SUBCASE("two long names that differ in an end stay two people") {
    Db db;
    IngestTexts(db, {"Joaquín Archivaldo Ibarra Loera was extradited.", "Joaquín Ibarra was sentenced in Brooklyn.",
                     "Joaquín Ibarra López was arrested in Texas."});
    const auto father = db.Named("Joaquín Archivaldo Ibarra Loera", "Person");
    REQUIRE(father.size() == 1);
    CHECK(db.Named("Joaquín Ibarra", "Person") == father);
    const auto son = db.Named("Joaquín Ibarra López", "Person");
    REQUIRE(son.size() == 1);
    CHECK(son != father);
  }
}

TEST_CASE("articles: one arrest told under two names is one event, found through its target") {
  Db db;
  // (the second article names him by given name and paternal surname only: no event name is shared)
  IngestTexts(db, {"Federal police captured Servando Ruiz Téllez in Morelia on Friday.",
                   "The arrest of Servando Ruiz on Friday in Morelia ended a two-year manhunt.",
                   "Soldiers arrested Servando Ruiz Téllez in Zamora in 2009."});
  auto read = db.graph->BeginRead();
  int arrests = 0;
  REQUIRE(read->ForEachNodeWithLabel("Arrest", [&](graph::NodeId) {
                ++arrests;
                return true;
              }).ok());
  CHECK(arrests == 2);  // Friday's, told twice, and the 2009 one
}

// Each Arrest node (or node of event label `label`): the number of articles that tell it, and its targets' names.
std::vector<std::pair<size_t, std::set<std::string>>> Arrests(Db& db, const char* label = "Arrest") {
  auto read = db.graph->BeginRead();
  std::vector<std::pair<size_t, std::set<std::string>>> out;
  REQUIRE(read->ForEachNodeWithLabel(label, [&](graph::NodeId id) {
                auto& [articles, targets] = out.emplace_back();
                REQUIRE(read->ForEachEdge(id, graph::Direction::kOutgoing, "MENTIONED_IN", [&](const graph::Edge&) {
                              ++articles;
                              return true;
                            }).ok());
                REQUIRE(read->ForEachEdge(id, graph::Direction::kIncoming, "PARTICIPATED_IN", [&](const graph::Edge& e) {
                              graph::Relationship rel;
                              graph::Node person;
                              REQUIRE(read->GetRelationship(e.rel, &rel).ok());
                              REQUIRE(read->GetNode(e.other(), &person).ok());
                              if (rel.Find("role")->as_string() == "target") targets.insert(person.Find("name")->as_string());
                              return true;
                            }).ok());
                return true;
              }).ok());
  std::sort(out.begin(), out.end());
  return out;
}

TEST_CASE("articles: events are one only when they can be one happening") {
  using Told = std::vector<std::pair<size_t, std::set<std::string>>>;
  SUBCASE("a brother's arrest is not the arrest an event name of their shared surnames finds") {
    Db db;
    IngestTexts(db, {"Marines captured Rafael Ochoa Quiroz in Choix on Friday. Ochoa Quiroz had led the Choix "
                     "cartel for a decade.",
                     "Miguel Ángel Ochoa Quiroz, a former leader of the Choix cartel, was extradited to the United "
                     "States on Tuesday. Ochoa Quiroz had been arrested in Culiacán."});
    CHECK(Arrests(db) == Told{{1, {"Miguel Ángel Ochoa Quiroz"}}, {1, {"Rafael Ochoa Quiroz"}}});
  }
  SUBCASE("an undated arrest joins the one dated arrest it fits, not either of two") {
    Db db;
    IngestTexts(db, {"Soldiers arrested Julio Ferrer Ruiz in Tijuana in 2003.",
                     "The arrest of Julio Ferrer Ruiz angered his allies in Baja California."});
    CHECK(Arrests(db) == Told{{2, {"Julio Ferrer Ruiz"}}});
    Db two;
    IngestTexts(two, {"Soldiers arrested Julio Ferrer Ruiz in Tijuana in 2003.",
                      "Julio Ferrer Ruiz was arrested again in Mexicali in 2011.",
                      "The arrest of Julio Ferrer Ruiz angered his allies in Baja California."});
    CHECK(Arrests(two) == Told{{1, {"Julio Ferrer Ruiz"}}, {1, {"Julio Ferrer Ruiz"}}, {1, {"Julio Ferrer Ruiz"}}});
  }
  SUBCASE("an arrest dated 'a month later' than another act is the arrest of that month") {
    Db db;
    IngestTexts(db, {"Soldiers arrested Benjamín Ortega Félix in Puebla in March 2002.",
                     "The cartel's decline began in 2002, when Ramón Ortega Félix was shot dead by police in Mazatlán "
                     "in February and Benjamín Ortega Félix was arrested by soldiers in the central state of Puebla "
                     "a month later."});
    CHECK(Arrests(db) == Told{{2, {"Benjamín Ortega Félix"}}});
  }
  SUBCASE("arrests of a gang's members in one year are one only when their places can be one") {
    Db db;
    IngestTexts(db, {"Federal agents arrested members of the Barrio Azteca gang in El Paso in 2009, the FBI said.",
                     "Mexican soldiers arrested members of the Barrio Azteca gang in Ciudad Juárez in 2009.",
                     "Soldiers arrested members of the Barrio Azteca gang in Ciudad Juárez in 2009, the army said.",
                     // a state the database holds neither city in: it may be either, and joins neither
                     "Soldiers arrested members of the Barrio Azteca gang in Chihuahua in 2009."});
    CHECK(Arrests(db) == Told{{1, {"Barrio Azteca"}}, {1, {"Barrio Azteca"}}, {2, {"Barrio Azteca"}}});
  }
  SUBCASE("an arrest of his kin told after a colon is another act: no date of its own for his") {
    Db db;
    IngestTexts(db, {"Marines captured José Ruiz Vega in Irapuato on Sunday. His capture followed months of "
                     "pressure: in February, police had detained his mother and sister in Celaya."});
    CHECK(Arrests(db) == Told{{1, {"José Ruiz Vega"}}});
  }
  SUBCASE("an act named after a count of people is found by its place in a later article") {
    Db db;
    IngestTexts(db, {"Gunmen believed to belong to the Zetas massacred 15 farmworkers at a ranch in Cadereyta, Nuevo "
                     "León, on Sunday, state prosecutors said.",
                     "Authorities said the Zetas massacred 15 farmworkers at a ranch in Cadereyta, Nuevo León, last "
                     "spring after they refused to work for the gang."});
    CHECK(Arrests(db, "Attack") == Told{{2, {}}});
  }
  SUBCASE("designations of one kind on one day are one act; of another day, another") {
    Db db;
    IngestTexts(db, {"The State Department designated the Costa Cartel a Foreign Terrorist Organization on Feb. 20, "
                     "2025, officials said.",
                     "On Feb. 20, 2025, the Department of State designated the Nayarit Cartel as a Foreign Terrorist "
                     "Organization.",
                     "On June 3, 2025, the Department of State designated Los Rojos as a Foreign Terrorist "
                     "Organization."});
    CHECK(Arrests(db, "Designation") == Told{{1, {"Los Rojos"}}, {2, {"Costa Cartel", "Nayarit Cartel"}}});
  }
  SUBCASE("one article's two arrests of two names the database holds as one person are one arrest") {
    Db db;
    IngestTexts(db, {"Servando Ruiz Téllez, known as \"La Tuza,\" leads the Morelia cartel.",
                     "Federal police captured Servando Ruiz Téllez in Morelia on Friday.\n\nThe arrest of La Tuza "
                     "ended a long manhunt."});
    CHECK(Arrests(db) == Told{{1, {"Servando Ruiz Téllez"}}});
  }
}

// Every relationship of the database but the bookkeeping MENTIONED_IN, as (type, start's name, end's name).
std::set<std::vector<std::string>> Facts(Db& db) {
  auto read = db.graph->BeginRead();
  std::set<std::vector<std::string>> out;
  auto name = [&](graph::NodeId id) {
    graph::Node node;
    REQUIRE(read->GetNode(id, &node).ok());
    return node.Find("name") ? node.Find("name")->as_string() : std::string();
  };
  REQUIRE(read->ForEachRelationship([&](graph::RelId id) {
                graph::Relationship rel;
                REQUIRE(read->GetRelationship(id, &rel).ok());
                if (rel.type != "MENTIONED_IN") out.insert({rel.type, name(rel.start), name(rel.end)});
                return true;
              }).ok());
  return out;
}

TEST_CASE("articles: a later article leaves the facts of the earlier ones as they were") {
  // A 2024 sanctions action and a 2025 terrorist listing share a target and the generic name
  // "designation of Los Caballeros Unidos"; an undated mention can be either; the 2009 arrests
  // have no target in common. Only the arrest told twice is one event.
  const std::vector<std::string> texts = {
      "The Treasury Department's Office of Foreign Assets Control on Oct. 3, 2024, sanctioned Los Caballeros "
      "Unidos, a drug trafficking group based in the Mexican state of Michoacán, and its leader, Rogelio "
      "Mendieta Cruz.\n\nFederal police arrested more than a dozen suspected members of Los Caballeros Unidos in "
      "Apatzingán in 2009.",
      "The State Department on Feb. 20, 2025, designated eight criminal groups, among them Los Caballeros Unidos "
      "and the Sinaloa Cartel, as Foreign Terrorist Organizations.\n\nIn a separate case, soldiers arrested "
      "Ernesto Valle Ruiz, a suspected Sinaloa Cartel money launderer, in Culiacán in 2009.",
      "Growers in Michoacán say the designation of Los Caballeros Unidos has done little to stop extortion.\n\n"
      "Ernesto Valle Ruiz, who was captured by soldiers in Culiacán in 2009, was released last year."};
  Db all;
  IngestTexts(all, texts);
  const auto after = Facts(all);
  for (const std::string& text : texts) {  // each article's facts, as it writes them alone
    Db alone;
    IngestTexts(alone, {text});
    for (const auto& fact : Facts(alone)) {
      CAPTURE(fmt::format("{}", fmt::join(fact, " ")));
      CHECK(after.count(fact) == 1);
    }
  }
  int designations = 0;
  REQUIRE(all.graph->BeginRead()->ForEachNodeWithLabel("Designation", [&](graph::NodeId) {
                ++designations;
                return true;
              }).ok());
  CHECK(designations == 3);  // the sanctions, the listing, the undated mention that fits both
  using Told = std::vector<std::pair<size_t, std::set<std::string>>>;
  CHECK(Arrests(all) == Told{{1, {"Los Caballeros Unidos"}}, {2, {"Ernesto Valle Ruiz"}}});
}

TEST_CASE("two articles: one person, evidence from both, conflicts listed, LEADS ended") {
  Db db;
  const fs::path a = fs::path(db.dir.path()) / "a.md", b = fs::path(db.dir.path()) / "b.md";
  Write(a, kFirst);
  Write(b, kSecond);
  std::vector<Progress> progress;
  IngestOptions options;
  options.on_progress = [&](const Progress& p) { progress.push_back(p); };
  IngestReport report;
  REQUIRE(IngestPaths(*db.graph, {a.string(), b.string()}, options, &report).ok());
  CHECK(report.ingested == 2);
  CHECK(report.failed == 0);
  REQUIRE(progress.size() == 2);
  CHECK(progress[1].files_done == 2);
  CHECK(progress[1].files_total == 2);
  CHECK(progress[1].bytes_done == progress[1].bytes_total);
  CHECK(report.totals.merged_entities > 0);

  // "Nemesio Rubén Oseguera Cervantes", "Nemesio Oseguera Cervantes", "El Mencho", "Mencho": one node.
  const auto mencho = db.Named("El Mencho", "Person");
  REQUIRE(mencho.size() == 1);
  CHECK(db.Named("Nemesio Oseguera Cervantes", "Person") == mencho);
  CHECK(db.Named("Mencho", "Person") == mencho);
  graph::Node node;
  REQUIRE(db.graph->BeginRead()->GetNode(mencho[0], &node).ok());
  CHECK(node.Find("name")->as_string() == "Nemesio Rubén Oseguera Cervantes");
  CHECK(node.Find("status")->as_string() == "dead");

  // The LEADS read in the first article ends with the second's killing.
  const auto leads = db.Edges(mencho[0], "LEADS");
  REQUIRE(leads.size() == 1);
  CHECK(leads[0].Find("end_cause")->as_string() == "killed");
  CHECK(leads[0].Find("until")->as_date() == Date{2026, 2, 23});
  CHECK(leads[0].evidence.size() >= 2);
  for (const graph::Evidence& ev : leads[0].evidence) {
    CHECK(ev.article.size() == 64);
    CHECK(!ev.rule.empty());
    CHECK(ev.span_end > ev.span_begin);
    CHECK(!ev.quote.empty());
  }

  // The same reward fact twice is one relationship with two evidences; the amounts conflict.
  const auto state = db.Named("State Department", "Organization");
  REQUIRE(state.size() == 1);
  const auto rewards = db.Edges(state[0], "OFFERED_REWARD");
  REQUIRE(rewards.size() == 1);
  CHECK(rewards[0].evidence.size() == 2);
  std::vector<graph::Conflict> conflicts;
  REQUIRE(graph::ListConflicts(*db.graph->BeginRead(), &conflicts).ok());
  bool reward = false;
  for (const graph::Conflict& c : conflicts) {
    if (c.key == "reward") {
      reward = true;
      CHECK(c.claims.size() == 2);
      CHECK(c.claims[0].evidence.article != c.claims[1].evidence.article);
    }
  }
  CHECK(reward);
  CHECK(report.conflicts == conflicts.size());

  // Re-ingesting identical articles changes nothing and says so.
  IngestReport again;
  REQUIRE(IngestPaths(*db.graph, {db.dir.path()}, {}, &again).ok());
  CHECK(again.unchanged == 2);
  CHECK(again.ingested == 0);
  CHECK(again.totals.new_relationships == 0);
}

TEST_CASE("failing articles are reported with their reason and write nothing") {
  Db db;
  const fs::path dir = fs::path(db.dir.path()) / "in";
  fs::create_directories(dir / "sub");
  Write(dir / "empty.txt", "  \n");
  Write(dir / "binary.txt", std::string("\x00\x01\x02", 3));
  Write(dir / "latin1.txt", "Caf\xe9 con El Mencho");
  Write(dir / "big.txt", std::string(2000, 'a'));
  Write(dir / "sub" / "good.md", "The Sinaloa Cartel is fighting the Jalisco New Generation Cartel.\n");
  Write(dir / "notes.json", "{}");  // not an article: skipped by the folder walk
  IngestOptions options;
  options.max_file_bytes = 1000;
  IngestReport report;
  REQUIRE(IngestPaths(*db.graph, {dir.string(), (dir / "missing.txt").string()}, options, &report).ok());
  CHECK(report.ingested == 1);
  CHECK(report.failed == 5);
  std::map<std::string, std::string> why;
  for (const FileResult& f : report.files) {
    if (f.outcome == FileResult::Outcome::kFailed) why[fs::path(f.path).filename().string()] = f.status.message();
  }
  CHECK(why["empty.txt"].find("empty") != std::string::npos);
  CHECK(why["binary.txt"].find("binary") != std::string::npos);
  CHECK(why["latin1.txt"].find("invalid UTF-8") != std::string::npos);
  CHECK(why["big.txt"].find("size limit") != std::string::npos);
  CHECK(why["missing.txt"].find("no such file") != std::string::npos);
  CHECK(why["latin1.txt"].find("latin1.txt") != std::string::npos);
  // Only the good article is in the database.
  size_t articles = 0;
  REQUIRE(db.graph->BeginRead()->ForEachArticle([&](const graph::Article&) {
    ++articles;
    return true;
  }).ok());
  CHECK(articles == 1);
  CHECK(db.Named("Sinaloa Cartel", "Organization").size() == 1);
}

TEST_CASE("every source of a fact is kept as evidence (no cap), and the database checks clean") {
  Db db;
  const fs::path dir = fs::path(db.dir.path()) / "in";
  fs::create_directories(dir);
  constexpr int kArticles = 24;
  for (int i = 0; i < kArticles; ++i) Write(dir / fmt::format("a{:02}.md", i), fmt::format("{}Report {}.\n", kFirst, i));
  IngestReport report;
  REQUIRE(IngestPaths(*db.graph, {dir.string()}, {}, &report).ok());
  REQUIRE(report.ingested == kArticles);
  const auto mencho = db.Named("El Mencho", "Person");
  REQUIRE(mencho.size() == 1);
  const auto leads = db.Edges(mencho[0], "LEADS");
  REQUIRE(leads.size() == 1);
  std::set<std::string> sources;
  for (const graph::Evidence& ev : leads[0].evidence) sources.insert(ev.article);
  CHECK(sources.size() == kArticles);  // more than the old cap of 16
  CHECK(leads[0].Find("evidence_count") == nullptr);  // the record is not rewritten to count them
  std::vector<std::string> problems;
  REQUIRE(db.graph->Check(&problems).ok());
  CHECK(problems.empty());
}

// Everything the graph holds, in id order, for comparing two databases.
std::string Dump(const graph::Reader& read) {
  std::string out;
  REQUIRE(read.ForEachNode([&](graph::NodeId id) {
                graph::Node n;
                REQUIRE(read.GetNode(id, &n).ok());
                out += fmt::format("node {} {}", id, fmt::join(n.labels, ":"));
                for (const auto& [key, value] : n.properties) out += fmt::format(" {}={}", key, value.ToString());
                for (const auto& c : n.claims) out += fmt::format(" claim {}={}@{}", c.key, c.value.ToString(), c.evidence.article);
                out += "\n";
                return true;
              }).ok());
  REQUIRE(read.ForEachRelationship([&](graph::RelId id) {
                graph::Relationship r;
                REQUIRE(read.GetRelationship(id, &r).ok());
                out += fmt::format("rel {} {} {}->{}", id, r.type, r.start, r.end);
                for (const auto& [key, value] : r.properties) out += fmt::format(" {}={}", key, value.ToString());
                for (const auto& c : r.claims) out += fmt::format(" claim {}={}@{}", c.key, c.value.ToString(), c.evidence.article);
                for (const auto& e : r.evidence) out += fmt::format(" ev {}:{}-{}:{}", e.article, e.span_begin, e.span_end, e.rule);
                out += "\n";
                return true;
              }).ok());
  return out;
}

TEST_CASE("parallel ingest writes the database one thread writes") {
  testing::TempDir dir;
  const fs::path in = fs::path(dir.path()) / "in";
  fs::create_directories(in);
  // Later articles name people only by a surname an earlier one introduced
  // (extraction asks the database about it), so that a worker's early answer
  // may be stale by the time its article is written.
  for (int i = 0; i < 12; ++i) {
    Write(in / fmt::format("a{:02}.md", 2 * i), fmt::format("{}Report {}.\n", i % 2 ? kFirst : kSecond, i));
    Write(in / fmt::format("a{:02}.md", 2 * i + 1),
          fmt::format("---\ntitle: T{}\ndate: 2026-03-0{}\n---\nPresident Claudia Sheinbaum{} met officials.\n"
                      "Sheinbaum said the Sinaloa Cartel is fighting the Jalisco New Generation Cartel.\n"
                      "Oseguera was seen in Tapalpa, Jalisco.\n",
                      i, 1 + i % 9, i % 3 ? "" : " Pardo"));
  }
  std::string dumps[2];
  for (unsigned threads : {1u, 4u}) {
    std::unique_ptr<graph::Graph> graph;
    REQUIRE(graph::Graph::Open((fs::path(dir.path()) / fmt::format("db{}", threads)).string(), {}, &graph).ok());
    IngestOptions options;
    options.threads = threads;
    IngestReport report;
    REQUIRE(IngestPaths(*graph, {in.string()}, options, &report).ok());
    CHECK(report.ingested == 24);
    dumps[threads == 1 ? 0 : 1] = Dump(*graph->BeginRead());
  }
  CHECK(!dumps[0].empty());
  CHECK(dumps[0] == dumps[1]);
}

TEST_CASE("one run writes the database that one run per article writes (the writer's cache stays exact)") {
  testing::TempDir dir;
  const fs::path in = fs::path(dir.path()) / "in";
  fs::create_directories(in);
  // Names recur across articles and change: "Oseguera" gains a full name, a
  // person is named first by nickname, then by full name, then by surname.
  std::vector<fs::path> files;
  for (int i = 0; i < 10; ++i) {
    files.push_back(in / fmt::format("a{:02}.md", i));
    Write(files.back(), i % 3 == 0   ? fmt::format("{}Report {}.\n", kFirst, i)
                        : i % 3 == 1 ? fmt::format("{}Report {}.\n", kSecond, i)
                                     : fmt::format("---\ntitle: T{}\ndate: 2026-03-0{}\n---\nRafael Caro{} was "
                                                   "arrested in Sonora. Caro led the Sinaloa Cartel.\n",
                                                   i, 1 + i % 9, i % 2 ? " Quintero" : ""));
  }
  std::string dumps[2];
  for (int per_article : {0, 1}) {
    std::unique_ptr<graph::Graph> graph;
    REQUIRE(graph::Graph::Open((fs::path(dir.path()) / fmt::format("db{}", per_article)).string(), {}, &graph).ok());
    IngestOptions options;
    options.threads = 1;
    IngestReport report;
    if (per_article) {
      for (const fs::path& f : files) {
        REQUIRE(IngestPaths(*graph, {f.string()}, options, &report).ok());
        CHECK(report.ingested == 1);
      }
    } else {
      REQUIRE(IngestPaths(*graph, {in.string()}, options, &report).ok());
      CHECK(report.ingested == files.size());
    }
    dumps[per_article] = Dump(*graph->BeginRead());
  }
  CHECK(dumps[0].find("Caro Quintero") != std::string::npos);
  CHECK(dumps[0] == dumps[1]);
}

TEST_CASE("the lexicon folder is an option, and a broken one stops the run") {
  Db db;
  const fs::path lex = fs::path(db.dir.path()) / "lexicon";
  fs::create_directories(lex);
  Write(lex / "bad.txt", "Entry before any header\n");
  IngestOptions options;
  options.lexicon_dir = lex.string();
  IngestReport report;
  const Status s = IngestPaths(*db.graph, {db.dir.path()}, options, &report);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("bad.txt:1") != std::string::npos);
}

}  // namespace
}  // namespace cg::ingest
