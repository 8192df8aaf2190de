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

#include "exchange/records.h"
#include "graph/reader.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::exchange {

// What `view` shows (records.h ExportView): the graph of a day, rejected facts.
Status ExportGraphML(const graph::Reader& reader, std::ostream& out,
                     const ExportView& view = {});

}  // namespace cg::exchange
