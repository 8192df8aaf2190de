#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "format/result_format.h"
#include "format/text_width.h"
#include "format/value_json.h"
#include "format/value_text.h"

using cg::query::QueryResult;
using cg::query::Value;
using namespace cg::format;

namespace {

std::string Render(const QueryResult& r, Format format, size_t max_width = 0, size_t max_rows = 0) {
  std::ostringstream out;
  WriteResult(r, {.format = format, .max_rows = max_rows, .max_column_width = max_width}, out);
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

QueryResult PeopleResult() {
  QueryResult r;
  r.columns = {"name", "born"};
  r.rows = {{Value("Joaquín Guzmán"), Value(1957)},
            {Value("Jose\xCC\x81 Gonza\xCC\x81lez"), Value()},  // decomposed accents
            {Value("毒枭"), Value(1946)}};
  return r;
}

// A graph fragment: (:Person {name: 'Chapo'})-[:LEADS {since: 1989}]->(:Cartel {name: 'Sinaloa'}).
QueryResult EntityResult() {
  QueryResult r;
  cg::graph::Node chapo, sinaloa;
  chapo.id = 1;
  chapo.labels = {"Person"};
  chapo.properties = {{"name", cg::Value("Chapo")}};
  sinaloa.id = 2;
  sinaloa.labels = {"Cartel"};
  sinaloa.properties = {{"name", cg::Value("Sinaloa")}};
  cg::graph::Relationship leads;
  leads.id = 7;
  leads.type = "LEADS";
  leads.start = 1;
  leads.end = 2;
  leads.properties = {{"since", cg::Value(1989)}};
  r.nodes = {{1, chapo}, {2, sinaloa}};
  r.relationships = {{7, leads}};
  r.columns = {"n", "r", "p"};
  r.rows = {{Value(cg::query::NodeRef{1}), Value(cg::query::RelRef{7}),
             Value(cg::query::Path{.nodes = {2, 1}, .rels = {7}})}};
  return r;
}

}  // namespace

TEST_CASE("table: columns align by display width with accents and wide characters / numbers right") {
  std::vector<std::string> lines = Lines(Render(PeopleResult(), Format::kTable));
  REQUIRE(lines.size() == 7);
  CHECK(lines[0] == "+----------------+------+");
  CHECK(lines[1] == "| name           | born |");
  CHECK(lines[3] == "| Joaquín Guzmán | 1957 |");
  CHECK(lines[4] == "| Jose\xCC\x81 Gonza\xCC\x81lez  | null |");
  CHECK(lines[5] == "| 毒枭           | 1946 |");
  for (const std::string& line : lines) CHECK(DisplayWidth(line) == lines[0].size());
}

TEST_CASE("box: the same grid in box-drawing characters") {
  std::vector<std::string> lines = Lines(Render(PeopleResult(), Format::kBox));
  REQUIRE(lines.size() == 7);
  CHECK(lines[0] == "┌────────────────┬──────┐");
  CHECK(lines[2] == "├────────────────┼──────┤");
  CHECK(lines[5] == "│ 毒枭           │ 1946 │");
  CHECK(lines[6] == "└────────────────┴──────┘");
  for (const std::string& line : lines) CHECK(DisplayWidth(line) == DisplayWidth(lines[0]));
}

TEST_CASE("grid cells: long values truncated with an ellipsis / control characters escaped") {
  QueryResult r;
  r.columns = {"text"};
  r.rows = {{Value("line one\nline two, which is long")}};
  std::vector<std::string> lines = Lines(Render(r, Format::kTable, 12));
  REQUIRE(lines.size() == 5);
  CHECK(lines[3] == "| line one\\nl… |");
}

TEST_CASE("max_rows limits the rows written and the summary says so") {
  std::vector<std::string> lines = Lines(Render(PeopleResult(), Format::kTable, 0, 2));
  CHECK(lines.size() == 6);
  CHECK(Summary(PeopleResult(), 2, std::nullopt) == "3 rows (2 shown)");
  CHECK(Summary(PeopleResult(), 0, std::chrono::milliseconds(1500)) == "3 rows, 1.50 s");
  QueryResult created;
  created.stats.nodes_created = 1;
  created.stats.properties_set = 2;
  CHECK(Summary(created, 0, std::chrono::microseconds(4200)) == "0 rows, 1 node created, 2 properties set, 4.2 ms");
}

TEST_CASE("markdown: pipes escaped / numeric columns right-aligned") {
  QueryResult r;
  r.columns = {"a|b", "n"};
  r.rows = {{Value("x|y"), Value(1.5)}};
  CHECK(Render(r, Format::kMarkdown) ==
        "| a\\|b | n   |\n"
        "| ---- | --: |\n"
        "| x\\|y | 1.5 |\n");
}

TEST_CASE("csv: RFC 4180 quoting / null as an empty field / other values as Cypher text") {
  QueryResult r;
  r.columns = {"name", "note", "n", "tags"};
  r.rows = {{Value("Guzmán, Joaquín"), Value("said \"hi\"\nthen left"), Value(), Value(cg::query::List{1, "a"})},
            {Value("plain"), Value(""), Value(2.0), Value(true)}};
  CHECK(Render(r, Format::kCsv) ==
        "name,note,n,tags\n"
        "\"Guzmán, Joaquín\",\"said \"\"hi\"\"\nthen left\",,\"[1, 'a']\"\n"
        "plain,,2.0,true\n");
}

TEST_CASE("json and jsonl: row objects in column order / entities in the TCK encoding") {
  QueryResult r = EntityResult();
  std::string jsonl = Render(r, Format::kJsonl);
  nlohmann::json row = nlohmann::json::parse(jsonl);
  CHECK(jsonl.find("{\"n\":") == 0);  // column order kept
  CHECK(row["n"] == nlohmann::json::parse(R"({"$node": {"id": 1, "labels": ["Person"], "properties": {"name": "Chapo"}}})"));
  CHECK(row["r"] == nlohmann::json::parse(
                        R"({"$rel": {"id": 7, "type": "LEADS", "start": 1, "end": 2, "properties": {"since": 1989}}})"));
  REQUIRE(row["p"]["$path"].size() == 3);
  CHECK(row["p"]["$path"][0]["$node"]["id"] == 2);
  CHECK(row["p"]["$path"][1]["$rel"]["id"] == 7);
  nlohmann::json all = nlohmann::json::parse(Render(PeopleResult(), Format::kJson));
  REQUIRE(all.size() == 3);
  CHECK(all[0]["name"] == "Joaquín Guzmán");
  CHECK(all[1]["born"].is_null());
  QueryResult empty;
  empty.columns = {"x"};
  CHECK(Render(empty, Format::kJson) == "[]\n");
  CHECK(Render(empty, Format::kJsonl).empty());
}

TEST_CASE("json: floats keep their type / NaN and infinities are tagged / params decode back") {
  QueryResult none;
  CHECK(ValueToJson(Value(1.0), none).dump() == "1.0");
  CHECK(ValueToJson(Value(std::nan("")), none) == nlohmann::json::parse(R"({"$float": "NaN"})"));
  Value back = ValueFromJson(nlohmann::json::parse(R"({"a": [1, 2.5, {"$int": "9223372036854775807"}], "b": null})"));
  CHECK(back.as_map().at("a").as_list()[2].as_int() == INT64_MAX);
  CHECK(back.as_map().at("a").as_list()[1].as_float() == 2.5);
  CHECK(back.as_map().at("b").is_null());
}

TEST_CASE("value text: Cypher literals / entities and paths with their direction") {
  QueryResult r = EntityResult();
  CHECK(CellText(r.rows[0][0], r) == "(:Person {name: 'Chapo'})");
  CHECK(CellText(r.rows[0][1], r) == "[:LEADS {since: 1989}]");
  CHECK(CellText(r.rows[0][2], r) == "(:Cartel {name: 'Sinaloa'})<-[:LEADS {since: 1989}]-(:Person {name: 'Chapo'})");
  CHECK(CypherText(Value(cg::query::Map{{"odd key", Value("it's")}}), r) == "{`odd key`: 'it\\'s'}");
  CHECK(CypherText(Value(2.0), r) == "2.0");
  CHECK(CypherText(Value(-INFINITY), r) == "-Infinity");
  CHECK(CellText(Value("tab\there"), r) == "tab\\there");
}

TEST_CASE("EXPLAIN's plan shows as text in grids and as a row in machine formats") {
  QueryResult r;
  r.plan = "Produce\n  NodeScan (n)\n";
  r.columns = {"plan"};
  r.rows = {{Value(r.plan)}};
  CHECK(Render(r, Format::kBox) == r.plan);
  CHECK(Summary(r, 0, std::nullopt).empty());
  CHECK(nlohmann::json::parse(Render(r, Format::kJsonl))["plan"] == r.plan);
}

TEST_CASE("dates: Cypher's text for whole dates, their own precision for partial ones, alike in text and JSON") {
  QueryResult none;
  const cg::Date big{10000, 1, 1};
  const cg::Date year_only{2010, 0, 0};
  const cg::Date month_only{2026, 2, 0};
  CHECK(DateText(cg::Date{2026, 2, 22}) == "2026-02-22");
  CHECK(DateText(big) == "+10000-01-01");
  CHECK(DateText(year_only) == "2010");
  CHECK(DateText(month_only) == "2026-02");
  CHECK(CellText(Value(big), none) == "+10000-01-01");
  CHECK(ValueToJson(Value(month_only), none) == nlohmann::json("2026-02"));
}
