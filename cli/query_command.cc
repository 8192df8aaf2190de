// cartelgraph query: runs openCypher statements from the command line, a
// script file or stdin, results on stdout, errors on stderr.
#include <chrono>
#include <fstream>
#include <optional>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/query_session.h"
#include "cli/script_runner.h"
#include "cli/input/literal.h"

namespace cg::cli {

namespace {

struct QueryArgs {
  std::string db;
  std::string format = "table";
  std::vector<std::string> params;
  std::string file;
  std::string text;
  bool has_text = false;  // the query argument was given (possibly empty)
  double timeout = 0;     // seconds; 0: none
  std::string memory_limit;
  std::optional<Date> as_of;
  bool show_rejected = false;
};

int RunQuery(const QueryArgs& args) {
  query::Map params;
  for (const std::string& p : args.params) {
    auto assignment = cli::ParseAssignment(p, "=");
    if (!assignment) {
      std::cerr << "cartelgraph: --param wants name=value, got '" << p << "'\n";
      return kExitUsage;
    }
    params[assignment->first] = std::move(assignment->second);
  }
  std::optional<size_t> memory_limit = cli::ParseByteSize(args.memory_limit.empty() ? "2GiB" : args.memory_limit);
  if (!memory_limit) {
    std::cerr << "cartelgraph: --memory-limit wants a size such as 512MB or 2GiB, got '" << args.memory_limit << "'\n";
    return kExitUsage;
  }
  auto session = QuerySession::Open(args.db, QuerySession::Access::kReadFirst, std::cout, std::cerr);
  if (!session) return kExitFailure;
  session->settings().timeout = std::chrono::milliseconds(static_cast<int64_t>(args.timeout * 1000));
  session->settings().memory_limit = *memory_limit;
  session->settings().as_of = args.as_of;
  session->settings().show_rejected = args.show_rejected;
  session->params() = std::move(params);
  session->settings().format.format = *format::ParseFormat(args.format);
  // Tables for people end with the row count and changes; machine formats
  // carry only the data.
  format::Format format = session->settings().format.format;
  session->settings().summary = format == format::Format::kTable || format == format::Format::kBox;
  bool ok;
  if (args.has_text) {
    std::istringstream in(args.text);
    ok = RunScript(*session, in, "");
  } else if (!args.file.empty() && args.file != "-") {
    std::ifstream in(args.file);
    if (!in) {
      std::cerr << "cartelgraph: cannot read " << args.file << '\n';
      return kExitUsage;
    }
    ok = RunScript(*session, in, args.file);
  } else {
    ok = RunScript(*session, std::cin, "<stdin>");
  }
  return ok ? kExitOk : kExitFailure;
}

}  // namespace

Command AddQueryCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "query", "Run openCypher statements (';'-separated) given as an argument, in a file (-f) or on stdin");
  auto args = std::make_shared<QueryArgs>();
  cmd->add_option("--db", args->db, "Database directory")->required();
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember(std::vector<std::string>(format::kFormatNames.begin(), format::kFormatNames.end())))
      ->capture_default_str();
  cmd->add_option("--param", args->params, "A parameter name=value; value is a Cypher literal, else a string")
      ->allow_extra_args(false);
  cmd->add_option("--timeout", args->timeout, "Stop each statement after this many seconds (0: never)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--memory-limit", args->memory_limit,
                  "Most memory one statement may hold, e.g. 512MB or 4GiB (default 2GiB); more fails it with "
                  "MemoryLimitExceeded");
  AddAsOfOption(cmd, &args->as_of,
                "Run the statements on the graph as of this day (YYYY-MM-DD, YYYY-MM or YYYY): only the "
                "relationships valid on it (since <= day < until); every node");
  cmd->add_flag("--show-rejected", args->show_rejected,
               "Let the statements see the relationships a curation decision rejected (hidden by default)");
  auto* file = cmd->add_option("-f,--file", args->file, "A script of ';'-separated statements ('-': stdin)");
  auto* text = cmd->add_option("query", args->text, "The statements to run (default: read them from stdin)");
  text->excludes(file);
  return {cmd, [args, text]() {
    args->has_text = text->count() > 0;
    return RunQuery(*args);
  }};
}

}  // namespace cg::cli
