// Conversions between the engine's values and Python objects.
//
// Engine to Python (ToPython): null -> None, booleans, integers, floats and
// strings as themselves, a full date -> datetime.date, a partial date ->
// cartelgraph.PartialDate, lists -> list, maps -> dict, nodes, relationships
// and paths -> cartelgraph.Node / Relationship / Path (with the labels,
// type and properties the cursor read for the batch); date-times ->
// datetime.datetime and times -> datetime.time (with a fixed-offset tzinfo
// when they have an offset; nanoseconds truncated to microseconds);
// durations -> datetime.timedelta when they have no months (nanoseconds
// truncated to microseconds), else (or beyond timedelta's range)
// cartelgraph.Duration (months, days, seconds, nanoseconds). Style::kFrame is the form DataFrame
// cells take (a column of full dates only is made datetime64 apart, see
// columns.h): entities as plain dicts (`_id`, `_labels` or `_type`,
// `_start`, `_end`, then the properties), every date as ISO text ("2010",
// "2010-05-03"), so that a column mixing precisions sorts.
//
// Python to engine (FromPython), for parameters: None, bool, int (and
// anything with __index__), float (and anything with __float__), str,
// datetime.date, PartialDate, datetime.datetime, datetime.time,
// datetime.timedelta, Duration, lists and tuples, dicts with string keys,
// Node and Relationship (passed by id). Anything else raises TypeError
// naming where it was found ("parameter $x[2]").
#pragma once

#include <map>
#include <optional>
#include <string>

#include <pybind11/pybind11.h>

#include "graph/types.h"
#include "query/value.h"

namespace cg::python {

namespace py = pybind11;

// The Python classes conversions build, registered once by the package
// (cartelgraph/__init__.py calls _core._register_types).
struct PyTypes {
  py::object node, relationship, path, partial_date, duration;
  py::object date, datetime, time, timezone, timedelta;  // of the datetime module
};
const PyTypes& Types();
void RegisterTypes(py::object node, py::object relationship, py::object path, py::object partial_date,
                   py::object duration);

// The labels, types and properties of the entities one batch mentions
// (QueryCursor::CollectEntities).
struct Entities {
  std::map<graph::NodeId, graph::Node> nodes;
  std::map<graph::RelId, graph::Relationship> relationships;
};

enum class Style { kRow, kFrame };

py::object ToPython(const query::Value& value, const Entities& entities, Style style);
// A date: kRow: datetime.date when full and within years 1..9999, else
// PartialDate (full dates out of range: ISO text); kFrame: ISO text.
py::object DateToPython(const Date& date, Style style);
// A duration, in either style: datetime.timedelta or Duration (above).
py::object DurationToPython(const query::Duration& duration);

query::Value FromPython(py::handle object, const std::string& where);
// Parameters by name; keys must be strings.
query::Map ParamsFromPython(const py::dict& params);

// An as_of argument: None, or an ISO date string (YYYY-MM-DD, YYYY-MM,
// YYYY); anything else raises ValueError naming as_of.
std::optional<Date> AsOfFromPython(const std::optional<std::string>& as_of);

}  // namespace cg::python
