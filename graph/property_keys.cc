#include "graph/property_keys.h"

namespace cg::graph {

bool PropertyKeyCache::AllSeen(const std::vector<std::string>& keys) const {
  for (const std::string& key : keys) {
    if (!keys_.count(key)) return false;
  }
  return true;
}

Status PropertyKeyCache::Scan(const Reader& reader, std::optional<uint64_t> state,
                              const std::vector<std::string>& keys) {
  bool stopped = false;
  auto add = [&](const PropertyMap& properties) {
    for (const auto& [key, value] : properties) keys_.insert(key);
    stopped = AllSeen(keys);
    return !stopped;
  };
  Status failed;
  CG_RETURN_IF_ERROR(reader.ForEachNode([&](NodeId id) {
    Node node;
    failed = reader.GetNodeRecord(id, &node);
    return failed.ok() && add(node.properties);
  }));
  CG_RETURN_IF_ERROR(failed);
  if (stopped) return Status::OK();
  CG_RETURN_IF_ERROR(reader.ForEachRelationship([&](RelId id) {
    Relationship rel;
    failed = reader.GetRelationshipRecord(id, &rel);
    return failed.ok() && add(rel.properties);
  }));
  CG_RETURN_IF_ERROR(failed);
  if (!stopped) complete_state_ = state;
  return Status::OK();
}

Status PropertyKeyCache::Unknown(const Reader& reader, std::optional<uint64_t> state,
                                 const std::vector<std::string>& keys, std::vector<std::string>* unknown,
                                 std::vector<std::string>* known) {
  unknown->clear();
  known->clear();
  std::lock_guard<std::mutex> lock(mu_);
  if (AllSeen(keys)) return Status::OK();
  if (!state || complete_state_ != state) CG_RETURN_IF_ERROR(Scan(reader, state, keys));
  for (const std::string& key : keys) {
    if (!keys_.count(key)) unknown->push_back(key);
  }
  if (!unknown->empty()) known->assign(keys_.begin(), keys_.end());
  return Status::OK();
}

}  // namespace cg::graph
