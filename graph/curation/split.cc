// split(e, names...): names wrongly resolved to one entity ("Miguel Ángel
// Treviño" the father and the son) become a new entity of e's labels. The
// relationships whose every evidence sentence uses one of the split names
// and none of the names e keeps move with them; the others stay. (The
// undo of a merge, cg.undo, gives back the merged entity exactly.)
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "graph/curation/effects.h"
#include "graph/curation/entity_ref.h"
#include "schema/normalize.h"

namespace cg::graph::curation {

namespace {

bool Mentions(const std::string& normalized_quote, const std::vector<std::string>& normalized_names) {
  return std::any_of(normalized_names.begin(), normalized_names.end(), [&](const std::string& n) {
    return !n.empty() && normalized_quote.find(n) != std::string::npos;
  });
}

// Whether every evidence sentence of `rel` names the entity by a split
// name and none by a kept one.
bool FollowsSplitNames(const Relationship& rel, const std::vector<std::string>& split,
                       const std::vector<std::string>& kept) {
  if (rel.evidence.empty()) return false;
  for (const Evidence& e : rel.evidence) {
    const std::string quote = NormalizeName(e.quote);
    if (!Mentions(quote, split) || Mentions(quote, kept)) return false;
  }
  return true;
}

}  // namespace

Status Split(Effects* fx) {
  Decision& d = fx->decision();
  if (d.entities.size() != 1 || d.names.empty()) return Status::InvalidArgument("split takes an entity and the names to separate");
  const NodeId id = d.entities[0].id;
  WriteTxn& txn = fx->txn();
  Node node;
  CG_RETURN_IF_ERROR(txn.GetNodeRecord(id, &node));
  const std::vector<std::string> names = NamesOf(node);
  std::set<std::string> leaving;
  for (const std::string& n : d.names) {
    const std::string key = NormalizeName(n);
    if (std::none_of(names.begin(), names.end(), [&](const std::string& m) { return NormalizeName(m) == key; })) {
      return Status::InvalidArgument(fmt::format("'{}' is not a name of node {} ('{}'); its names: '{}'", n, id,
                                                 d.entities[0].name, fmt::join(names, "', '")));
    }
    leaving.insert(key);
  }
  std::vector<std::string> kept, kept_keys, split_keys;
  for (const std::string& n : names) {
    if (!leaving.count(NormalizeName(n))) {
      kept.push_back(n);
      kept_keys.push_back(NormalizeName(n));
    }
  }
  if (kept.empty()) return Status::InvalidArgument(fmt::format("split would leave node {} without a name", id));
  for (const std::string& k : leaving) split_keys.push_back(k);

  CG_RETURN_IF_ERROR(fx->TouchNode(id));
  PropertyMap props;
  props["name"] = Value(d.names[0]);
  ValueList split_aliases;
  for (const std::string& n : d.names) split_aliases.emplace_back(n);
  props["aliases"] = Value(std::move(split_aliases));
  NodeId created = 0;
  CG_RETURN_IF_ERROR(txn.CreateNode(node.labels, std::move(props), &created));
  fx->CreatedNode(created);

  ValueList kept_aliases;
  for (size_t i = 1; i < kept.size(); ++i) kept_aliases.emplace_back(kept[i]);
  node.properties["name"] = Value(kept[0]);
  node.properties["aliases"] = Value(std::move(kept_aliases));
  CG_RETURN_IF_ERROR(txn.ReplaceNode(node));

  std::set<RelId> rels;
  CG_RETURN_IF_ERROR(txn.ForEachEdge(id, Direction::kBoth, "", [&](const Edge& e) {
    rels.insert(e.rel);
    return true;
  }));
  for (RelId r : rels) {
    Relationship rel;
    CG_RETURN_IF_ERROR(txn.GetRelationship(r, &rel));
    if (!FollowsSplitNames(rel, split_keys, kept_keys)) continue;
    CG_RETURN_IF_ERROR(fx->TouchRelationship(r));
    CG_RETURN_IF_ERROR(txn.DeleteRelationship(r));
    RelId into = 0;
    CG_RETURN_IF_ERROR(fx->CopyOrFold(rel, rel.start == id ? created : rel.start, rel.end == id ? created : rel.end, &into));
  }
  CG_RETURN_IF_ERROR(fx->MarkNode(created));
  return fx->MarkNode(id);
}

}  // namespace cg::graph::curation
