#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <set>

#include "exchange/csv_export.h"
#include "exchange/csv_import.h"
#include "exchange/gexf_export.h"
#include "exchange/graphml_export.h"
#include "exchange/json_export.h"
#include "exchange/records.h"
#include "tests/exchange/exchange_test_util.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::exchange;
using cg::testing::CountOf;
using cg::testing::ReadFile;

namespace {

// Runs xmllint against an .xsd of ../shared/xsd; true when the file is valid.
bool ValidAgainst(const std::string& xsd, const std::string& path) {
  const std::string command = "xmllint --nonet --noout --schema " + std::string(CG_XSD_DIR) + "/" + xsd + " " + path +
                              " > " + path + ".xmllint 2>&1";
  const int rc = std::system(command.c_str());
  if (rc != 0) MESSAGE(ReadFile(path + ".xmllint"));
  return rc == 0;
}

std::string Export(const graph::Graph& g, const std::string& path,
                   Status (*exporter)(const graph::Reader&, std::ostream&, const ExportView&),
                   const ExportView& view = {}) {
  std::ofstream out(path, std::ios::binary);
  REQUIRE(exporter(*g.BeginRead(), out, view).ok());
  out.close();
  return ReadFile(path);
}

}  // namespace

TEST_CASE("graphml: valid against the GraphML schema; keys typed; labels, edges, escaping") {
  auto g = testing::SampleGraph();
  testing::TempDir dir;
  const std::string path = dir.path() + "/g.graphml";
  const std::string xml = Export(*g, path, ExportGraphML);
  CHECK(ValidAgainst("graphml/graphml.xsd", path));

  // Every key is typed with one of GraphML's six types.
  const size_t keys = CountOf(xml, "<key ");
  CHECK(keys > 0);
  size_t typed = 0;
  for (const char* type : {"boolean", "int", "long", "float", "double", "string"}) {
    typed += CountOf(xml, std::string("attr.type=\"") + type + "\"");
  }
  CHECK(typed == keys);
  CHECK(xml.find("for=\"node\" attr.name=\"label\" attr.type=\"string\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"budget\" attr.type=\"long\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"score\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"verified\" attr.type=\"boolean\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"evidence_count\" attr.type=\"int\"><default>0</default>") != std::string::npos);

  CHECK(CountOf(xml, "<node id=\"n") == testing::CountNodes(*g));
  CHECK(CountOf(xml, "<edge id=\"e") == testing::CountRelationships(*g));
  CHECK(xml.find(">:Organization:Cartel<") != std::string::npos);
  CHECK(xml.find(">El Mencho;Mencho<") != std::string::npos);
  CHECK(xml.find(">Nemesio Oseguera Cervantes<") != std::string::npos);  // label and name
  CHECK(CountOf(xml, ">Nemesio Oseguera Cervantes<") == 2);
  CHECK(xml.find(">2026-02<") != std::string::npos);  // dates ISO at their precision
  CHECK(xml.find("a &lt;raid&gt; &amp; &quot;shootout&quot;, &apos;Tapalpa&apos;&#10;second line<") !=
        std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  // LEADS: label and type, its evidence count and first source.
  CHECK(xml.find(">LEADS</data><data key=\"r1\">LEADS</data><data key=\"r2\">1</data>") != std::string::npos);
  CHECK(xml.find(">a1b2<") != std::string::npos);
  CHECK(xml.find(">He led &quot;CJNG&quot;.<") != std::string::npos);
  CHECK(xml.find("id=\"\"") == std::string::npos);
  CHECK(xml.find("source=\"\"") == std::string::npos);
  CHECK(xml.find("target=\"\"") == std::string::npos);
}

TEST_CASE("gexf: valid against GEXF 1.3; dynamic with widened partial dates; kind is the type") {
  auto g = testing::SampleGraph();
  testing::TempDir dir;
  const std::string path = dir.path() + "/g.gexf";
  const std::string xml = Export(*g, path, ExportGexf);
  CHECK(ValidAgainst("gexf-1.3/gexf.xsd", path));
  CHECK(xml.find("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">") != std::string::npos);
  CHECK(xml.find("mode=\"dynamic\"") != std::string::npos);
  CHECK(xml.find("timeformat=\"date\"") != std::string::npos);
  CHECK(CountOf(xml, "<node id=") == testing::CountNodes(*g));
  CHECK(CountOf(xml, "<edge id=") == testing::CountRelationships(*g));
  // LEADS since 2010 until 2026-02-22: the year widens to its first day; the
  // original stays in the attribute.
  CHECK(xml.find("kind=\"LEADS\" label=\"LEADS\" start=\"2010-01-01\" end=\"2026-02-22\"") != std::string::npos);
  CHECK(xml.find("value=\"2010\"") != std::string::npos);
  // The raid's month-precision date covers the month.
  CHECK(xml.find("label=\"Tapalpa raid\" start=\"2026-02-01\" end=\"2026-02-28\"") != std::string::npos);
  CHECK(xml.find("kind=\"DESIGNATED\" label=\"DESIGNATED\" start=\"2025-02-20\" end=\"2025-02-20\"") !=
        std::string::npos);
  CHECK(xml.find("label=\"Cártel de Jalisco Nueva Generación\" start=\"2009-01-01\"") != std::string::npos);
  CHECK(xml.find("kind=\"CITES\" label=\"CITES\">") != std::string::npos);  // no dates, no interval
  CHECK(xml.find("type=\"integer\"><default>0</default>") != std::string::npos);
}

TEST_CASE("gexf: IntervalOf") {
  auto interval = IntervalOf({{"since", Date{2010, 5, 0}}, {"until", Date{2012, 0, 0}}});
  CHECK(interval.start == Date{2010, 5, 1});
  CHECK(interval.end == Date{2012, 12, 31});
  interval = IntervalOf({{"until", Date{2008, 2, 0}}});
  CHECK_FALSE(interval.start);
  CHECK(interval.end == Date{2008, 2, 29});
  interval = IntervalOf({{"since", Date{2012, 0, 0}}, {"until", Date{2010, 0, 0}}});  // end before start
  CHECK(interval.start == Date{2012, 1, 1});
  CHECK_FALSE(interval.end);
  interval = IntervalOf({{"since", "long ago"}});
  CHECK_FALSE(interval.start);
}

namespace {

// Every node as "labels|key=type:value...", relationships by their ends'
// names, sorted: equal across databases whatever their ids.
std::vector<std::string> Canonical(const graph::Graph& g) {
  auto reader = g.BeginRead();
  std::map<graph::NodeId, std::string> names;
  std::vector<std::string> out;
  auto props = [](const PropertyMap& properties) {
    std::string text;
    for (const auto& [key, value] : properties) {
      text += "|" + key + "=" + std::to_string(static_cast<int>(value.type())) + ":" + ValueToJson(value).dump();
    }
    return text;
  };
  REQUIRE(ForEachNodeRecord(*reader, [&](const graph::Node& node) {
            std::string labels;
            for (const auto& l : node.labels) labels += ":" + l;
            names[node.id] = node.Find("name")->as_string();
            out.push_back("node " + labels + props(node.properties));
          }).ok());
  REQUIRE(ForEachRelationshipRecord(*reader, [&](const graph::Relationship& rel) {
            out.push_back("rel " + names[rel.start] + " -" + rel.type + "-> " + names[rel.end] + props(rel.properties));
          }).ok());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("csv: export, import into a fresh database: same nodes, labels, properties, relationships") {
  auto g = testing::SampleGraph();
  testing::TempDir dir;
  CsvExportFiles files;
  REQUIRE(ExportNeo4jCsv(*g->BeginRead(), dir.path() + "/out", &files).ok());
  std::set<std::string> names;
  for (const auto& f : files.node_files) names.insert(std::filesystem::path(f).filename().string());
  for (const auto& f : files.relationship_files) names.insert(std::filesystem::path(f).filename().string());
  CHECK(names == std::set<std::string>{"nodes.csv", "nodes_Event.csv", "nodes_Organization.csv", "nodes_Person.csv",
                                       "nodes_Program.csv", "nodes_Source.csv", "rels_CITES.csv", "rels_DESIGNATED.csv",
                                       "rels_LEADS.csv", "rels_PARTICIPATED_IN.csv"});
  const std::string program = ReadFile(dir.path() + "/out/nodes_Program.csv");
  CHECK(program.starts_with(":ID,budget:long,name:string,note:string,score:double,verified:boolean,:LABEL\n"));
  CHECK(program.find(",1600000000,Mérida Initiative,\"\",0.25,true,Program\n") != std::string::npos);
  CHECK(ReadFile(dir.path() + "/out/rels_LEADS.csv")
            .starts_with(":START_ID,:END_ID,:TYPE,end_cause:string,since:date,until:date\n"));

  auto copy = testing::OpenGraph("csv-roundtrip");
  ImportStats stats;
  REQUIRE(ImportNeo4jCsv(copy.get(), {.node_files = files.node_files, .relationship_files = files.relationship_files},
                         &stats)
              .ok());
  CHECK(stats.nodes == testing::CountNodes(*g));
  CHECK(stats.relationships == testing::CountRelationships(*g));
  CHECK(Canonical(*copy) == Canonical(*g));

  // And once more: the second export reads back to the same graph again.
  CsvExportFiles again;
  REQUIRE(ExportNeo4jCsv(*copy->BeginRead(), dir.path() + "/again", &again).ok());
  auto third = testing::OpenGraph("csv-roundtrip-2");
  REQUIRE(ImportNeo4jCsv(third.get(), {.node_files = again.node_files, .relationship_files = again.relationship_files},
                         &stats)
              .ok());
  CHECK(Canonical(*third) == Canonical(*g));
}

namespace {

// Nodes with every temporal type, alone and in lists, and a relationship
// carrying some (a schemaless graph: the ontology has no such properties).
std::unique_ptr<graph::Graph> TemporalGraph(const std::string& name) {
  using Kind = Temporal::Kind;
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open(name, {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  graph::NodeId a = 0, b = 0;
  REQUIRE(txn->CreateNode(
                 {"Clock"},
                 {{"name", "a"},
                  {"lt", *Temporal::Parse(Kind::kLocalTime, "12:31:14.645876123")},
                  {"t", *Temporal::Parse(Kind::kTime, "12:31:14-05:30")},
                  {"ldt", *Temporal::Parse(Kind::kLocalDateTime, "1984-10-11T12:31")},
                  {"dt", *Temporal::Parse(Kind::kDateTime, "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]")},
                  {"d", *Duration::Parse("P1Y2M3DT-4.5S")},
                  {"dts", ValueList{*Temporal::Parse(Kind::kDateTime, "1900-01-01T00:00Z"),
                                    *Temporal::Parse(Kind::kDateTime, "2100-12-31T23:59:59.999999999+14:00")}},
                  {"ds", ValueList{Duration{}, Duration{0, -7, 0, 0}}}},
                 &a)
              .ok());
  REQUIRE(txn->CreateNode({"Clock"}, {{"name", "b"}, {"t", *Temporal::Parse(Kind::kTime, "00:00Z")}}, &b).ok());
  REQUIRE(txn->CreateRelationship("AFTER", b, a, {{"by", *Duration::Parse("PT12H31M14S")}}, nullptr).ok());
  REQUIRE(txn->Commit().ok());
  return g;
}

std::map<std::string, PropertyMap> NodesByName(const graph::Graph& g) {
  std::map<std::string, PropertyMap> out;
  REQUIRE(ForEachNodeRecord(*g.BeginRead(), [&](const graph::Node& node) {
            out[node.Find("name")->as_string()] = node.properties;
          }).ok());
  return out;
}

}  // namespace

TEST_CASE("csv: temporal properties export typed and import back equal") {
  auto g = TemporalGraph("temporal-source");
  testing::TempDir dir;
  CsvExportFiles files;
  REQUIRE(ExportNeo4jCsv(*g->BeginRead(), dir.path() + "/out", &files).ok());
  const std::string clocks = ReadFile(dir.path() + "/out/nodes_Clock.csv");
  CHECK(clocks.starts_with(
      ":ID,d:duration,ds:duration[],dt:datetime,dts:datetime[],ldt:localdatetime,lt:localtime,name:string,t:time,"
      ":LABEL\n"));
  CHECK(clocks.find(",P1Y2M3DT-4.5S,PT0S;P-7D,2015-07-21T21:40:32.142+02:00[Europe/Stockholm],") != std::string::npos);
  CHECK(ReadFile(dir.path() + "/out/rels_AFTER.csv").starts_with(":START_ID,:END_ID,:TYPE,by:duration\n"));

  std::unique_ptr<graph::Graph> copy;
  REQUIRE(graph::Graph::Open("temporal-copy", {.in_memory = true, .enforce_ontology = false}, &copy).ok());
  ImportStats stats;
  REQUIRE(ImportNeo4jCsv(copy.get(), {.node_files = files.node_files, .relationship_files = files.relationship_files},
                         &stats)
              .ok());
  CHECK(NodesByName(*copy) == NodesByName(*g));
  CHECK(Canonical(*copy) == Canonical(*g));
}

TEST_CASE("json lines, graphml and gexf write temporal properties as ISO text") {
  auto g = TemporalGraph("temporal-formats");
  testing::TempDir dir;
  const std::string json = Export(*g, dir.path() + "/t.jsonl", ExportJsonLines);
  CHECK(json.find(R"("dt":"2015-07-21T21:40:32.142+02:00[Europe/Stockholm]")") != std::string::npos);
  CHECK(json.find(R"("ds":["PT0S","P-7D"])") != std::string::npos);
  CHECK(json.find(R"("by":"PT12H31M14S")") != std::string::npos);
  const std::string graphml = Export(*g, dir.path() + "/t.graphml", ExportGraphML);
  CHECK(ValidAgainst("graphml/graphml.xsd", dir.path() + "/t.graphml"));
  CHECK(graphml.find(">12:31:14.645876123<") != std::string::npos);
  const std::string gexf = Export(*g, dir.path() + "/t.gexf", ExportGexf);
  CHECK(ValidAgainst("gexf-1.3/gexf.xsd", dir.path() + "/t.gexf"));
  CHECK(gexf.find("value=\"1984-10-11T12:31\"") != std::string::npos);
}

TEST_CASE("graphml and gexf: an empty graph is a valid document") {
  auto g = testing::OpenGraph("empty");
  testing::TempDir dir;
  Export(*g, dir.path() + "/e.graphml", ExportGraphML);
  CHECK(ValidAgainst("graphml/graphml.xsd", dir.path() + "/e.graphml"));
  Export(*g, dir.path() + "/e.gexf", ExportGexf);
  CHECK(ValidAgainst("gexf-1.3/gexf.xsd", dir.path() + "/e.gexf"));
}

TEST_CASE("export as of a day: every node, only the relationships valid on it, in every format") {
  // The sample's LEADS holds from 2010 until 2026-02-22; DESIGNATED happened
  // on 2025-02-20 (holds from then on); the other relationships are undated.
  auto g = testing::SampleGraph();
  testing::TempDir dir;
  const size_t nodes = testing::CountNodes(*g), rels = testing::CountRelationships(*g);
  struct Day {
    const char* day;
    bool leads, designated;
  };
  for (const Day& d : {Day{"2026-02-21", true, true}, Day{"2026-02-23", false, true}, Day{"2024", true, false}}) {
    INFO(d.day);
    const std::optional<Date> day = Date::Parse(d.day);
    const size_t expected = rels - !d.leads - !d.designated;
    const std::string gexf = Export(*g, dir.path() + "/g.gexf", ExportGexf, day);
    CHECK(ValidAgainst("gexf-1.3/gexf.xsd", dir.path() + "/g.gexf"));
    CHECK(CountOf(gexf, "<node id=") == nodes);
    CHECK(CountOf(gexf, "<edge id=") == expected);
    CHECK(CountOf(gexf, "kind=\"LEADS\"") == size_t{d.leads});
    CHECK(CountOf(gexf, "kind=\"DESIGNATED\"") == size_t{d.designated});
    const std::string graphml = Export(*g, dir.path() + "/g.graphml", ExportGraphML, day);
    CHECK(ValidAgainst("graphml/graphml.xsd", dir.path() + "/g.graphml"));
    CHECK(CountOf(graphml, "<node id=") == nodes);
    CHECK(CountOf(graphml, "<edge id=") == expected);
    const std::string json = Export(*g, dir.path() + "/g.jsonl", ExportJsonLines, day);
    CHECK(CountOf(json, "{\"type\":\"node\"") == nodes);
    CHECK(CountOf(json, "{\"type\":\"relationship\"") == expected);
    CHECK(CountOf(json, "\"label\":\"LEADS\"") == size_t{d.leads});
    CsvExportFiles files;
    REQUIRE(ExportNeo4jCsv(*g->BeginRead(), dir.path() + "/csv-" + d.day, &files, day).ok());
    size_t lines = 0;
    for (const std::string& f : files.relationship_files) lines += CountOf(ReadFile(f), "\n") - 1;  // less the header
    CHECK(lines == expected);
  }
}
