// tck_adapter: speaks the openCypher TCK harness's JSON-lines protocol
// (shared/tck/README.md) over stdin/stdout for cartelgraph's query engine.
//
// Each `reset` opens a fresh in-memory, schemaless graph. Each `exec` runs
// one query; its side effects are reported as the TCK defines them: the
// difference between graph snapshots taken before and after the query.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "graph/graph.h"
#include "query/engine.h"
#include "query/procedures.h"
#include "query/temporal.h"

namespace {

using cg::query::Value;
using nlohmann::json;

Value Decode(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return Value();
    case json::value_t::boolean: return Value(j.get<bool>());
    case json::value_t::number_integer: return Value(j.get<int64_t>());
    case json::value_t::number_unsigned: return Value(static_cast<int64_t>(j.get<uint64_t>()));
    case json::value_t::number_float: return Value(j.get<double>());
    case json::value_t::string: return Value(j.get<std::string>());
    case json::value_t::array: {
      cg::query::List out;
      for (const json& e : j) out.push_back(Decode(e));
      return Value(std::move(out));
    }
    case json::value_t::object: {
      if (j.size() == 1 && j.contains("$int")) return Value(static_cast<int64_t>(std::stoll(j["$int"].get<std::string>())));
      if (j.size() == 1 && j.contains("$float")) {
        const json& f = j["$float"];
        return Value(f.is_string() ? std::stod(f.get<std::string>()) : f.get<double>());
      }
      cg::query::Map out;
      for (auto it = j.begin(); it != j.end(); ++it) out[it.key()] = Decode(it.value());
      return Value(std::move(out));
    }
    default: return Value();
  }
}

json EncodeStored(const cg::PropertyMap& props);

json EncodeFloat(double d) {
  if (std::isnan(d)) return json{{"$float", "NaN"}};
  if (std::isinf(d)) return json{{"$float", d > 0 ? "Infinity" : "-Infinity"}};
  return json(d);
}

json Encode(const Value& v, const cg::query::QueryResult& r);

json EncodeNode(cg::graph::NodeId id, const cg::query::QueryResult& r) {
  json node{{"id", id}, {"labels", json::array()}, {"properties", json::object()}};
  if (auto it = r.nodes.find(id); it != r.nodes.end()) {
    node["labels"] = it->second.labels;
    node["properties"] = EncodeStored(it->second.properties);
  }
  return json{{"$node", node}};
}

json EncodeRel(cg::graph::RelId id, const cg::query::QueryResult& r) {
  json rel{{"id", id}, {"type", ""}, {"start", 0}, {"end", 0}, {"properties", json::object()}};
  if (auto it = r.relationships.find(id); it != r.relationships.end()) {
    rel["type"] = it->second.type;
    rel["start"] = it->second.start;
    rel["end"] = it->second.end;
    rel["properties"] = EncodeStored(it->second.properties);
  }
  return json{{"$rel", rel}};
}

json Encode(const Value& v, const cg::query::QueryResult& r) {
  switch (v.type()) {
    case Value::Type::kNull: return nullptr;
    case Value::Type::kBool: return v.as_bool();
    case Value::Type::kInt: return v.as_int();
    case Value::Type::kFloat: return EncodeFloat(v.as_float());
    case Value::Type::kString: return v.as_string();
    case Value::Type::kDate: return cg::query::temporal::DateString(v.as_date());
    case Value::Type::kDuration: return v.as_duration().ToString();
    case Value::Type::kTemporal: return v.as_temporal().ToString();
    case Value::Type::kList: {
      json out = json::array();
      for (const Value& e : v.as_list()) out.push_back(Encode(e, r));
      return out;
    }
    case Value::Type::kMap: {
      json out = json::object();
      for (const auto& [k, e] : v.as_map()) out[k] = Encode(e, r);
      return out;
    }
    case Value::Type::kNode: return EncodeNode(v.as_node().id, r);
    case Value::Type::kRel: return EncodeRel(v.as_rel().id, r);
    case Value::Type::kPath: {
      json out = json::array();
      const cg::query::Path& p = v.as_path();
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        out.push_back(EncodeNode(p.nodes[i], r));
        if (i < p.rels.size()) out.push_back(EncodeRel(p.rels[i], r));
      }
      return json{{"$path", out}};
    }
  }
  return nullptr;
}

json EncodeStored(const cg::PropertyMap& props) {
  cg::query::QueryResult none;
  json out = json::object();
  for (const auto& [k, v] : props) out[k] = Encode(Value::FromStored(v), none);
  return out;
}

// The graph's state as the TCK's side effects compare it.
struct Snapshot {
  std::set<cg::graph::NodeId> nodes;
  std::set<cg::graph::RelId> rels;
  std::set<std::string> labels;
  std::set<std::tuple<char, uint64_t, std::string, std::string>> properties;  // (n|r, id, key, value)
};

Snapshot Take(cg::graph::Graph& g) {
  Snapshot s;
  auto txn = g.BeginRead();
  (void)txn->ForEachNode([&](cg::graph::NodeId id) {
    cg::graph::Node n;
    if (txn->GetNode(id, &n).ok()) {
      s.nodes.insert(id);
      for (const std::string& l : n.labels) s.labels.insert(l);
      for (const auto& [k, v] : n.properties) s.properties.emplace('n', id, k, v.ToString() + "/" + std::to_string(int(v.type())));
    }
    return true;
  });
  (void)txn->ForEachRelationship([&](cg::graph::RelId id) {
    cg::graph::Relationship r;
    if (txn->GetRelationship(id, &r).ok()) {
      s.rels.insert(id);
      for (const auto& [k, v] : r.properties) s.properties.emplace('r', id, k, v.ToString() + "/" + std::to_string(int(v.type())));
    }
    return true;
  });
  return s;
}

template <typename Set>
int64_t Missing(const Set& a, const Set& b) {  // elements of a not in b
  int64_t n = 0;
  for (const auto& x : a) n += !b.count(x);
  return n;
}

json Stats(const Snapshot& before, const Snapshot& after) {
  return json{{"nodes_created", Missing(after.nodes, before.nodes)},
              {"nodes_deleted", Missing(before.nodes, after.nodes)},
              {"relationships_created", Missing(after.rels, before.rels)},
              {"relationships_deleted", Missing(before.rels, after.rels)},
              {"properties_set", Missing(after.properties, before.properties)},
              {"properties_removed", Missing(before.properties, after.properties)},
              {"labels_added", Missing(after.labels, before.labels)},
              {"labels_removed", Missing(before.labels, after.labels)}};
}

json ErrorJson(const cg::query::QueryError& e) {
  return json{{"phase", e.phase == cg::query::Phase::kCompile ? "compile" : "runtime"},
              {"kind", e.kind},
              {"code", e.code},
              {"message", e.what()}};
}

// A procedure from the harness's table: rows hold inputs then outputs.
std::unique_ptr<cg::query::Procedure> MakeProcedure(const json& request) {
  auto fields = [](const json& list) {
    std::vector<cg::query::ProcedureField> out;
    for (const json& f : list) out.push_back({f[0].get<std::string>(), f[1].get<std::string>()});
    return out;
  };
  std::vector<cg::query::ProcedureField> inputs = fields(request["inputs"]);
  std::vector<cg::query::ProcedureField> outputs = fields(request["outputs"]);
  std::vector<std::string> columns = request["columns"].get<std::vector<std::string>>();
  std::vector<cg::query::List> rows;
  for (const json& row : request["rows"]) {
    cg::query::List values;
    for (const auto* group : {&inputs, &outputs}) {
      for (const cg::query::ProcedureField& f : *group) {
        size_t i = std::find(columns.begin(), columns.end(), f.name) - columns.begin();
        values.push_back(i < row.size() ? Decode(row[i]) : Value());
      }
    }
    rows.push_back(std::move(values));
  }
  return std::make_unique<cg::query::TableProcedure>(request["name"].get<std::string>(), std::move(inputs),
                                                     std::move(outputs), std::move(rows));
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::unique_ptr<cg::graph::Graph> graph;
  cg::query::ProcedureRegistry procedures;
  int generation = 0;
  auto reset = [&]() -> cg::Status {
    graph.reset();
    procedures = cg::query::ProcedureRegistry();
    return cg::graph::Graph::Open("tck-" + std::to_string(generation++),
                                  cg::graph::OpenOptions{.in_memory = true, .enforce_ontology = false}, &graph);
  };
  std::string line;
  while (std::getline(std::cin, line)) {
    json response;
    try {
      json request = json::parse(line);
      std::string op = request.value("op", "");
      if (op == "reset") {
        cg::Status s = reset();
        response = s.ok() ? json{{"ok", true}} : json{{"ok", false}, {"error", {{"message", s.ToString()}}}};
      } else if (op == "exec") {
        if (!graph && !reset().ok()) throw std::runtime_error("cannot open the graph");
        cg::query::Map params;
        for (auto it = request["params"].begin(); it != request["params"].end(); ++it) {
          params[it.key()] = Decode(it.value());
        }
        Snapshot before = Take(*graph);
        cg::query::QueryOptions options;
        options.procedures = &procedures;
        cg::query::QueryResult r = cg::query::QueryEngine::Execute(*graph, request["query"].get<std::string>(), params, options);
        if (!r.ok()) {
          response = json{{"ok", false}, {"error", ErrorJson(*r.error)}};
        } else {
          json rows = json::array();
          for (const auto& row : r.rows) {
            json out = json::array();
            for (const Value& v : row) out.push_back(Encode(v, r));
            rows.push_back(out);
          }
          response = json{{"ok", true}, {"columns", r.columns}, {"rows", rows}, {"stats", Stats(before, Take(*graph))}};
        }
      } else if (op == "procedure") {
        procedures.Register(MakeProcedure(request));
        response = json{{"ok", true}};
      } else {
        response = json{{"ok", false}, {"error", {{"message", "unsupported op '" + op + "'"}}}};
      }
    } catch (const std::exception& e) {
      response = json{{"ok", false}, {"error", {{"message", std::string("adapter: ") + e.what()}}}};
    }
    std::cout << response.dump(-1, ' ', false, json::error_handler_t::replace) << "\n" << std::flush;
  }
  return 0;
}
