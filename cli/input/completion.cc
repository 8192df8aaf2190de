#include "cli/input/completion.h"

#include <algorithm>
#include <cctype>

namespace cg::cli {

namespace {

constexpr std::string_view kKeywords[] = {
    "ALL",    "AND",      "AS",     "ASC",    "ASCENDING", "BY",     "CALL",   "CASE",   "CONTAINS",
    "COUNT",  "CREATE",   "DELETE", "DESC",   "DESCENDING", "DETACH", "DISTINCT", "ELSE", "END",
    "ENDS",   "EXISTS",   "EXPLAIN", "FALSE", "IN",        "IS",     "LIMIT",  "MATCH",  "MERGE",
    "NOT",    "NULL",     "ON",     "OPTIONAL", "OR",      "ORDER",  "PROFILE", "REMOVE", "RETURN",
    "SET",    "SKIP",     "STARTS", "THEN",   "TRUE",      "UNION",  "UNWIND", "WHEN",   "WHERE"};

bool IsWordByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || u >= 0x80;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool StartsWith(std::string_view word, std::string_view prefix, bool fold_case) {
  if (word.size() < prefix.size()) return false;
  return fold_case ? Lower(word.substr(0, prefix.size())) == Lower(prefix) : word.starts_with(prefix);
}

// The bracket ('(', '[' or '{') enclosing the end of `text`, or '\0'.
// Brackets inside string literals are not skipped: statements typed at a
// prompt rarely put them there, and a wrong guess only changes candidates.
char OpenBracket(std::string_view text) {
  std::vector<char> open;
  for (char c : text) {
    if (c == '(' || c == '[' || c == '{') open.push_back(c);
    else if ((c == ')' || c == ']' || c == '}') && !open.empty()) open.pop_back();
  }
  return open.empty() ? '\0' : open.back();
}

// Names that start with `prefix`: case-sensitively, else case-insensitively.
std::vector<std::string> MatchNames(const std::vector<std::string>& names, std::string_view prefix) {
  std::vector<std::string> out;
  for (bool fold : {false, true}) {
    for (const std::string& n : names) {
      if (StartsWith(n, prefix, fold)) out.push_back(n);
    }
    if (!out.empty()) break;
  }
  return out;
}

std::vector<std::string> MatchKeywords(std::string_view prefix) {
  bool lower = std::any_of(prefix.begin(), prefix.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }) &&
               std::none_of(prefix.begin(), prefix.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  std::vector<std::string> out;
  for (std::string_view k : kKeywords) {
    if (StartsWith(k, prefix, true)) out.push_back(lower ? Lower(k) : std::string(k));
  }
  return out;
}

// Where a dotted name (cg.vac) ending at the end of `text` begins, when
// the keyword CALL precedes it; npos otherwise.
size_t ProcedureNameStart(std::string_view text) {
  size_t start = text.size();
  while (start > 0 && (IsWordByte(text[start - 1]) || text[start - 1] == '.')) --start;
  size_t end = start;
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  if (end == start || end < 4 || Lower(text.substr(end - 4, 4)) != "call") return std::string_view::npos;
  return end == 4 || !IsWordByte(text[end - 5]) ? start : std::string_view::npos;
}

}  // namespace

Completion Complete(std::string_view before, bool statement_start, const Vocabulary& v) {
  Completion c;
  size_t start = before.size();
  while (start > 0 && IsWordByte(before[start - 1])) --start;
  std::string_view word = before.substr(start);
  char sigil = start > 0 ? before[start - 1] : '\0';
  std::string_view leading = before.substr(0, start);
  c.start = start;
  if (size_t name = ProcedureNameStart(before); name != std::string_view::npos) {
    c.start = name;
    c.candidates = MatchNames(v.procedures, before.substr(name));
  } else if (statement_start && sigil == ':' && leading.substr(0, start - 1).find_first_not_of(" \t") == std::string_view::npos) {
    c.start = start - 1;
    c.candidates = MatchNames(v.commands, before.substr(start - 1));
  } else if (sigil == ':') {
    c.candidates = MatchNames(OpenBracket(leading) == '[' ? v.types : v.labels, word);
  } else if (sigil == '.') {
    c.candidates = MatchNames(v.property_keys, word);
  } else if (sigil == '$') {
    c.candidates = MatchNames(v.parameters, word);
  } else if (!word.empty()) {
    c.candidates = MatchKeywords(word);
  }
  std::sort(c.candidates.begin(), c.candidates.end());
  c.candidates.erase(std::unique(c.candidates.begin(), c.candidates.end()), c.candidates.end());
  return c;
}

std::string CommonPrefix(const std::vector<std::string>& words) {
  if (words.empty()) return "";
  std::string prefix = words.front();
  for (const std::string& w : words) {
    size_t n = 0;
    while (n < prefix.size() && n < w.size() && prefix[n] == w[n]) ++n;
    prefix.resize(n);
  }
  return prefix;
}

}  // namespace cg::cli
