// Whole-graph scans for the exporters: every node or relationship record,
// decoded, in id order. A storage or decoding failure stops the scan and is
// returned.
#pragma once

#include <functional>

#include "exchange/property_schema.h"
#include "graph/reader.h"
#include "schema/status.h"

namespace cg::exchange {

Status ForEachNodeRecord(const graph::Reader& reader, const std::function<void(const graph::Node&)>& fn);
Status ForEachRelationshipRecord(const graph::Reader& reader,
                                 const std::function<void(const graph::Relationship&)>& fn);

// One pass over the graph: the property columns of all nodes and of all
// relationships, for exporters that declare attributes before the data.
Status ScanPropertySchemas(const graph::Reader& reader, PropertySchema* nodes, PropertySchema* relationships);

}  // namespace cg::exchange
