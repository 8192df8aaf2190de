// The interactive shell: statements typed at a prompt (multi-line, ended
// by ';'), ':' commands, history in ~/.cartelgraph_history, Tab completion
// from the database's vocabulary. Ctrl-C cancels the running statement (or
// drops the one being typed); Ctrl-D leaves.
#pragma once

#include <string>

namespace cg::cli {

// Runs the shell on `db` until :quit or Ctrl-D; returns the exit status
// (kExitFailure when the database cannot be opened).
int RunRepl(const std::string& db);

}  // namespace cg::cli
