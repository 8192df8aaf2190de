// Reading the lexicon/ folder's data files: every file with one extension
// under a folder (recursively), in path order, each handed over whole.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "schema/status.h"

namespace cg::ingest {

// Calls fn(path, text) for each regular file under `dir` whose extension is
// `extension` (".txt"). `what` names the folder in errors ("lexicon folder
// X does not exist"). Stops at the first error, its own or fn's.
Status ForEachDataFile(const std::string& dir, std::string_view what, std::string_view extension,
                       const std::function<Status(const std::string& path, const std::string& text)>& fn);

}  // namespace cg::ingest
