#include "exchange/neo4j_header.h"

#include <doctest/doctest.h>

using namespace cg;
using namespace cg::exchange;

namespace {

std::vector<CsvField> Fields(std::initializer_list<std::string_view> texts) {
  std::vector<CsvField> fields;
  for (auto t : texts) fields.push_back({t, false});
  return fields;
}

}  // namespace

TEST_CASE("neo4j header: roles, types, arrays and id spaces") {
  Header h;
  REQUIRE(ParseHeader(Fields({"id:ID(Person)", "name", "aliases:string[]", "budget:long", "score:Double", "ok:boolean",
                              "born:date", "skip:IGNORE", ":LABEL"}),
                      FileKind::kNodes, "p.csv", &h)
              .ok());
  REQUIRE(h.columns.size() == 9);
  CHECK(h.id == 0);
  CHECK(h.columns[0].role == ColumnRole::kId);
  CHECK(h.columns[0].name == "id");
  CHECK(h.columns[0].id_space == "Person");
  CHECK(h.columns[1].type == ColumnType{ScalarType::kString, false});
  CHECK(h.columns[2].type == ColumnType{ScalarType::kString, true});
  CHECK(h.columns[3].type == ColumnType{ScalarType::kInt, false});
  CHECK(h.columns[4].type == ColumnType{ScalarType::kFloat, false});
  CHECK(h.columns[5].type == ColumnType{ScalarType::kBool, false});
  CHECK(h.columns[6].type == ColumnType{ScalarType::kDate, false});
  CHECK(h.columns[7].role == ColumnRole::kIgnore);
  CHECK(h.columns[8].role == ColumnRole::kLabel);

  REQUIRE(ParseHeader(Fields({":START_ID(Person)", ":END_ID", ":TYPE", "since:date"}), FileKind::kRelationships,
                      "r.csv", &h)
              .ok());
  CHECK(h.start == 0);
  CHECK(h.end == 1);
  CHECK(h.type == 2);
  CHECK(h.columns[0].id_space == "Person");
  // A key with a colon keeps it when the type is explicit (the exporter's form).
  REQUIRE(ParseHeader(Fields({":ID", "a:b:string"}), FileKind::kNodes, "n.csv", &h).ok());
  CHECK(h.columns[0].name.empty());
  CHECK(h.columns[1].name == "a:b");
  REQUIRE(ParseHeader(Fields({"id:ID(x:y)", "f(x):int"}), FileKind::kNodes, "n.csv", &h).ok());
  CHECK(h.columns[0].id_space == "x:y");
  CHECK(h.columns[1].name == "f(x)");
  CHECK(h.columns[1].type == ColumnType{ScalarType::kInt, false});
}

TEST_CASE("neo4j header: errors name file:1 and the column") {
  Header h;
  Status s = ParseHeader(Fields({"id:ID", "when:point"}), FileKind::kNodes, "p.csv", &h);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("p.csv:1") != std::string::npos);
  CHECK(s.message().find("when:point") != std::string::npos);
  CHECK_FALSE(ParseHeader(Fields({"name", ":LABEL"}), FileKind::kNodes, "p.csv", &h).ok());  // no :ID
  CHECK_FALSE(ParseHeader(Fields({":START_ID", ":TYPE"}), FileKind::kRelationships, "r.csv", &h).ok());
  CHECK_FALSE(ParseHeader(Fields({"a:ID", "b:ID"}), FileKind::kNodes, "p.csv", &h).ok());
  CHECK_FALSE(
      ParseHeader(Fields({":ID", ":START_ID", ":END_ID", ":TYPE"}), FileKind::kRelationships, "r.csv", &h).ok());
}

TEST_CASE("neo4j header: typed fields, arrays, empty and quoted-empty fields") {
  Header h;
  REQUIRE(ParseHeader(Fields({":ID", "n:int", "x:float", "b:boolean", "d:date", "s", "l:long[]", "ds:date[]"}),
                      FileKind::kNodes, "p.csv", &h)
              .ok());
  Value v;
  REQUIRE(ParseField(h.columns[1], {"-42", false}, &v).ok());
  CHECK(v == Value(int64_t{-42}));
  REQUIRE(ParseField(h.columns[2], {"2.5", false}, &v).ok());
  CHECK(v == Value(2.5));
  REQUIRE(ParseField(h.columns[3], {"TRUE", false}, &v).ok());
  CHECK(v == Value(true));
  REQUIRE(ParseField(h.columns[4], {"2010-05", false}, &v).ok());
  CHECK(v == Value(Date{2010, 5, 0}));
  REQUIRE(ParseField(h.columns[6], {"1;2;3", false}, &v).ok());
  CHECK(v == Value(ValueList{int64_t{1}, int64_t{2}, int64_t{3}}));
  REQUIRE(ParseField(h.columns[7], {"2010;2011-02-03", false}, &v).ok());
  CHECK(v == Value(ValueList{Date{2010, 0, 0}, Date{2011, 2, 3}}));
  REQUIRE(ParseField(h.columns[5], {"", false}, &v).ok());
  CHECK(v.is_null());
  REQUIRE(ParseField(h.columns[5], {"", true}, &v).ok());
  CHECK(v == Value(std::string()));
  REQUIRE(ParseField(h.columns[1], {"", true}, &v).ok());
  CHECK(v.is_null());

  Status s = ParseField(h.columns[1], {"12x", false}, &v);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message() == "column 'n:int': expected an integer, got '12x'");
  CHECK_FALSE(ParseField(h.columns[4], {"2010-13", false}, &v).ok());
  CHECK_FALSE(ParseField(h.columns[3], {"yes", false}, &v).ok());
  CHECK_FALSE(ParseField(h.columns[6], {"1;two", false}, &v).ok());
}

TEST_CASE("neo4j header: HeaderFieldFor spells what ParseHeader reads back") {
  for (ColumnType type :
       {ColumnType{ScalarType::kInt, false}, ColumnType{ScalarType::kFloat, true}, ColumnType{ScalarType::kDate, false},
        ColumnType{ScalarType::kBool, false}, ColumnType{ScalarType::kString, true},
        ColumnType{ScalarType::kLocalTime, false}, ColumnType{ScalarType::kTime, true},
        ColumnType{ScalarType::kLocalDateTime, false}, ColumnType{ScalarType::kDateTime, true},
        ColumnType{ScalarType::kDuration, false}}) {
    Header h;
    const std::string field = HeaderFieldFor("k", type);
    REQUIRE(ParseHeader({{":ID", false}, {field, false}}, FileKind::kNodes, "x.csv", &h).ok());
    CHECK(h.columns[1].type == type);
    CHECK(h.columns[1].name == "k");
  }
  CHECK(HeaderFieldFor("since", {ScalarType::kDate, false}) == "since:date");
  CHECK(HeaderFieldFor("aliases", {ScalarType::kString, true}) == "aliases:string[]");
}

TEST_CASE("neo4j header: localtime, time, localdatetime, datetime and duration fields, and arrays of them") {
  Header h;
  REQUIRE(ParseHeader(Fields({":ID", "lt:localtime", "t:Time", "ldt:localdatetime", "dt:datetime", "d:duration",
                              "dts:datetime[]", "ds:duration[]"}),
                      FileKind::kNodes, "p.csv", &h)
              .ok());
  Value v;
  REQUIRE(ParseField(h.columns[1], {"12:31:14.5", false}, &v).ok());
  CHECK(v.ToString() == "12:31:14.500");
  CHECK(v.as_temporal().kind == Temporal::Kind::kLocalTime);
  REQUIRE(ParseField(h.columns[2], {"12:31+0100", false}, &v).ok());
  CHECK(v.ToString() == "12:31+01:00");
  REQUIRE(ParseField(h.columns[3], {"2015-07-21T21:40", false}, &v).ok());
  CHECK(v.ToString() == "2015-07-21T21:40");
  REQUIRE(ParseField(h.columns[4], {"2015-07-21T21:40:32.142", false}, &v).ok());
  CHECK(v.ToString() == "2015-07-21T21:40:32.142Z");  // no offset: UTC
  REQUIRE(ParseField(h.columns[5], {"P1W", false}, &v).ok());
  CHECK(v.ToString() == "P7D");
  REQUIRE(ParseField(h.columns[6], {"2015-07-21T21:40Z;2016-01-01T00:00-01:00[America/Scoresbysund]", false}, &v).ok());
  CHECK(v.ToString() == "[2015-07-21T21:40Z, 2016-01-01T00:00-01:00[America/Scoresbysund]]");
  REQUIRE(ParseField(h.columns[7], {"PT1S;P1M", false}, &v).ok());
  CHECK(v == Value(ValueList{Duration{0, 0, 1, 0}, Duration{1, 0, 0, 0}}));

  Status s = ParseField(h.columns[4], {"2015-07-21", false}, &v);
  CHECK(s.message() == "column 'dt:datetime': expected an ISO date-time (2015-07-21T21:40:32.142+02:00[Europe/Stockholm]), "
                       "got '2015-07-21'");
  CHECK_FALSE(ParseField(h.columns[1], {"12:31Z", false}, &v).ok());
  CHECK_FALSE(ParseField(h.columns[5], {"1 day", false}, &v).ok());
  CHECK_FALSE(ParseField(h.columns[7], {"PT1S;soon", false}, &v).ok());
}
