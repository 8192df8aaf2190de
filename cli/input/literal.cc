#include "cli/input/literal.h"

#include <cctype>
#include <charconv>

#include "query/parser/literal.h"

namespace cg::cli {

namespace {

using query::Value;

bool IsIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

Value ParameterValue(std::string_view text) {
  if (std::optional<Value> v = query::parser::ParseLiteral(text)) return *v;
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
