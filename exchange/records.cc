#include "exchange/records.h"

#include <unordered_set>

#include "graph/curation/decision_store.h"
#include "schema/validity.h"

namespace cg::exchange {

Status ForEachNodeRecord(const graph::Reader& reader, const std::function<void(const graph::Node&)>& fn,
                         const ExportView& view) {
  graph::curation::ClaimRejectionsByNode rejections;
  if (!view.show_rejected) CG_RETURN_IF_ERROR(graph::curation::DecisionStore::AllClaimRejections(reader, &rejections));
  Status failure;
  graph::Node node;
  CG_RETURN_IF_ERROR(reader.ForEachNode([&](graph::NodeId id) {
    node = graph::Node();
    failure = reader.GetNode(id, &node);
    if (!failure.ok()) return false;
    if (auto it = rejections.find(id); it != rejections.end()) {
      std::erase_if(node.claims, [&](const graph::Claim& c) { return RejectionOf(it->second, c) != 0; });
    }
    fn(node);
    return true;
  }));
  return failure;
}

Status ForEachRelationshipRecord(const graph::Reader& reader,
                                 const std::function<void(const graph::Relationship&)>& fn,
                                 const ExportView& view) {
  std::unordered_set<graph::RelId> rejected;
  if (!view.show_rejected) {
    CG_RETURN_IF_ERROR(graph::curation::DecisionStore::ForEachRejected(reader, [&](graph::RelId id, uint64_t) {
      rejected.insert(id);
      return true;
    }));
  }
  Status failure;
  graph::Relationship rel;
  CG_RETURN_IF_ERROR(reader.ForEachRelationship([&](graph::RelId id) {
    if (rejected.count(id)) return true;
    rel = graph::Relationship();
    failure = reader.GetRelationship(id, &rel);
    if (!failure.ok()) return false;
    if (!view.as_of || HoldsOn(rel.properties, *view.as_of)) fn(rel);
    return true;
  }));
  return failure;
}

}  // namespace cg::exchange
