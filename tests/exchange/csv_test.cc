#include "exchange/csv.h"

#include <doctest/doctest.h>

#include "tests/exchange/exchange_test_util.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::exchange;

namespace {

std::vector<std::vector<std::string>> ReadAll(const std::string& text, std::vector<uint64_t>* lines = nullptr,
                                              Status* status = nullptr) {
  testing::TempDir dir;
  const std::string path = dir.path() + "/t.csv";
  testing::WriteFile(path, text);
  CsvReader reader;
  REQUIRE(reader.Open(path).ok());
  std::vector<std::vector<std::string>> rows;
  std::vector<CsvField> fields;
  while (reader.Next(&fields)) {
    rows.emplace_back();
    for (const auto& f : fields) rows.back().emplace_back(f.text);
    if (lines) lines->push_back(reader.line());
  }
  if (status) *status = reader.status();
  return rows;
}

}  // namespace

TEST_CASE("csv: RFC 4180 quoting, embedded commas, quotes and newlines, CRLF, BOM") {
  std::vector<uint64_t> lines;
  auto rows = ReadAll("\xEF\xBB\xBFid,name\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\n", &lines);
  REQUIRE(rows.size() == 5);
  CHECK(rows[0] == std::vector<std::string>{"id", "name"});
  CHECK(rows[1] == std::vector<std::string>{"1", "a, b"});
  CHECK(rows[2] == std::vector<std::string>{"2", "say \"hi\""});
  CHECK(rows[3] == std::vector<std::string>{"3", "two\nlines"});
  CHECK(rows[4] == std::vector<std::string>{"4", ""});
  // A record's line is where it starts; embedded newlines count.
  CHECK(lines == std::vector<uint64_t>{1, 2, 3, 4, 6});
}

TEST_CASE("csv: quoted empty differs from empty; no trailing newline") {
  testing::TempDir dir;
  testing::WriteFile(dir.path() + "/t.csv", "\"\",,x");
  CsvReader reader;
  REQUIRE(reader.Open(dir.path() + "/t.csv").ok());
  std::vector<CsvField> fields;
  REQUIRE(reader.Next(&fields));
  REQUIRE(fields.size() == 3);
  CHECK(fields[0].quoted);
  CHECK(fields[0].text.empty());
  CHECK_FALSE(fields[1].quoted);
  CHECK(fields[2].text == "x");
  CHECK_FALSE(reader.Next(&fields));
  CHECK(reader.status().ok());
}

TEST_CASE("csv: an unclosed quote and text after a closing quote are errors naming file:line") {
  Status status;
  ReadAll("a,b\n1,\"open\n", nullptr, &status);
  CHECK(status.code() == Status::Code::kInvalidArgument);
  CHECK(status.message().find("t.csv:2") != std::string::npos);
  ReadAll("a,b\n1,\"x\"y\n", nullptr, &status);
  CHECK(status.message().find("t.csv:2") != std::string::npos);
  CsvReader reader;
  CHECK(reader.Open("/nonexistent/x.csv").code() == Status::Code::kIOError);
}

TEST_CASE("csv: AppendCsvField quotes only when needed and reads back") {
  std::string line;
  for (const char* text : {"plain", "a,b", "say \"hi\"", "two\nlines", " padded ", ""}) {
    if (!line.empty()) line += ',';
    AppendCsvField(text, true, &line);
  }
  CHECK(line.starts_with("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",\"\""));
  auto rows = ReadAll(line + "\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == std::vector<std::string>{"plain", "a,b", "say \"hi\"", "two\nlines", " padded ", ""});
  std::string empty;
  AppendCsvField("", false, &empty);
  CHECK(empty.empty());
}
