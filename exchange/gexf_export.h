// GEXF 1.3 export of a whole graph (namespace http://gexf.net/1.3), valid
// against the GEXF 1.3 schema, for Gephi's timeline:
//
//   <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
//
//  - nodes: id = node id, label = name, attributes `labels`
//    (":Organization:Cartel") and one per property key;
//  - edges: id = relationship id, kind and label = the relationship type,
//    attributes `evidence_count` (default 0), `source_article`,
//    `source_quote` (the first evidence) and one per property key;
//  - time: an element's start/end come from the first of these pairs of
//    date properties it has: since/until (LEADS, MEMBER_OF, ALLIED_WITH...),
//    born/died, founded/dissolved, started/ended, and date/date (events,
//    designations: the day, month or year the date names). Partial dates
//    are widened (start 2010 -> 2010-01-01, end 2010 -> 2010-12-31); the
//    original stays in the property's attribute. An end before the start
//    is dropped.
//
// Lists are ';'-joined strings and dates ISO strings, as in GraphML.
#pragma once

#include <optional>
#include <ostream>

#include "exchange/records.h"
#include "graph/reader.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::exchange {

// What `view` shows (records.h ExportView): the graph of a day, rejected facts.
Status ExportGexf(const graph::Reader& reader, std::ostream& out, const ExportView& view = {});

// The [start, end] days of an element by the rules above.
struct TimeInterval {
  std::optional<Date> start, end;
};
TimeInterval IntervalOf(const PropertyMap& properties);

}  // namespace cg::exchange
