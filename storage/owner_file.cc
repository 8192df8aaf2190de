#include "storage/owner_file.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

namespace cg::storage {
namespace {

std::string OwnerPath(const std::string& dir) { return dir + "/" + std::string(kOwnerFile); }

// The process the pid file names, when it is alive; 0 otherwise.
pid_t LiveOwner(const std::string& dir) {
  std::ifstream in(OwnerPath(dir));
  std::string text;
  std::getline(in, text);
  pid_t pid = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), pid);
  if (ec != std::errc() || end != text.data() + text.size() || pid <= 0) return 0;
  return kill(pid, 0) == 0 || errno == EPERM ? pid : 0;
}

}  // namespace

Status WriteOwner(const std::string& dir) {
  // Written whole under another name, then renamed: a reader never sees half a pid.
  const std::string path = OwnerPath(dir), partial = path + ".partial";
  {
    std::ofstream out(partial, std::ios::trunc);
    out << getpid() << '\n';
    if (!out.flush()) return Status::IOError(fmt::format("cannot write {}", partial));
  }
  std::error_code ec;
  std::filesystem::rename(partial, path, ec);
  if (ec) return Status::IOError(fmt::format("cannot write {}: {}", path, ec.message()));
  return Status::OK();
}

void RemoveOwner(const std::string& dir) {
  std::error_code ec;
  std::filesystem::remove(OwnerPath(dir), ec);
}

Status InUse(const std::string& path) {
  const pid_t owner = LiveOwner(path);
  const std::string who = owner ? fmt::format("process {}", owner) : std::string("another process");
  return Status::Busy(fmt::format(
      "database {} is in use by {}, which holds it for writing (its LOCK); read-only commands (query, export, "
      "check, backup) work beside it, writes must wait until it ends",
      path, who));
}

}  // namespace cg::storage
