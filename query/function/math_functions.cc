// The math functions: abs, sign, ceil, floor, round, sqrt, exp, log,
// log10, the trigonometric functions, atan2, pi, e and rand. Each takes
// numbers (an INTEGER or a FLOAT) and returns null for a null argument.
#include <cmath>
#include <cstdint>
#include <random>

#include "query/error.h"
#include "query/function/arguments.h"
#include "query/function/families.h"

namespace cg::query::function {
namespace {

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

constexpr FunctionInfo kFunctions[] = {
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
};

}  // namespace

std::span<const FunctionInfo> MathFamily() { return kFunctions; }

}  // namespace cg::query::function
