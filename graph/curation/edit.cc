// rename(e, name) and relabel(e, label): one node's canonical name (the
// old one stays an alias, so articles that use it still find the entity)
// or label. A relabel that a relationship of the entity would no longer
// fit (the ontology's allowed ends) is refused, naming the relationship.
#include <fmt/format.h>

#include <algorithm>

#include "graph/curation/effects.h"
#include "graph/curation/entity_ref.h"
#include "schema/ontology.h"

namespace cg::graph::curation {

Status Rename(Effects* fx) {
  Decision& d = fx->decision();
  if (d.entities.size() != 1 || d.names.size() != 1 || d.names[0].empty()) {
    return Status::InvalidArgument("rename takes an entity and its new name");
  }
  const NodeId id = d.entities[0].id;
  WriteTxn& txn = fx->txn();
  CG_RETURN_IF_ERROR(fx->TouchNode(id));
  Node node;
  CG_RETURN_IF_ERROR(txn.GetNodeRecord(id, &node));
  ValueList aliases;
  if (const Value* v = node.Find("aliases"); v && v->is_list()) aliases = v->as_list();
  for (const std::string& n : NamesOf(node)) {
    if (std::find(aliases.begin(), aliases.end(), Value(n)) == aliases.end()) aliases.emplace_back(n);
  }
  node.properties["aliases"] = Value(std::move(aliases));
  node.properties["name"] = Value(d.names[0]);
  CG_RETURN_IF_ERROR(txn.ReplaceNode(node));
  return fx->MarkNode(id);
}

Status Relabel(Effects* fx) {
  Decision& d = fx->decision();
  if (d.entities.size() != 1 || d.names.size() != 1) return Status::InvalidArgument("relabel takes an entity and a label");
  const Ontology& ontology = Ontology::Default();
  const std::string& label = d.names[0];
  const NodeId id = d.entities[0].id;
  WriteTxn& txn = fx->txn();
  Node node;
  CG_RETURN_IF_ERROR(txn.GetNodeRecord(id, &node));
  std::vector<std::string> labels;
  if (ontology.FindPrimary(label)) {
    labels.push_back(label);
    for (const std::string& l : node.labels) {
      const LabelDef* of = ontology.PrimaryOfRefinement(l);
      if (of && of->name == label) labels.push_back(l);
    }
  } else if (const LabelDef* of = ontology.PrimaryOfRefinement(label)) {
    if (PrimaryOf(node) != of->name) {
      return Status::InvalidArgument(fmt::format("{} refines {}, and node {} is a {}; relabel it {} first", label,
                                                 of->name, id, PrimaryOf(node), of->name));
    }
    for (const std::string& l : node.labels) {
      if (!ontology.PrimaryOfRefinement(l)) labels.push_back(l);
    }
    labels.push_back(label);
  } else {
    return Status::InvalidArgument(
        fmt::format("'{}' is not a label of the ontology (docs/VOCABULARY.md lists them)", label));
  }
  // Every relationship must still fit its ends.
  Status misfit;
  CG_RETURN_IF_ERROR(txn.ForEachEdge(id, Direction::kBoth, "", [&](const Edge& e) {
    std::vector<std::string> other;
    misfit = txn.GetNodeLabels(e.other(), &other);
    if (!misfit.ok()) return false;
    const std::string type(e.type);
    misfit = e.outgoing ? ontology.CheckRelationship(type, labels, other) : ontology.CheckRelationship(type, other, labels);
    if (!misfit.ok()) {
      misfit = Status::Constraint(fmt::format("relabel {} of node {} as {}: its relationship {} ({}) would not fit: {}",
                                              d.entities[0].name, id, label, e.rel, type, misfit.message()));
    }
    return misfit.ok();
  }));
  CG_RETURN_IF_ERROR(misfit);
  CG_RETURN_IF_ERROR(fx->TouchNode(id));
  node.labels = std::move(labels);
  CG_RETURN_IF_ERROR(txn.ReplaceNode(node));
  return fx->MarkNode(id);
}

}  // namespace cg::graph::curation
