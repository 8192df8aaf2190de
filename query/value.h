// Value: a Cypher runtime value. Besides what a property can hold
// (cg::Value: null, boolean, integer, float, string, date, duration, time,
// date-time, list) a runtime
// value can be a map, a node, a relationship or a path. Entities are held
// by id; their labels and properties are read through the transaction.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/types.h"
#include "schema/date.h"
#include "schema/temporal.h"
#include "schema/value.h"

namespace cg::query {

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value, std::less<>>;

struct NodeRef {
  graph::NodeId id = 0;
  friend bool operator==(const NodeRef&, const NodeRef&) = default;
};
struct RelRef {
  graph::RelId id = 0;
  friend bool operator==(const RelRef&, const RelRef&) = default;
};
// A path alternates nodes and relationships: nodes.size() == rels.size() + 1.
struct Path {
  std::vector<graph::NodeId> nodes;
  std::vector<graph::RelId> rels;
  friend bool operator==(const Path&, const Path&) = default;
};
// Durations and times (schema/temporal.h); dates alone are cg::Date.
using cg::Duration;
using cg::Temporal;

class Value {
 public:
  enum class Type { kNull = 0, kBool, kInt, kFloat, kString, kDate, kDuration, kList, kMap, kNode, kRel, kPath, kTemporal };

  Value() = default;
  Value(bool v) : data_(v) {}
  Value(int v) : data_(int64_t{v}) {}
  Value(int64_t v) : data_(v) {}
  Value(double v) : data_(v) {}
  Value(const char* v) : data_(std::string(v)) {}
  Value(std::string v) : data_(std::move(v)) {}
  Value(Date v) : data_(v) {}
  Value(Duration v) : data_(v) {}
  Value(List v) : data_(std::make_shared<List>(std::move(v))) {}
  Value(Map v) : data_(std::make_shared<Map>(std::move(v))) {}
  Value(NodeRef v) : data_(v) {}
  Value(RelRef v) : data_(v) {}
  Value(Path v) : data_(std::make_shared<Path>(std::move(v))) {}
  Value(Temporal v) : data_(std::make_shared<Temporal>(std::move(v))) {}

  // A stored property value, and back. ToStored throws a TypeError
  // (InvalidPropertyType) for maps, entities and lists of those.
  static Value FromStored(const cg::Value& v);
  cg::Value ToStored() const;

  Type type() const { return static_cast<Type>(data_.index()); }
  bool is_null() const { return type() == Type::kNull; }
  bool is_bool() const { return type() == Type::kBool; }
  bool is_int() const { return type() == Type::kInt; }
  bool is_float() const { return type() == Type::kFloat; }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return type() == Type::kString; }
  bool is_date() const { return type() == Type::kDate; }
  bool is_duration() const { return type() == Type::kDuration; }
  bool is_list() const { return type() == Type::kList; }
  bool is_map() const { return type() == Type::kMap; }
  bool is_node() const { return type() == Type::kNode; }
  bool is_rel() const { return type() == Type::kRel; }
  bool is_path() const { return type() == Type::kPath; }
  bool is_temporal() const { return type() == Type::kTemporal; }

  bool as_bool() const { return std::get<bool>(data_); }
  int64_t as_int() const { return std::get<int64_t>(data_); }
  double as_float() const { return std::get<double>(data_); }
  // A number as double (integer or float).
  double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(data_); }
  const Date& as_date() const { return std::get<Date>(data_); }
  const Duration& as_duration() const { return std::get<Duration>(data_); }
  const List& as_list() const { return *std::get<std::shared_ptr<List>>(data_); }
  const Map& as_map() const { return *std::get<std::shared_ptr<Map>>(data_); }
  NodeRef as_node() const { return std::get<NodeRef>(data_); }
  RelRef as_rel() const { return std::get<RelRef>(data_); }
  const Path& as_path() const { return *std::get<std::shared_ptr<Path>>(data_); }
  const Temporal& as_temporal() const { return *std::get<std::shared_ptr<Temporal>>(data_); }

  // The Cypher type name, for error messages ("INTEGER", "LIST", ...).
  const char* TypeName() const;

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, Date, Duration, std::shared_ptr<List>,
               std::shared_ptr<Map>, NodeRef, RelRef, std::shared_ptr<Path>, std::shared_ptr<Temporal>>
      data_;
};

// Three-valued truth: nullopt is Cypher's null.
using Tri = std::optional<bool>;

// Cypher equality (`=`): null when either side is or contains an undecidable
// null; numbers compare across integer and float; different types are unequal.
Tri Equals(const Value& a, const Value& b);

// Cypher comparison (`<` ...): how a orders against b, unordered (so every
// comparison is false) when a number is NaN, nullopt (null) when the values
// are not comparable (different types, nulls, maps, entities, durations).
// Dates compare at the coarser precision of the two (schema/date.h
// CompareAtPrecision): date('2010') = date('2010-05-03') and neither is
// before the other; '=' (Equals) agrees.
std::optional<std::partial_ordering> Compare(const Value& a, const Value& b);

// The total order of ORDER BY: maps < nodes < relationships < lists < paths
// < dates < times and date-times (by kind) < durations < strings < booleans
// < numbers < null, NaN after every other number. Dates by (year, month,
// day), a partial date first among the dates of its period ("2010" <
// "2010-01" < "2010-01-01"). Equivalent values (DISTINCT, grouping) are
// equal in this order, so "2010" and "2010-05-03" are two groups.
int OrderCompare(const Value& a, const Value& b);

// Equivalence, for DISTINCT, grouping keys and IN on lists: like equality but
// null is equivalent to null (and NaN to NaN).
bool Equivalent(const Value& a, const Value& b);

// A strict weak order whose equivalence classes are Equivalent() values, for
// std::map keys.
struct EquivalenceLess {
  bool operator()(const Value& a, const Value& b) const { return OrderCompare(a, b) < 0; }
  bool operator()(const List& a, const List& b) const;
};

}  // namespace cg::query
