#include "python/columns.h"

#include <pybind11/numpy.h>

#include <limits>
#include <optional>

namespace cg::python {

namespace {

constexpr int64_t kNanosPerSecond = 1'000'000'000;

// The length of a duration without months in nanoseconds, when it fits
// timedelta64[ns] (whose smallest int64 is NaT).
std::optional<int64_t> DurationNanos(const query::Duration& d) {
  if (d.months != 0) return std::nullopt;
  const __int128 total = (static_cast<__int128>(d.days) * 86'400 + d.seconds) * kNanosPerSecond + d.nanos;
  if (total > std::numeric_limits<int64_t>::max() || total <= std::numeric_limits<int64_t>::min()) return std::nullopt;
  return static_cast<int64_t>(total);
}

}  // namespace

ColumnBuilder::Kind ColumnBuilder::KindOf(const query::Value& value) {
  switch (value.type()) {
    case query::Value::Type::kNull:
      return Kind::kNull;
    case query::Value::Type::kInt:
      return Kind::kInt;
    case query::Value::Type::kFloat:
      return Kind::kFloat;
    case query::Value::Type::kBool:
      return Kind::kBool;
    case query::Value::Type::kDate:
      return value.as_date().is_full() ? Kind::kDate : Kind::kObject;
    case query::Value::Type::kDuration:
      return DurationNanos(value.as_duration()) ? Kind::kDuration : Kind::kObject;
    default:
      return Kind::kObject;
  }
}

void ColumnBuilder::Add(const query::Value& value, const Entities& entities) {
  const Kind kind = KindOf(value);
  if (kind_ == Kind::kNull && kind != Kind::kNull) {
    kind_ = kind;  // the first value decides; the nulls before it are in nulls_
    if (kind == Kind::kObject) ToObjects();
  } else if (kind != Kind::kNull && kind != kind_ && kind_ != Kind::kObject) {
    ToObjects();
  }
  ++rows_;
  if (kind_ == Kind::kObject) {
    objects_.append(ToPython(value, entities, Style::kFrame));
    return;
  }
  const bool null = kind == Kind::kNull;
  any_null_ |= null;
  nulls_.push_back(null);
  switch (kind_) {
    case Kind::kInt:
      ints_.push_back(null ? 0 : value.as_int());
      break;
    case Kind::kBool:
      ints_.push_back(null ? 0 : value.as_bool());
      break;
    case Kind::kDate:
      ints_.push_back(null ? 0 : value.as_date().ToEpochDays());
      break;
    case Kind::kDuration:
      ints_.push_back(null ? 0 : *DurationNanos(value.as_duration()));
      break;
    case Kind::kFloat:
      floats_.push_back(null ? 0.0 : value.as_float());
      break;
    default:
      break;  // kNull: only the mask
  }
}

void ColumnBuilder::ToObjects() {
  py::list objects;
  for (size_t i = 0; i < nulls_.size(); ++i) {
    if (nulls_[i]) {
      objects.append(py::none());
      continue;
    }
    switch (kind_) {
      case Kind::kInt:
        objects.append(py::int_(ints_[i]));
        break;
      case Kind::kBool:
        objects.append(py::bool_(ints_[i] != 0));
        break;
      case Kind::kDate:
        objects.append(DateToPython(Date::FromEpochDays(ints_[i]), Style::kFrame));
        break;
      case Kind::kDuration: {
        const int64_t ns = ints_[i], nanos = (ns % kNanosPerSecond + kNanosPerSecond) % kNanosPerSecond;
        objects.append(DurationToPython(query::Duration{0, 0, (ns - nanos) / kNanosPerSecond, nanos}));
        break;
      }
      case Kind::kFloat:
        objects.append(py::float_(floats_[i]));
        break;
      default:
        break;
    }
  }
  objects_ = std::move(objects);
  ints_ = {};
  floats_ = {};
  nulls_ = {};
  kind_ = Kind::kObject;
}

py::tuple ColumnBuilder::Finish() {
  py::object nulls = py::none();
  if (any_null_ && kind_ != Kind::kObject) {
    py::array_t<bool> mask(static_cast<py::ssize_t>(nulls_.size()));
    std::copy(nulls_.begin(), nulls_.end(), mask.mutable_data());
    nulls = mask;
  }
  switch (kind_) {
    case Kind::kNull:
      return py::make_tuple("null", rows_, py::none());
    case Kind::kObject:
      return py::make_tuple("object", objects_, py::none());
    case Kind::kFloat:
      return py::make_tuple("float", py::array_t<double>(floats_.size(), floats_.data()), nulls);
    case Kind::kBool: {
      py::array_t<bool> data(static_cast<py::ssize_t>(ints_.size()));
      std::copy(ints_.begin(), ints_.end(), data.mutable_data());
      return py::make_tuple("bool", data, nulls);
    }
    default:
      return py::make_tuple(kind_ == Kind::kInt ? "int" : kind_ == Kind::kDate ? "date" : "duration",
                            py::array_t<int64_t>(ints_.size(), ints_.data()), nulls);
  }
}

}  // namespace cg::python
