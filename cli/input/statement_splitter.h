// StatementSplitter: cuts Cypher text into statements at each ';' that is
// not inside a string literal ('...' or "..." with backslash escapes), an
// escaped name (`...` with `` for a backquote) or a comment (// to end of
// line, /* ... */). Text may arrive in pieces (lines typed at a prompt,
// chunks of stdin); the splitter keeps its state between them.
//
//   StatementSplitter s;
//   for (auto& st : s.Feed("MATCH (n) RETURN n; RETURN 'a;b'")) Run(st.text);
//   if (auto last = s.Finish()) Run(last->text);   // "RETURN 'a;b'"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cg::cli {

struct Statement {
  std::string text;  // without the ';', leading and trailing whitespace trimmed
  int line = 1;      // 1-based line of the fed text where `text` starts
};

class StatementSplitter {
 public:
  // Appends `text` and returns the statements it completed. Statements
  // holding only whitespace and comments are dropped.
  std::vector<Statement> Feed(std::string_view text);

  // Whether text after the last ';' holds more than whitespace and comments
  // (or an unfinished string, name or comment).
  bool HasPending() const;

  // The unterminated last statement, if it has any content, and a reset.
  std::optional<Statement> Finish();

 private:
  enum class State { kCode, kSingleQuote, kDoubleQuote, kBackquote, kLineComment, kBlockComment };

  std::optional<Statement> Take();

  State state_ = State::kCode;
  char last_ = '\0';           // the previous character, '\0' right after a delimiter
  bool escaped_ = false;       // the previous character was a backslash inside a string
  bool slash_pending_ = false; // a '/' in code that may still open a comment
  bool has_content_ = false;   // the pending statement has something besides whitespace/comments
  std::string pending_;        // text after the last ';'
  int line_ = 1;               // the current line of the fed text
  int pending_line_ = 1;       // the line where pending_ starts
};

}  // namespace cg::cli
