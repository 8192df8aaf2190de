#include "python/database.h"

#include <atomic>
#include <optional>
#include <set>
#include <string>

#include <pybind11/stl.h>

#include "exchange/csv_import.h"
#include "exchange/export.h"
#include "exchange/subgraph.h"
#include "ingest/ingest.h"
#include "python/convert.h"
#include "python/errors.h"
#include "python/interrupt.h"

namespace cg::python {
namespace {

const char* OutcomeName(ingest::FileResult::Outcome outcome) {
  switch (outcome) {
    case ingest::FileResult::Outcome::kIngested:
      return "ingested";
    case ingest::FileResult::Outcome::kUnchanged:
      return "unchanged";
    case ingest::FileResult::Outcome::kFailed:
      break;
  }
  return "failed";
}

py::dict ReportToPython(const ingest::IngestReport& report) {
  py::list files;
  for (const ingest::FileResult& f : report.files) {
    py::dict file;
    file["path"] = f.path;
    file["outcome"] = OutcomeName(f.outcome);
    file["error"] = f.status.ok() ? py::object(py::none()) : py::object(py::str(f.status.message()));
    file["title"] = f.title;
    file["article_id"] = f.article_id;
    file["warnings"] = f.warnings;
    files.append(file);
  }
  const ingest::Counts& t = report.totals;
  py::dict d;
  d["articles"] = report.ingested;
  d["unchanged"] = report.unchanged;
  d["failed"] = report.failed;
  d["new_entities"] = t.new_entities;
  d["merged_entities"] = t.merged_entities;
  d["relationships"] = t.new_relationships;
  d["evidence"] = t.new_evidence;
  d["claims"] = t.claims;
  d["conflicts"] = report.conflicts;
  d["files"] = files;
  return d;
}


}  // namespace

Database::Database(const std::string& path, bool read_only) : path_(path), read_only_(read_only) {
  std::unique_ptr<graph::Graph> graph;
  Status s;
  {
    py::gil_scoped_release release;
    s = graph::Graph::Open(path, {.read_only = read_only}, &graph);
  }
  if (!s.ok()) RaiseStatus(s);
  graph_ = std::move(graph);
}

std::shared_ptr<graph::Graph> Database::Graph() const {
  if (!graph_) throw py::value_error("database " + path_ + " is closed");
  return graph_;
}

std::unique_ptr<Cursor> Database::Query(const std::string& text, const py::dict& params,
                                        const QuerySettings& settings) {
  QuerySettings s = settings;
  s.read_only_database = read_only_;
  return std::make_unique<Cursor>(Graph(), text, ParamsFromPython(params), s);
}

py::dict Database::Ingest(const std::vector<std::string>& paths, const std::optional<std::string>& date,
                          unsigned threads, float min_confidence, const std::string& lexicon,
                          const py::object& progress, bool interruptible) {
  auto graph = Graph();
  ingest::IngestOptions options;
  options.lexicon_dir = lexicon;
  options.threads = threads;
  options.min_confidence = min_confidence;
  if (date) {
    options.default_date = Date::Parse(*date);
    if (!options.default_date) throw py::value_error("date " + *date + ": expected an ISO date such as 2026-02-22");
  }
  std::optional<py::error_already_set> callback_error;  // the first; later calls are skipped
  if (!progress.is_none()) {
    options.on_progress = [&](const ingest::Progress& p) {
      py::gil_scoped_acquire acquire;
      if (callback_error) return;
      try {
        py::dict d;
        d["files_done"] = p.files_done;
        d["files_total"] = p.files_total;
        d["bytes_done"] = p.bytes_done;
        d["bytes_total"] = p.bytes_total;
        d["path"] = p.path;
        progress(d);
      } catch (py::error_already_set& e) {
        callback_error = std::move(e);
      }
    };
  }
  std::atomic<bool> cancel{false};
  options.cancel = &cancel;
  ingest::IngestReport report;
  Status s;
  {
    py::gil_scoped_release release;
    std::optional<SigintCancels> sigint;
    if (interruptible) sigint.emplace(&cancel);
    s = ingest::IngestPaths(*graph, paths, options, &report);
  }
  if (callback_error) throw *callback_error;
  if (!s.ok()) RaiseStatus(s);
  if (report.interrupted) {
    // The KeyboardInterrupt Python's handler has pending, with what was kept.
    if (PyErr_CheckSignals() != 0) PyErr_Clear();
    PyErr_SetString(PyExc_KeyboardInterrupt,
                    ("ingest interrupted: " + std::to_string(report.ingested) +
                     " article(s) committed; the files after the last one written were not ingested")
                        .c_str());
    throw py::error_already_set();
  }
  return ReportToPython(report);
}

py::dict Database::ImportCsv(const std::vector<std::string>& nodes, const std::vector<std::string>& relationships,
                             const std::string& match_key, size_t memory_mb) {
  auto graph = Graph();
  exchange::ImportOptions options;
  options.node_files = nodes;
  options.relationship_files = relationships;
  options.match_key = match_key;
  options.memory_budget = memory_mb << 20;
  exchange::ImportStats stats;
  Status s;
  {
    py::gil_scoped_release release;
    s = exchange::ImportNeo4jCsv(graph.get(), options, &stats);
  }
  if (!s.ok()) RaiseStatus(s);
  py::dict d;
  d["nodes"] = stats.nodes;
  d["relationships"] = stats.relationships;
  return d;
}

void Database::Export(const std::string& path, const std::string& format,
                      const std::optional<std::vector<graph::NodeId>>& nodes,
                      const std::vector<graph::RelId>& relationships, const std::optional<std::string>& as_of,
                      bool show_rejected) {
  if (!exchange::IsExportFormat(format)) {
    throw py::value_error("format " + format + ": expected json, graphml, gexf or csv");
  }
  const std::optional<Date> day = AsOfFromPython(as_of);
  std::shared_ptr<graph::Graph> graph = Graph();
  Status s;
  {
    py::gil_scoped_release release;
    if (nodes) {  // the exporters read a graph: the subgraph becomes one, in memory
      std::unique_ptr<graph::Graph> subgraph;
      s = graph::Graph::Open("export-subgraph", {.in_memory = true, .enforce_ontology = false}, &subgraph);
      if (s.ok()) {
        s = exchange::CopySubgraph(*graph->BeginRead(), std::set<graph::NodeId>(nodes->begin(), nodes->end()),
                                   std::set<graph::RelId>(relationships.begin(), relationships.end()),
                                   subgraph.get());
      }
      graph = std::move(subgraph);
    }
    if (s.ok()) s = exchange::ExportToPath(*graph->BeginRead(), format, path, {day, show_rejected});
  }
  if (!s.ok()) RaiseStatus(s);
}

void Database::Backup(const std::string& target) {
  std::shared_ptr<graph::Graph> graph = Graph();
  Status s;
  {
    py::gil_scoped_release release;
    s = graph->CopyTo(target);
  }
  if (!s.ok()) RaiseStatus(s);
}

}  // namespace cg::python
