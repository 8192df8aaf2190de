// tck_adapter: speaks the openCypher TCK harness's JSON-lines protocol
// (shared/tck/README.md) over stdin/stdout for cartelgraph's query engine.
//
// Each `reset` opens a fresh in-memory, schemaless graph. Each `exec` runs
// one query; its side effects are reported as the TCK defines them: the
// difference between graph snapshots taken before and after the query.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "format/value_json.h"
#include "graph/graph.h"
#include "query/engine.h"
#include "query/procedures/table_procedure.h"
#include "query/procedures/registry.h"

namespace {

using cg::query::Value;
using nlohmann::json;

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
        values.push_back(i < row.size() ? cg::format::ValueFromJson(row[i]) : Value());
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
          params[it.key()] = cg::format::ValueFromJson(it.value());
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
            for (const Value& v : row) out.push_back(cg::format::ValueToJson(v, r));
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
