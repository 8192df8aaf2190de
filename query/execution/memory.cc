#include "query/execution/memory.h"

#include <string>

#include "query/error.h"

namespace cg::query::execution {

namespace {

std::string Bytes(size_t n) {
  if (n >= (size_t{1} << 30) && n % (size_t{1} << 30) == 0) return std::to_string(n >> 30) + " GiB";
  if (n >= (size_t{1} << 20) && n % (size_t{1} << 20) == 0) return std::to_string(n >> 20) + " MiB";
  return std::to_string(n) + " bytes";
}

}  // namespace

size_t ApproxSize(const Value& v) {
  size_t n = sizeof(Value);
  switch (v.type()) {
    case Value::Type::kString: n += v.as_string().capacity(); break;
    case Value::Type::kList:
      n += 32;
      for (const Value& e : v.as_list()) n += ApproxSize(e);
      break;
    case Value::Type::kMap:
      n += 32;
      for (const auto& [k, e] : v.as_map()) n += 64 + k.capacity() + ApproxSize(e);
      break;
    case Value::Type::kPath:
      n += 64 + 8 * (v.as_path().nodes.size() + v.as_path().rels.size());
      break;
    case Value::Type::kTemporal: n += sizeof(Temporal) + 32; break;
    default: break;
  }
  return n;
}

size_t ApproxSize(const std::vector<Value>& row) {
  size_t n = sizeof(row);
  for (const Value& v : row) n += ApproxSize(v);
  return n;
}

void MemoryBudget::Check(size_t bytes) const {
  if (bytes > limit_ || used_ > limit_ - bytes) {
    throw RuntimeError("ClientError", "MemoryLimitExceeded",
                       "the query needs more than its memory limit of " + Bytes(limit_) +
                           " (raise it with QueryOptions::memory_limit or --memory-limit)");
  }
}

void MemoryBudget::Charge(size_t bytes) {
  Check(bytes);
  used_ += bytes;
}

}  // namespace cg::query::execution
