#include "query/function/functions.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <random>

#include <fmt/format.h>

#include "query/error.h"
#include "query/function/element_id.h"
#include "query/temporal.h"

namespace cg::query::function {
namespace {

using Args = std::vector<Value>;

[[noreturn]] void BadArg(std::string_view fn, const Value& v) {
  throw RuntimeError("TypeError", "InvalidArgumentType",
                     fmt::format("{}() cannot take a {} argument", fn, v.TypeName()));
}

// Conversion and entity functions report a value of the wrong type as an
// invalid argument value.
[[noreturn]] void BadValue(std::string_view fn, const Value& v) {
  throw RuntimeError("TypeError", "InvalidArgumentValue",
                     fmt::format("{}() cannot take a {} argument", fn, v.TypeName()));
}

Value Coalesce(const Args& a, const EntityReader&) {
  for (const Value& v : a) {
    if (!v.is_null()) return v;
  }
  return Value();
}

Value Id(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_node()) return Value(static_cast<int64_t>(a[0].as_node().id));
  if (a[0].is_rel()) return Value(static_cast<int64_t>(a[0].as_rel().id));
  BadArg("id", a[0]);
}

Value ElementId(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_node()) return Value(NodeElementId(a[0].as_node().id));
  if (a[0].is_rel()) return Value(RelationshipElementId(a[0].as_rel().id));
  BadArg("elementId", a[0]);
}

Value Labels(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_node()) BadValue("labels", a[0]);
  List out;
  for (std::string& l : g.Labels(a[0].as_node().id)) out.push_back(Value(std::move(l)));
  return Value(std::move(out));
}

Value Type(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_rel()) BadValue("type", a[0]);
  return Value(g.Type(a[0].as_rel().id));
}

Value Properties(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (a[0].is_map()) return a[0];
  if (!a[0].is_node() && !a[0].is_rel()) BadArg("properties", a[0]);
  return Value(g.Properties(a[0]));
}

Value Keys(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  List out;
  if (a[0].is_map()) {
    for (const auto& [k, v] : a[0].as_map()) out.push_back(Value(k));
  } else if (a[0].is_node() || a[0].is_rel()) {
    for (const auto& [k, v] : g.Properties(a[0])) out.push_back(Value(k));
  } else {
    BadArg("keys", a[0]);
  }
  return Value(std::move(out));
}

Value Nodes(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_path()) BadArg("nodes", a[0]);
  List out;
  for (graph::NodeId n : a[0].as_path().nodes) out.push_back(Value(NodeRef{n}));
  return Value(std::move(out));
}

Value Relationships(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_path()) BadArg("relationships", a[0]);
  List out;
  for (graph::RelId r : a[0].as_path().rels) out.push_back(Value(RelRef{r}));
  return Value(std::move(out));
}

Value Length(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_path()) return Value(static_cast<int64_t>(a[0].as_path().rels.size()));
  BadArg("length", a[0]);
}

// Number of Unicode code points in a UTF-8 string.
int64_t CodePoints(const std::string& s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

Value Size(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_list()) return Value(static_cast<int64_t>(a[0].as_list().size()));
  if (a[0].is_string()) return Value(CodePoints(a[0].as_string()));
  if (a[0].is_map()) return Value(static_cast<int64_t>(a[0].as_map().size()));
  BadArg("size", a[0]);
}

Value StartNode(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_rel()) BadArg("startNode", a[0]);
  return Value(NodeRef{g.StartNode(a[0].as_rel().id)});
}

Value EndNode(const Args& a, const EntityReader& g) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_rel()) BadArg("endNode", a[0]);
  return Value(NodeRef{g.EndNode(a[0].as_rel().id)});
}

Value Head(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_list()) BadArg("head", a[0]);
  return a[0].as_list().empty() ? Value() : a[0].as_list().front();
}

Value Last(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_list()) BadArg("last", a[0]);
  return a[0].as_list().empty() ? Value() : a[0].as_list().back();
}

Value Tail(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_list()) BadArg("tail", a[0]);
  const List& l = a[0].as_list();
  return l.empty() ? Value(List{}) : Value(List(l.begin() + 1, l.end()));
}

int64_t IntArg(std::string_view fn, const Value& v) {
  if (!v.is_int()) {
    throw RuntimeError("ArgumentError", "InvalidArgumentType",
                       fmt::format("{}() needs an INTEGER, not {}", fn, v.TypeName()));
  }
  return v.as_int();
}

Value Range(const Args& a, const EntityReader& g) {
  for (const Value& v : a) {
    if (v.is_null()) return Value();
  }
  int64_t from = IntArg("range", a[0]), to = IntArg("range", a[1]);
  int64_t step = a.size() > 2 ? IntArg("range", a[2]) : 1;
  if (step == 0) throw RuntimeError("ArgumentError", "NumberOutOfRange", "range() step must not be zero");
  List out;
  if (step > 0 ? from <= to : from >= to) {
    // The element count, computed without overflow.
    __int128 count = (static_cast<__int128>(to) - from) / step + 1;
    g.CheckMemory(static_cast<size_t>(std::min<__int128>(count, SIZE_MAX / 64) * sizeof(Value)));
    out.reserve(static_cast<size_t>(count));
  }
  for (int64_t i = from; step > 0 ? i <= to : i >= to;) {
    g.Tick();
    out.push_back(Value(i));
    if (__builtin_add_overflow(i, step, &i)) break;
  }
  return Value(std::move(out));
}

// Splits UTF-8 text into code points.
std::vector<std::string> Chars(const std::string& s) {
  std::vector<std::string> out;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80 || out.empty()) out.emplace_back();
    out.back() += static_cast<char>(c);
  }
  return out;
}

Value Reverse(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_list()) {
    List l = a[0].as_list();
    std::reverse(l.begin(), l.end());
    return Value(std::move(l));
  }
  if (a[0].is_string()) {
    std::vector<std::string> c = Chars(a[0].as_string());
    std::string out;
    for (auto it = c.rbegin(); it != c.rend(); ++it) out += *it;
    return Value(std::move(out));
  }
  BadArg("reverse", a[0]);
}

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

double NumArg(std::string_view fn, const Value& v) {
  if (!v.is_number()) BadArg(fn, v);
  return v.as_number();
}

Value Abs(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_int()) {
    if (a[0].as_int() == INT64_MIN) throw RuntimeError("ArgumentError", "IntegerOverflow", "abs() overflows");
    return Value(a[0].as_int() < 0 ? -a[0].as_int() : a[0].as_int());
  }
  return Value(std::fabs(NumArg("abs", a[0])));
}

Value Sign(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  double d = NumArg("sign", a[0]);
  return Value(int64_t{d > 0 ? 1 : (d < 0 ? -1 : 0)});
}

template <double (*F)(double)>
Value Math1(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  return Value(F(NumArg("math", a[0])));
}

double Round(double d) { return std::floor(d + 0.5); }
double Log(double d) { return std::log(d); }
double Log10(double d) { return std::log10(d); }

Value Atan2(const Args& a, const EntityReader&) {
  if (a[0].is_null() || a[1].is_null()) return Value();
  return Value(std::atan2(NumArg("atan2", a[0]), NumArg("atan2", a[1])));
}
Value Pi(const Args&, const EntityReader&) { return Value(M_PI); }
Value E(const Args&, const EntityReader&) { return Value(M_E); }
Value Rand(const Args&, const EntityReader&) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  return Value(std::uniform_real_distribution<double>(0.0, 1.0)(rng));
}

const std::string* StrArg(std::string_view fn, const Value& v) {
  if (v.is_null()) return nullptr;
  if (!v.is_string()) BadArg(fn, v);
  return &v.as_string();
}

Value ToUpper(const Args& a, const EntityReader&) {
  const std::string* s = StrArg("toUpper", a[0]);
  if (!s) return Value();
  std::string out = *s;
  std::transform(out.begin(), out.end(), out.begin(), ::toupper);
  return Value(std::move(out));
}
Value ToLower(const Args& a, const EntityReader&) {
  const std::string* s = StrArg("toLower", a[0]);
  if (!s) return Value();
  std::string out = *s;
  std::transform(out.begin(), out.end(), out.begin(), ::tolower);
  return Value(std::move(out));
}

template <bool kLeft, bool kRight>
Value Trim(const Args& a, const EntityReader&) {
  const std::string* s = StrArg("trim", a[0]);
  if (!s) return Value();
  size_t b = kLeft ? s->find_first_not_of(" \t\n\r") : 0;
  if (b == std::string::npos) return Value("");
  size_t e = kRight ? s->find_last_not_of(" \t\n\r") + 1 : s->size();
  return Value(s->substr(b, e - b));
}

Value Replace(const Args& a, const EntityReader& g) {
  const std::string* s = StrArg("replace", a[0]);
  const std::string* from = StrArg("replace", a[1]);
  const std::string* to = StrArg("replace", a[2]);
  if (!s || !from || !to) return Value();
  if (from->empty()) return Value(*s);
  if (to->size() > from->size()) {  // the result must fit before it is built
    size_t count = 0;
    for (size_t j = s->find(*from); j != std::string::npos; j = s->find(*from, j + from->size())) ++count;
    g.CheckMemory(s->size() + count * (to->size() - from->size()));
  }
  std::string out;
  size_t i = 0;
  for (size_t j; (j = s->find(*from, i)) != std::string::npos; i = j + from->size()) {
    out += s->substr(i, j - i) + *to;
  }
  return Value(out + s->substr(i));
}

std::string JoinChars(const std::vector<std::string>& c, size_t from, size_t count) {
  std::string out;
  for (size_t i = from; i < c.size() && i < from + count; ++i) out += c[i];
  return out;
}

Value Substring(const Args& a, const EntityReader&) {
  const std::string* s = StrArg("substring", a[0]);
  if (!s) return Value();
  int64_t start = IntArg("substring", a[1]);
  int64_t len = a.size() > 2 ? IntArg("substring", a[2]) : INT64_MAX;
  if (start < 0 || len < 0) throw RuntimeError("ArgumentError", "NegativeIntegerArgument", "substring() bounds must not be negative");
  return Value(JoinChars(Chars(*s), start, len));
}

Value Left(const Args& a, const EntityReader&) {
  const std::string* s = StrArg("left", a[0]);
  if (!s) return Value();
  if (a[1].is_null()) throw RuntimeError("ArgumentError", "InvalidArgumentValue", "left() length must not be null");
  int64_t n = IntArg("left", a[1]);
  if (n < 0) throw RuntimeError("ArgumentError", "NegativeIntegerArgument", "left() length must not be negative");
  return Value(JoinChars(Chars(*s), 0, n));
}

Value Right(const Args& a, const EntityReader&) {
  const std::string* s = StrArg("right", a[0]);
  if (!s) return Value();
  if (a[1].is_null()) throw RuntimeError("ArgumentError", "InvalidArgumentValue", "right() length must not be null");
  int64_t n = IntArg("right", a[1]);
  if (n < 0) throw RuntimeError("ArgumentError", "NegativeIntegerArgument", "right() length must not be negative");
  std::vector<std::string> c = Chars(*s);
  size_t k = std::min<size_t>(n, c.size());
  return Value(JoinChars(c, c.size() - k, k));
}

Value Split(const Args& a, const EntityReader&) {
  const std::string* s = StrArg("split", a[0]);
  const std::string* d = StrArg("split", a[1]);
  if (!s || !d) return Value();
  List out;
  if (d->empty()) {
    for (std::string& c : Chars(*s)) out.push_back(Value(std::move(c)));
    return Value(std::move(out));
  }
  size_t i = 0;
  for (size_t j; (j = s->find(*d, i)) != std::string::npos; i = j + d->size()) out.push_back(Value(s->substr(i, j - i)));
  out.push_back(Value(s->substr(i)));
  return Value(std::move(out));
}

Value IsEmpty(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_list()) return Value(a[0].as_list().empty());
  if (a[0].is_string()) return Value(a[0].as_string().empty());
  if (a[0].is_map()) return Value(a[0].as_map().empty());
  BadArg("isEmpty", a[0]);
}

Value Exists(const Args& a, const EntityReader&) {
  if (a[0].is_bool()) return a[0];
  return Value(!a[0].is_null());
}

template <const char* kKind>
Value Construct(const Args& a, const EntityReader&) {
  if (a.empty()) return temporal::Now(kKind);
  if (a[0].is_null()) return Value();
  return temporal::Construct(kKind, a[0]);
}

template <const char* kKind, bool kRealtime>
Value Current(const Args& a, const EntityReader&) {
  if (a.empty()) return temporal::Now(kKind, kRealtime);
  return a[0].is_null() ? Value() : temporal::Construct(kKind, a[0]);
}

template <const char* kKind>
Value Truncate(const Args& a, const EntityReader&) {
  return temporal::Truncate(kKind, a[0], a[1], a.size() > 2 ? a[2] : Value());
}

template <const char* kHow>
Value DurationBetween(const Args& a, const EntityReader&) {
  return temporal::Between(kHow, a[0], a[1]);
}

Value DurationFn(const Args& a, const EntityReader&) { return temporal::MakeDuration(a[0]); }

Value FromEpoch(const Args& a, const EntityReader&) { return temporal::FromEpoch(a[0], a[1]); }
Value FromEpochMillis(const Args& a, const EntityReader&) { return temporal::FromEpochMillis(a[0]); }

constexpr char kDate[] = "date", kLocalTime[] = "localtime", kTime[] = "time", kLocalDateTime[] = "localdatetime",
               kDateTime[] = "datetime";
constexpr char kBetween[] = "between", kInMonths[] = "inMonths", kInDays[] = "inDays", kInSeconds[] = "inSeconds";

constexpr FunctionInfo kFunctions[] = {
    {"coalesce", 1, -1, Coalesce},
    {"id", 1, 1, Id},
    {"elementId", 1, 1, ElementId},
    {"labels", 1, 1, Labels},
    {"type", 1, 1, Type},
    {"properties", 1, 1, Properties},
    {"keys", 1, 1, Keys},
    {"nodes", 1, 1, Nodes},
    {"relationships", 1, 1, Relationships},
    {"length", 1, 1, Length},
    {"size", 1, 1, Size},
    {"startNode", 1, 1, StartNode},
    {"endNode", 1, 1, EndNode},
    {"head", 1, 1, Head},
    {"last", 1, 1, Last},
    {"tail", 1, 1, Tail},
    {"range", 2, 3, Range},
    {"reverse", 1, 1, Reverse},
    {"toInteger", 1, 1, ToInteger},
    {"toInt", 1, 1, ToInteger},
    {"toFloat", 1, 1, ToFloat},
    {"toString", 1, 1, ToString},
    {"toBoolean", 1, 1, ToBoolean},
    {"abs", 1, 1, Abs},
    {"sign", 1, 1, Sign},
    {"ceil", 1, 1, Math1<std::ceil>},
    {"floor", 1, 1, Math1<std::floor>},
    {"round", 1, 1, Math1<Round>},
    {"sqrt", 1, 1, Math1<std::sqrt>},
    {"exp", 1, 1, Math1<std::exp>},
    {"log", 1, 1, Math1<Log>},
    {"log10", 1, 1, Math1<Log10>},
    {"sin", 1, 1, Math1<std::sin>},
    {"cos", 1, 1, Math1<std::cos>},
    {"tan", 1, 1, Math1<std::tan>},
    {"asin", 1, 1, Math1<std::asin>},
    {"acos", 1, 1, Math1<std::acos>},
    {"atan", 1, 1, Math1<std::atan>},
    {"atan2", 2, 2, Atan2},
    {"pi", 0, 0, Pi},
    {"e", 0, 0, E},
    {"rand", 0, 0, Rand},
    {"toUpper", 1, 1, ToUpper},
    {"upper", 1, 1, ToUpper},
    {"toLower", 1, 1, ToLower},
    {"lower", 1, 1, ToLower},
    {"trim", 1, 1, Trim<true, true>},
    {"lTrim", 1, 1, Trim<true, false>},
    {"rTrim", 1, 1, Trim<false, true>},
    {"replace", 3, 3, Replace},
    {"substring", 2, 3, Substring},
    {"left", 2, 2, Left},
    {"right", 2, 2, Right},
    {"split", 2, 2, Split},
    {"isEmpty", 1, 1, IsEmpty},
    {"exists", 1, 1, Exists},
    {"date", 0, 1, Construct<kDate>},
    {"localtime", 0, 1, Construct<kLocalTime>},
    {"time", 0, 1, Construct<kTime>},
    {"localdatetime", 0, 1, Construct<kLocalDateTime>},
    {"datetime", 0, 1, Construct<kDateTime>},
    {"date.transaction", 0, 1, Current<kDate, false>},
    {"date.statement", 0, 1, Current<kDate, false>},
    {"date.realtime", 0, 1, Current<kDate, true>},
    {"localtime.transaction", 0, 1, Current<kLocalTime, false>},
    {"localtime.statement", 0, 1, Current<kLocalTime, false>},
    {"localtime.realtime", 0, 1, Current<kLocalTime, true>},
    {"time.transaction", 0, 1, Current<kTime, false>},
    {"time.statement", 0, 1, Current<kTime, false>},
    {"time.realtime", 0, 1, Current<kTime, true>},
    {"localdatetime.transaction", 0, 1, Current<kLocalDateTime, false>},
    {"localdatetime.statement", 0, 1, Current<kLocalDateTime, false>},
    {"localdatetime.realtime", 0, 1, Current<kLocalDateTime, true>},
    {"datetime.transaction", 0, 1, Current<kDateTime, false>},
    {"datetime.statement", 0, 1, Current<kDateTime, false>},
    {"datetime.realtime", 0, 1, Current<kDateTime, true>},
    {"datetime.fromepoch", 2, 2, FromEpoch},
    {"datetime.fromepochmillis", 1, 1, FromEpochMillis},
    {"date.truncate", 2, 3, Truncate<kDate>},
    {"localtime.truncate", 2, 3, Truncate<kLocalTime>},
    {"time.truncate", 2, 3, Truncate<kTime>},
    {"localdatetime.truncate", 2, 3, Truncate<kLocalDateTime>},
    {"datetime.truncate", 2, 3, Truncate<kDateTime>},
    {"duration", 1, 1, DurationFn},
    {"duration.between", 2, 2, DurationBetween<kBetween>},
    {"duration.inMonths", 2, 2, DurationBetween<kInMonths>},
    {"duration.inDays", 2, 2, DurationBetween<kInDays>},
    {"duration.inSeconds", 2, 2, DurationBetween<kInSeconds>},
    {"count", 1, 1, nullptr, true},
    {"sum", 1, 1, nullptr, true},
    {"avg", 1, 1, nullptr, true},
    {"min", 1, 1, nullptr, true},
    {"max", 1, 1, nullptr, true},
    {"collect", 1, 1, nullptr, true},
    {"percentileCont", 2, 2, nullptr, true},
    {"percentileDisc", 2, 2, nullptr, true},
    {"stDev", 1, 1, nullptr, true},
    {"stDevP", 1, 1, nullptr, true},
};

bool IEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

std::vector<const FunctionInfo*> AllFunctions() {
  std::vector<const FunctionInfo*> out;
  for (const FunctionInfo& f : kFunctions) out.push_back(&f);
  return out;
}

const FunctionInfo* FindFunction(std::string_view name) {
  for (const FunctionInfo& f : kFunctions) {
    if (IEquals(f.name, name)) return &f;
  }
  return nullptr;
}

}  // namespace cg::query::function
