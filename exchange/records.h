// Whole-graph scans for the exporters: every node or relationship record,
// decoded, in id order. A storage or decoding failure stops the scan and is
// returned.
//
// The graph as of a day (`as_of`): only the relationships that hold on it
// by their `since`, `until` and `date` (schema/validity.h), as a query run
// as of that day sees them (query/engine.h QueryOptions::as_of); nodes have
// no validity and are all written.
//
// Relationships a curation decision rejected (graph/curation/decision.h)
// are never written: exports carry the curated graph. Every node and
// relationship a decision changed carries the decisions' ids in its
// `curated` property.
#pragma once

#include <functional>
#include <optional>

#include "graph/reader.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::exchange {

Status ForEachNodeRecord(const graph::Reader& reader, const std::function<void(const graph::Node&)>& fn);
Status ForEachRelationshipRecord(const graph::Reader& reader,
                                 const std::function<void(const graph::Relationship&)>& fn,
                                 const std::optional<Date>& as_of = std::nullopt);

}  // namespace cg::exchange
