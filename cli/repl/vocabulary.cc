#include "cli/repl/vocabulary.h"

#include <set>

#include "schema/ontology.h"

namespace cg::cli {

Status ReadSchemaCounts(const graph::Graph& graph, SchemaCounts* counts) {
  auto txn = graph.BeginRead();
  Status s = txn->CountLabels(&counts->labels);
  if (s.ok()) s = txn->CountRelationshipTypes(&counts->types);
  if (s.ok()) s = txn->CountPropertyKeys(&counts->keys);
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
  for (const auto& [key, n] : counts.keys) keys.insert(key);
  v->property_keys.assign(keys.begin(), keys.end());
  return Status::OK();
}

}  // namespace cg::cli
