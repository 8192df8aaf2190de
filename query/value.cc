#include "query/value.h"

#include <cmath>

#include <fmt/format.h>

#include "query/error.h"

namespace cg::query {

Value Value::FromStored(const cg::Value& v) {
  switch (v.type()) {
    case cg::Value::Type::kNull: return Value();
    case cg::Value::Type::kBool: return Value(v.as_bool());
    case cg::Value::Type::kInt: return Value(v.as_int());
    case cg::Value::Type::kFloat: return Value(v.as_float());
    case cg::Value::Type::kString: return Value(v.as_string());
    case cg::Value::Type::kDate: return Value(v.as_date());
    case cg::Value::Type::kDuration: return Value(v.as_duration());
    case cg::Value::Type::kTemporal: return Value(v.as_temporal());
    case cg::Value::Type::kList: {
      List out;
      out.reserve(v.as_list().size());
      for (const cg::Value& e : v.as_list()) out.push_back(FromStored(e));
      return Value(std::move(out));
    }
  }
  return Value();
}

cg::Value Value::ToStored() const {
  switch (type()) {
    case Type::kNull: return cg::Value();
    case Type::kBool: return cg::Value(as_bool());
    case Type::kInt: return cg::Value(as_int());
    case Type::kFloat: return cg::Value(as_float());
    case Type::kString: return cg::Value(as_string());
    case Type::kDate: return cg::Value(as_date());
    case Type::kDuration: return cg::Value(as_duration());
    case Type::kTemporal: return cg::Value(as_temporal());
    case Type::kList: {
      cg::ValueList out;
      for (const Value& e : as_list()) {
        if (e.is_list() || e.is_null()) {
          throw RuntimeError("TypeError", "InvalidPropertyType",
                             "a property list can hold only scalar values, not " + std::string(e.TypeName()));
        }
        out.push_back(e.ToStored());
      }
      return cg::Value(std::move(out));
    }
    default: break;
  }
  throw RuntimeError("TypeError", "InvalidPropertyType",
                     std::string("a property cannot hold a ") + TypeName() + " value");
}

const char* Value::TypeName() const {
  switch (type()) {
    case Type::kNull: return "NULL";
    case Type::kBool: return "BOOLEAN";
    case Type::kInt: return "INTEGER";
    case Type::kFloat: return "FLOAT";
    case Type::kString: return "STRING";
    case Type::kDate: return "DATE";
    case Type::kDuration: return "DURATION";
    case Type::kList: return "LIST";
    case Type::kMap: return "MAP";
    case Type::kNode: return "NODE";
    case Type::kRel: return "RELATIONSHIP";
    case Type::kPath: return "PATH";
    case Type::kTemporal: return KindName(as_temporal().kind);
  }
  return "?";
}

namespace {

int Sign(double d) { return d < 0 ? -1 : (d > 0 ? 1 : 0); }

// Compares two numbers exactly (integers beyond 2^53 included).
int CompareNumbers(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? -1 : (a.as_int() > b.as_int() ? 1 : 0);
  if (a.is_float() && b.is_float()) return Sign(a.as_float() - b.as_float());
  // Mixed: compare in long double, which holds every int64 exactly.
  long double x = a.is_int() ? static_cast<long double>(a.as_int()) : a.as_float();
  long double y = b.is_int() ? static_cast<long double>(b.as_int()) : b.as_float();
  return x < y ? -1 : (x > y ? 1 : 0);
}

bool IsNaN(const Value& v) { return v.is_float() && std::isnan(v.as_float()); }

// Two temporals of one kind, by the instant (or local time) they denote.
int CompareTemporals(const Temporal& x, const Temporal& y) {
  const __int128 a = x.Instant(), b = y.Instant();
  return a < b ? -1 : (a > b ? 1 : 0);
}

// Two dates at the coarser precision of the two (schema/date.h): a partial
// date stands for its whole period, as in HoldsOn.
int CompareDates(const Date& x, const Date& y) {
  const auto c = CompareAtPrecision(x, y);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

}  // namespace

Tri Equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if (IsNaN(a) || IsNaN(b)) return false;
    return CompareNumbers(a, b) == 0;
  }
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Value::Type::kBool: return a.as_bool() == b.as_bool();
    case Value::Type::kString: return a.as_string() == b.as_string();
    case Value::Type::kDate: return CompareDates(a.as_date(), b.as_date()) == 0;
    case Value::Type::kDuration: return a.as_duration() == b.as_duration();
    case Value::Type::kTemporal: {
      const Temporal& x = a.as_temporal();
      const Temporal& y = b.as_temporal();
      return x.kind == y.kind && CompareTemporals(x, y) == 0;
    }
    case Value::Type::kNode: return a.as_node() == b.as_node();
    case Value::Type::kRel: return a.as_rel() == b.as_rel();
    case Value::Type::kPath: return a.as_path() == b.as_path();
    case Value::Type::kList: {
      const List& x = a.as_list();
      const List& y = b.as_list();
      if (x.size() != y.size()) return false;
      Tri result = true;
      for (size_t i = 0; i < x.size(); ++i) {
        Tri e = Equals(x[i], y[i]);
        if (e == false) return false;
        if (!e) result = std::nullopt;
      }
      return result;
    }
    case Value::Type::kMap: {
      const Map& x = a.as_map();
      const Map& y = b.as_map();
      if (x.size() != y.size()) return false;
      Tri result = true;
      for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
        if (i->first != j->first) return false;
      }
      for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
        Tri e = Equals(i->second, j->second);
        if (e == false) return false;
        if (!e) result = std::nullopt;
      }
      return result;
    }
    default: return false;
  }
}

std::optional<std::partial_ordering> Compare(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if (IsNaN(a) || IsNaN(b)) return std::partial_ordering::unordered;
    return CompareNumbers(a, b) <=> 0;
  }
  if (a.type() != b.type()) return std::nullopt;
  switch (a.type()) {
    case Value::Type::kBool: return a.as_bool() <=> b.as_bool();
    case Value::Type::kString: return a.as_string().compare(b.as_string()) <=> 0;
    case Value::Type::kDate: return CompareDates(a.as_date(), b.as_date()) <=> 0;
    case Value::Type::kTemporal: {
      if (a.as_temporal().kind != b.as_temporal().kind) return std::nullopt;
      return CompareTemporals(a.as_temporal(), b.as_temporal()) <=> 0;
    }
    case Value::Type::kList: {
      const List& x = a.as_list();
      const List& y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        std::optional<std::partial_ordering> c = Compare(x[i], y[i]);
        if (!c) return std::nullopt;
        if (*c != 0) return c;
      }
      return x.size() <=> y.size();
    }
    default: return std::nullopt;
  }
}

namespace {

int OrderRank(const Value& v) {
  switch (v.type()) {
    case Value::Type::kMap: return 0;
    case Value::Type::kNode: return 1;
    case Value::Type::kRel: return 2;
    case Value::Type::kList: return 3;
    case Value::Type::kPath: return 4;
    case Value::Type::kDate: return 5;
    case Value::Type::kTemporal: return 6 + static_cast<int>(v.as_temporal().kind);
    case Value::Type::kDuration: return 10;
    case Value::Type::kString: return 11;
    case Value::Type::kBool: return 12;
    case Value::Type::kInt:
    case Value::Type::kFloat: return IsNaN(v) ? 14 : 13;
    case Value::Type::kNull: return 15;
  }
  return 16;
}

template <typename T>
int Cmp(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

int OrderCompare(const Value& a, const Value& b) {
  int ra = OrderRank(a), rb = OrderRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.type()) {
    case Value::Type::kNull: return 0;
    case Value::Type::kBool: return Cmp(a.as_bool(), b.as_bool());
    case Value::Type::kInt:
    case Value::Type::kFloat: return ra == 14 ? 0 : CompareNumbers(a, b);
    case Value::Type::kTemporal: return CompareTemporals(a.as_temporal(), b.as_temporal());
    case Value::Type::kString: return Cmp(a.as_string(), b.as_string());
    case Value::Type::kDate: return Cmp(a.as_date(), b.as_date());
    case Value::Type::kDuration:
      return Cmp(std::tuple(a.as_duration().months, a.as_duration().days, a.as_duration().seconds, a.as_duration().nanos),
                 std::tuple(b.as_duration().months, b.as_duration().days, b.as_duration().seconds, b.as_duration().nanos));
    case Value::Type::kNode: return Cmp(a.as_node().id, b.as_node().id);
    case Value::Type::kRel: return Cmp(a.as_rel().id, b.as_rel().id);
    case Value::Type::kPath: {
      const Path& x = a.as_path();
      const Path& y = b.as_path();
      return Cmp(std::tie(x.nodes, x.rels), std::tie(y.nodes, y.rels));
    }
    case Value::Type::kList: return EquivalenceLess()(a.as_list(), b.as_list()) ? -1
                                    : EquivalenceLess()(b.as_list(), a.as_list()) ? 1 : 0;
    case Value::Type::kMap: {
      const Map& x = a.as_map();
      const Map& y = b.as_map();
      auto i = x.begin();
      auto j = y.begin();
      for (; i != x.end() && j != y.end(); ++i, ++j) {
        if (int c = Cmp(i->first, j->first)) return c;
        if (int c = OrderCompare(i->second, j->second)) return c;
      }
      return i == x.end() ? (j == y.end() ? 0 : -1) : 1;
    }
  }
  return 0;
}

bool EquivalenceLess::operator()(const List& a, const List& b) const {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    int c = OrderCompare(a[i], b[i]);
    if (c != 0) return c < 0;
  }
  return a.size() < b.size();
}

bool Equivalent(const Value& a, const Value& b) { return OrderCompare(a, b) == 0; }

}  // namespace cg::query
