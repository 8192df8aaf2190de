// Whole-graph scans for the exporters: every node or relationship record,
// decoded, in id order. A storage or decoding failure stops the scan and is
// returned.
#pragma once

#include <functional>

#include "graph/reader.h"
#include "schema/status.h"

namespace cg::exchange {

Status ForEachNodeRecord(const graph::Reader& reader, const std::function<void(const graph::Node&)>& fn);
Status ForEachRelationshipRecord(const graph::Reader& reader,
                                 const std::function<void(const graph::Relationship&)>& fn);

}  // namespace cg::exchange
