#include "exchange/json_export.h"

#include <nlohmann/json.hpp>

#include <map>

#include "exchange/records.h"

namespace cg::exchange {

using json = nlohmann::ordered_json;

json ValueToJson(const Value& value) {
  switch (value.type()) {
    case Value::Type::kNull: return nullptr;
    case Value::Type::kBool: return value.as_bool();
    case Value::Type::kInt: return value.as_int();
    case Value::Type::kFloat: return value.as_float();
    case Value::Type::kString: return value.as_string();
    case Value::Type::kDate:
    case Value::Type::kDuration:
    case Value::Type::kTemporal: return value.ToString();
    case Value::Type::kList: {
      json list = json::array();
      for (const auto& item : value.as_list()) list.push_back(ValueToJson(item));
      return list;
    }
  }
  return nullptr;
}

json EvidenceToJson(const graph::Evidence& e) {
  return json{{"article", e.article}, {"span", {e.span_begin, e.span_end}}, {"quote", e.quote},
              {"rule", e.rule},       {"confidence", e.confidence}};
}

namespace {

json PropertiesToJson(const PropertyMap& properties, const std::vector<graph::Claim>& claims) {
  json out = json::object();
  for (const auto& [key, value] : properties) out[key] = ValueToJson(value);
  if (!claims.empty()) {
    json list = json::array();
    for (const auto& claim : claims) {
      json c = EvidenceToJson(claim.evidence);
      c["key"] = claim.key;
      c["value"] = ValueToJson(claim.value);
      list.push_back(std::move(c));
    }
    out["claims"] = std::move(list);
  }
  return out;
}

}  // namespace

Status ExportJsonLines(const graph::Reader& reader, std::ostream& out, const ExportView& view) {
  std::map<graph::NodeId, std::vector<std::string>> labels;
  CG_RETURN_IF_ERROR(ForEachNodeRecord(reader, [&](const graph::Node& node) {
    json line{{"type", "node"}, {"id", std::to_string(node.id)}, {"labels", node.labels},
              {"properties", PropertiesToJson(node.properties, node.claims)}};
    out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    labels.emplace(node.id, node.labels);
  }, view));
  CG_RETURN_IF_ERROR(ForEachRelationshipRecord(reader, [&](const graph::Relationship& rel) {
    const graph::RelId id = rel.id;
    json properties = PropertiesToJson(rel.properties, rel.claims);
    if (!rel.evidence.empty()) {
      json evidence = json::array();
      for (const auto& e : rel.evidence) evidence.push_back(EvidenceToJson(e));
      properties["evidence"] = std::move(evidence);
    }
    json line{{"type", "relationship"},
              {"id", std::to_string(id)},
              {"label", rel.type},
              {"properties", std::move(properties)},
              {"start", {{"id", std::to_string(rel.start)}, {"labels", labels[rel.start]}}},
              {"end", {{"id", std::to_string(rel.end)}, {"labels", labels[rel.end]}}}};
    out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }, view));
  out.flush();
  if (!out) return Status::IOError("writing the JSON export failed");
  return Status::OK();
}

}  // namespace cg::exchange
