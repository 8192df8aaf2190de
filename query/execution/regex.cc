#include "query/execution/regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "query/error.h"

namespace cg::query::execution {

namespace {

// A Java pattern in PCRE2's dialect: the inline flags PCRE2 lacks or reads
// otherwise (u, U: Unicode; d: Unix lines) taken out of every flag group,
// U turning on Unicode classes for the whole pattern; Java's \uhhhh
// written as \x{hhhh}. `origin[i]` is the
// offset in the Java pattern that translated byte i comes from.
struct Translated {
  std::string pattern;
  std::vector<size_t> origin;
  bool unicode_classes = false;
};

bool IsFlag(char c) { return std::string_view("idmsuxU").find(c) != std::string_view::npos; }

Translated Translate(const std::string& java) {
  Translated t;
  auto copy = [&](size_t from, size_t to) {
    for (size_t k = from; k < to && k < java.size(); ++k) {
      t.pattern.push_back(java[k]);
      t.origin.push_back(k);
    }
  };
  int class_depth = 0;
  size_t i = 0;
  while (i < java.size()) {
    const char c = java[i];
    if (c == '\\') {
      if (i + 5 < java.size() && java[i + 1] == 'u' &&
          std::all_of(java.begin() + i + 2, java.begin() + i + 6, [](char h) { return std::isxdigit(static_cast<unsigned char>(h)); })) {
        // Java's \uhhhh: PCRE2's \x{hhhh}.
        t.pattern += "\\x{";
        t.origin.insert(t.origin.end(), 3, i);
        for (size_t k = i + 2; k < i + 6; ++k) {
          t.pattern.push_back(java[k]);
          t.origin.push_back(k);
        }
        t.pattern.push_back('}');
        t.origin.push_back(i + 5);
        i += 6;
        continue;
      }
      if (i + 1 < java.size() && java[i + 1] == 'Q') {  // \Q...\E: literal
        const size_t end = java.find("\\E", i + 2);
        const size_t stop = end == std::string::npos ? java.size() : end + 2;
        copy(i, stop);
        i = stop;
      } else {
        copy(i, i + 2);
        i += 2;
      }
      continue;
    }
    if (c == '[') ++class_depth;
    if (c == ']' && class_depth > 0) --class_depth;
    if (class_depth == 0 && c == '(' && i + 1 < java.size() && java[i + 1] == '?') {
      size_t j = i + 2;
      while (j < java.size() && (IsFlag(java[j]) || java[j] == '-')) ++j;
      if (j > i + 2 && j < java.size() && (java[j] == ')' || java[j] == ':')) {
        std::string kept;
        std::vector<size_t> kept_origin;
        bool negated = false;
        for (size_t k = i + 2; k < j; ++k) {
          if (java[k] == '-') negated = true;
          if (java[k] == 'U' && !negated) t.unicode_classes = true;
          if (java[k] == 'u' || java[k] == 'U' || java[k] == 'd') continue;
          kept.push_back(java[k]);
          kept_origin.push_back(k);
        }
        if (!kept.empty() && kept.back() == '-') {  // nothing left after the '-'
          kept.pop_back();
          kept_origin.pop_back();
        }
        if (!kept.empty() || java[j] == ':') {
          copy(i, i + 2);
          t.pattern += kept;
          t.origin.insert(t.origin.end(), kept_origin.begin(), kept_origin.end());
          copy(j, j + 1);
        }
        i = j + 1;
        continue;
      }
    }
    copy(i, i + 1);
    ++i;
  }
  return t;
}

std::string Pcre2Message(int code) {
  PCRE2_UCHAR buffer[256];
  if (pcre2_get_error_message(code, buffer, sizeof buffer) < 0) return "error " + std::to_string(code);
  return reinterpret_cast<const char*>(buffer);
}

[[noreturn]] void Invalid(const std::string& where, const std::string& pattern, const std::string& why) {
  throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                     where + "invalid regular expression '" + pattern + "': " + why);
}

}  // namespace

struct Regexes::Compiled {
  pcre2_code* code = nullptr;
  pcre2_match_data* match = nullptr;
  ~Compiled() {
    pcre2_match_data_free(match);
    pcre2_code_free(code);
  }
};

Regexes::Regexes() = default;
Regexes::~Regexes() = default;

bool Regexes::Matches(const std::string& pattern, const std::string& subject, int line, int column) {
  const auto where = [&] { return "line " + std::to_string(line) + ":" + std::to_string(column) + ": "; };
  auto it = compiled_.find(pattern);
  if (it == compiled_.end()) {
    const Translated t = Translate(pattern);
    pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
    uint32_t options = PCRE2_UTF | PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    if (t.unicode_classes) options |= PCRE2_UCP;
    int error = 0;
    PCRE2_SIZE offset = 0;
    auto compiled = std::make_unique<Compiled>();
    compiled->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t.pattern.data()), t.pattern.size(), options, &error,
                                   &offset, context);
    pcre2_compile_context_free(context);
    if (!compiled->code) {
      const size_t at = offset < t.origin.size() ? t.origin[offset] : pattern.size();
      Invalid(where(), pattern, Pcre2Message(error) + " at offset " + std::to_string(at));
    }
    pcre2_jit_compile(compiled->code, PCRE2_JIT_COMPLETE);  // interpreted when JIT is unavailable
    compiled->match = pcre2_match_data_create_from_pattern(compiled->code, nullptr);
    if (compiled_.size() >= kMaxPatterns) compiled_.clear();
    it = compiled_.emplace(pattern, std::move(compiled)).first;
  }
  const Compiled& c = *it->second;
  const int rc = pcre2_match(c.code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0, 0, c.match,
                             nullptr);
  if (rc >= 0) return true;
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  Invalid(where(), pattern, "matching failed: " + Pcre2Message(rc));
}

}  // namespace cg::query::execution
