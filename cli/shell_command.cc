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

Command AddShellCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("shell", "Interactive openCypher shell (history, completion, :help)");
  auto db = std::make_shared<std::string>();
  auto as_of = std::make_shared<std::optional<Date>>();
  cmd->add_option("--db", *db, "Database directory")->required();
  AddAsOfOption(cmd, as_of.get(),
                "Start on the graph as of this day (YYYY-MM-DD, YYYY-MM or YYYY); :as_of changes it");
  return {cmd, [db, as_of]() { return RunRepl(*db, *as_of); }};
}

Command AddDefaultCommand(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  app.add_option("--db", *db, "Database directory: with no subcommand, open the shell on it");
  return {&app, [&app, db]() -> int {
    if (db->empty()) {
      std::cerr << app.help();
      return kExitUsage;
    }
    if (isatty(STDIN_FILENO)) return RunRepl(*db);
    auto session = QuerySession::Open(*db, QuerySession::Access::kReadFirst, std::cout, std::cerr);
    if (!session) return kExitFailure;
    session->settings().summary = true;
    return RunScript(*session, std::cin, "<stdin>") ? kExitOk : kExitFailure;
  }};
}

}  // namespace cg::cli
