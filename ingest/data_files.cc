#include "ingest/data_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

namespace cg::ingest {

Status ForEachDataFile(const std::string& dir, std::string_view what, std::string_view extension,
                       const std::function<Status(const std::string& path, const std::string& text)>& fn) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::InvalidArgument(fmt::format("{} {} does not exist", what, dir));
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == extension) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof()) return Status::IOError(fmt::format("{}: cannot read", path.string()));
    CG_RETURN_IF_ERROR(fn(path.string(), buffer.str()));
  }
  return Status::OK();
}

}  // namespace cg::ingest
