#include "format/value_json.h"

#include <cmath>
#include <string>

#include "format/value_text.h"

namespace cg::format {

namespace {

using nlohmann::json;
using query::Value;

json FloatJson(double d) {
  if (std::isnan(d)) return json{{"$float", "NaN"}};
  if (std::isinf(d)) return json{{"$float", d > 0 ? "Infinity" : "-Infinity"}};
  return json(d);
}

json PropertiesJson(const PropertyMap& props) {
  json out = json::object();
  for (const auto& [k, v] : props) out[k] = ValueToJson(Value::FromStored(v), query::QueryResult());
  return out;
}

json NodeJson(graph::NodeId id, const query::QueryResult& r) {
  json node{{"id", id}, {"labels", json::array()}, {"properties", json::object()}};
  if (auto it = r.nodes.find(id); it != r.nodes.end()) {
    node["labels"] = it->second.labels;
    node["properties"] = PropertiesJson(it->second.properties);
  }
  return json{{"$node", node}};
}

json RelJson(graph::RelId id, const query::QueryResult& r) {
  json rel{{"id", id}, {"type", ""}, {"start", 0}, {"end", 0}, {"properties", json::object()}};
  if (auto it = r.relationships.find(id); it != r.relationships.end()) {
    rel["type"] = it->second.type;
    rel["start"] = it->second.start;
    rel["end"] = it->second.end;
    rel["properties"] = PropertiesJson(it->second.properties);
  }
  return json{{"$rel", rel}};
}

}  // namespace

json ValueToJson(const Value& v, const query::QueryResult& r) {
  switch (v.type()) {
    case Value::Type::kNull: return nullptr;
    case Value::Type::kBool: return v.as_bool();
    case Value::Type::kInt: return v.as_int();
    case Value::Type::kFloat: return FloatJson(v.as_float());
    case Value::Type::kString: return v.as_string();
    case Value::Type::kList: {
      json out = json::array();
      for (const Value& e : v.as_list()) out.push_back(ValueToJson(e, r));
      return out;
    }
    case Value::Type::kMap: {
      json out = json::object();
      for (const auto& [k, e] : v.as_map()) out[k] = ValueToJson(e, r);
      return out;
    }
    case Value::Type::kNode: return NodeJson(v.as_node().id, r);
    case Value::Type::kRel: return RelJson(v.as_rel().id, r);
    case Value::Type::kPath: {
      json out = json::array();
      const query::Path& p = v.as_path();
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        out.push_back(NodeJson(p.nodes[i], r));
        if (i < p.rels.size()) out.push_back(RelJson(p.rels[i], r));
      }
      return json{{"$path", out}};
    }
    case Value::Type::kDate: return DateText(v.as_date());
    case Value::Type::kDuration: return v.as_duration().ToString();
    case Value::Type::kTemporal: return v.as_temporal().ToString();
  }
  return nullptr;
}

Value ValueFromJson(const json& j) {
  switch (j.type()) {
    case json::value_t::boolean: return Value(j.get<bool>());
    case json::value_t::number_integer: return Value(j.get<int64_t>());
    case json::value_t::number_unsigned: return Value(static_cast<int64_t>(j.get<uint64_t>()));
    case json::value_t::number_float: return Value(j.get<double>());
    case json::value_t::string: return Value(j.get<std::string>());
    case json::value_t::array: {
      query::List out;
      for (const json& e : j) out.push_back(ValueFromJson(e));
      return Value(std::move(out));
    }
    case json::value_t::object: {
      if (j.size() == 1 && j.contains("$int") && j["$int"].is_string()) {
        return Value(static_cast<int64_t>(std::stoll(j["$int"].get<std::string>())));
      }
      if (j.size() == 1 && j.contains("$float")) {
        const json& f = j["$float"];
        if (f.is_string()) return Value(std::stod(f.get<std::string>()));
        if (f.is_number()) return Value(f.get<double>());
      }
      query::Map out;
      for (auto it = j.begin(); it != j.end(); ++it) out[it.key()] = ValueFromJson(it.value());
      return Value(std::move(out));
    }
    default: return Value();
  }
}

}  // namespace cg::format
