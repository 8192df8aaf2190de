// The cartelgraph command line: each subcommand registers itself on the
// CLI11 app and runs against the library. Exit status: 0 success, 1 the
// operation failed (bad data, query error, integrity problems), 2 usage.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "graph/graph.h"
#include "schema/date.h"

namespace cg::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// A registered subcommand and its action, run after parsing, which returns
// the exit status.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};

// Opens the database at `path`, printing the reason to stderr on failure.
std::unique_ptr<graph::Graph> OpenOrReport(const std::string& path, const graph::OpenOptions& options);

// Prints "cartelgraph: <message>" to stderr and returns kExitFailure.
int Fail(const std::string& message);

// Adds `--as-of DATE` to `cmd`, stored in *day: the graph as of that day
// (query::QueryOptions::as_of). A value that is not a date in ISO form
// fails the parse (exit 2) with a message naming the option and the forms.
void AddAsOfOption(CLI::App* cmd, std::optional<Date>* day, const std::string& description);

// Each registers one subcommand on `app`.
Command AddBackupCommand(CLI::App& app);
Command AddCheckCommand(CLI::App& app);
Command AddConflictsCommand(CLI::App& app);
Command AddCurateCommand(CLI::App& app);
Command AddExportCommand(CLI::App& app);
Command AddExplainCommand(CLI::App& app);
Command AddIngestCommand(CLI::App& app);
Command AddImportCommand(CLI::App& app);
Command AddQueryCommand(CLI::App& app);
Command AddRestoreCommand(CLI::App& app);
Command AddShellCommand(CLI::App& app);
Command AddServeCommand(CLI::App& app);
Command AddVocabularyCommand(CLI::App& app);
// The action of `cartelgraph --db PATH` with no subcommand (the shell);
// registered last, as it adds --db to `app` itself.
Command AddDefaultCommand(CLI::App& app);

}  // namespace cg::cli
