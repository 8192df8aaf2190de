#include <doctest/doctest.h>

#include "cli/input/statement_splitter.h"

using cg::cli::Statement;
using cg::cli::StatementSplitter;

namespace {

std::vector<std::string> Split(std::string_view text) {
  StatementSplitter s;
  std::vector<std::string> out;
  for (const Statement& st : s.Feed(text)) out.push_back(st.text);
  if (auto last = s.Finish()) out.push_back(last->text);
  return out;
}

}  // namespace

TEST_CASE("splitting: semicolons end statements / the last needs none / blanks are dropped") {
  CHECK(Split("RETURN 1; RETURN 2") == std::vector<std::string>{"RETURN 1", "RETURN 2"});
  CHECK(Split("  RETURN 1 ;\n\n;  ;RETURN 2;\n") == std::vector<std::string>{"RETURN 1", "RETURN 2"});
  CHECK(Split("").empty());
  CHECK(Split(" ; // only a comment\n /* and another */ ;").empty());
}

TEST_CASE("splitting: semicolons inside strings / escaped names and comments do not split") {
  CHECK(Split("RETURN 'a;b', \"c;d\"; RETURN 2") == std::vector<std::string>{"RETURN 'a;b', \"c;d\"", "RETURN 2"});
  CHECK(Split("RETURN 'it\\'s; fine' AS x; RETURN 2") ==
        std::vector<std::string>{"RETURN 'it\\'s; fine' AS x", "RETURN 2"});
  CHECK(Split("RETURN '\\\\'; RETURN 2") == std::vector<std::string>{"RETURN '\\\\'", "RETURN 2"});
  CHECK(Split("MATCH (`a;b`) RETURN 1; RETURN 2") == std::vector<std::string>{"MATCH (`a;b`) RETURN 1", "RETURN 2"});
  CHECK(Split("RETURN 1 // no; split\n + 1; RETURN 2") ==
        std::vector<std::string>{"RETURN 1 // no; split\n + 1", "RETURN 2"});
  CHECK(Split("RETURN /* a; b */ 1; RETURN 2") == std::vector<std::string>{"RETURN /* a; b */ 1", "RETURN 2"});
  // "/*/" does not close the comment it opens.
  CHECK(Split("RETURN /*/ ; */ 1; RETURN 2") == std::vector<std::string>{"RETURN /*/ ; */ 1", "RETURN 2"});
  CHECK(Split("RETURN 4 / 2; RETURN 6/3") == std::vector<std::string>{"RETURN 4 / 2", "RETURN 6/3"});
}

TEST_CASE("splitting: text fed in pieces keeps its state / lines of statements are reported") {
  StatementSplitter s;
  CHECK(s.Feed("MATCH (n)\n").empty());
  CHECK(s.HasPending());
  CHECK(s.Feed("RETURN 'a\n").empty());
  auto done = s.Feed(";b';\n\nRETURN\n  2;");
  REQUIRE(done.size() == 2);
  CHECK(done[0].text == "MATCH (n)\nRETURN 'a\n;b'");
  CHECK(done[0].line == 1);
  CHECK(done[1].text == "RETURN\n  2");
  CHECK(done[1].line == 5);
  CHECK_FALSE(s.HasPending());
  // An unfinished comment or string is pending even without other content.
  CHECK(s.Feed("/* open").empty());
  CHECK(s.HasPending());
  CHECK_FALSE(s.Finish().has_value());
  CHECK(s.Feed("// just a comment\n").empty());
  CHECK_FALSE(s.HasPending());
}
