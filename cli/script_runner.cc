#include "cli/script_runner.h"

#include <string>

namespace cg::cli {

bool RunScript(QuerySession& session, std::istream& in, std::string_view name, const std::atomic<bool>* cancel) {
  shell::StatementSplitter splitter;
  auto run = [&](const shell::Statement& s) {
    std::string origin = name.empty() ? "cartelgraph: " : std::string(name) + ":" + std::to_string(s.line) + ": ";
    return session.Run(s, origin, cancel);
  };
  std::string line;
  while (std::getline(in, line)) {
    for (const shell::Statement& s : splitter.Feed(line + "\n")) {
      if (!run(s)) return false;
    }
  }
  std::optional<shell::Statement> last = splitter.Finish();
  return !last || run(*last);
}

}  // namespace cg::cli
