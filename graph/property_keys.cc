#include "graph/property_keys.h"

#include <algorithm>

namespace cg::graph {

Status PropertyKeyCache::Unknown(const Reader& reader, const std::vector<std::string>& keys,
                                 std::vector<std::string>* unknown, std::vector<std::string>* known) {
  unknown->clear();
  known->clear();
  std::lock_guard<std::mutex> lock(mu_);
  auto seen = [&](const std::string& key) { return keys_.count(key) > 0; };
  if (std::all_of(keys.begin(), keys.end(), seen)) return Status::OK();
  std::vector<std::pair<std::string, uint64_t>> counts;
  CG_RETURN_IF_ERROR(reader.CountPropertyKeys(&counts));
  for (auto& [key, count] : counts) keys_.insert(std::move(key));
  for (const std::string& key : keys) {
    if (!seen(key)) unknown->push_back(key);
  }
  if (!unknown->empty()) known->assign(keys_.begin(), keys_.end());
  return Status::OK();
}

}  // namespace cg::graph
