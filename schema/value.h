// Value: a stored property value. Null, bool, 64-bit integer, double,
// UTF-8 string, (partial) date, list of values, duration, or a time / date
// and time (local or at an offset: Temporal). Cypher's richer runtime
// values (nodes, maps, paths) live in query/; this is what a record holds.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "schema/date.h"
#include "schema/temporal.h"

namespace cg {

class Value;
using ValueList = std::vector<Value>;

class Value {
 public:
  // The numbers are stored (graph/keys.h): append, never renumber.
  enum class Type { kNull = 0, kBool, kInt, kFloat, kString, kDate, kList, kDuration, kTemporal };

  Value() = default;
  Value(bool v) : data_(v) {}
  Value(int v) : data_(int64_t{v}) {}
  Value(int64_t v) : data_(v) {}
  Value(double v) : data_(v) {}
  Value(const char* v) : data_(std::string(v)) {}
  Value(std::string v) : data_(std::move(v)) {}
  Value(Date v) : data_(v) {}
  Value(ValueList v) : data_(std::move(v)) {}
  Value(Duration v) : data_(v) {}
  Value(Temporal v) : data_(std::move(v)) {}

  Type type() const { return static_cast<Type>(data_.index()); }
  bool is_null() const { return type() == Type::kNull; }
  bool is_bool() const { return type() == Type::kBool; }
  bool is_int() const { return type() == Type::kInt; }
  bool is_float() const { return type() == Type::kFloat; }
  bool is_string() const { return type() == Type::kString; }
  bool is_date() const { return type() == Type::kDate; }
  bool is_list() const { return type() == Type::kList; }
  bool is_duration() const { return type() == Type::kDuration; }
  bool is_temporal() const { return type() == Type::kTemporal; }

  // Accessors: the value must be of that type.
  bool as_bool() const { return std::get<bool>(data_); }
  int64_t as_int() const { return std::get<int64_t>(data_); }
  double as_float() const { return std::get<double>(data_); }
  const std::string& as_string() const { return std::get<std::string>(data_); }
  const Date& as_date() const { return std::get<Date>(data_); }
  const ValueList& as_list() const { return std::get<ValueList>(data_); }
  ValueList& as_list() { return std::get<ValueList>(data_); }
  const Duration& as_duration() const { return std::get<Duration>(data_); }
  const Temporal& as_temporal() const { return std::get<Temporal>(data_); }

  // Structural equality (1 and 1.0 differ: equality of representation).
  friend bool operator==(const Value&, const Value&) = default;
  // A total order for sorting and map keys: by type, then by value
  // (temporals by kind, then field by field).
  friend bool operator<(const Value& a, const Value& b) { return a.data_ < b.data_; }

  // A short human form: strings unquoted, dates and temporals ISO, lists "[a, b]".
  std::string ToString() const;

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, Date, ValueList, Duration, Temporal> data_;
};

// Properties of a node or relationship, ordered by key.
using PropertyMap = std::map<std::string, Value, std::less<>>;

}  // namespace cg
