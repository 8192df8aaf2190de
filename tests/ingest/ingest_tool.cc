// cg_ingest_tool: a small driver over the ingest API for tests and the score
// ratchet, so that they do not depend on the CLI's spelling:
//   cg_ingest_tool --db PATH [--date YYYY-MM-DD] FILE|DIR...
// Prints one line per file and the totals; exit 1 when a file failed.
#include <cstdio>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ingest/ingest.h"

int main(int argc, char** argv) {
  std::string db;
  cg::ingest::IngestOptions options;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--db" && i + 1 < argc) {
      db = argv[++i];
    } else if (arg == "--date" && i + 1 < argc) {
      options.default_date = cg::Date::Parse(argv[++i]);
    } else if (arg == "--quiet") {
    } else {
      paths.push_back(arg);
    }
  }
  if (db.empty() || paths.empty()) {
    std::fprintf(stderr, "usage: cg_ingest_tool --db PATH [--date YYYY-MM-DD] FILE|DIR...\n");
    return 2;
  }
  std::unique_ptr<cg::graph::Graph> graph;
  cg::Status s = cg::graph::Graph::Open(db, {}, &graph);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  cg::ingest::IngestReport report;
  s = cg::ingest::IngestPaths(*graph, paths, options, &report);
  for (const auto& f : report.files) {
    const char* what = f.outcome == cg::ingest::FileResult::Outcome::kIngested    ? "ingested"
                       : f.outcome == cg::ingest::FileResult::Outcome::kUnchanged ? "unchanged"
                                                                                  : "FAILED";
    std::printf("%-9s %s %s\n", what, f.path.c_str(), f.status.ok() ? "" : f.status.message().c_str());
    for (const auto& w : f.warnings) std::printf("  warning: %s\n", w.c_str());
  }
  std::printf("entities +%llu (merged %llu), relationships +%llu, evidence +%llu, conflicts %llu, failed %llu\n",
              static_cast<unsigned long long>(report.totals.new_entities),
              static_cast<unsigned long long>(report.totals.merged_entities),
              static_cast<unsigned long long>(report.totals.new_relationships),
              static_cast<unsigned long long>(report.totals.new_evidence),
              static_cast<unsigned long long>(report.conflicts), static_cast<unsigned long long>(report.failed));
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  return report.failed ? 1 : 0;
}
