// Whole-graph scans for the exporters: every node or relationship record,
// decoded, in id order. A storage or decoding failure stops the scan and is
// returned.
//
// The graph as of a day (`as_of`): only the relationships that hold on it
// by their `since`, `until` and `date` (schema/validity.h), as a query run
// as of that day sees them (query/engine.h QueryOptions::as_of); nodes have
// no validity and are all written.
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
