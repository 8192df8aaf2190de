#include "ingest/resolution_cache.h"

#include <algorithm>
#include <set>

#include "graph/index_entries.h"

namespace cg::ingest {
namespace {

using graph::NodeId;

// Records kept at most (a bound on memory; dropped ones are read again).
constexpr size_t kMaxRecords = 1 << 18;

// The normalized names the name index holds for `node` (its name keys
// without their node id).
std::set<std::string> IndexedNames(const graph::Node& node) {
  std::set<std::string> out;
  for (const std::string& key : graph::IndexEntriesOf(node).names) out.insert(key.substr(0, key.size() - 9));
  return out;
}

// First and last word of a normalized name of two or more words.
bool Ends(const std::string& normalized, std::string* first, std::string* last) {
  const size_t a = normalized.find(' '), z = normalized.rfind(' ');
  if (a == std::string::npos) return false;
  *first = normalized.substr(0, a);
  *last = normalized.substr(z + 1);
  return true;
}

// (from, type, to, symmetric): the key of a FindRelationship question.
std::string RelKey(const std::string& type, NodeId from, NodeId to, bool symmetric) {
  std::string out(reinterpret_cast<const char*>(&from), sizeof from);
  out.append(reinterpret_cast<const char*>(&to), sizeof to);
  out.push_back(symmetric ? 's' : 'd');
  out += type;
  return out;
}

void Insert(std::vector<NodeId>* ids, NodeId id, bool unique) {
  auto it = std::lower_bound(ids->begin(), ids->end(), id);
  if (!unique || it == ids->end() || *it != id) ids->insert(it, id);
}

void EraseOne(std::vector<NodeId>* ids, NodeId id) {
  auto it = std::lower_bound(ids->begin(), ids->end(), id);
  if (it != ids->end() && *it == id) ids->erase(it);
}

}  // namespace

Status ResolutionCache::NodesNamed(const graph::Reader& txn, std::string_view name, const std::string& normalized,
                                   const std::vector<NodeId>** out) {
  auto [it, inserted] = named_.try_emplace(normalized);
  if (inserted) {
    Status s = txn.ForEachNodeNamed(name, [&](NodeId id) {
      it->second.push_back(id);
      return true;
    });
    if (!s.ok()) {
      named_.erase(it);
      return s;
    }
    std::sort(it->second.begin(), it->second.end());
  }
  *out = &it->second;
  return Status::OK();
}

Status ResolutionCache::FullNames(const graph::Reader& txn, const std::string& first, const std::string& last,
                                  std::vector<NodeId>* out) {
  out->clear();
  auto [it, inserted] = full_.try_emplace(first);
  if (inserted) {
    std::string f, l;
    Status s = txn.ForEachNameStartingWith(first + " ", [&](std::string_view normalized, NodeId id) {
      if (Ends(std::string(normalized), &f, &l)) Insert(&it->second[l], id, false);
      return true;
    });
    if (!s.ok()) {
      full_.erase(it);
      return s;
    }
  }
  if (auto group = it->second.find(last); group != it->second.end()) {
    std::unique_copy(group->second.begin(), group->second.end(), std::back_inserter(*out));
  }
  return Status::OK();
}

Status ResolutionCache::Record(const graph::Reader& txn, NodeId id, const graph::Node** out) {
  auto it = records_.find(id);
  if (it == records_.end()) {
    graph::Node node;
    CG_RETURN_IF_ERROR(txn.GetNodeRecord(id, &node));
    if (records_.size() >= kMaxRecords) records_.clear();
    it = records_.emplace(id, std::move(node)).first;
  }
  *out = &it->second;
  return Status::OK();
}

Status ResolutionCache::FindRelationship(const graph::Reader& txn, const std::string& type, NodeId from, NodeId to,
                                         bool symmetric, graph::RelId* found) {
  auto [it, inserted] = relationships_.try_emplace(RelKey(type, from, to, symmetric), 0);
  if (inserted) {
    Status s = txn.ForEachEdge(from, symmetric ? graph::Direction::kBoth : graph::Direction::kOutgoing, type,
                               [&](const graph::Edge& edge) {
                                 if (edge.other() != to) return true;
                                 it->second = edge.rel;
                                 return false;
                               });
    if (!s.ok()) {
      relationships_.erase(it);
      return s;
    }
  }
  *found = it->second;
  return Status::OK();
}

void ResolutionCache::NoteRelationship(const std::string& type, NodeId from, NodeId to, graph::RelId id) {
  // The questions whose scan now meets the new edge: answered by it when
  // they had no answer; asked again otherwise (scan order decides).
  for (const std::string& key : {RelKey(type, from, to, false), RelKey(type, from, to, true), RelKey(type, to, from, true)}) {
    auto it = relationships_.find(key);
    if (it == relationships_.end()) continue;
    if (it->second == 0) {
      it->second = id;
    } else {
      relationships_.erase(it);
    }
  }
}

void ResolutionCache::NoteWrite(NodeId id, const graph::Node* before, const graph::Node& after) {
  records_.erase(id);
  const std::set<std::string> old_names = before ? IndexedNames(*before) : std::set<std::string>{};
  const std::set<std::string> new_names = IndexedNames(after);
  for (const std::string& n : old_names) {
    if (!new_names.count(n)) Remove(n, id);
  }
  for (const std::string& n : new_names) {
    if (!old_names.count(n)) Add(n, id);
  }
}

void ResolutionCache::Add(const std::string& normalized, NodeId id) {
  if (auto it = named_.find(normalized); it != named_.end()) Insert(&it->second, id, true);
  std::string first, last;
  if (!Ends(normalized, &first, &last)) return;
  if (auto it = full_.find(first); it != full_.end()) Insert(&it->second[last], id, false);
}

void ResolutionCache::Remove(const std::string& normalized, NodeId id) {
  if (auto it = named_.find(normalized); it != named_.end()) EraseOne(&it->second, id);
  std::string first, last;
  if (!Ends(normalized, &first, &last)) return;
  if (auto it = full_.find(first); it != full_.end()) EraseOne(&it->second[last], id);
}

void ResolutionCache::Clear() {
  named_.clear();
  full_.clear();
  records_.clear();
  relationships_.clear();
}

}  // namespace cg::ingest
