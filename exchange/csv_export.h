// Export of a whole graph as neo4j-admin import CSV files (header format:
// neo4j_header.h) into a directory, which ImportNeo4jCsv (and
// `neo4j-admin database import full`) reads back:
//
//   nodes_<Label>.csv   :ID,<key>:<type>,...,:LABEL     one per primary label
//                                                       (nodes.csv: no label)
//   rels_<TYPE>.csv     :START_ID,:END_ID,:TYPE,<key>:<type>,...
//
// `:ID` holds the graph's node id and is not a property; a property `id`
// is an ordinary column. Every property column is typed (long, double,
// boolean, date, string; lists as type[], ';'-joined), by PropertySchema.
// Empty strings are written "" (an empty field is no value).
//
// Not carried: evidence and claims, and the stored article texts. Lists
// whose strings contain ';', empty lists and empty list elements do not
// round-trip.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "exchange/records.h"
#include "graph/reader.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::exchange {

struct CsvExportFiles {
  std::vector<std::string> node_files;  // paths, in the order written
  std::vector<std::string> relationship_files;
};

// Creates `directory` if needed; existing files of the same names are
// replaced.
// What `view` shows (records.h ExportView): the graph of a day, rejected facts.
Status ExportNeo4jCsv(const graph::Reader& reader, const std::string& directory, CsvExportFiles* files,
                      const ExportView& view = {});

}  // namespace cg::exchange
