// cartelgraph: the command-line shell over the library.
#include <string>
#include <vector>

#include "cli/command.h"
#include "storage/format.h"

namespace {

// What --version prints: the program's version and the storage formats it
// reads and writes (storage/format.h).
std::string VersionText() {
  using cg::storage::kFormatVersion;
  using cg::storage::kOldestUpgradableFormatVersion;
  return "cartelgraph " CG_VERSION "\nstorage format " + std::to_string(kFormatVersion) + " (writes " +
         std::to_string(kFormatVersion) + "; reads " + std::to_string(kOldestUpgradableFormatVersion) + " to " +
         std::to_string(kFormatVersion) + ", upgrading older databases in place when first opened for writing)";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"cartelgraph — an embedded knowledge graph of cartels, people and agencies"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", VersionText(), "Print the program version and the storage format versions");
  const std::vector<cg::cli::Command> commands = {
      cg::cli::AddIngestCommand(app),
      cg::cli::AddExplainCommand(app),
      cg::cli::AddCheckCommand(app),
      cg::cli::AddBackupCommand(app),
      cg::cli::AddRestoreCommand(app),
      cg::cli::AddConflictsCommand(app),
      cg::cli::AddCurateCommand(app),
      cg::cli::AddExportCommand(app),
      cg::cli::AddImportCommand(app),
      cg::cli::AddQueryCommand(app),
      cg::cli::AddShellCommand(app),
      cg::cli::AddServeCommand(app),
      cg::cli::AddVocabularyCommand(app),
      cg::cli::AddDefaultCommand(app),  // last: runs when no subcommand was given
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? cg::cli::kExitOk : cg::cli::kExitUsage;
  }
  for (const auto& command : commands) {
    if (command.app->parsed()) return command.run();
  }
  return cg::cli::kExitUsage;
}
