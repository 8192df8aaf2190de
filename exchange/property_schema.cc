#include "exchange/property_schema.h"

namespace cg::exchange {

ScalarType TemporalScalar(Temporal::Kind kind) {
  switch (kind) {
    case Temporal::Kind::kLocalTime: return ScalarType::kLocalTime;
    case Temporal::Kind::kTime: return ScalarType::kTime;
    case Temporal::Kind::kLocalDateTime: return ScalarType::kLocalDateTime;
    case Temporal::Kind::kDateTime: return ScalarType::kDateTime;
  }
  return ScalarType::kString;
}

ColumnType TypeOf(const Value& value) {
  switch (value.type()) {
    case Value::Type::kNull:
      return {};
    case Value::Type::kBool:
      return {ScalarType::kBool, false};
    case Value::Type::kInt:
      return {ScalarType::kInt, false};
    case Value::Type::kFloat:
      return {ScalarType::kFloat, false};
    case Value::Type::kString:
      return {ScalarType::kString, false};
    case Value::Type::kDate:
      return {ScalarType::kDate, false};
    case Value::Type::kDuration:
      return {ScalarType::kDuration, false};
    case Value::Type::kTemporal:
      return {TemporalScalar(value.as_temporal().kind), false};
    case Value::Type::kList: {
      ColumnType type{ScalarType::kNone, true};
      for (const auto& item : value.as_list()) {
        const ColumnType element = TypeOf(item);
        type = Widen(type, {element.list ? ScalarType::kString : element.scalar, true});
      }
      return type;
    }
  }
  return {};
}

ColumnType Widen(ColumnType a, ColumnType b) {
  if (a.list != b.list) {
    // An empty list carries no element type but is still a list.
    return {ScalarType::kString, false};
  }
  if (a.scalar == ScalarType::kNone) return b;
  if (b.scalar == ScalarType::kNone || a.scalar == b.scalar) return a;
  const bool numeric = (a.scalar == ScalarType::kInt || a.scalar == ScalarType::kFloat) &&
                       (b.scalar == ScalarType::kInt || b.scalar == ScalarType::kFloat);
  return {numeric ? ScalarType::kFloat : ScalarType::kString, a.list};
}

void PropertySchema::Add(const PropertyMap& properties) {
  for (const auto& [key, value] : properties) {
    if (value.is_null()) continue;
    const ColumnType type = TypeOf(value);
    auto it = columns_.find(key);
    if (it == columns_.end()) {
      columns_.emplace(key, type);
    } else {
      it->second = Widen(it->second, type);
    }
  }
}

}  // namespace cg::exchange
