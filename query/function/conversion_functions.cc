// The conversion functions: toInteger (also toInt), toFloat, toString and
// toBoolean. A value that does not convert (a string that is no number,
// a float out of the integer range) gives null; a value of a type the
// function cannot take is an invalid argument value.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "query/function/arguments.h"
#include "query/function/families.h"
#include "query/temporal.h"

namespace cg::query::function {
namespace {

// Parses a whole string as a number; nullopt when it is not one.
std::optional<Value> ParseNumber(const std::string& s, bool want_int) {
  std::string t = s;
  t.erase(0, t.find_first_not_of(" \t\n"));
  t.erase(t.find_last_not_of(" \t\n") + 1);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  if (want_int) {
    errno = 0;
    long long v = std::strtoll(t.c_str(), &end, 10);
    if (*end == '\0' && errno == 0) return Value(static_cast<int64_t>(v));
  }
  double d = std::strtod(t.c_str(), &end);
  if (*end != '\0') return std::nullopt;
  if (want_int) {
    if (!std::isfinite(d) || d >= 9.3e18 || d <= -9.3e18) return std::nullopt;
    return Value(static_cast<int64_t>(d));
  }
  return Value(d);
}

Value ToInteger(const Args& a, const EntityReader&) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (v.is_int()) return v;
  if (v.is_float()) {
    double d = v.as_float();
    if (!std::isfinite(d) || d >= 9.223372036854775807e18 || d < -9.223372036854775808e18) return Value();
    return Value(static_cast<int64_t>(d));
  }
  if (v.is_string()) return ParseNumber(v.as_string(), true).value_or(Value());
  if (v.is_bool()) return Value(int64_t{v.as_bool() ? 1 : 0});
  BadValue("toInteger", v);
}

Value ToFloat(const Args& a, const EntityReader&) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (v.is_float()) return v;
  if (v.is_int()) return Value(static_cast<double>(v.as_int()));
  if (v.is_string()) return ParseNumber(v.as_string(), false).value_or(Value());
  BadValue("toFloat", v);
}

std::string FloatToString(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  std::string s = fmt::format("{}", d);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

Value ToString(const Args& a, const EntityReader&) {
  const Value& v = a[0];
  switch (v.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kString: return v;
    case Value::Type::kInt: return Value(std::to_string(v.as_int()));
    case Value::Type::kFloat: return Value(FloatToString(v.as_float()));
    case Value::Type::kBool: return Value(v.as_bool() ? "true" : "false");
    case Value::Type::kDate: return Value(temporal::DateString(v.as_date()));
    case Value::Type::kDuration: return Value(v.as_duration().ToString());
    case Value::Type::kTemporal: return Value(v.as_temporal().ToString());
    default: BadValue("toString", v);
  }
}

Value ToBoolean(const Args& a, const EntityReader&) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (v.is_bool()) return v;
  if (v.is_int()) return Value(v.as_int() != 0);
  if (v.is_string()) {
    std::string s = v.as_string();
    s.erase(0, s.find_first_not_of(" \t\n"));
    s.erase(s.find_last_not_of(" \t\n") + 1);
    std::transform(s.begin(), s.end(), s.begin(), ::tolower);
    if (s == "true") return Value(true);
    if (s == "false") return Value(false);
    return Value();
  }
  BadValue("toBoolean", v);
}

constexpr FunctionInfo kFunctions[] = {
    {"toInteger", 1, 1, ToInteger},
    {"toInt", 1, 1, ToInteger},
    {"toFloat", 1, 1, ToFloat},
    {"toString", 1, 1, ToString},
    {"toBoolean", 1, 1, ToBoolean},
};

}  // namespace

std::span<const FunctionInfo> ConversionFamily() { return kFunctions; }

}  // namespace cg::query::function
