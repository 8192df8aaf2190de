// Bulk import of neo4j-admin import CSV files (header format: neo4j_header.h)
// into a Graph, through the graph API:
//
//   ImportOptions options;
//   options.node_files = {"nodes_Person.csv", ...};
//   options.relationship_files = {"rels_LEADS.csv", ...};
//   Status s = ImportNeo4jCsv(graph.get(), options, &stats);
//
// One pass over the files, node files first: every row is decoded and
// handed to a graph::BulkLoader, which checks it (labels, names, and, when
// the Graph enforces the ontology, endpoint labels and property types)
// and holds it until Finish. Any bad row — field count, typed values, ids
// unique within their id space, relationship ends — fails the import with
// nothing written: the Status lists up to `max_errors` problems, one per
// line, each as file:line: what was expected. Otherwise everything is
// written as one atomic SST ingestion: readers see all of the import or
// none of it. Files are read once, so pipes work.
//
// The `name:ID` column is also kept as property `name` (usually `id`), as
// neo4j-admin does; node ids are the graph's own.
//
// Into a database that already holds data: with `match_key` (an indexed
// property: id, name or aliases), a relationship end that no node file
// defines is the database node whose match_key property equals it — when
// the end column names an id space (`:END_ID(Person)`), a node with that
// label. No such node, or more than one, is a bad row. A node row whose
// match_key value already names a database node is refused too: an import
// only creates.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "schema/status.h"

namespace cg::exchange {

struct ImportOptions {
  std::vector<std::string> node_files = {};
  std::vector<std::string> relationship_files = {};
  size_t max_errors = 50;
  std::string match_key = {};  // empty: every relationship end is in the node files
  // What the load holds in memory before it spills sorted runs to disk
  // (graph/bulk_loader.h); 0: the loader's default.
  size_t memory_budget = 0;
};

struct ImportStats {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
};

Status ImportNeo4jCsv(graph::Graph* graph, const ImportOptions& options, ImportStats* stats);

}  // namespace cg::exchange
