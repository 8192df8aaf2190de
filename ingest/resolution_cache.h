// ResolutionCache: what the writer asks the database over and over while it
// resolves entities and facts, kept in memory for one ingest run: the nodes
// each normalized name names (the name index of graph/keys.h), the nodes
// with a full name of a given first and last word, decoded node records, and
// the relationship of a type between two nodes.
//
// Every answer equals what the write transaction it was asked with would
// answer. Entries are filled on first use from that transaction and kept
// equal to it by NoteWrite, which the writer calls after each node write
// and NoteRelationship after each relationship it creates (so a look-up
// later in the same article sees the article's own writes).
// After a rollback, or when anything else may have written (another
// transaction committed in between), call Clear.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/reader.h"
#include "graph/types.h"

namespace cg::ingest {

class ResolutionCache {
 public:
  // The nodes Reader::ForEachNodeNamed(name) reports, ascending;
  // `normalized` is NormalizeName(name). Valid until the next call.
  Status NodesNamed(const graph::Reader& txn, std::string_view name, const std::string& normalized,
                    const std::vector<graph::NodeId>** out);
  // The nodes with a name of two or more words whose first word is `first`
  // and last word `last` (normalized words), each once, ascending.
  Status FullNames(const graph::Reader& txn, const std::string& first, const std::string& last,
                   std::vector<graph::NodeId>* out);
  // The record of node `id` (Status::NotFound when there is none). Valid
  // until the next call of any member.
  Status Record(const graph::Reader& txn, graph::NodeId id, const graph::Node** out);

  // The first relationship of `type` from `from` to `to` (either way for a
  // `symmetric` type) that Reader::ForEachEdge reports from `from`, or 0.
  Status FindRelationship(const graph::Reader& txn, const std::string& type, graph::NodeId from, graph::NodeId to,
                          bool symmetric, graph::RelId* found);
  // A relationship `id` of `type` from `from` to `to` was created.
  void NoteRelationship(const std::string& type, graph::NodeId from, graph::NodeId to, graph::RelId id);

  // Node `id` was written: `before` is its record before the write (null
  // for a new node), `after` its record as the transaction now holds it.
  void NoteWrite(graph::NodeId id, const graph::Node* before, const graph::Node& after);
  void Clear();

 private:
  // Ids, ascending; a node may occur once per name it has in the group.
  using Ids = std::vector<graph::NodeId>;
  void Add(const std::string& normalized, graph::NodeId id);
  void Remove(const std::string& normalized, graph::NodeId id);

  std::unordered_map<std::string, Ids> named_;                                   // normalized name -> nodes
  std::unordered_map<std::string, std::unordered_map<std::string, Ids>> full_;  // first word -> last word -> nodes
  std::unordered_map<graph::NodeId, graph::Node> records_;
  std::unordered_map<std::string, graph::RelId> relationships_;  // RelKey -> first one found, or 0
};

}  // namespace cg::ingest
