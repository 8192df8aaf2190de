#include "python/convert.h"

#include <cmath>

namespace cg::python {
namespace {

// Intentionally never destroyed: the objects must not be released after the
// interpreter finalized.
PyTypes* types = nullptr;

py::object StoredToPython(const cg::Value& value, Style style) {
  return ToPython(query::Value::FromStored(value), Entities{}, style);
}

py::dict Properties(const PropertyMap& properties, Style style, py::dict into = py::dict()) {
  for (const auto& [key, value] : properties) into[py::str(key)] = StoredToPython(value, style);
  return into;
}

py::object NodeToPython(graph::NodeId id, const Entities& entities, Style style) {
  auto it = entities.nodes.find(id);
  const graph::Node* node = it == entities.nodes.end() ? nullptr : &it->second;  // null: deleted by the query
  py::list labels;
  if (node) {
    for (const std::string& label : node->labels) labels.append(py::str(label));
  }
  if (style == Style::kFrame) {
    py::dict d;
    d["_id"] = py::int_(id);
    d["_labels"] = labels;
    return node ? Properties(node->properties, style, d) : d;
  }
  return Types().node(id, py::tuple(labels), node ? Properties(node->properties, style) : py::dict());
}

py::object RelToPython(graph::RelId id, const Entities& entities, Style style) {
  auto it = entities.relationships.find(id);
  const graph::Relationship* rel = it == entities.relationships.end() ? nullptr : &it->second;
  py::object type = rel ? py::object(py::str(rel->type)) : py::object(py::none());
  py::object start = rel ? py::object(py::int_(rel->start)) : py::object(py::none());
  py::object end = rel ? py::object(py::int_(rel->end)) : py::object(py::none());
  if (style == Style::kFrame) {
    py::dict d;
    d["_id"] = py::int_(id);
    d["_type"] = type;
    d["_start"] = start;
    d["_end"] = end;
    return rel ? Properties(rel->properties, style, d) : d;
  }
  return Types().relationship(id, type, start, end, rel ? Properties(rel->properties, style) : py::dict());
}

py::object PathToPython(const query::Path& path, const Entities& entities, Style style) {
  py::list nodes, rels;
  for (graph::NodeId id : path.nodes) nodes.append(NodeToPython(id, entities, style));
  for (graph::RelId id : path.rels) rels.append(RelToPython(id, entities, style));
  if (style == Style::kFrame) {
    py::dict d;
    d["nodes"] = nodes;
    d["relationships"] = rels;
    return d;
  }
  return Types().path(py::tuple(nodes), py::tuple(rels));
}

constexpr int64_t kNanosPerSecond = 1'000'000'000;

py::object TemporalToPython(const query::Temporal& t) {
  const PyTypes& types = Types();
  using py::literals::operator""_a;
  py::object tz = t.has_offset() ? types.timezone(types.timedelta("seconds"_a = t.offset)) : py::none();
  const int64_t seconds = t.nanos / kNanosPerSecond;
  const int64_t micros = t.nanos % kNanosPerSecond / 1000;
  const int hour = static_cast<int>(seconds / 3600), minute = static_cast<int>(seconds / 60 % 60);
  const int second = static_cast<int>(seconds % 60);
  if (!t.has_date()) return types.time(hour, minute, second, micros, tz);
  const Date day = Date::FromEpochDays(t.days);
  if (day.year < 1 || day.year > 9999) return py::str(t.ToString());
  return types.datetime(day.year, day.month, day.day, hour, minute, second, micros, tz);
}

// datetime.datetime or datetime.time.
query::Temporal TemporalFromPython(py::handle object, bool has_date) {
  using Kind = query::Temporal::Kind;
  query::Temporal t;
  py::object offset = object.attr("utcoffset")();
  if (!offset.is_none()) t.offset = static_cast<int32_t>(offset.attr("total_seconds")().cast<double>());
  t.kind = has_date ? (offset.is_none() ? Kind::kLocalDateTime : Kind::kDateTime)
                    : (offset.is_none() ? Kind::kLocalTime : Kind::kTime);
  if (has_date) {
    t.days = Date{object.attr("year").cast<int32_t>(), object.attr("month").cast<uint8_t>(),
                  object.attr("day").cast<uint8_t>()}
                 .ToEpochDays();
  }
  const int64_t seconds = object.attr("hour").cast<int64_t>() * 3600 + object.attr("minute").cast<int64_t>() * 60 +
                          object.attr("second").cast<int64_t>();
  t.nanos = seconds * kNanosPerSecond + object.attr("microsecond").cast<int64_t>() * 1000;
  return t;
}

bool IsInstance(py::handle object, const py::object& type) {
  return type && PyObject_IsInstance(object.ptr(), type.ptr()) == 1;
}

Date PartialDateFromPython(py::handle object, const std::string& where) {
  py::object month = object.attr("month");
  Date date;
  date.year = object.attr("year").cast<int32_t>();
  if (!month.is_none()) {
    const int m = month.cast<int>();
    if (m < 1 || m > 12) throw py::value_error(where + ": PartialDate month must be 1..12, got " + std::to_string(m));
    date.month = static_cast<uint8_t>(m);
  }
  return date;
}

}  // namespace

const PyTypes& Types() {
  if (!types) throw std::runtime_error("cartelgraph._core used before the cartelgraph package registered its types");
  return *types;
}

void RegisterTypes(py::object node, py::object relationship, py::object path, py::object partial_date,
                   py::object duration) {
  if (!types) types = new PyTypes;
  types->duration = std::move(duration);
  types->node = std::move(node);
  types->relationship = std::move(relationship);
  types->path = std::move(path);
  types->partial_date = std::move(partial_date);
  py::module_ datetime = py::module_::import("datetime");
  types->date = datetime.attr("date");
  types->datetime = datetime.attr("datetime");
  types->time = datetime.attr("time");
  types->timezone = datetime.attr("timezone");
  types->timedelta = datetime.attr("timedelta");
}

py::object DateToPython(const Date& date, Style style) {
  if (style == Style::kRow && date.is_full() && date.year >= 1 && date.year <= 9999) {
    return Types().date(date.year, date.month, date.day);
  }
  if (style == Style::kFrame || date.is_full()) return py::str(date.ToString());
  return Types().partial_date(date.year, date.month ? py::object(py::int_(date.month)) : py::object(py::none()));
}

py::object DurationToPython(const query::Duration& d) {
  // timedelta holds up to 999,999,999 days either way.
  const double days = static_cast<double>(d.days) + static_cast<double>(d.seconds) / 86'400;
  if (d.months != 0 || std::abs(days) >= 999'999'000) return Types().duration(d.months, d.days, d.seconds, d.nanos);
  using py::literals::operator""_a;
  return Types().timedelta("days"_a = d.days, "seconds"_a = d.seconds, "microseconds"_a = d.nanos / 1000);
}

py::object ToPython(const query::Value& value, const Entities& entities, Style style) {
  using Type = query::Value::Type;
  switch (value.type()) {
    case Type::kNull:
      return py::none();
    case Type::kBool:
      return py::bool_(value.as_bool());
    case Type::kInt:
      return py::int_(value.as_int());
    case Type::kFloat:
      return py::float_(value.as_float());
    case Type::kString:
      return py::str(value.as_string());
    case Type::kDate:
      return DateToPython(value.as_date(), style);
    case Type::kDuration:
      return DurationToPython(value.as_duration());
    case Type::kTemporal:
      return TemporalToPython(value.as_temporal());
    case Type::kList: {
      const query::List& list = value.as_list();
      py::list out(list.size());
      for (size_t i = 0; i < list.size(); ++i) out[i] = ToPython(list[i], entities, style);
      return out;
    }
    case Type::kMap: {
      py::dict out;
      for (const auto& [key, v] : value.as_map()) out[py::str(key)] = ToPython(v, entities, style);
      return out;
    }
    case Type::kNode:
      return NodeToPython(value.as_node().id, entities, style);
    case Type::kRel:
      return RelToPython(value.as_rel().id, entities, style);
    case Type::kPath:
      return PathToPython(value.as_path(), entities, style);
  }
  return py::none();
}

query::Value FromPython(py::handle object, const std::string& where) {
  if (object.is_none()) return {};
  if (PyBool_Check(object.ptr())) return query::Value(object.cast<bool>());
  if (PyLong_Check(object.ptr())) {
    int overflow = 0;
    const long long v = PyLong_AsLongLongAndOverflow(object.ptr(), &overflow);
    if (overflow) throw py::value_error(where + ": integer out of the 64-bit range");
    return query::Value(static_cast<int64_t>(v));
  }
  if (PyFloat_Check(object.ptr())) return query::Value(PyFloat_AsDouble(object.ptr()));
  if (py::isinstance<py::str>(object)) return query::Value(object.cast<std::string>());
  const PyTypes& t = Types();
  if (IsInstance(object, t.partial_date)) return query::Value(PartialDateFromPython(object, where));
  if (IsInstance(object, t.datetime)) return query::Value(TemporalFromPython(object, true));
  if (IsInstance(object, t.time)) return query::Value(TemporalFromPython(object, false));
  if (IsInstance(object, t.timedelta)) {
    return query::Value(query::Duration{0, object.attr("days").cast<int64_t>(), object.attr("seconds").cast<int64_t>(),
                                        object.attr("microseconds").cast<int64_t>() * 1000});
  }
  if (IsInstance(object, t.duration)) {
    const int64_t nanos = object.attr("nanoseconds").cast<int64_t>();
    const int64_t carry = nanos >= 0 ? nanos / 1'000'000'000 : -((-nanos + 999'999'999) / 1'000'000'000);
    return query::Value(query::Duration{object.attr("months").cast<int64_t>(), object.attr("days").cast<int64_t>(),
                                        object.attr("seconds").cast<int64_t>() + carry, nanos - carry * 1'000'000'000});
  }
  if (IsInstance(object, t.date)) {
    Date date;
    date.year = object.attr("year").cast<int32_t>();
    date.month = object.attr("month").cast<uint8_t>();
    date.day = object.attr("day").cast<uint8_t>();
    return query::Value(date);
  }
  if (IsInstance(object, t.node)) return query::Value(query::NodeRef{object.attr("id").cast<graph::NodeId>()});
  if (IsInstance(object, t.relationship)) {
    return query::Value(query::RelRef{object.attr("id").cast<graph::RelId>()});
  }
  if (py::isinstance<py::dict>(object)) {
    query::Map map;
    for (auto [key, v] : object.cast<py::dict>()) {
      if (!py::isinstance<py::str>(key)) throw py::type_error(where + ": map keys must be strings");
      const std::string k = key.cast<std::string>();
      map[k] = FromPython(v, where + "." + k);
    }
    return query::Value(std::move(map));
  }
  if (py::isinstance<py::list>(object) || py::isinstance<py::tuple>(object)) {
    query::List list;
    size_t i = 0;
    for (py::handle item : object) list.push_back(FromPython(item, where + "[" + std::to_string(i++) + "]"));
    return query::Value(std::move(list));
  }
  // numpy and other numbers: integers by __index__, then floats by __float__.
  if (PyIndex_Check(object.ptr())) {
    PyObject* index = PyNumber_Index(object.ptr());
    if (!index) throw py::error_already_set();
    return FromPython(py::reinterpret_steal<py::object>(index), where);
  }
  if (py::hasattr(object, "__float__")) return query::Value(object.cast<double>());
  throw py::type_error(where + ": cannot pass a " + std::string(py::str(object.get_type().attr("__name__"))) +
                       " to Cypher (None, bool, int, float, str, date, PartialDate, datetime, time, timedelta, "
                       "Duration, list, dict, Node, Relationship)");
}

query::Map ParamsFromPython(const py::dict& params) {
  query::Map map;
  for (auto [key, value] : params) {
    if (!py::isinstance<py::str>(key)) throw py::type_error("parameter names must be strings");
    const std::string name = key.cast<std::string>();
    map[name] = FromPython(value, "parameter $" + name);
  }
  return map;
}

std::optional<Date> AsOfFromPython(const std::optional<std::string>& as_of) {
  if (!as_of) return std::nullopt;
  std::optional<Date> day = Date::Parse(*as_of);
  if (!day) throw py::value_error("as_of " + *as_of + ": expected a date YYYY-MM-DD, YYYY-MM or YYYY");
  return day;
}

}  // namespace cg::python
