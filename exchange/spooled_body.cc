#include "exchange/spooled_body.h"

#include <unistd.h>

#include <filesystem>

namespace cg::exchange {

Status SpooledBody::Open() {
  std::string path = (std::filesystem::temp_directory_path() / "cartelgraph-export-XXXXXX").string();
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return Status::IOError("cannot create a temporary file in " + path);
  ::close(fd);
  file_.open(path, std::ios::in | std::ios::out | std::ios::binary | std::ios::trunc);
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return file_ ? Status::OK() : Status::IOError("cannot open the temporary file " + path);
}

Status SpooledBody::CopyTo(std::ostream& out) {
  file_.flush();
  if (file_.tellp() > 0) {
    file_.seekg(0);
    out << file_.rdbuf();
  }
  return file_ && out ? Status::OK() : Status::IOError("copying the spooled export body failed");
}

}  // namespace cg::exchange
