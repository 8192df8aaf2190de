// The interactive shell: statements typed at a prompt (multi-line, ended
// by ';'), ':' commands, history in ~/.cartelgraph_history, Tab completion
// from the database's vocabulary. Ctrl-C cancels the running statement (or
// drops the one being typed); Ctrl-D leaves.
#pragma once

#include <optional>
#include <string>

#include "schema/date.h"

namespace cg::cli {

// Runs the shell on `db` until :quit or Ctrl-D, its statements on the
// graph as of `as_of` (when given) until :as_of changes it; returns the
// exit status (kExitFailure when the database cannot be opened).
int RunRepl(const std::string& db, const std::optional<Date>& as_of = std::nullopt);

}  // namespace cg::cli
