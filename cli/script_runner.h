// RunScript: runs the ';'-separated statements read from a stream, each
// as soon as its ';' (or the end of the stream) arrives, and stops at the
// first that fails.
#pragma once

#include <atomic>
#include <istream>
#include <string_view>

#include "cli/query_session.h"

namespace cg::cli {

// `name` labels error reports "name:line: " with the line where the failing
// statement starts; an empty name gives "cartelgraph: ". Returns whether
// every statement succeeded.
bool RunScript(QuerySession& session, std::istream& in, std::string_view name,
               const std::atomic<bool>* cancel = nullptr);

}  // namespace cg::cli
