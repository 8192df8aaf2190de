#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "graph/conflicts.h"

namespace cg::cli {

Command AddConflictsCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("conflicts", "List facts on which sources disagree, each claim with its evidence");
  auto db = std::make_shared<std::string>();
  cmd->add_option("--db", *db, "Database directory")->required();
  return {cmd, [db]() -> int {
    auto graph = OpenOrReport(*db, {.read_only = true});
    if (!graph) return kExitFailure;
    std::vector<graph::Conflict> conflicts;
    Status s = graph::ListConflicts(*graph->BeginRead(), &conflicts);
    if (!s.ok()) return Fail(s.ToString());
    for (const auto& conflict : conflicts) {
      std::cout << fmt::format("{} — {}:\n", conflict.subject, conflict.key);
      for (const auto& claim : conflict.claims) {
        std::cout << fmt::format("  {}  ({}, rule {}, confidence {:.2f})\n    \"{}\"\n", claim.value.ToString(),
                                 claim.evidence.article.substr(0, 12), claim.evidence.rule,
                                 claim.evidence.confidence, claim.evidence.quote);
      }
    }
    std::cout << conflicts.size() << " conflict(s)\n";
    return kExitOk;
  }};
}

}  // namespace cg::cli
