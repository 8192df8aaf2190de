// GraphML export of a whole graph, valid against the GraphML 1.0 schema and
// laid out for Gephi, yEd, networkx and igraph:
//
//  - every <key> has an attr.type (boolean, long, double or string);
//  - node keys: `label` (the name, Gephi's node label), `labels` (all the
//    node's labels as one string, ":Organization:Cartel"), then one per
//    property key (lists ';'-joined, dates ISO at their own precision);
//  - one <edge> per relationship, id "e<rel id>", with keys `label` and
//    `type` (both the relationship type), `evidence_count` (default 0),
//    `source_article` and `source_quote` (the first evidence), then one per
//    property key;
//  - node ids "n<node id>"; missing values are omitted.
//
// One pass over the snapshot; the body is spooled to a temporary file so
// that the keys, typed by every value written, can be declared before it.
#pragma once

#include <optional>
#include <ostream>

#include "graph/reader.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::exchange {

// With `as_of`, the graph of that day (records.h): every node, the
// relationships that hold on it.
Status ExportGraphML(const graph::Reader& reader, std::ostream& out,
                     const std::optional<Date>& as_of = std::nullopt);

}  // namespace cg::exchange
