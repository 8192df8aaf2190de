// cg_ingest_tool: a small driver over the ingest API for working on the
// lexicon and rules without the CLI:
//   cg_ingest_tool --db PATH [--date YYYY-MM-DD] FILE|DIR...
//   cg_ingest_tool --explain FILE   prints what extraction reads in FILE
//                                   (entities, relationships with rule ids)
//   cg_ingest_tool --triples FILE   prints its relationships as an expected
//                                   graph (tests/ingest/articles/*.expected)
// Prints one line per file and the totals; exit 1 when a file failed.
#include <cstdio>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ingest/extract.h"
#include "ingest/ingest.h"

namespace {

int Explain(const std::string& path, const cg::ingest::IngestOptions& options, bool triples) {
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
  if (triples) {
    for (const std::string& line : cg::ingest::DescribeRelations(g)) std::printf("%s\n", line.c_str());
    return 0;
  }
  std::printf("date %s\n", g.date ? g.date->ToString().c_str() : "-");
  for (size_t i = 0; i < g.entities.size(); ++i) {
    const auto& e = g.entities[i];
    if (e.merged_into >= 0) continue;
    std::printf("E%zu %s:%s %s%s |", i, e.primary.c_str(), e.refining.c_str(), e.name.c_str(),
                e.emit && (e.mentioned || e.primary == "Event") ? "" : " (not written)");
    for (const auto& a : e.aliases) std::printf(" %s |", a.c_str());
    if (e.date) std::printf(" date=%s", e.date->ToString().c_str());
    std::printf("\n");
  }
  for (const auto& r : g.relations) {
    std::printf("%s E%d %s -> E%d %s {", r.type.c_str(), r.from, g.entities[r.from].name.c_str(), r.to,
                g.entities[r.to].name.c_str());
    for (const auto& [k, v] : r.props) std::printf(" %s=%s", k.c_str(), v.ToString().c_str());
    std::printf(" } [%s s%u]\n", r.source.rule.c_str(), r.source.sentence);
  }
  for (const auto& f : g.facts) {
    std::printf("SET E%d %s %s=%s [%s s%u]\n", f.entity, f.entity >= 0 ? g.entities[f.entity].name.c_str() : "?",
                f.key.c_str(), f.value.ToString().c_str(), f.source.rule.c_str(), f.source.sentence);
  }
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
    } else if ((arg == "--explain" || arg == "--triples") && i + 1 < argc) {
      return Explain(argv[i + 1], options, arg == "--triples");
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
