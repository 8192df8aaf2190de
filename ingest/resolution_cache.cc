#include "ingest/resolution_cache.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "graph/keys.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

using graph::NodeId;

// Records kept at most (a bound on memory; dropped ones are read again).
constexpr size_t kMaxRecords = 1 << 18;
// A whole name index is kept while it stays under kMaxNames distinct names
// (then read as asked again).
constexpr size_t kMaxNames = 1 << 21;


// The normalized names the name index holds for `node`: those of its string
// `name` and `aliases` values, as graph::IndexEntriesOf (the write path)
// makes its name keys.
std::set<std::string> IndexedNames(const graph::Node& node) {
  std::set<std::string> out;
  auto add = [&](const Value& v) {
    if (!v.is_string()) return;
    const std::string& n = NormalizeNameMemo(v.as_string());
    if (!n.empty()) out.insert(n);
  };
  for (const char* key : {"name", "aliases"}) {
    const Value* value = node.Find(key);
    if (!value) continue;
    if (value->is_list()) {
      for (const Value& item : value->as_list()) add(item);
    } else {
      add(*value);
    }
  }
  return out;
}

// The first word of a normalized name of two or more words, and the keys of
// its groups under that word: its last word, and for three words or more its
// next-to-last word behind kPaternal ("ignacio coronel villarreal" is under
// "villarreal" and kPaternal + "coronel"). False for one word.
constexpr char kPaternal = '\x01';
bool GroupKeys(const std::string& normalized, std::string* first, std::vector<std::string>* keys) {
  const size_t a = normalized.find(' '), z = normalized.rfind(' ');
  if (a == std::string::npos) return false;
  *first = normalized.substr(0, a);
  keys->assign({normalized.substr(z + 1)});
  if (z > a) {
    const size_t y = normalized.rfind(' ', z - 1);
    keys->push_back(kPaternal + normalized.substr(y + 1, z - y - 1));
  }
  return true;
}

// Full claim values kept at most (a bound on memory; dropped ones are scanned again).
constexpr size_t kMaxFullClaims = 1 << 20;

// The key of a claimed scalar value in full_claims_; "" for a list value.
std::string ClaimValueKey(graph::ClaimOn on, uint64_t id, const graph::Claim& claim) {
  if (claim.value.is_list()) return "";
  std::string out(1, on == graph::ClaimOn::kNode ? 'N' : 'R');
  graph::keys::AppendId(&out, id);
  out += graph::keys::PropertyPrefix(claim.key, claim.value);
  return out;
}

// (node, type, direction): the key of one adjacency scan.
std::string EdgeKey(const std::string& type, NodeId node, bool outgoing) {
  std::string out(reinterpret_cast<const char*>(&node), sizeof node);
  out.push_back(outgoing ? 'o' : 'i');
  out += type;
  return out;
}

// Edges kept at most (a bound on memory; dropped ones are scanned again).
constexpr size_t kMaxEdges = 1 << 20;

void Insert(std::vector<NodeId>* ids, NodeId id, bool unique) {
  auto it = std::lower_bound(ids->begin(), ids->end(), id);
  if (!unique || it == ids->end() || *it != id) ids->insert(it, id);
}

void EraseOne(std::vector<NodeId>* ids, NodeId id) {
  auto it = std::lower_bound(ids->begin(), ids->end(), id);
  if (it != ids->end() && *it == id) ids->erase(it);
}

// The record `id` of `cache`, read by `read` into the cache when missing;
// the cache is emptied when it holds kMaxRecords.
template <typename Map, typename Record, typename Read>
Status Cached(Map& cache, uint64_t id, const Record** out, Read read) {
  auto it = cache.find(id);
  if (it == cache.end()) {
    Record record;
    CG_RETURN_IF_ERROR(read(&record));
    if (cache.size() >= kMaxRecords) cache.clear();
    it = cache.emplace(id, std::move(record)).first;
  }
  *out = &it->second;
  return Status::OK();
}

}  // namespace

Status ResolutionCache::LoadNames(const graph::Reader& txn) {
  names_tried_ = true;
  size_t keys = 0;
  std::string first;
  std::vector<std::string> groups;
  // Every first byte of a name (the scan API takes a non-empty prefix).
  for (int byte = 1; byte < 256 && keys <= load_names_; ++byte) {
    Status s = txn.ForEachNameStartingWith(std::string(1, static_cast<char>(byte)),
                                           [&](std::string_view normalized, NodeId id) {
                                             const std::string n(normalized);
                                             named_[n].push_back(id);  // ascending: keys end in the id
                                             if (GroupKeys(n, &first, &groups)) {
                                               for (const std::string& g : groups) Insert(&full_[first][g], id, false);
                                             }
                                             return ++keys <= load_names_;
                                           });
    if (!s.ok()) {
      DropNames();
      return s;
    }
  }
  if (keys > load_names_) {
    DropNames();
  } else {
    names_whole_ = true;
  }
  return Status::OK();
}

void ResolutionCache::DropNames() {
  named_.clear();
  full_.clear();
  names_whole_ = false;
}

Status ResolutionCache::NodesNamed(const graph::Reader& txn, std::string_view name, const std::string& normalized,
                                   const std::vector<NodeId>** out) {
  if (!names_tried_) CG_RETURN_IF_ERROR(LoadNames(txn));
  auto [it, inserted] = named_.try_emplace(normalized);
  if (inserted && !names_whole_) {
    std::vector<NodeId>& ids = it->second;  // (clang 14 cannot capture a structured binding)
    Status s = txn.ForEachNodeNamed(name, [&](NodeId id) {
      ids.push_back(id);
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

Status ResolutionCache::FirstWordGroup(const graph::Reader& txn, const std::string& first,
                                       const std::unordered_map<std::string, Ids>** out) {
  if (!names_tried_) CG_RETURN_IF_ERROR(LoadNames(txn));
  auto [it, inserted] = full_.try_emplace(first);
  if (inserted && !names_whole_) {
    std::string f;
    std::vector<std::string> groups;
    auto& by_last = it->second;  // (clang 14 cannot capture a structured binding)
    Status s = txn.ForEachNameStartingWith(first + " ", [&](std::string_view normalized, NodeId id) {
      if (GroupKeys(std::string(normalized), &f, &groups)) {
        for (const std::string& g : groups) Insert(&by_last[g], id, false);
      }
      return true;
    });
    if (!s.ok()) {
      full_.erase(it);
      return s;
    }
  }
  *out = &it->second;
  return Status::OK();
}

Status ResolutionCache::FullNames(const graph::Reader& txn, const std::string& first, const std::string& last,
                                  std::vector<NodeId>* out) {
  out->clear();
  const std::unordered_map<std::string, Ids>* by_last = nullptr;
  CG_RETURN_IF_ERROR(FirstWordGroup(txn, first, &by_last));
  if (auto group = by_last->find(last); group != by_last->end()) {
    std::unique_copy(group->second.begin(), group->second.end(), std::back_inserter(*out));
  }
  return Status::OK();
}

Status ResolutionCache::FullNamesPaternal(const graph::Reader& txn, const std::string& first, const std::string& paternal,
                                          std::vector<NodeId>* out) {
  return FullNames(txn, first, kPaternal + paternal, out);
}

Status ResolutionCache::Record(const graph::Reader& txn, NodeId id, const graph::Node** out) {
  return Cached(records_, id, out, [&](graph::Node* node) { return txn.GetNodeRecord(id, node); });
}

Status ResolutionCache::TakeRecord(const graph::Reader& txn, NodeId id, graph::Node* out) {
  if (auto it = records_.find(id); it != records_.end()) {
    *out = std::move(it->second);
    records_.erase(it);
    return Status::OK();
  }
  return txn.GetNodeRecord(id, out);
}

Status ResolutionCache::RelationshipRecord(const graph::Reader& txn, graph::RelId id,
                                           const graph::Relationship** out) {
  return Cached(rel_records_, id, out, [&](graph::Relationship* rel) { return txn.GetRelationshipRecord(id, rel); });
}

Status ResolutionCache::Edges(const graph::Reader& txn, const std::string& type, NodeId node, bool outgoing,
                              const std::unordered_map<NodeId, graph::RelId>** out) {
  const std::string key = EdgeKey(type, node, outgoing);
  auto it = edges_.find(key);
  if (it == edges_.end()) {
    std::unordered_map<NodeId, graph::RelId> found;
    CG_RETURN_IF_ERROR(txn.ForEachEdge(node, outgoing ? graph::Direction::kOutgoing : graph::Direction::kIncoming, type,
                                       [&](const graph::Edge& edge) {
                                         found.try_emplace(edge.other(), edge.rel);  // the first one in scan order
                                         return true;
                                       }));
    if (edge_count_ + found.size() > kMaxEdges) {
      edges_.clear();
      edge_count_ = 0;
    }
    edge_count_ += found.size();
    it = edges_.emplace(key, std::move(found)).first;
  }
  *out = &it->second;
  return Status::OK();
}

Status ResolutionCache::FindRelationship(const graph::Reader& txn, const std::string& type, NodeId from, NodeId to,
                                         bool symmetric, graph::RelId* found) {
  // ForEachEdge scans the outgoing edges, then (kBoth) the incoming ones.
  *found = 0;
  for (bool outgoing : {true, false}) {
    if (!outgoing && !symmetric) break;
    const std::unordered_map<NodeId, graph::RelId>* edges = nullptr;
    CG_RETURN_IF_ERROR(Edges(txn, type, from, outgoing, &edges));
    if (auto it = edges->find(to); it != edges->end()) {
      *found = it->second;
      return Status::OK();
    }
  }
  return Status::OK();
}

void ResolutionCache::NoteRelationship(const std::string& type, NodeId from, NodeId to, graph::RelId id) {
  // A new relationship has the greatest id yet: it is first in scan order
  // only where no edge joined the two ends before.
  for (const auto& [node, other, outgoing] : {std::tuple{from, to, true}, std::tuple{to, from, false}}) {
    auto it = edges_.find(EdgeKey(type, node, outgoing));
    if (it != edges_.end() && it->second.try_emplace(other, id).second) ++edge_count_;
  }
}

void ResolutionCache::NoteWrite(NodeId id, const graph::Node* before, graph::Node after) {
  records_.erase(id);
  if (!before || !NoteAppendedNames(id, *before, after)) NoteNames(id, before, after);
  if (records_.size() >= kMaxRecords) records_.clear();
  records_.emplace(id, std::move(after));
}

bool ResolutionCache::NoteAppendedNames(NodeId id, const graph::Node& before, const graph::Node& after) {
  if (!names_whole_) return false;
  const Value* name_before = before.Find("name");
  const Value* name_after = after.Find("name");
  if (!name_before || !name_after || !(*name_before == *name_after)) return false;
  static const ValueList kNone;
  const Value* aliases_before = before.Find("aliases");
  const Value* aliases_after = after.Find("aliases");
  if ((aliases_before && !aliases_before->is_list()) || (aliases_after && !aliases_after->is_list())) return false;
  const ValueList& old_list = aliases_before ? aliases_before->as_list() : kNone;
  const ValueList& new_list = aliases_after ? aliases_after->as_list() : kNone;
  if (new_list.size() < old_list.size() || !std::equal(old_list.begin(), old_list.end(), new_list.begin())) return false;
  for (size_t i = old_list.size(); i < new_list.size() && names_whole_; ++i) {
    if (!new_list[i].is_string()) continue;
    const std::string& n = NormalizeNameMemo(new_list[i].as_string());
    if (n.empty()) continue;
    // A name the node already had (under the whole index, named_ holds
    // every node of every name) adds nothing.
    auto it = named_.find(n);
    if (it != named_.end() && std::binary_search(it->second.begin(), it->second.end(), id)) continue;
    Add(n, id);
  }
  return true;  // (an Add that dropped the maps leaves nothing to update)
}

void ResolutionCache::NoteNames(NodeId id, const graph::Node* before, const graph::Node& after) {
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
  if (names_whole_) {
    if (named_.size() >= kMaxNames) return DropNames();  // asked name by name again (names_tried_ stays)
    Insert(&named_[normalized], id, true);
  } else if (auto it = named_.find(normalized); it != named_.end()) {
    Insert(&it->second, id, true);
  }
  std::string first;
  std::vector<std::string> groups;
  if (!GroupKeys(normalized, &first, &groups)) return;
  for (const std::string& g : groups) {
    if (names_whole_) {
      Insert(&full_[first][g], id, false);
    } else if (auto it = full_.find(first); it != full_.end()) {
      Insert(&it->second[g], id, false);
    }
  }
}

void ResolutionCache::Remove(const std::string& normalized, NodeId id) {
  if (auto it = named_.find(normalized); it != named_.end()) EraseOne(&it->second, id);
  std::string first;
  std::vector<std::string> groups;
  if (!GroupKeys(normalized, &first, &groups)) return;
  for (const std::string& g : groups) {
    if (auto it = full_.find(first); it != full_.end()) EraseOne(&it->second[g], id);
  }
}

bool ResolutionCache::ClaimValueFull(graph::ClaimOn on, uint64_t id, const graph::Claim& claim) const {
  const std::string key = ClaimValueKey(on, id, claim);
  return !key.empty() && full_claims_.count(key) > 0;
}

void ResolutionCache::NoteClaimValueFull(graph::ClaimOn on, uint64_t id, const graph::Claim& claim) {
  std::string key = ClaimValueKey(on, id, claim);
  if (key.empty()) return;
  if (full_claims_.size() >= kMaxFullClaims) full_claims_.clear();
  full_claims_.insert(std::move(key));
}

void ResolutionCache::Clear() {
  DropNames();
  full_claims_.clear();
  names_tried_ = false;
  records_.clear();
  rel_records_.clear();
  edges_.clear();
  edge_count_ = 0;
}

}  // namespace cg::ingest
