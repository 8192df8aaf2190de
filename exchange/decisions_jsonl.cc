#include "exchange/decisions_jsonl.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "exchange/json_export.h"
#include "graph/curation/curator.h"
#include "graph/curation/decision_store.h"

namespace cg::exchange {

using json = nlohmann::ordered_json;
using graph::curation::Decision;
using graph::curation::EntityRef;
using graph::curation::Kind;

namespace {

json RefToJson(const EntityRef& ref) { return json{{"id", ref.id}, {"label", ref.label}, {"name", ref.name}}; }

EntityRef RefFromJson(const json& j) {
  EntityRef ref;
  ref.id = j.value("id", uint64_t{0});
  ref.label = j.value("label", "");
  ref.name = j.value("name", "");
  return ref;
}

json DecisionToJson(const Decision& d) {
  json j{{"id", d.id},
         {"kind", std::string(graph::curation::KindName(d.kind))},
         {"author", d.author},
         {"timestamp", d.timestamp},
         {"reason", d.reason}};
  if (d.RejectsClaim()) {
    j["claim"] = json{{"entity", RefToJson(d.claim.entity)},
                      {"key", d.claim.key},
                      {"value", ValueToJson(d.claim.value)},
                      {"article", d.claim.article}};
  } else if (d.kind == Kind::kReject) {
    j["relationship"] = json{{"id", d.relationship.id},
                             {"type", d.relationship.type},
                             {"start", RefToJson(d.relationship.start)},
                             {"end", RefToJson(d.relationship.end)}};
  } else {
    json entities = json::array();
    for (const EntityRef& ref : d.entities) entities.push_back(RefToJson(ref));
    j["entities"] = std::move(entities);
  }
  if (!d.names.empty()) j["names"] = d.names;
  if (d.kind == Kind::kAssert) {
    j["type"] = d.type;
    json properties = json::object();
    for (const auto& [key, value] : d.properties) properties[key] = ValueToJson(value);
    j["properties"] = std::move(properties);
    j["source"] = d.source;
    j["note"] = d.note;
  }
  if (d.undone) {
    j["undone"] = true;
    j["undone_at"] = d.undone_at;
    j["undone_by"] = d.undone_by;
  }
  return j;
}

Value ValueFromJson(const json& j) {
  if (j.is_boolean()) return Value(j.get<bool>());
  if (j.is_number_integer()) return Value(j.get<int64_t>());
  if (j.is_number()) return Value(j.get<double>());
  if (j.is_string()) return Value(j.get<std::string>());
  if (j.is_array()) {
    ValueList list;
    for (const json& item : j) list.push_back(ValueFromJson(item));
    return Value(std::move(list));
  }
  return Value();
}

// The decision a line holds; InvalidArgument saying what is wrong.
Status DecisionFromJson(const json& j, Decision* d) {
  if (!j.is_object()) return Status::InvalidArgument("expected a JSON object");
  const auto kind = graph::curation::KindNamed(j.value("kind", ""));
  if (!kind) return Status::InvalidArgument("\"kind\" must be merge, split, reject, assert, rename or relabel");
  if (!j.contains("id") || !j["id"].is_number_unsigned() || j["id"].get<uint64_t>() == 0) {
    return Status::InvalidArgument("\"id\" must be a decision id (1 or more)");
  }
  d->id = j["id"].get<uint64_t>();
  d->kind = *kind;
  d->author = j.value("author", "");
  d->timestamp = j.value("timestamp", "");
  d->reason = j.value("reason", "");
  if (j.contains("relationship")) {
    const json& r = j["relationship"];
    d->relationship.id = r.value("id", uint64_t{0});
    d->relationship.type = r.value("type", "");
    if (r.contains("start")) d->relationship.start = RefFromJson(r["start"]);
    if (r.contains("end")) d->relationship.end = RefFromJson(r["end"]);
  }
  if (j.contains("claim")) {
    const json& c = j["claim"];
    if (!c.is_object() || !c.contains("key") || !c["key"].is_string()) {
      return Status::InvalidArgument("\"claim\" must be an object with an entity, a key, a value and an article");
    }
    if (c.contains("entity")) d->claim.entity = RefFromJson(c["entity"]);
    d->claim.key = c["key"].get<std::string>();
    if (c.contains("value")) d->claim.value = ValueFromJson(c["value"]);
    d->claim.article = c.value("article", "");
  }
  if (j.contains("entities")) {
    for (const json& e : j["entities"]) d->entities.push_back(RefFromJson(e));
  }
  if (j.contains("names")) d->names = j["names"].get<std::vector<std::string>>();
  d->type = j.value("type", "");
  if (j.contains("properties")) {
    for (const auto& [key, value] : j["properties"].items()) d->properties[key] = ValueFromJson(value);
  }
  d->source = j.value("source", "");
  d->note = j.value("note", "");
  d->undone = j.value("undone", false);
  d->undone_at = j.value("undone_at", "");
  d->undone_by = j.value("undone_by", "");
  return Status::OK();
}

}  // namespace

Status ExportDecisions(const graph::Reader& reader, std::ostream& out, size_t* count) {
  size_t n = 0;
  CG_RETURN_IF_ERROR(graph::curation::DecisionStore::ForEach(reader, [&](const Decision& d) {
    out << DecisionToJson(d).dump() << '\n';
    ++n;
    return true;
  }));
  if (count) *count = n;
  if (!out) return Status::IOError("writing the decisions failed");
  return Status::OK();
}

Status ApplyDecisions(graph::WriteTxn* txn, std::istream& in, const std::string& source, size_t* applied) {
  size_t n = 0, line_number = 0;
  std::string line;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto fail = [&](const std::string& why) {
      return Status::InvalidArgument(fmt::format("{}:{}: {}", source, line_number, why));
    };
    const json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return fail("not a JSON object");
    Decision d;
    Status s = DecisionFromJson(j, &d);
    if (!s.ok()) return fail(s.message());
    const bool undone = d.undone;
    const std::string undone_by = d.undone_by, undone_at = d.undone_at;
    s = graph::curation::Apply(txn, &d);
    if (s.ok() && undone) s = graph::curation::Undo(txn, d.id, undone_by, undone_at);
    if (!s.ok()) return fail(fmt::format("decision {} ({}): {}", d.id, graph::curation::KindName(d.kind), s.message()));
    ++n;
  }
  if (applied) *applied = n;
  return Status::OK();
}

}  // namespace cg::exchange
