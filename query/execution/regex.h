// Regexes: Cypher's `s =~ pattern`, with the semantics of the Java
// regular expressions Neo4j uses, matched by PCRE2 (UTF-8 mode):
//
//   - the pattern must match the whole string (`'abc' =~ 'b'` is false);
//   - inline flags anywhere in the pattern, alone `(?i)` or scoped
//     `(?i:...)`, negated `(?-i)`: i (case-insensitive), s (`.` matches
//     newlines), m (`^`/`$` at line ends), x (whitespace and `#` comments
//     ignored), u (Unicode case folding: always on here, so `(?i)é`
//     matches `É` with or without it), U (Unicode character classes:
//     `\w`, `\d` and `\b` match beyond ASCII), d (Unix lines: accepted,
//     no effect — only `\n` ends a line either way);
//   - `.` and character classes work on code points, not bytes.
//
// Patterns are compiled once per Regexes object (an ExecContext holds one
// per query run) and kept up to kMaxPatterns, then all dropped.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

namespace cg::query::execution {

class Regexes {
 public:
  Regexes();
  ~Regexes();
  Regexes(const Regexes&) = delete;
  Regexes& operator=(const Regexes&) = delete;

  // Whether `subject` matches `pattern` as a whole. Throws a runtime
  // QueryError (ArgumentError / InvalidArgumentValue) when the pattern is
  // not a valid regular expression, naming the pattern, the offset in it
  // and PCRE2's reason, after `line:column` (the query position of `=~`).
  bool Matches(const std::string& pattern, const std::string& subject, int line, int column);

  static constexpr size_t kMaxPatterns = 256;

 private:
  struct Compiled;
  std::unordered_map<std::string, std::unique_ptr<Compiled>> compiled_;
};

}  // namespace cg::query::execution
