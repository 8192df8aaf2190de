// cartelgraph shell, and cartelgraph --db PATH with no subcommand: the
// interactive shell on a terminal; on other input, the statements read
// from stdin as `cartelgraph query` runs them.
#include <unistd.h>

#include <iostream>

#include "cli/command.h"
#include "cli/query_session.h"
#include "cli/repl/repl.h"
#include "cli/script_runner.h"

namespace cg::cli {

namespace {

// What `shell` and the bare `--db` share: the database and the day.
struct ShellArgs {
  std::string db;
  std::optional<Date> as_of;
};

void AddShellAsOf(CLI::App* cmd, ShellArgs* args) {
  AddAsOfOption(cmd, &args->as_of,
                "Start on the graph as of this day (YYYY-MM-DD, YYYY-MM or YYYY); :as_of changes it");
}

}  // namespace

Command AddShellCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("shell", "Interactive openCypher shell (history, completion, :help)");
  auto args = std::make_shared<ShellArgs>();
  cmd->add_option("--db", args->db, "Database directory")->required();
  AddShellAsOf(cmd, args.get());
  return {cmd, [args]() { return RunRepl(args->db, args->as_of); }};
}

Command AddDefaultCommand(CLI::App& app) {
  auto args = std::make_shared<ShellArgs>();
  app.add_option("--db", args->db, "Database directory: with no subcommand, open the shell on it");
  AddShellAsOf(&app, args.get());
  return {&app, [&app, args]() -> int {
    if (args->db.empty()) {
      std::cerr << app.help();
      return kExitUsage;
    }
    if (isatty(STDIN_FILENO)) return RunRepl(args->db, args->as_of);
    auto session = QuerySession::Open(args->db, QuerySession::Access::kReadFirst, std::cout, std::cerr);
    if (!session) return kExitFailure;
    session->settings().summary = true;
    session->settings().as_of = args->as_of;
    return RunScript(*session, std::cin, "<stdin>") ? kExitOk : kExitFailure;
  }};
}

}  // namespace cg::cli
