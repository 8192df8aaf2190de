#include "cli/script_runner.h"

#include <string>

namespace cg::cli {

bool RunScript(QuerySession& session, std::istream& in, std::string_view name, const std::atomic<bool>* cancel) {
  cli::StatementSplitter splitter;
  auto run = [&](const cli::Statement& s) {
    std::string origin = name.empty() ? "cartelgraph: " : std::string(name) + ":" + std::to_string(s.line) + ": ";
    return session.Run(s, origin, cancel);
  };
  std::string line;
  while (std::getline(in, line)) {
    for (const cli::Statement& s : splitter.Feed(line + "\n")) {
      if (!run(s)) return false;
    }
  }
  std::optional<cli::Statement> last = splitter.Finish();
  return !last || run(*last);
}

}  // namespace cg::cli
