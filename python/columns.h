// ColumnBuilder: one result column gathered for a DataFrame without a
// Python object per cell where the column allows it.
//
// While every non-null value of the column is an integer, a float, a
// boolean, a full date or a duration without months (within about 292
// years), the values stay in a typed C++ array (dates as days since
// 1970-01-01, durations as nanoseconds) beside a null mask; the first value of another
// type turns the column into a list of Python objects (Style::kFrame,
// convert.h). Finish() hands the column over as (kind, data, nulls):
//   kind "int" | "float" | "bool" | "date" | "duration": data a numpy
//        array (int64, float64, bool, int64 days, int64 nanoseconds), nulls
//        a numpy bool array or None;
//   kind "object": data a list, nulls None;
//   kind "null": every value null, data the row count.
#pragma once

#include <cstdint>
#include <vector>

#include "python/convert.h"

namespace cg::python {

class ColumnBuilder {
 public:
  void Add(const query::Value& value, const Entities& entities);
  py::tuple Finish();

 private:
  enum class Kind { kNull, kInt, kFloat, kBool, kDate, kDuration, kObject };
  static Kind KindOf(const query::Value& value);
  // Moves the typed values into objects_.
  void ToObjects();

  Kind kind_ = Kind::kNull;
  size_t rows_ = 0;
  std::vector<int64_t> ints_;  // kInt, kDate (days), kDuration (nanoseconds), kBool (0/1)
  std::vector<double> floats_;
  std::vector<uint8_t> nulls_;  // per row, for the typed kinds
  bool any_null_ = false;
  py::list objects_;
};

}  // namespace cg::python
