#include "cli/repl/vocabulary.h"

#include <set>

#include "schema/ontology.h"

namespace cg::cli {

Status ReadSchemaCounts(const graph::Graph& graph, SchemaCounts* counts) {
  auto txn = graph.BeginRead();
  Status s = txn->CountLabels(&counts->labels);
  if (s.ok()) s = txn->CountRelationshipTypes(&counts->types);
  return s;
}

Status ReadVocabulary(const graph::Graph& graph, cli::Vocabulary* v) {
  SchemaCounts counts;
  Status s = ReadSchemaCounts(graph, &counts);
  if (!s.ok()) return s;
  v->labels.clear();
  v->types.clear();
  for (const auto& [label, n] : counts.labels) v->labels.push_back(label);
  for (const auto& [type, n] : counts.types) v->types.push_back(type);
  std::set<std::string> keys;
  const Ontology& ontology = Ontology::Default();
  for (const LabelDef& l : ontology.labels()) {
    for (const PropertyDef& p : l.properties) keys.insert(p.name);
  }
  for (const RelationshipTypeDef& t : ontology.types()) {
    for (const PropertyDef& p : t.properties) keys.insert(p.name);
  }
  auto txn = graph.BeginRead();
  size_t seen = 0;
  s = txn->ForEachNode([&](graph::NodeId id) {
    graph::Node n;
    if (txn->GetNode(id, &n).ok()) {
      for (const auto& [k, value] : n.properties) keys.insert(k);
    }
    return ++seen < kPropertySample;
  });
  seen = 0;
  if (s.ok()) {
    s = txn->ForEachRelationship([&](graph::RelId id) {
      graph::Relationship r;
      if (txn->GetRelationship(id, &r).ok()) {
        for (const auto& [k, value] : r.properties) keys.insert(k);
      }
      return ++seen < kPropertySample;
    });
  }
  v->property_keys.assign(keys.begin(), keys.end());
  return s;
}

}  // namespace cg::cli
