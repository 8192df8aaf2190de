#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "exchange/csv.h"
#include "exchange/csv_import.h"
#include "tests/exchange/exchange_test_util.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::exchange;
using cg::testing::WriteFile;

namespace {

using CountList = std::vector<std::pair<std::string, uint64_t>>;

// A small world in the bench's format, with quoting that RFC 4180 allows.
struct World {
  testing::TempDir dir;
  std::string persons = dir.path() + "/nodes_Person.csv";
  std::string orgs = dir.path() + "/nodes_Organization.csv";
  std::string leads = dir.path() + "/rels_LEADS.csv";
  std::string member = dir.path() + "/rels_MEMBER_OF.csv";

  World() {
    WriteFile(persons,
              "id:ID,name,aliases:string[],born,status,:LABEL\n"
              "P1,Nemesio Oseguera Cervantes,El Mencho;Mencho,1966-07-17,dead,Person\n"
              "P2,\"Guzmán, Joaquín \"\"El Chapo\"\"\",,1957,imprisoned,Person\n"
              "\n"
              "P3,\"Two\nLines\",,,,Person\n");
    WriteFile(orgs,
              "id:ID,name,founded,budget:long,rating:double,listed:boolean,:LABEL\n"
              "O1,CJNG,2009,,,true,Organization;Cartel\n"
              "O2,DEA,1973-07-01,2000000000,0.5,false,Organization;Agency\n");
    WriteFile(leads,
              ":START_ID,:END_ID,:TYPE,since:date,until,end_cause\n"
              "P1,O1,LEADS,2010,2026-02-22,killed\n");
    WriteFile(member,
              ":START_ID,:END_ID,:TYPE,role,since\n"
              "P1,O1,MEMBER_OF,founder,2009\n"
              "P2,O1,MEMBER_OF,\"ally, briefly\",\n");
  }
  ImportOptions Options() const { return {.node_files = {persons, orgs}, .relationship_files = {leads, member}}; }
};

graph::NodeId NodeWithId(const graph::Reader& reader, const std::string& id) {
  graph::NodeId found = 0;
  REQUIRE(reader.ForEachNodeWithProperty("id", Value(id), [&](graph::NodeId n) { return found = n, false; }).ok());
  REQUIRE(found != 0);
  return found;
}

}  // namespace

TEST_CASE("import: nodes, relationships, id property, labels, typed and quoted values") {
  World world;
  auto g = testing::OpenGraph("import-ok");
  ImportStats stats;
  REQUIRE(ImportNeo4jCsv(g.get(), world.Options(), &stats).ok());
  CHECK(stats.nodes == 5);
  CHECK(stats.relationships == 3);
  CHECK(testing::CountNodes(*g) == 5);
  CHECK(testing::CountRelationships(*g) == 3);

  auto r = g->BeginRead();
  graph::Node p1, p2, p3, o1, o2;
  REQUIRE(r->GetNode(NodeWithId(*r, "P1"), &p1).ok());
  REQUIRE(r->GetNode(NodeWithId(*r, "P2"), &p2).ok());
  REQUIRE(r->GetNode(NodeWithId(*r, "P3"), &p3).ok());
  REQUIRE(r->GetNode(NodeWithId(*r, "O1"), &o1).ok());
  REQUIRE(r->GetNode(NodeWithId(*r, "O2"), &o2).ok());
  CHECK(p1.labels == std::vector<std::string>{"Person"});
  CHECK(*p1.Find("aliases") == Value(ValueList{"El Mencho", "Mencho"}));
  CHECK(*p1.Find("born") == Value(Date{1966, 7, 17}));  // untyped ISO text: a date by the ontology
  CHECK(*p2.Find("name") == Value("Guzmán, Joaquín \"El Chapo\""));
  CHECK(*p2.Find("born") == Value(Date{1957, 0, 0}));
  CHECK(p2.Find("aliases") == nullptr);  // empty field: no value
  CHECK(*p3.Find("name") == Value("Two\nLines"));
  CHECK(p3.Find("born") == nullptr);
  CHECK(o1.labels == std::vector<std::string>{"Organization", "Cartel"});
  CHECK(*o1.Find("listed") == Value(true));
  CHECK(o1.Find("budget") == nullptr);
  CHECK(*o2.Find("budget") == Value(int64_t{2000000000}));
  CHECK(*o2.Find("rating") == Value(0.5));

  std::vector<graph::Relationship> rels;
  REQUIRE(r->ForEachEdge(p1.id, graph::Direction::kOutgoing, "", [&](const graph::Edge& e) {
             graph::Relationship rel;
             REQUIRE(r->GetRelationship(e.rel, &rel).ok());
             rels.push_back(rel);
             return true;
           }).ok());
  REQUIRE(rels.size() == 2);
  CHECK(rels[0].type == "LEADS");
  CHECK(rels[0].end == o1.id);
  CHECK(*rels[0].Find("since") == Value(Date{2010, 0, 0}));
  CHECK(*rels[0].Find("until") == Value(Date{2026, 2, 22}));
  CHECK(*rels[0].Find("end_cause") == Value("killed"));
  CHECK(rels[1].type == "MEMBER_OF");
  std::vector<graph::Edge> p2_edges;
  REQUIRE(r->ForEachEdge(p2.id, graph::Direction::kOutgoing, "MEMBER_OF", [&](const graph::Edge& e) {
             graph::Relationship rel;
             REQUIRE(r->GetRelationship(e.rel, &rel).ok());
             CHECK(*rel.Find("role") == Value("ally, briefly"));
             CHECK(rel.Find("since") == nullptr);
             p2_edges.push_back(e);
             return true;
           }).ok());
  CHECK(p2_edges.size() == 1);

  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK(problems.empty());
}

namespace {

// Imports `options` into a graph that already holds one node; the import
// must fail with every `expected` text in its message and leave that one
// node as the whole graph.
void ExpectRefused(const ImportOptions& options, std::initializer_list<std::string> expected) {
  auto g = testing::OpenGraph("import-refused");
  {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "already here"}}, nullptr).ok());
    REQUIRE(txn->Commit().ok());
  }
  ImportStats stats;
  Status s = ImportNeo4jCsv(g.get(), options, &stats);
  REQUIRE_FALSE(s.ok());
  for (const auto& text : expected) {
    INFO(s.message());
    CHECK(s.message().find(text) != std::string::npos);
  }
  CHECK(testing::CountNodes(*g) == 1);
  CHECK(testing::CountRelationships(*g) == 0);
}

}  // namespace

TEST_CASE("import: a bad int on line N names file:N and writes nothing") {
  World world;
  WriteFile(world.orgs,
            "id:ID,name,budget:long,:LABEL\n"
            "O1,CJNG,,Organization;Cartel\n"
            "O2,DEA,lots,Organization;Agency\n");
  ExpectRefused(world.Options(), {"nodes_Organization.csv:3", "budget:long", "expected an integer", "'lots'"});
}

TEST_CASE("import: an unknown :START_ID names file:line") {
  World world;
  WriteFile(world.member,
            ":START_ID,:END_ID,:TYPE,role\n"
            "P1,O1,MEMBER_OF,founder\n"
            "P9,O1,MEMBER_OF,ghost\n");
  ExpectRefused(world.Options(), {"rels_MEMBER_OF.csv:3", "unknown :START_ID 'P9'"});
}

TEST_CASE("import: a bad header names file:1") {
  World world;
  WriteFile(world.leads, ":START_ID,:END_ID,since:date\nP1,O1,2010\n");
  ExpectRefused(world.Options(), {"rels_LEADS.csv:1", ":TYPE"});
  WriteFile(world.leads, ":START_ID,:END_ID,:TYPE,since:instant\nP1,O1,LEADS,2010\n");
  ExpectRefused(world.Options(), {"rels_LEADS.csv:1", "since:instant", "unknown type"});
}

TEST_CASE("import: every bad row is listed; ontology, duplicates and width are checked") {
  World world;
  WriteFile(world.persons,
            "id:ID,name,status,:LABEL\n"
            "P1,Nemesio,dead,Person\n"
            "P2,Joaquín,asleep,Person\n"            // status outside the ontology's values
            "P1,Again,active,Person\n"              // duplicate id
            "P3,Short\n"                            // too few fields
            "P4,Both,active,Person;Organization\n"  // two primary labels
            "P5,Ok,active,Person\n");
  WriteFile(world.leads,
            ":START_ID,:END_ID,:TYPE,since\n"
            "O1,P1,LEADS,2010\n"       // LEADS goes Person -> Organization
            "P1,O1,LEADS,someday\n");  // not a date
  ExpectRefused(world.Options(),
                {"6 bad row(s)", "nodes_Person.csv:3", "nodes_Person.csv:4: duplicate node id 'P1' (first on",
                 "nodes_Person.csv:2)", "nodes_Person.csv:5: expected 4 fields", "nodes_Person.csv:6",
                 "rels_LEADS.csv:2", "rels_LEADS.csv:3", "ISO date"});
}

TEST_CASE("import: a quoting error is reported with its line") {
  World world;
  WriteFile(world.orgs, "id:ID,name,:LABEL\nO1,\"CJNG,Organization\n");
  ExpectRefused(world.Options(), {"nodes_Organization.csv:2", "not closed"});
}

TEST_CASE("import: id spaces keep equal ids apart") {
  testing::TempDir dir;
  WriteFile(dir.path() + "/p.csv", "id:ID(Person),name,:LABEL\n1,Mencho,Person\n");
  WriteFile(dir.path() + "/o.csv", "id:ID(Org),name,:LABEL\n1,CJNG,Organization;Cartel\n");
  WriteFile(dir.path() + "/r.csv", ":START_ID(Person),:END_ID(Org),:TYPE\n1,1,LEADS\n");
  auto g = testing::OpenGraph("import-spaces");
  ImportStats stats;
  REQUIRE(ImportNeo4jCsv(g.get(),
                         {.node_files = {dir.path() + "/p.csv", dir.path() + "/o.csv"},
                          .relationship_files = {dir.path() + "/r.csv"}},
                         &stats)
              .ok());
  CHECK(stats.nodes == 2);
  CHECK(stats.relationships == 1);
}

TEST_CASE("import: files are read once (a pipe works); a bad row late in a big import writes nothing") {
  testing::TempDir dir;
  std::string persons = "id:ID,name,:LABEL\n";
  for (int i = 0; i < 2000; ++i) persons += "P" + std::to_string(i) + ",Person " + std::to_string(i) + ",Person\n";
  WriteFile(dir.path() + "/nodes.csv", persons);
  const std::string fifo = dir.path() + "/rels.csv";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);  // blocks until the import opens the pipe
    out << ":START_ID,:END_ID,:TYPE\nP1,P2,RELATIVE_OF\nP1,P9999,RELATIVE_OF\n";
  });
  auto g = testing::OpenGraph("import-undo");
  {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "already here"}}, nullptr).ok());
    REQUIRE(txn->Commit().ok());
  }
  ImportStats stats;
  Status s = ImportNeo4jCsv(
      g.get(), {.node_files = {dir.path() + "/nodes.csv"}, .relationship_files = {fifo}}, &stats);
  writer.join();
  INFO(s.ToString());
  CHECK(s.message().find("rels.csv:3: unknown :END_ID 'P9999'") != std::string::npos);
  CHECK(s.message().find("give a match key") != std::string::npos);  // the database has nodes
  CHECK(testing::CountNodes(*g) == 1);
  CHECK(testing::CountRelationships(*g) == 0);
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK(problems.empty());
}

TEST_CASE("import into a database with data: relationship ends matched by a key property") {
  World world;
  auto g = testing::OpenGraph("import-incremental");
  ImportStats stats;
  REQUIRE(ImportNeo4jCsv(g.get(), world.Options(), &stats).ok());
  // A sanctions list: a new agency and designations of nodes already there,
  // by id (P1, O1) and by name.
  testing::TempDir dir;
  const std::string agency = dir.path() + "/ofac.csv", designated = dir.path() + "/designated.csv";
  WriteFile(agency, "id:ID,name,:LABEL\nO9,OFAC,Organization;Agency\n");
  WriteFile(designated,
            ":START_ID,:END_ID,:TYPE,designation\n"
            "O9,P1,DESIGNATED,SDGT\n"
            "O9,O1,DESIGNATED,FTO\n");
  ImportOptions more{.node_files = {agency}, .relationship_files = {designated}, .match_key = "id"};
  REQUIRE(ImportNeo4jCsv(g.get(), more, &stats).ok());
  CHECK(stats.nodes == 1);
  CHECK(stats.relationships == 2);
  auto r = g->BeginRead();
  const graph::NodeId ofac = NodeWithId(*r, "O9");
  std::vector<graph::NodeId> targets;
  REQUIRE(r->ForEachEdge(ofac, graph::Direction::kOutgoing, "DESIGNATED", [&](const graph::Edge& e) {
              return targets.push_back(e.other()), true;
            }).ok());
  CHECK(targets == std::vector<graph::NodeId>{NodeWithId(*r, "P1"), NodeWithId(*r, "O1")});

  // By name, relationships only, with an id space as the label to match.
  WriteFile(designated, ":START_ID(Organization),:END_ID(Person),:TYPE\nOFAC,\"Guzmán, Joaquín \"\"El Chapo\"\"\",DESIGNATED\n");
  REQUIRE(ImportNeo4jCsv(g.get(), {.relationship_files = {designated}, .match_key = "name"}, &stats).ok());
  CHECK(stats.relationships == 1);
  r = g->BeginRead();
  graph::Edge found;
  REQUIRE(r->ForEachEdge(NodeWithId(*r, "P2"), graph::Direction::kIncoming, "DESIGNATED", [&](const graph::Edge& e) {
              return found = e, false;
            }).ok());
  CHECK(found.other() == ofac);
  CountList types;
  REQUIRE(r->CountRelationshipTypes(&types).ok());
  CHECK(types == CountList{{"DESIGNATED", 3}, {"LEADS", 1}, {"MEMBER_OF", 2}});
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK(problems.empty());
}

TEST_CASE("import with a match key: unknown, ambiguous and already-present nodes name file:line") {
  World world;
  auto g = testing::OpenGraph("import-incremental-bad");
  ImportStats stats;
  REQUIRE(ImportNeo4jCsv(g.get(), world.Options(), &stats).ok());
  testing::TempDir dir;
  const std::string nodes = dir.path() + "/nodes.csv", rels = dir.path() + "/rels.csv";
  WriteFile(nodes, "id:ID,name,:LABEL\nP1,Again,Person\nP7,Twin,Person\nP8,Twin,Person\n");
  WriteFile(rels,
            ":START_ID,:END_ID,:TYPE\n"
            "P7,P8,RELATIVE_OF\n"
            "P7,P404,RELATIVE_OF\n"
            "P2,:Person,RELATIVE_OF\n");
  Status s = ImportNeo4jCsv(g.get(), {.node_files = {nodes}, .relationship_files = {rels}, .match_key = "id"}, &stats);
  INFO(s.message());
  CHECK(s.message().find("nodes.csv:2: node 'P1' is already in the database") != std::string::npos);
  CHECK(s.message().find("rels.csv:3: unknown :END_ID 'P404': no node file defines it and no node in the database "
                         "has id = 'P404'") != std::string::npos);
  CHECK(s.message().find("rels.csv:4") != std::string::npos);
  CHECK(testing::CountNodes(*g) == 5);
  CHECK(testing::CountRelationships(*g) == 3);

  // Two nodes share the name now: matching by name is ambiguous.
  WriteFile(nodes, "id:ID,name,:LABEL\nP7,Twin,Person\nP8,Twin,Person\n");
  REQUIRE(ImportNeo4jCsv(g.get(), {.node_files = {nodes}}, &stats).ok());
  WriteFile(rels, ":START_ID,:END_ID,:TYPE\nTwin,CJNG,MEMBER_OF\n");
  s = ImportNeo4jCsv(g.get(), {.relationship_files = {rels}, .match_key = "name"}, &stats);
  CHECK(s.message().find("rels.csv:2: ambiguous: more than one node in the database has name = 'Twin'") !=
        std::string::npos);
  s = ImportNeo4jCsv(g.get(), {.relationship_files = {rels}, .match_key = "born"}, &stats);
  CHECK(s.message().find("match key 'born' is not an indexed property") != std::string::npos);
}

namespace {

// Node and relationship files of several 1 MiB parse chunks: names with
// quoted line breaks (LF and CRLF) and doubled quotes, CRLF record ends,
// blank lines.
struct BigWorld {
  static constexpr int kPersons = 40000;
  testing::TempDir dir;
  std::string persons = dir.path() + "/nodes_Person.csv";
  std::string relatives = dir.path() + "/rels_RELATIVE_OF.csv";

  std::string Name(int i) const {
    return "Person " + std::to_string(i) + (i % 3 == 0 ? "\nsecond line" : i % 3 == 1 ? "\r\n\"quoted\"" : "") +
           std::string(i % 7 * 9, 'x');
  }
  explicit BigWorld(const std::string& late_rows = "") {
    std::string text = "id:ID,name,:LABEL\r\n";
    for (int i = 0; i < kPersons; ++i) {
      std::string quoted;
      AppendCsvField(Name(i), false, &quoted);
      text += "P" + std::to_string(i) + "," + quoted + ",Person" + (i % 2 ? "\r\n" : "\n");
      if (i % 1000 == 0) text += "\n";
    }
    WriteFile(persons, text + late_rows);
    text = ":START_ID,:END_ID,:TYPE\n";
    for (int i = 1; i < kPersons; ++i) text += "P" + std::to_string(i - 1) + ",P" + std::to_string(i) + ",RELATIVE_OF\n";
    WriteFile(relatives, text);
  }
  ImportOptions Options() const { return {.node_files = {persons}, .relationship_files = {relatives}}; }
};

}  // namespace

TEST_CASE("import: files parsed in chunks on several threads give every row, across quoted line breaks") {
  BigWorld world;
  REQUIRE(std::filesystem::file_size(world.persons) > 2 << 20);
  auto g = testing::OpenGraph("import-chunks");
  ImportStats stats;
  REQUIRE(ImportNeo4jCsv(g.get(), world.Options(), &stats).ok());
  CHECK(stats.nodes == BigWorld::kPersons);
  CHECK(stats.relationships == BigWorld::kPersons - 1);
  auto r = g->BeginRead();
  for (int i : {0, 1, 2, 20000, 39998, 39999}) {
    graph::Node node;
    REQUIRE(r->GetNode(NodeWithId(*r, "P" + std::to_string(i)), &node).ok());
    CHECK(node.properties.at("name").as_string() == world.Name(i));
    // The chain P0 - P1 - ... crosses every chunk boundary.
    uint64_t degree = 0;
    REQUIRE(r->ForEachEdge(node.id, graph::Direction::kBoth, {}, [&](const graph::Edge&) { return ++degree, true; })
                .ok());
    CHECK(degree == (i == 0 || i == 39999 ? 1u : 2u));
  }
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK(problems.empty());
}

TEST_CASE("import: bad rows in late chunks name their lines; a duplicate names the first row; nothing is written") {
  // 1 header line, 40,000 rows of which 26,667 span two lines, 40 blank lines.
  BigWorld world("P7,Again,Person\nP40001,Both,Person;Organization\n");
  ExpectRefused(world.Options(), {"2 bad row(s)", "nodes_Person.csv:66709: duplicate node id 'P7' (first on",
                                  "nodes_Person.csv:15)", "nodes_Person.csv:66710:"});
  BigWorld broken("P40001,\"broken\"x,Person\n");
  ExpectRefused(broken.Options(), {"nodes_Person.csv:66709: a quoted field must be followed"});
}

TEST_CASE("import that spills sorted runs: a bad row deep in a large file names file:line and writes nothing") {
  BigWorld world;
  testing::TempDir db;
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open(db.path() + "/db", {}, &g).ok());
  // 60,000 relationships, the one on line 55,001 to a node no file defines.
  const std::string bad = world.dir.path() + "/rels_bad.csv";
  std::string text = ":START_ID,:END_ID,:TYPE\n";
  for (int i = 1; i <= 60000; ++i) {
    text += "P" + std::to_string((i - 1) % BigWorld::kPersons) + ",P" +
            (i == 55000 ? std::string("404040") : std::to_string(i % BigWorld::kPersons)) + ",RELATIVE_OF\n";
  }
  WriteFile(bad, text);
  ImportOptions options = world.Options();
  options.relationship_files.push_back(bad);
  options.memory_budget = 1 << 20;  // a few MB of pairs: runs are spilled all along
  ImportStats stats;
  Status s = ImportNeo4jCsv(g.get(), options, &stats);
  INFO(s.message());
  CHECK(s.message().find("1 bad row(s)") != std::string::npos);
  CHECK(s.message().find("rels_bad.csv:55001: unknown :END_ID 'P404040'") != std::string::npos);
  CHECK(testing::CountNodes(*g) == 0);
  CHECK(testing::CountRelationships(*g) == 0);
  auto leftovers = [&] {
    size_t n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(db.path() + "/db")) {
      n += entry.path().filename().string().starts_with("bulk-");
    }
    return n;
  };
  CHECK(leftovers() == 0);

  options.relationship_files.pop_back();
  REQUIRE(ImportNeo4jCsv(g.get(), options, &stats).ok());
  CHECK(stats.nodes == BigWorld::kPersons);
  CHECK(testing::CountRelationships(*g) == BigWorld::kPersons - 1);
  CHECK(leftovers() == 0);
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK(problems.empty());
}
