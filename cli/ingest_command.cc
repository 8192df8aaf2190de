// cartelgraph ingest: articles into the graph, one line per file as it is
// written. Ctrl-C stops the run after the article being written (the ones
// written stay), prints how far it got and exits 130; a second Ctrl-C ends
// the process at once (every article is still all or nothing).
#include <fmt/format.h>

#include <atomic>
#include <csignal>
#include <iostream>

#include "cli/command.h"
#include "cli/progress_bar.h"
#include "ingest/ingest.h"

namespace cg::cli {

namespace {

constexpr int kExitInterrupted = 128 + SIGINT;

// Set by SIGINT during a run (IngestOptions::cancel). Lock-free, so a signal
// handler may store to it.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

void OnInterrupt(int) { g_interrupted.store(true); }

// The lines of one file's outcome.
void PrintFile(const ingest::FileResult& file, bool quiet) {
  using Outcome = ingest::FileResult::Outcome;
  if (file.outcome == Outcome::kFailed) {
    std::cerr << "cartelgraph: failed: " << file.status.message() << std::endl;
  } else if (!quiet) {
    std::cout << (file.outcome == Outcome::kUnchanged ? "unchanged (already ingested): " : "ingested: ") << file.path
              << '\n';
    for (const auto& warning : file.warnings) std::cout << "  warning: " << warning << '\n';
    std::cout << std::flush;
  }
}

}  // namespace

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
    size_t printed = 0;
    options.on_progress = [&bar, &printed, quiet = args->quiet](const ingest::Progress& p) {
      bar.Finish();
      PrintFile(*p.file, quiet);
      ++printed;
      bar.Update(p.bytes_done, p.bytes_total,
                 fmt::format("{}/{} files, {:.1f}/{:.1f} MB  {}", p.files_done, p.files_total, p.bytes_done / 1e6,
                             p.bytes_total / 1e6, p.path));
    };
    g_interrupted.store(false);
    options.cancel = &g_interrupted;
    struct sigaction action = {};
    action.sa_handler = &OnInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;  // the second Ctrl-C is the default one; writes go on
    struct sigaction previous = {};
    sigaction(SIGINT, &action, &previous);
    ingest::IngestReport report;
    Status s = ingest::IngestPaths(*graph, args->paths, options, &report);
    sigaction(SIGINT, &previous, nullptr);
    bar.Finish();
    if (!s.ok()) return Fail(s.ToString());
    // The paths that do not exist, reported before the files written.
    for (size_t i = 0; i + printed < report.files.size(); ++i) PrintFile(report.files[i], args->quiet);
    const auto& t = report.totals;
    std::cout << fmt::format(
        "{} article(s) ingested, {} unchanged, {} failed; entities: {} new, {} merged; relationships: {} new; "
        "evidence: {}; claims: {}; conflicts in the database: {}\n",
        report.ingested, report.unchanged, report.failed, t.new_entities, t.merged_entities, t.new_relationships,
        t.new_evidence, t.claims, report.conflicts);
    if (report.interrupted) {
      std::cerr << fmt::format("cartelgraph: interrupted: {} article(s) committed; the files after the last one "
                               "listed were not ingested\n",
                               report.ingested);
      return kExitInterrupted;
    }
    return report.failed ? kExitFailure : kExitOk;
  }};
}

}  // namespace cg::cli
