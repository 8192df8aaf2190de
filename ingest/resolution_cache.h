// ResolutionCache: what the writer asks the database over and over while it
// resolves entities and facts, kept in memory for one ingest run: the nodes
// each normalized name names (the name index of graph/keys.h), the nodes
// with a full name of a given first and last word, decoded node and
// relationship records,
// the edges of a type at a node (one adjacency scan per node and type, not
// one per pair of nodes asked about), and the claimed values that take no
// claim more (WriteTxn::AddClaim's `full`; a value stays full while none of
// its claims is deleted, and ingest deletes none).
//
// Every answer equals what the write transaction it was asked with would
// answer. Entries are filled on first use from that transaction and kept
// equal to it by NoteWrite, which the writer calls after each node write,
// ForgetRelationship after each relationship record it writes, and
// NoteRelationship after each relationship it creates (so a look-up
// later in the same article sees the article's own writes).
// After a rollback, or when anything else may have written (another
// transaction committed in between), call Clear.
//
// The first name question after construction or Clear reads the whole name
// index when it holds at most `load_names` keys (a new or small database, as
// at the start of a large ingest): from then on a name the maps lack names
// no node, and is answered without a scan. A larger index is read name by
// name, as asked.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/reader.h"
#include "graph/types.h"

namespace cg::ingest {

class ResolutionCache {
 public:
  static constexpr size_t kLoadNames = 1 << 17;
  explicit ResolutionCache(size_t load_names = kLoadNames) : load_names_(load_names) {}

  // The nodes Reader::ForEachNodeNamed(name) reports, ascending;
  // `normalized` is NormalizeName(name). Valid until the next call.
  Status NodesNamed(const graph::Reader& txn, std::string_view name, const std::string& normalized,
                    const std::vector<graph::NodeId>** out);
  // The nodes with a name of two or more words whose first word is `first`
  // and last word `last` (normalized words), each once, ascending.
  Status FullNames(const graph::Reader& txn, const std::string& first, const std::string& last,
                   std::vector<graph::NodeId>* out);
  // The nodes with a name of three or more words whose first word is `first`
  // and next-to-last word `paternal` ("ignacio", "coronel": "Ignacio Coronel
  // Villarreal"), each once, ascending.
  Status FullNamesPaternal(const graph::Reader& txn, const std::string& first, const std::string& paternal,
                           std::vector<graph::NodeId>* out);
  // The record of node `id` (Status::NotFound when there is none). Valid
  // until the next call of any member.
  Status Record(const graph::Reader& txn, graph::NodeId id, const graph::Node** out);
  // The same record moved out to the caller, who is about to write the
  // node and then calls NoteWrite (the cache drops it meanwhile).
  Status TakeRecord(const graph::Reader& txn, graph::NodeId id, graph::Node* out);
  // The record of relationship `id` (Status::NotFound when there is none),
  // kept until ForgetRelationship(id). Valid until the next call of any member.
  Status RelationshipRecord(const graph::Reader& txn, graph::RelId id, const graph::Relationship** out);
  // Relationship `id`'s record was written.
  void ForgetRelationship(graph::RelId id) { rel_records_.erase(id); }

  // The first relationship of `type` from `from` to `to` (either way for a
  // `symmetric` type) that Reader::ForEachEdge reports from `from`, or 0.
  Status FindRelationship(const graph::Reader& txn, const std::string& type, graph::NodeId from, graph::NodeId to,
                          bool symmetric, graph::RelId* found);
  // The edges of `type` at `node`, outgoing or incoming: other end -> the
  // first relationship to it in Reader::ForEachEdge's order. Valid until the
  // next call of any member.
  Status Edges(const graph::Reader& txn, const std::string& type, graph::NodeId node, bool outgoing,
               const std::unordered_map<graph::NodeId, graph::RelId>** out);
  // A relationship `id` of `type` from `from` to `to` was created.
  void NoteRelationship(const std::string& type, graph::NodeId from, graph::NodeId to, graph::RelId id);

  // Whether the value of `claim` on (`on`, `id`) was noted full: an
  // AddClaim of it with the same `max_sources` adds nothing. List values are
  // never noted.
  bool ClaimValueFull(graph::ClaimOn on, uint64_t id, const graph::Claim& claim) const;
  void NoteClaimValueFull(graph::ClaimOn on, uint64_t id, const graph::Claim& claim);

  // Node `id` was written: `before` is its record before the write (null
  // for a new node), `after` its record as the transaction now holds it,
  // kept as Record's answer. When `before`'s name is kept and its aliases
  // only gain elements at the end (a merge), only those are normalized and
  // looked up (a node with a thousand aliases is not renormalized whole).
  void NoteWrite(graph::NodeId id, const graph::Node* before, graph::Node after);
  void Clear();

 private:
  // Ids, ascending; a node may occur once per name it has in the group.
  using Ids = std::vector<graph::NodeId>;
  void Add(const std::string& normalized, graph::NodeId id);
  // NoteWrite's names for a write that appended aliases to `before` and
  // changed no other name; false (nothing done) when it did more, or when
  // the maps do not hold the whole name index.
  bool NoteAppendedNames(graph::NodeId id, const graph::Node& before, const graph::Node& after);
  // NoteWrite's names in general: every name of `before` and `after` compared.
  void NoteNames(graph::NodeId id, const graph::Node* before, const graph::Node& after);
  void Remove(const std::string& normalized, graph::NodeId id);
  // Reads the whole name index into named_ and full_ when it is small
  // enough; once per Clear.
  Status LoadNames(const graph::Reader& txn);
  // full_'s group of names that start with `first`, read from `txn` when missing.
  Status FirstWordGroup(const graph::Reader& txn, const std::string& first,
                        const std::unordered_map<std::string, Ids>** out);
  void DropNames();

  const size_t load_names_;
  bool names_tried_ = false;  // LoadNames ran since the last Clear
  bool names_whole_ = false;  // named_ and full_ hold every name of the index

  std::unordered_map<std::string, Ids> named_;                                   // normalized name -> nodes
  std::unordered_map<std::string, std::unordered_map<std::string, Ids>> full_;  // first word -> last word -> nodes
  std::unordered_map<graph::NodeId, graph::Node> records_;
  std::unordered_map<graph::RelId, graph::Relationship> rel_records_;
  // EdgeKey(node, type, outgoing) -> other end -> the first relationship to
  // it in the scan's order (the least id: adjacency keys end in the id).
  std::unordered_map<std::string, std::unordered_map<graph::NodeId, graph::RelId>> edges_;
  size_t edge_count_ = 0;  // entries of edges_' maps, bounded like records_
  // On(1) id(8) keys::PropertyPrefix(key, value) of the full claim values.
  std::unordered_set<std::string> full_claims_;

};

}  // namespace cg::ingest
