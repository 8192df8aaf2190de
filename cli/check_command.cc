#include <iostream>

#include "cli/command.h"

namespace cg::cli {

Command AddCheckCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("check", "Verify the integrity of a database (indexes, adjacency, ontology)");
  auto db = std::make_shared<std::string>();
  auto deep = std::make_shared<bool>(false);
  cmd->add_option("--db", *db, "Database directory")->required();
  cmd->add_flag("--deep", *deep, "Also verify every evidence span and quote against the stored article texts");
  return {cmd, [db, deep]() -> int {
    auto graph = OpenOrReport(*db, {.read_only = true});
    if (!graph) return kExitFailure;
    std::vector<std::string> problems;
    Status s = graph->Check(&problems, {.deep = *deep});
    if (!s.ok()) return Fail(s.ToString());
    for (const auto& problem : problems) std::cout << "problem: " << problem << '\n';
    if (!problems.empty()) {
      std::cout << problems.size() << " problem(s) in " << *db << '\n';
      return kExitFailure;
    }
    std::cout << "ok: " << *db << " passed the integrity check\n";
    return kExitOk;
  }};
}

}  // namespace cg::cli
