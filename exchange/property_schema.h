// PropertySchema: the typed columns that a set of property maps needs, for
// the exporters that declare attributes or columns before writing values
// (GraphML keys, GEXF attributes, neo4j-admin CSV headers).
//
// Each key gets one type wide enough for every value seen under it: equal
// types stay; int beside float widens to float; anything else mixed (a
// string beside an int, a list beside a scalar) becomes string, written in
// the shared text form of value_text.h.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "schema/value.h"

namespace cg::exchange {

enum class ScalarType {
  kNone, kBool, kInt, kFloat, kDate, kString,
  kLocalTime, kTime, kLocalDateTime, kDateTime, kDuration,  // schema/temporal.h
};

// The scalar type of a temporal of `kind`.
ScalarType TemporalScalar(Temporal::Kind kind);

struct ColumnType {
  ScalarType scalar = ScalarType::kNone;  // kNone: only empty lists seen
  bool list = false;

  friend bool operator==(const ColumnType&, const ColumnType&) = default;
};

ColumnType TypeOf(const Value& value);
ColumnType Widen(ColumnType a, ColumnType b);

class PropertySchema {
 public:
  void Add(const PropertyMap& properties);
  // Every key seen, in key order, with its widened type.
  const std::map<std::string, ColumnType, std::less<>>& columns() const { return columns_; }

 private:
  std::map<std::string, ColumnType, std::less<>> columns_;
};

}  // namespace cg::exchange
