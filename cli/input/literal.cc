#include "cli/input/literal.h"

#include <cctype>
#include <charconv>
#include <cstdlib>

#include <utf8proc.h>

namespace cg::cli {

namespace {

using query::Value;

bool IsIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A recursive-descent reader over `text`; every method returns nullopt (or
// false) on malformed input and never throws.
class LiteralReader {
 public:
  explicit LiteralReader(std::string_view text) : text_(text) {}

  std::optional<Value> ReadAll() {
    std::optional<Value> v = ReadValue(0);
    SkipSpace();
    if (!v || pos_ != text_.size()) return std::nullopt;
    return v;
  }

 private:
  static constexpr int kMaxDepth = 64;

  std::optional<Value> ReadValue(int depth) {
    SkipSpace();
    if (pos_ >= text_.size() || depth > kMaxDepth) return std::nullopt;
    char c = text_[pos_];
    if (c == '\'' || c == '"') {
      std::optional<std::string> s = ReadString();
      if (!s) return std::nullopt;
      return Value(std::move(*s));
    }
    if (c == '[') return ReadList(depth);
    if (c == '{') return ReadMap(depth);
    if (IsIdentStart(c)) {
      std::string word = ReadIdentifier();
      for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (word == "null") return Value();
      if (word == "true") return Value(true);
      if (word == "false") return Value(false);
      return std::nullopt;
    }
    return ReadNumber();
  }

  std::optional<Value> ReadList(int depth) {
    ++pos_;  // '['
    query::List out;
    SkipSpace();
    if (Accept(']')) return Value(std::move(out));
    do {
      std::optional<Value> v = ReadValue(depth + 1);
      if (!v) return std::nullopt;
      out.push_back(std::move(*v));
      SkipSpace();
    } while (Accept(','));
    if (!Accept(']')) return std::nullopt;
    return Value(std::move(out));
  }

  std::optional<Value> ReadMap(int depth) {
    ++pos_;  // '{'
    query::Map out;
    SkipSpace();
    if (Accept('}')) return Value(std::move(out));
    do {
      SkipSpace();
      std::optional<std::string> key = ReadKey();
      SkipSpace();
      if (!key || !Accept(':')) return std::nullopt;
      std::optional<Value> v = ReadValue(depth + 1);
      if (!v) return std::nullopt;
      out[*key] = std::move(*v);
      SkipSpace();
    } while (Accept(','));
    if (!Accept('}')) return std::nullopt;
    return Value(std::move(out));
  }

  std::optional<std::string> ReadKey() {
    if (pos_ < text_.size() && IsIdentStart(text_[pos_])) return ReadIdentifier();
    if (!Accept('`')) return std::nullopt;
    std::string key;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c != '`') {
        key += c;
      } else if (Accept('`')) {
        key += '`';
      } else {
        return key;
      }
    }
    return std::nullopt;
  }

  std::string ReadIdentifier() {
    size_t begin = pos_;
    while (pos_ < text_.size() && IsIdentChar(text_[pos_])) ++pos_;
    return std::string(text_.substr(begin, pos_ - begin));
  }

  std::optional<std::string> ReadString() {
    char quote = text_[pos_++];
    std::string out;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == quote) return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= text_.size()) return std::nullopt;
      char e = text_[pos_++];
      switch (e) {
        case '\\': case '\'': case '"': out += e; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u':
        case 'U': {
          size_t digits = e == 'u' ? 4 : 8;
          if (pos_ + digits > text_.size()) return std::nullopt;
          uint32_t cp = 0;
          auto [end, ec] = std::from_chars(text_.data() + pos_, text_.data() + pos_ + digits, cp, 16);
          if (ec != std::errc() || end != text_.data() + pos_ + digits) return std::nullopt;
          utf8proc_uint8_t buf[4];
          utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
          if (n <= 0 || !utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(cp))) return std::nullopt;
          out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
          pos_ += digits;
          break;
        }
        default: return std::nullopt;
      }
    }
    return std::nullopt;
  }

  std::optional<Value> ReadNumber() {
    size_t begin = pos_;
    bool negative = Accept('-');
    if (!negative) Accept('+');
    std::string_view rest = text_.substr(pos_);
    if (rest.size() > 2 && rest[0] == '0' && (rest[1] == 'x' || rest[1] == 'X' || rest[1] == 'o' || rest[1] == 'O')) {
      int base = (rest[1] == 'x' || rest[1] == 'X') ? 16 : 8;
      uint64_t magnitude = 0;
      auto [end, ec] = std::from_chars(rest.data() + 2, rest.data() + rest.size(), magnitude, base);
      if (ec != std::errc() || end == rest.data() + 2) return std::nullopt;
      pos_ += static_cast<size_t>(end - rest.data());
      return SignedInteger(magnitude, negative);
    }
    size_t digits_begin = pos_;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    bool is_float = false;
    if (pos_ < text_.size() && text_[pos_] == '.') {
      is_float = true;
      ++pos_;
      size_t fraction = pos_;
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
      if (pos_ == fraction) return std::nullopt;
    } else if (pos_ == digits_begin) {
      return std::nullopt;
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      is_float = true;
      ++pos_;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
      size_t exponent = pos_;
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
      if (pos_ == exponent) return std::nullopt;
    }
    std::string number(text_.substr(begin, pos_ - begin));
    if (is_float) return Value(std::strtod(number.c_str(), nullptr));
    uint64_t magnitude = 0;
    auto [end, ec] = std::from_chars(text_.data() + digits_begin, text_.data() + pos_, magnitude);
    if (ec != std::errc()) return std::nullopt;
    return SignedInteger(magnitude, negative);
  }

  static std::optional<Value> SignedInteger(uint64_t magnitude, bool negative) {
    constexpr uint64_t kMax = static_cast<uint64_t>(INT64_MAX);
    if (!negative && magnitude > kMax) return std::nullopt;
    if (negative && magnitude > kMax + 1) return std::nullopt;
    if (negative) return Value(magnitude == kMax + 1 ? INT64_MIN : -static_cast<int64_t>(magnitude));
    return Value(static_cast<int64_t>(magnitude));
  }

  void SkipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool Accept(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<Value> ParseLiteral(std::string_view text) { return LiteralReader(text).ReadAll(); }

Value ParameterValue(std::string_view text) {
  if (std::optional<Value> v = ParseLiteral(text)) return *v;
  return Value(std::string(text));
}

std::optional<std::pair<std::string, Value>> ParseAssignment(std::string_view text, std::string_view separator) {
  size_t at = text.find(separator);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view name = Trim(text.substr(0, at));
  if (name.empty() || !IsIdentStart(name[0])) return std::nullopt;
  for (char c : name) {
    if (!IsIdentChar(c)) return std::nullopt;
  }
  return std::make_pair(std::string(name), ParameterValue(Trim(text.substr(at + separator.size()))));
}

std::optional<size_t> ParseByteSize(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  if (i == 0) return std::nullopt;
  double number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + i, number);
  if (ec != std::errc() || end != text.data() + i) return std::nullopt;
  std::string unit;
  for (char c : text.substr(i)) {
    if (c != ' ') unit += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  static const std::pair<const char*, double> kUnits[] = {
      {"", 1},         {"b", 1},          {"k", 1024.0},     {"kb", 1e3},       {"kib", 1024.0},
      {"m", 1048576.0}, {"mb", 1e6},      {"mib", 1048576.0}, {"g", 1073741824.0}, {"gb", 1e9},
      {"gib", 1073741824.0}, {"t", 1099511627776.0}, {"tb", 1e12}, {"tib", 1099511627776.0}};
  for (const auto& [name, scale] : kUnits) {
    if (unit != name) continue;
    double bytes = number * scale;
    if (bytes < 1 || bytes > 1.8e19) return std::nullopt;
    return static_cast<size_t>(bytes);
  }
  return std::nullopt;
}

}  // namespace cg::cli
