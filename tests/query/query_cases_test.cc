// Query cases as data: every tests/query/cases/*.cases file, each a list of
// queries with the rows, plan or error they must give.
//
// Format (a line's first word is its keyword; indented lines continue the
// block above them; `#` starts a comment line):
//
//   graph                 every case of the file starts from a fresh graph
//     CREATE ...          built by these statements (one per line)
//   case <name>
//   query                 the query (any number of lines)
//     MATCH ...
//   rows [ordered]        its rows, values as Cypher literals (as the CLI
//     'a' | 1             prints them) joined by " | "; in any order unless
//                         `ordered`; no lines: no rows
//   plan                  EXPLAIN of the query contains each line
//     Apply
//   error <Code> [at <line>:<column>]
//
// A case may hold several query blocks, run in order on its graph (a write,
// then a read of what it wrote).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "format/value_text.h"
#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

struct Step {
  int line = 0;
  std::string query;
  enum class Expect { kRows, kPlan, kError } expect = Expect::kRows;
  bool ordered = false;
  std::vector<std::string> lines;  // rows or plan lines
  std::string error_code;
  int error_line = 0, error_column = 0;
};

struct Case {
  std::string name;
  int line = 0;
  std::vector<Step> steps;
};

struct CaseFile {
  std::vector<std::string> graph;
  std::vector<Case> cases;
};

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

CaseFile ReadCases(const std::filesystem::path& path) {
  CaseFile file;
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::string raw, block;
  std::vector<std::string>* lines = nullptr;  // where indented lines go
  bool in_query = false;
  int n = 0;
  while (std::getline(in, raw)) {
    ++n;
    std::string text = Trim(raw);
    if (text.empty() || text[0] == '#') continue;
    if (raw[0] == ' ' || raw[0] == '\t') {
      INFO(path.string() << ":" << n);
      if (in_query) {
        Step& s = file.cases.back().steps.back();
        s.query += (s.query.empty() ? "" : "\n") + text;
      } else {
        REQUIRE_MESSAGE(lines, "an indented line outside a block");
        lines->push_back(text);
      }
      continue;
    }
    std::istringstream words(text);
    std::string keyword;
    words >> keyword;
    in_query = false;
    INFO(path.string() << ":" << n << ": " << text);
    if (keyword == "graph") {
      lines = &file.graph;
    } else if (keyword == "case") {
      file.cases.push_back({Trim(text.substr(4)), n, {}});
      lines = nullptr;
    } else if (keyword == "query") {
      REQUIRE_MESSAGE(!file.cases.empty(), "a query outside a case");
      file.cases.back().steps.push_back({});
      file.cases.back().steps.back().line = n;
      in_query = true;
    } else {
      bool after_query = !file.cases.empty() && !file.cases.back().steps.empty();
      REQUIRE_MESSAGE(after_query, "an expectation before a query");
      Step& s = file.cases.back().steps.back();
      if (keyword == "rows") {
        std::string word;
        s.ordered = (words >> word) && word == "ordered";
        lines = &s.lines;
      } else if (keyword == "plan") {
        s.expect = Step::Expect::kPlan;
        lines = &s.lines;
      } else if (keyword == "error") {
        s.expect = Step::Expect::kError;
        std::string at, where;
        words >> s.error_code >> at >> where;
        if (at == "at") {
          char colon = 0;
          std::istringstream(where) >> s.error_line >> colon >> s.error_column;
        }
        lines = nullptr;
      } else {
        FAIL("unknown keyword " << keyword);
      }
    }
  }
  return file;
}

void RunStep(graph::Graph& g, const Step& s) {
  INFO("query at line " << s.line << ": " << s.query);
  if (s.expect == Step::Expect::kError) {
    QueryResult r = QueryEngine::Execute(g, s.query);
    REQUIRE_FALSE(r.ok());
    CHECK_MESSAGE(r.error->code == s.error_code, r.error->what());
    if (s.error_line) {
      CHECK(r.error->line == s.error_line);
      CHECK(r.error->column == s.error_column);
    }
    return;
  }
  if (s.expect == Step::Expect::kPlan) {
    std::string plan = testing::Run(g, "EXPLAIN " + s.query).plan;
    INFO(plan);
    for (const std::string& want : s.lines) CHECK_MESSAGE(plan.find(want) != std::string::npos, want);
    return;
  }
  QueryResult r = testing::Run(g, s.query);
  std::vector<std::string> got;
  for (const execution::Row& row : r.rows) {
    std::string line;
    for (const Value& v : row) line += (line.empty() ? "" : " | ") + format::CypherText(v, r);
    got.push_back(line);
  }
  std::vector<std::string> want = s.lines;
  if (!s.ordered) {
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
  }
  auto lines = [](const std::vector<std::string>& rows) {
    std::string out;
    for (const std::string& row : rows) out += "\n  " + row;
    return out;
  };
  CHECK(lines(got) == lines(want));
}

TEST_CASE("query cases: every tests/query/cases file") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CG_SOURCE_DIR) + "/tests/query/cases")) {
    if (entry.path().extension() == ".cases") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());
  for (const std::filesystem::path& path : files) {
    CaseFile file = ReadCases(path);
    CHECK_FALSE(file.cases.empty());
    for (const Case& c : file.cases) {
      INFO(path.filename().string() << ":" << c.line << " case " << c.name);
      auto g = testing::NewGraph();
      for (const std::string& statement : file.graph) testing::Run(*g, statement);
      for (const Step& s : c.steps) RunStep(*g, s);
    }
  }
}

}  // namespace
}  // namespace cg::query
