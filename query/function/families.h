// The scalar function families the registry (functions.cc) is made of,
// each in its own file with the table of what it registers. The registry
// lists the families in the order below, then the aggregates.
#pragma once

#include <span>

#include "query/function/functions.h"

namespace cg::query::function {

// null_functions.cc: coalesce, exists.
std::span<const FunctionInfo> NullFamily();
// graph_functions.cc: id, elementId, labels, type, properties, keys,
// nodes, relationships, length, startNode, endNode.
std::span<const FunctionInfo> GraphFamily();
// list_functions.cc: size, isEmpty, head, last, tail, range, reverse.
std::span<const FunctionInfo> ListFamily();
// conversion_functions.cc: toInteger (toInt), toFloat, toString, toBoolean.
std::span<const FunctionInfo> ConversionFamily();
// math_functions.cc: abs, sign, rounding, roots, logarithms,
// trigonometry, pi, e, rand.
std::span<const FunctionInfo> MathFamily();
// string_functions.cc: toUpper, toLower, trim, replace, substring, left,
// right, split.
std::span<const FunctionInfo> StringFamily();
// temporal_functions.cc: date, time, datetime and their local forms (now,
// from a value, truncated, per clock), datetime from an epoch, duration.
std::span<const FunctionInfo> TemporalFamily();

}  // namespace cg::query::function
