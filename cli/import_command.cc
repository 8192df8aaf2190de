#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "cli/command.h"
#include "exchange/csv_import.h"

namespace cg::cli {

Command AddImportCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "import", "Bulk-load neo4j-admin import CSV files (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed columns)");
  auto options = std::make_shared<exchange::ImportOptions>();
  auto db = std::make_shared<std::string>();
  cmd->add_option("--db", *db, "Database directory (created if missing)")->required();
  cmd->add_option("--nodes", options->node_files, "Node files")->check(CLI::ExistingFile);
  cmd->add_option("--relationships", options->relationship_files, "Relationship files")->check(CLI::ExistingFile);
  cmd->add_option("--match-key", options->match_key,
                  "Into a database with data: relationship ends not in the node files are the nodes whose "
                  "property KEY (id, name or aliases) equals them");
  auto memory_mb = std::make_shared<size_t>(0);
  cmd->add_option("--memory", *memory_mb,
                  "MB the import holds in memory before it spills sorted runs beside the database (default 512)");
  return {cmd, [db, options, memory_mb]() -> int {
            options->memory_budget = *memory_mb << 20;
            if (options->node_files.empty() && options->relationship_files.empty()) {
              std::cerr << "cartelgraph import: give --nodes and/or --relationships files\n";
              return kExitUsage;
            }
            auto graph = OpenOrReport(*db, {});
            if (!graph) return kExitFailure;
            const auto begin = std::chrono::steady_clock::now();
            exchange::ImportStats stats;
            Status s = exchange::ImportNeo4jCsv(graph.get(), *options, &stats);
            if (!s.ok()) return Fail(s.ToString());
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
            const uint64_t rows = stats.nodes + stats.relationships;
            std::cout << fmt::format("imported {} nodes and {} relationships into {} in {:.2f} s ({:.0f} rows/s)\n",
                                     stats.nodes, stats.relationships, *db, seconds,
                                     seconds > 0 ? rows / seconds : 0.0);
            return kExitOk;
          }};
}

}  // namespace cg::cli
