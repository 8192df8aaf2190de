// cg_ingest_tool: a small driver over the ingest API for working on the
// lexicon and rules without the CLI:
//   cg_ingest_tool --db PATH [--date YYYY-MM-DD] FILE|DIR...
//   cg_ingest_tool --explain FILE   what extraction reads in FILE, per sentence
//                                   (as `cartelgraph explain FILE`)
//   cg_ingest_tool --triples FILE   prints its relationships as an expected
//                                   graph (tests/ingest/articles/*.expected)
// Prints one line per file and the totals; exit 1 when a file failed.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ingest/explain.h"
#include "ingest/extract.h"
#include "ingest/ingest.h"

namespace {

int Triples(const std::string& path, const cg::ingest::IngestOptions& options) {
  const std::string dir = options.lexicon_dir.empty() ? CG_SOURCE_DIR "/lexicon" : options.lexicon_dir;
  std::unique_ptr<cg::ingest::Lexicon> lexicon;
  std::unique_ptr<cg::ingest::RuleSet> rules;
  cg::ingest::Document doc;
  cg::Status s = cg::ingest::Lexicon::Load(dir, &lexicon);
  if (s.ok()) s = cg::ingest::RuleSet::Load(dir, &rules);
  if (s.ok()) s = cg::ingest::LoadDocument(path, {}, &doc);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  cg::ingest::ExtractOptions extract;
  extract.default_date = options.default_date;
  const cg::ingest::ArticleGraph g = cg::ingest::Extract(doc, *lexicon, *rules, extract);
  for (const std::string& line : cg::ingest::DescribeRelations(g)) std::printf("%s\n", line.c_str());
  return 0;
}

}  // namespace

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
    } else if (arg == "--explain" && i + 1 < argc) {
      cg::ingest::ExplainOptions explain;
      explain.lexicon_dir = CG_SOURCE_DIR "/lexicon";
      explain.date = options.default_date ? options.default_date->ToString() : "";
      const cg::Status s = cg::ingest::ExplainFile(argv[i + 1], explain, std::cout);
      if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return s.ok() ? 0 : 1;
    } else if (arg == "--triples" && i + 1 < argc) {
      return Triples(argv[i + 1], options);
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
