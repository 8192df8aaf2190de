#include "exchange/subgraph.h"

#include <map>

namespace cg::exchange {

Status CopySubgraph(const graph::Reader& from, const std::set<graph::NodeId>& nodes,
                    const std::set<graph::RelId>& relationships, graph::Graph* into) {
  std::vector<graph::Relationship> rels;
  std::set<graph::NodeId> all_nodes = nodes;
  for (graph::RelId id : relationships) {
    graph::Relationship rel;
    CG_RETURN_IF_ERROR(from.GetRelationship(id, &rel));
    all_nodes.insert(rel.start);
    all_nodes.insert(rel.end);
    rels.push_back(std::move(rel));
  }
  std::unique_ptr<graph::WriteTxn> txn;
  CG_RETURN_IF_ERROR(into->BeginWrite(&txn));
  std::map<graph::NodeId, graph::NodeId> copied;
  for (graph::NodeId id : all_nodes) {
    graph::Node node;
    CG_RETURN_IF_ERROR(from.GetNode(id, &node));
    graph::NodeId copy = 0;
    CG_RETURN_IF_ERROR(txn->CreateNode(node.labels, node.properties, &copy));
    if (!node.claims.empty()) {
      node.id = copy;
      CG_RETURN_IF_ERROR(txn->ReplaceNode(node));
    }
    copied.emplace(id, copy);
  }
  for (auto& rel : rels) {
    graph::RelId copy = 0;
    CG_RETURN_IF_ERROR(txn->CreateRelationship(rel.type, copied.at(rel.start), copied.at(rel.end), rel.properties, &copy));
    if (!rel.evidence.empty() || !rel.claims.empty()) {
      rel.id = copy;
      rel.start = copied.at(rel.start);
      rel.end = copied.at(rel.end);
      CG_RETURN_IF_ERROR(txn->ReplaceRelationship(rel));
    }
  }
  return txn->Commit();
}

}  // namespace cg::exchange
