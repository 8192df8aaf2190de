#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "exchange/json_export.h"

namespace cg::cli {

Command AddExportCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "Write the graph to a file or stdout");
  struct Args {
    std::string db, format = "json", output;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--db", args->db, "Database directory")->required();
  cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"json"}));
  cmd->add_option("-o,--output", args->output, "Output file (default: stdout)");
  return {cmd, [args]() -> int {
    auto graph = OpenOrReport(args->db, {.read_only = true});
    if (!graph) return kExitFailure;
    std::ofstream file;
    if (!args->output.empty()) {
      file.open(args->output, std::ios::binary | std::ios::trunc);
      if (!file) return Fail("cannot write " + args->output);
    }
    std::ostream& out = args->output.empty() ? std::cout : file;
    auto reader = graph->BeginRead();
    Status s = exchange::ExportJsonLines(*reader, out);
    return s.ok() ? kExitOk : Fail(s.ToString());
  }};
}

}  // namespace cg::cli
