// Database: an open cartelgraph database for Python (cartelgraph._core),
// the library's entry points with Python arguments: queries (cursor.h),
// ingest, CSV import, export and backup. Long calls release the GIL. Failures
// raise the package's exceptions (errors.h).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "python/cursor.h"

namespace cg::python {

class Database {
 public:
  // Raises DatabaseLocked when another writer holds the database.
  Database(const std::string& path, bool read_only);

  const std::string& path() const { return path_; }
  bool read_only() const { return read_only_; }
  bool closed() const { return !graph_; }
  // Closes the database once the cursors still open are gone (the package
  // closes them first).
  void Close() { graph_.reset(); }

  std::unique_ptr<Cursor> Query(const std::string& text, const py::dict& params, const QuerySettings& settings);

  // ingest::IngestPaths; `progress(dict)` is called after each file. Returns
  // the report as a dict. When `interruptible` (called on Python's main
  // thread), Ctrl-C stops the run after the article being written and
  // raises KeyboardInterrupt saying how many articles were committed.
  py::dict Ingest(const std::vector<std::string>& paths, const std::optional<std::string>& date, unsigned threads,
                  float min_confidence, const std::string& lexicon, const py::object& progress, bool interruptible);
  // exchange::ImportNeo4jCsv; returns {"nodes": n, "relationships": n}.
  py::dict ImportCsv(const std::vector<std::string>& nodes, const std::vector<std::string>& relationships,
                     const std::string& match_key, size_t memory_mb);
  // Writes the graph, or with `nodes` the subgraph of those nodes and
  // `relationships` (exchange/subgraph.h), as json | graphml | gexf (a
  // file) or csv (a directory).
  void Export(const std::string& path, const std::string& format,
              const std::optional<std::vector<graph::NodeId>>& nodes, const std::vector<graph::RelId>& relationships,
              const std::optional<std::string>& as_of, bool show_rejected);
  // graph::Graph::CopyTo: the committed state, copied into a new database at
  // `target` (a new or empty directory whose parent exists), consistent
  // while other processes write. ValueError for a target it refuses.
  void Backup(const std::string& target);

 private:
  std::shared_ptr<graph::Graph> Graph() const;  // raises when closed

  std::string path_;
  bool read_only_;
  std::shared_ptr<graph::Graph> graph_;
};

}  // namespace cg::python
