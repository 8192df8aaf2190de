#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <optional>
#include <thread>

#include <fmt/format.h>
#include <iostream>

#include "cli/command.h"
#include "cli/progress_bar.h"
#include "exchange/export.h"
#include "exchange/subgraph.h"
#include "query/engine.h"

namespace cg::cli {
namespace {

// While an export writes `path`, shows on a terminal the time it has taken
// and what it has written so far (the exporters do not know their total).
class ExportProgress {
 public:
  explicit ExportProgress(std::string path) : bar_(false), path_(std::move(path)) {
    watcher_ = std::thread([this] {
      const auto start = std::chrono::steady_clock::now();
      std::unique_lock<std::mutex> lock(mutex_);
      while (!done_cv_.wait_for(lock, std::chrono::milliseconds(200), [this] { return done_; })) {
        std::error_code ec;
        const auto bytes = std::filesystem::file_size(exchange::PartialExportPath(path_), ec);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        bar_.Note(ec || bytes == 0 ? fmt::format("exporting {}: {:.0f} s", path_, seconds)
                                   : fmt::format("exporting {}: {:.1f} MB written, {:.0f} s", path_, bytes / 1e6, seconds));
      }
      bar_.Finish();
    });
  }
  ~ExportProgress() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    done_cv_.notify_one();
    watcher_.join();
  }

 private:
  ProgressBar bar_;
  std::string path_;
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false;
  std::thread watcher_;
};

}  // namespace

Command AddExportCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "Write the graph to a file or stdout");
  struct Args {
    std::string db, format = "json", output, query;
    std::optional<Date> as_of;
    bool show_rejected = false;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--db", args->db, "Database directory")->required();
  cmd->add_option("--format", args->format,
                  "json (APOC JSON lines), graphml, gexf (GEXF 1.3, dynamic), csv (neo4j-admin import files)")
      ->check(CLI::IsMember({"json", "graphml", "gexf", "csv"}));
  cmd->add_option("-o,--output", args->output, "Output file (default: stdout); for csv, a directory (required)");
  cmd->add_option("--query", args->query,
                  "Export only the subgraph this read query returns: its nodes, relationships and paths, "
                  "with every relationship's two ends");
  AddAsOfOption(cmd, &args->as_of,
                "Write the graph as of this day (YYYY-MM-DD, YYYY-MM or YYYY): every node, only the relationships "
                "valid on it (since <= day < until); --query runs as of it too");
  cmd->add_flag("--show-rejected", args->show_rejected,
                "Also write the relationships a curation decision rejected (marked by their `curated` property); "
                "--query sees them too");
  return {cmd, [args]() -> int {
    if (args->format == "csv" && args->output.empty()) {
      std::cerr << "cartelgraph export: --format csv writes a directory of files; give it with -o DIR\n";
      return kExitUsage;
    }
    auto graph = OpenOrReport(args->db, {.read_only = true});
    if (!graph) return kExitFailure;
    if (!args->query.empty()) {
      // The exporters read a graph: the subgraph becomes one, in memory.
      query::QueryOptions options;
      options.read_only = true;
      options.as_of = args->as_of;
      options.show_rejected = args->show_rejected;
      query::QueryResult result = query::QueryEngine::Execute(*graph, args->query, {}, options);
      if (!result.ok()) return Fail(std::string("--query: ") + result.error->what());
      std::set<graph::NodeId> nodes;
      std::set<graph::RelId> rels;
      for (const auto& entry : result.nodes) nodes.insert(entry.first);
      for (const auto& entry : result.relationships) rels.insert(entry.first);
      std::unique_ptr<graph::Graph> subgraph;
      Status s = graph::Graph::Open("export-subgraph", {.in_memory = true, .enforce_ontology = false}, &subgraph);
      if (s.ok()) s = exchange::CopySubgraph(*graph->BeginRead(), nodes, rels, subgraph.get());
      if (!s.ok()) return Fail(s.ToString());
      graph = std::move(subgraph);
    }
    auto reader = graph->BeginRead();
    std::optional<ExportProgress> progress;
    if (!args->output.empty() && args->format != "csv") progress.emplace(args->output);
    const exchange::ExportView view(args->as_of, args->show_rejected);
    Status s = args->output.empty() ? exchange::ExportToStream(*reader, args->format, std::cout, view)
                                    : exchange::ExportToPath(*reader, args->format, args->output, view);
    return s.ok() ? kExitOk : Fail(s.ToString());
  }};
}

}  // namespace cg::cli
