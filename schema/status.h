// Status: the result of an operation that can fail, LevelDB style.
// A Status is ok, or carries a code and a message meant for a person:
// it names the file, key, line or position involved and what was expected.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace cg {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,
    kInvalidArgument,   // bad input: the message says where and what was expected
    kConstraint,        // a write that breaks the ontology or graph integrity
    kCorruption,        // stored bytes that cannot be decoded
    kIOError,
    kBusy,              // the database is held by another process
    kIncompatible,      // a database of another format version
    kCancelled,
    kInternal,
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status InvalidArgument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status Constraint(std::string msg) { return {Code::kConstraint, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status IOError(std::string msg) { return {Code::kIOError, std::move(msg)}; }
  static Status Busy(std::string msg) { return {Code::kBusy, std::move(msg)}; }
  static Status Incompatible(std::string msg) { return {Code::kIncompatible, std::move(msg)}; }
  static Status Cancelled(std::string msg) { return {Code::kCancelled, std::move(msg)}; }
  static Status Internal(std::string msg) { return {Code::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "Corruption: <message>", or "OK".
  std::string ToString() const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Returns from the enclosing function when `expr` yields a non-ok Status.
#define CG_RETURN_IF_ERROR(expr)            \
  do {                                      \
    ::cg::Status _cg_status = (expr);       \
    if (!_cg_status.ok()) return _cg_status; \
  } while (0)

}  // namespace cg
