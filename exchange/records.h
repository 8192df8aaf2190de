// Whole-graph scans for the exporters: every node or relationship record,
// decoded, in id order. A storage or decoding failure stops the scan and is
// returned.
//
// What an export writes is an ExportView of the graph:
// - as of a day (`as_of`): only the relationships that hold on it by their
//   `since`, `until` and `date` (schema/validity.h), as a query run as of
//   that day sees them (query/engine.h QueryOptions::as_of); nodes have no
//   validity and are all written;
// - relationships a curation decision rejected (graph/curation/decision.h)
//   are left out unless `show_rejected`: exports carry the curated graph;
//   so are the node claims one rejected (the properties they gave were
//   resolved anew when they were rejected: graph/curation/reject.cc).
//   Every node and relationship a decision changed carries the decisions'
//   ids in its `curated` property, so a rejected one shown is marked.
#pragma once

#include <functional>
#include <optional>
#include <utility>

#include "graph/reader.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::exchange {

// Implicit from a day, so that an export as of a day reads as one.
struct ExportView {
  ExportView(std::optional<Date> as_of = std::nullopt, bool show_rejected = false)
      : as_of(std::move(as_of)), show_rejected(show_rejected) {}
  std::optional<Date> as_of;
  bool show_rejected;
};

Status ForEachNodeRecord(const graph::Reader& reader, const std::function<void(const graph::Node&)>& fn,
                         const ExportView& view = {});
Status ForEachRelationshipRecord(const graph::Reader& reader,
                                 const std::function<void(const graph::Relationship&)>& fn,
                                 const ExportView& view = {});

}  // namespace cg::exchange
