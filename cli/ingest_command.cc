#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "cli/progress_bar.h"
#include "ingest/ingest.h"

namespace cg::cli {

Command AddIngestCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "ingest", "Turn news articles (text, Markdown, saved web pages, PDF; folders recursively) into the graph");
  struct Args {
    std::string db, date, lexicon;
    std::vector<std::string> paths;
    bool quiet = false;
    unsigned jobs = 0;
    float min_confidence = 0.0f;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--db", args->db, "Database directory (created if missing)")->required();
  cmd->add_option("--date", args->date, "Article date when neither front matter nor a dateline gives one (ISO)");
  cmd->add_option("--lexicon", args->lexicon, "Folder of lexicon and rule files (default: the bundled lexicon/)");
  cmd->add_option("--min-confidence", args->min_confidence,
                  "Write only facts read with at least this confidence (0-1; hedged facts have less)")
      ->check(CLI::Range(0.0f, 1.0f));
  cmd->add_flag("-q,--quiet", args->quiet, "No progress bar and no per-file lines; only the summary and errors");
  cmd->add_option("-j,--jobs", args->jobs, "Threads reading and extracting articles (default: one per core)");
  cmd->add_option("paths", args->paths, "Article files or folders")->required();
  return {cmd, [args]() -> int {
    ingest::IngestOptions options;
    options.lexicon_dir = args->lexicon;
    options.threads = args->jobs;
    options.min_confidence = args->min_confidence;
    if (!args->date.empty()) {
      options.default_date = Date::Parse(args->date);
      if (!options.default_date) {
        std::cerr << "cartelgraph: --date " << args->date << ": expected an ISO date such as 2026-02-22\n";
        return kExitUsage;
      }
    }
    auto graph = OpenOrReport(args->db, {});
    if (!graph) return kExitFailure;
    ProgressBar bar(args->quiet);
    options.on_progress = [&bar](const ingest::Progress& p) {
      bar.Update(p.bytes_done, p.bytes_total,
                 fmt::format("{}/{} files, {:.1f}/{:.1f} MB  {}", p.files_done, p.files_total, p.bytes_done / 1e6,
                             p.bytes_total / 1e6, p.path));
    };
    ingest::IngestReport report;
    Status s = ingest::IngestPaths(*graph, args->paths, options, &report);
    bar.Finish();
    if (!s.ok()) return Fail(s.ToString());
    for (const auto& file : report.files) {
      using Outcome = ingest::FileResult::Outcome;
      if (file.outcome == Outcome::kFailed) {
        std::cerr << "cartelgraph: failed: " << file.status.message() << '\n';
      } else if (!args->quiet) {
        std::cout << (file.outcome == Outcome::kUnchanged ? "unchanged (already ingested): " : "ingested: ")
                  << file.path << '\n';
        for (const auto& warning : file.warnings) std::cout << "  warning: " << warning << '\n';
      }
    }
    const auto& t = report.totals;
    std::cout << fmt::format(
        "{} article(s) ingested, {} unchanged, {} failed; entities: {} new, {} merged; relationships: {} new; "
        "evidence: {}; claims: {}; conflicts in the database: {}\n",
        report.ingested, report.unchanged, report.failed, t.new_entities, t.merged_entities, t.new_relationships,
        t.new_evidence, t.claims, report.conflicts);
    return report.failed ? kExitFailure : kExitOk;
  }};
}

}  // namespace cg::cli
