// `cartelgraph backup` and `cartelgraph restore`: both copy one committed
// state of a database into a new one (graph::Graph::CopyTo), read through a
// read-only open, so they run beside a writer.
#include <iostream>

#include "cli/command.h"

namespace cg::cli {
namespace {

// Copies `from` into the new database `to`; a restore first checks that
// `from` is whole, so that a damaged backup is not put back in place.
int Copy(const std::string& from, const std::string& to, bool check_first, std::string_view done) {
  auto graph = OpenOrReport(from, {.read_only = true, .create_if_missing = false});
  if (!graph) return kExitFailure;
  if (check_first) {
    std::vector<std::string> problems;
    Status s = graph->Check(&problems);
    if (!s.ok()) return Fail(s.ToString());
    if (!problems.empty()) {
      for (const auto& problem : problems) std::cerr << "problem: " << problem << '\n';
      return Fail(from + " fails the integrity check (" + std::to_string(problems.size()) +
                  " problem(s)); nothing was restored");
    }
  }
  Status s = graph->CopyTo(to);
  if (!s.ok()) return Fail(s.ToString());
  std::cout << done << ": " << from << " -> " << to << '\n';
  return kExitOk;
}

}  // namespace

Command AddBackupCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "backup", "Copy a database's committed state into a new directory (works while another process writes)");
  auto db = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>();
  cmd->add_option("--db", *db, "Database directory")->required();
  cmd->add_option("--to", *to, "New (or empty) directory for the backup; its parent must exist")->required();
  return {cmd, [db, to]() -> int { return Copy(*db, *to, false, "backed up"); }};
}

Command AddRestoreCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("restore", "Put a backup back: check it, then copy it to a new database directory");
  auto from = std::make_shared<std::string>();
  auto db = std::make_shared<std::string>();
  cmd->add_option("--from", *from, "The backup directory")->required();
  cmd->add_option("--db", *db, "New (or empty) directory for the restored database; its parent must exist")
      ->required();
  return {cmd, [from, db]() -> int { return Copy(*from, *db, true, "restored"); }};
}

}  // namespace cg::cli
