// Bulk import of neo4j-admin import CSV files (header format: neo4j_header.h)
// into a Graph, through the graph API:
//
//   ImportOptions options;
//   options.node_files = {"nodes_Person.csv", ...};
//   options.relationship_files = {"rels_LEADS.csv", ...};
//   Status s = ImportNeo4jCsv(graph.get(), options, &stats);
//
// Two phases. Validation reads every file and checks every row — field
// count, typed values, ids unique within their id space, relationship ends
// that name a node of the node files, and, when the Graph enforces the
// ontology, labels, endpoint labels and property types — keeping only the
// id index in memory. Any bad row fails the import before anything is
// written: the Status lists up to `max_errors` problems, one per line, each
// as file:line: what was expected. Then the write phase reads the files
// again and hands every node and relationship to a graph::BulkLoader, which
// writes them as one atomic SST ingestion: readers see all of the import or
// none of it, and a failure at any point (I/O, a file that changed since it
// was validated) leaves the database as it was.
//
// The `name:ID` column is also kept as property `name` (usually `id`), as
// neo4j-admin does; node ids are the graph's own.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "schema/status.h"

namespace cg::exchange {

struct ImportOptions {
  std::vector<std::string> node_files;
  std::vector<std::string> relationship_files;
  size_t max_errors = 50;
};

struct ImportStats {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
};

Status ImportNeo4jCsv(graph::Graph* graph, const ImportOptions& options, ImportStats* stats);

}  // namespace cg::exchange
