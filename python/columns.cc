#include "python/columns.h"

#include <pybind11/numpy.h>

namespace cg::python {

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
      return py::make_tuple(kind_ == Kind::kInt ? "int" : "date", py::array_t<int64_t>(ints_.size(), ints_.data()),
                            nulls);
  }
}

}  // namespace cg::python
