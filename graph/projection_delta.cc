#include "graph/projection_delta.h"

#include <algorithm>

#include "graph/keys.h"
#include "storage/store.h"

namespace cg::graph {

Status ProjectionDelta::FromBatch(const storage::WriteBatchView& batch, ProjectionDelta* delta) {
  *delta = ProjectionDelta();
  bool malformed = false;
  batch.ForEachWrite(storage::Column::kOutEdges, [&](std::string_view key, bool deleted) {
    keys::DecodedEdge e;
    if (!keys::DecodeEdge(key, &e)) {
      malformed = true;
      return;
    }
    (deleted ? delta->removed : delta->added).push_back(Rel{e.from, std::string(e.type), e.to, e.rel});
  });
  if (malformed) return Status::Corruption("malformed adjacency key in a write batch");
  batch.ForEachWrite(storage::Column::kNodes, [&](std::string_view key, bool deleted) {
    (deleted ? delta->nodes_deleted : delta->nodes_written).push_back(keys::ReadId(key));
  });
  batch.ForEachWrite(storage::Column::kRelationships, [&](std::string_view key, bool deleted) {
    (deleted ? delta->rels_deleted : delta->rels_written).push_back(keys::ReadId(key));
  });
  for (auto* ids : {&delta->nodes_written, &delta->nodes_deleted, &delta->rels_written, &delta->rels_deleted}) {
    std::sort(ids->begin(), ids->end());
  }
  return Status::OK();
}

}  // namespace cg::graph
