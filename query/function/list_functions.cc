// The list functions: size and isEmpty (of a list, string or map), head,
// last, tail, range and reverse (of a list or string). Each returns null
// for a null argument.
#include <algorithm>
#include <cstdint>

#include "query/error.h"
#include "query/function/arguments.h"
#include "query/function/families.h"

namespace cg::query::function {
namespace {

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

Value IsEmpty(const Args& a, const EntityReader&) {
  if (a[0].is_null()) return Value();
  if (a[0].is_list()) return Value(a[0].as_list().empty());
  if (a[0].is_string()) return Value(a[0].as_string().empty());
  if (a[0].is_map()) return Value(a[0].as_map().empty());
  BadArg("isEmpty", a[0]);
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

constexpr FunctionInfo kFunctions[] = {
    {"size", 1, 1, Size},
    {"isEmpty", 1, 1, IsEmpty},
    {"head", 1, 1, Head},
    {"last", 1, 1, Last},
    {"tail", 1, 1, Tail},
    {"range", 2, 3, Range},
    {"reverse", 1, 1, Reverse},
};

}  // namespace

std::span<const FunctionInfo> ListFamily() { return kFunctions; }

}  // namespace cg::query::function
