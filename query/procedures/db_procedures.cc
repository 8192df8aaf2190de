// db.*: what the database holds, as Neo4j's procedures of the same names
// list it — from the data, not from the ontology:
//
//   db.labels()                 label              the labels nodes carry (statistics.h: no scan)
//   db.relationshipTypes()      relationshipType   the types relationships have (likewise)
//   db.propertyKeys()           propertyKey        the keys some node or relationship holds
//                                                  (reads every record: no key statistics yet)
//   db.schema.visualization()   nodes, relationships
//   db.indexes()                id, name, state, populationPercent, type, entityType,
//                               labelsOrTypes, properties, owningConstraint (SHOW INDEXES):
//                               the built-in indexes (graph/index_catalog.h), then the
//                               user's (graph/catalog.h: RANGE, or the index a constraint owns)
//   db.constraints()            id, name, type, entityType, labelsOrTypes, properties,
//                               ownedIndex (SHOW CONSTRAINTS): the uniqueness constraints
//
// db.schema.visualization() yields one row: `nodes`, one map per label
// {name, count}, and `relationships`, one map per (start label, type, end
// label) that some relationship connects {type, start, end, count}
// (a node with two labels counts under each). Neo4j yields virtual nodes
// and relationships there; maps carry the same facts.
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/index_catalog.h"
#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"

namespace cg::query {

namespace {

using Counts = std::vector<std::pair<std::string, uint64_t>>;  // Reader::CountLabels

std::vector<List> OneColumn(const std::vector<std::string>& names) {
  std::vector<List> rows;
  for (const std::string& name : names) rows.push_back({Value(name)});
  return rows;
}

std::vector<std::string> Names(const Counts& counts) {
  std::vector<std::string> out;
  for (const auto& [name, count] : counts) out.push_back(name);
  return out;
}

class Labels : public Procedure {
 public:
  Labels() : Procedure("db.labels", {}, {{"label", "STRING"}}, "The labels nodes carry, by name") {}
  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    Counts counts;
    ThrowIfError(ctx.reader().CountLabels(&counts));
    return std::make_unique<VectorRows>(OneColumn(Names(counts)));
  }
};

class RelationshipTypes : public Procedure {
 public:
  RelationshipTypes()
      : Procedure("db.relationshipTypes", {}, {{"relationshipType", "STRING"}},
                  "The types relationships have, by name") {}
  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    Counts counts;
    ThrowIfError(ctx.reader().CountRelationshipTypes(&counts));
    return std::make_unique<VectorRows>(OneColumn(Names(counts)));
  }
};

class PropertyKeys : public Procedure {
 public:
  PropertyKeys()
      : Procedure("db.propertyKeys", {}, {{"propertyKey", "STRING"}},
                  "The property keys some node or relationship holds, by name") {}
  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    Counts counts;
    ThrowIfError(ctx.reader().CountPropertyKeys(&counts));
    return std::make_unique<VectorRows>(OneColumn(Names(counts)));
  }
};

class SchemaVisualization : public Procedure {
 public:
  SchemaVisualization()
      : Procedure("db.schema.visualization", {}, {{"nodes", "LIST OF MAP"}, {"relationships", "LIST OF MAP"}},
                  "The labels {name, count} and the relationship types between them {type, start, end, count}") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    const graph::Reader& reader = ctx.reader();
    Counts labels;
    ThrowIfError(reader.CountLabels(&labels));
    // Each labelled node's labels, as indices into `labels`.
    std::unordered_map<graph::NodeId, std::vector<size_t>> labels_of;
    for (size_t i = 0; i < labels.size(); ++i) {
      ThrowIfError(reader.ForEachNodeWithLabel(labels[i].first, [&](graph::NodeId id) {
        ctx.Tick();
        ctx.CheckMemory(sizeof(size_t) + 48);
        labels_of[id].push_back(i);
        return true;
      }));
    }
    std::map<std::tuple<size_t, std::string, size_t>, int64_t> links;  // (start label, type, end label)
    for (const auto& entry : labels_of) {  // (not a structured binding: clang 14 cannot capture one)
      const std::vector<size_t>& starts = entry.second;
      ThrowIfError(reader.ForEachEdge(entry.first, graph::Direction::kOutgoing, "", [&](const graph::Edge& e) {
        ctx.Tick();
        auto ends = labels_of.find(e.end);
        if (ends == labels_of.end()) return true;
        for (size_t start : starts) {
          for (size_t end : ends->second) ++links[{start, std::string(e.type), end}];
        }
        return true;
      }));
    }
    List nodes, rels;
    for (const auto& [name, count] : labels) {
      nodes.push_back(Value(Map{{"name", Value(name)}, {"count", Value(static_cast<int64_t>(count))}}));
    }
    for (const auto& [link, count] : links) {
      const auto& [start, type, end] = link;
      rels.push_back(Value(Map{{"type", Value(type)},
                               {"start", Value(labels[start].first)},
                               {"end", Value(labels[end].first)},
                               {"count", Value(count)}}));
    }
    std::vector<List> rows;
    rows.push_back({Value(std::move(nodes)), Value(std::move(rels))});
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

Value NamesOrNull(const std::vector<std::string>& names) {
  if (names.empty()) return Value();
  List out;
  for (const std::string& n : names) out.push_back(Value(n));
  return Value(std::move(out));
}

class Indexes : public Procedure {
 public:
  Indexes()
      : Procedure("db.indexes", {},
                  {{"id", "INTEGER"},
                   {"name", "STRING"},
                   {"state", "STRING"},
                   {"populationPercent", "FLOAT"},
                   {"type", "STRING"},
                   {"entityType", "STRING"},
                   {"labelsOrTypes", "LIST OF STRING?"},
                   {"properties", "LIST OF STRING?"},
                   {"owningConstraint", "STRING?"}},
                  "The indexes, by name (labelsOrTypes null: every label)") {}
  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    std::vector<List> rows;
    auto add = [&](const std::string& name, const std::string& type, const std::vector<std::string>& labels,
                   const std::vector<std::string>& properties, Value constraint) {
      rows.push_back({Value(static_cast<int64_t>(rows.size() + 1)), Value(name), Value("ONLINE"), Value(100.0),
                      Value(type), Value("NODE"), NamesOrNull(labels), NamesOrNull(properties), std::move(constraint)});
    };
    for (const graph::IndexInfo& index : graph::ListIndexes()) add(index.name, index.type, index.labels, index.properties, Value());
    graph::Catalog catalog;
    ThrowIfError(ctx.reader().GetCatalog(&catalog));
    for (const graph::IndexDef& index : catalog.indexes()) {
      add(index.name, "RANGE", {index.label}, {index.key}, index.unique ? Value(index.name) : Value());
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

class Constraints : public Procedure {
 public:
  Constraints()
      : Procedure("db.constraints", {},
                  {{"id", "INTEGER"},
                   {"name", "STRING"},
                   {"type", "STRING"},
                   {"entityType", "STRING"},
                   {"labelsOrTypes", "LIST OF STRING"},
                   {"properties", "LIST OF STRING"},
                   {"ownedIndex", "STRING"}},
                  "The uniqueness constraints, by name") {}
  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    graph::Catalog catalog;
    ThrowIfError(ctx.reader().GetCatalog(&catalog));
    std::vector<List> rows;
    for (const graph::IndexDef& index : catalog.indexes()) {
      if (!index.unique) continue;
      rows.push_back({Value(static_cast<int64_t>(rows.size() + 1)), Value(index.name), Value("UNIQUENESS"),
                      Value("NODE"), NamesOrNull({index.label}), NamesOrNull({index.key}), Value(index.name)});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterDbProcedures(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<Labels>());
  registry->Register(std::make_unique<RelationshipTypes>());
  registry->Register(std::make_unique<PropertyKeys>());
  registry->Register(std::make_unique<SchemaVisualization>());
  registry->Register(std::make_unique<Indexes>());
  registry->Register(std::make_unique<Constraints>());
}

}  // namespace cg::query
