// The string functions: toUpper (also upper), toLower (also lower), trim,
// lTrim, rTrim, replace, substring, left, right and split. Each returns
// null for a null string argument; positions and lengths count code
// points.
#include <algorithm>
#include <cstdint>

#include "query/error.h"
#include "query/function/arguments.h"
#include "query/function/families.h"

namespace cg::query::function {
namespace {

// The string argument; nullptr when it is null.
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

constexpr FunctionInfo kFunctions[] = {
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
};

}  // namespace

std::span<const FunctionInfo> StringFamily() { return kFunctions; }

}  // namespace cg::query::function
