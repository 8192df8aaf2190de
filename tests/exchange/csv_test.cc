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

namespace {

// The records and their lines, read through SplitCsv's chunks of about
// `target` bytes, each by its own reader, as the import reads files.
std::vector<std::pair<uint64_t, std::vector<std::string>>> ReadChunked(std::string data, size_t target,
                                                                         uint64_t* counted) {
  std::vector<std::pair<uint64_t, std::vector<std::string>>> rows;
  std::vector<CsvField> fields;
  *counted = 0;
  size_t next = 0;
  for (const CsvChunk& chunk : SplitCsv(data, 0, 1, target)) {
    CHECK(chunk.begin == next);
    next = chunk.end;
    *counted += chunk.records;
    CsvReader reader;
    reader.Reset("t.csv", data.data(), chunk.begin, chunk.end, chunk.line);
    while (reader.Next(&fields)) {
      std::vector<std::string> row;
      for (const auto& f : fields) row.emplace_back(f.text);
      if (row != std::vector<std::string>{""}) rows.emplace_back(reader.line(), row);
    }
    CHECK(reader.status().ok());
  }
  CHECK(next == data.size());
  return rows;
}

}  // namespace

TEST_CASE("csv: chunks split at record boundaries read as the whole file does, at any chunk size") {
  // Quoted line breaks (LF and CRLF), doubled quotes next to line breaks,
  // blank lines, a lone CR, a trailing comma, a huge field, no final newline.
  const std::string huge(70000, 'h');
  const std::string data = "1,\"a\nb\",x\r\n2,\"\"\"\n\"\"\",y\n\n3,\"c\r\nd\"\r\n\r\n4,plain\r5,\"" + huge +
                           "\n" + huge + "\",z\n6,last,\n7,\"\",end";
  uint64_t counted = 0;
  const auto whole = ReadChunked(data, data.size() + 1, &counted);
  REQUIRE(whole.size() == 7);
  CHECK(counted == 7);
  CHECK(whole[0] == std::pair<uint64_t, std::vector<std::string>>{1, {"1", "a\nb", "x"}});
  CHECK(whole[1] == std::pair<uint64_t, std::vector<std::string>>{3, {"2", "\"\n\"", "y"}});
  CHECK(whole[2] == std::pair<uint64_t, std::vector<std::string>>{6, {"3", "c\r\nd"}});
  CHECK(whole[3].first == 9);
  CHECK(whole[4].first == 10);  // a lone CR ends a line, as CsvReader counts it
  CHECK(whole[4].second[1].size() == 2 * huge.size() + 1);
  CHECK(whole[5] == std::pair<uint64_t, std::vector<std::string>>{12, {"6", "last", ""}});
  CHECK(whole[6] == std::pair<uint64_t, std::vector<std::string>>{13, {"7", "", "end"}});
  for (size_t target : {1, 2, 3, 5, 8, 13, 64, 100000}) {
    INFO("target " << target);
    CHECK(ReadChunked(data, target, &counted) == whole);
    CHECK(counted == whole.size());
  }
}

TEST_CASE("csv: a quote left open runs to the end, where its chunk's reader reports it") {
  std::string data = "1,ok\n2,\"open\n3,x\n4,y\n";
  const auto chunks = SplitCsv(data, 0, 1, 1);
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[1].begin == 5);
  CHECK(chunks[1].end == data.size());
  CsvReader reader;
  reader.Reset("t.csv", data.data(), chunks[1].begin, chunks[1].end, chunks[1].line);
  std::vector<CsvField> fields;
  CHECK_FALSE(reader.Next(&fields));
  CHECK(reader.status().message().find("t.csv:2: a quoted field is not closed") != std::string::npos);
}
