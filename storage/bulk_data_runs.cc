#include "storage/bulk_data_runs.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include <fmt/format.h>

namespace cg::storage {
namespace {

constexpr size_t kBufferBytes = 1 << 20;

Status IOError(const std::string& what, const std::string& path) {
  return Status::IOError(fmt::format("cannot {} {}: {}", what, path, std::strerror(errno)));
}

}  // namespace

RunWriter::~RunWriter() {
  if (fd_ >= 0) ::close(fd_);
}

Status RunWriter::Open(const std::string& path) {
  path_ = path;
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) return IOError("create", path);
  buffer_.clear();
  buffer_.reserve(kBufferBytes);
  return Status::OK();
}

Status RunWriter::Add(std::string_view key, std::string_view value) {
  const uint32_t sizes[2] = {static_cast<uint32_t>(key.size()), static_cast<uint32_t>(value.size())};
  if (buffer_.size() + sizeof sizes + key.size() + value.size() > kBufferBytes) CG_RETURN_IF_ERROR(Flush());
  buffer_.append(reinterpret_cast<const char*>(sizes), sizeof sizes);
  buffer_.append(key);
  buffer_.append(value);
  return Status::OK();
}

Status RunWriter::Flush() {
  for (size_t done = 0; done < buffer_.size();) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return IOError("write", path_);
    done += static_cast<size_t>(n);
  }
  buffer_.clear();
  return Status::OK();
}

Status RunWriter::Finish() {
  CG_RETURN_IF_ERROR(Flush());
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) return IOError("write", path_);
  return Status::OK();
}

RunReader::RunReader(RunReader&& other) noexcept
    : path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      buffer_(std::move(other.buffer_)),
      begin_(other.begin_),
      end_(other.end_),
      status_(std::move(other.status_)) {}

RunReader::~RunReader() {
  if (fd_ >= 0) ::close(fd_);
}

Status RunReader::Open(const std::string& path) {
  path_ = path;
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) return status_ = IOError("open", path);
  buffer_.resize(kBufferBytes);
  begin_ = end_ = 0;
  return Status::OK();
}

bool RunReader::Fill(size_t n) {
  if (end_ - begin_ >= n) return true;
  std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
  end_ -= begin_;
  begin_ = 0;
  if (buffer_.size() < n) buffer_.resize(n);
  while (end_ < n) {
    const ssize_t got = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      status_ = IOError("read", path_);
      return false;
    }
    if (got == 0) return false;
    end_ += static_cast<size_t>(got);
  }
  return true;
}

bool RunReader::Next() {
  if (!status_.ok() || fd_ < 0) return false;
  uint32_t sizes[2];
  if (!Fill(sizeof sizes)) {
    if (status_.ok() && end_ != begin_) status_ = Status::IOError(fmt::format("{} is truncated", path_));
    return false;
  }
  std::memcpy(sizes, buffer_.data() + begin_, sizeof sizes);
  const size_t total = sizeof sizes + sizes[0] + sizes[1];
  if (!Fill(total)) {
    if (status_.ok()) status_ = Status::IOError(fmt::format("{} is truncated", path_));
    return false;
  }
  const char* pair = buffer_.data() + begin_ + sizeof sizes;
  key_ = std::string_view(pair, sizes[0]);
  value_ = std::string_view(pair + sizes[0], sizes[1]);
  begin_ += total;
  return true;
}

}  // namespace cg::storage
