// Statistics kept on write: how many nodes carry each label and how many
// relationships have each type. They live in the meta column (keys.h), so
// Reader::CountLabels and Reader::CountRelationshipTypes read one key per
// label / type instead of scanning the graph.
//
// Writers (WriteTxn, BulkLoader) hold the Graph's single writer slot, so
// nobody else changes the counters while they work: they collect
// CountDeltas as they write and, at commit, read-modify-write the counters
// in the same atomic batch as the records. A count that reaches zero is
// deleted, so only labels and types in use are listed.
//
// Databases of format version 1 have no counters: Graph::Open upgrades them
// (UpgradeStatistics) in one atomic write — counters from a scan of the
// label index and the adjacency, together with the new format version.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schema/status.h"

namespace cg::storage {
class ReadView;
class Store;
}  // namespace cg::storage

namespace cg::graph {

// (name, count) sorted by name; counts are positive.
using Counts = std::vector<std::pair<std::string, uint64_t>>;

// Changes to the counts that a writer has not committed yet.
struct CountDeltas {
  std::map<std::string, int64_t, std::less<>> labels, types;

  // A node with `labels` (duplicates count once) appears (+1) or goes (-1).
  void AddNode(const std::vector<std::string>& node_labels, int64_t sign);
  void AddRelationship(std::string_view type, int64_t sign) { Add(&types, type, sign); }
  static void Add(std::map<std::string, int64_t, std::less<>>* counts, std::string_view name, int64_t sign);
};

// Reads the counters under `prefix` (keys::kLabelCountPrefix or
// keys::kTypeCountPrefix), with `pending` (may be null) added.
Status ReadCounts(const storage::ReadView& view, std::string_view prefix,
                  const std::map<std::string, int64_t, std::less<>>* pending, Counts* out);

// The meta-column writes that commit `deltas` on top of the counters `view`
// holds: put(key, value) for a changed count, erase(key) for a count that
// drops to zero. Corruption if a count would go below zero.
Status CommitCounts(const storage::ReadView& view, const CountDeltas& deltas,
                    const std::function<void(std::string key, std::string value)>& put,
                    const std::function<void(std::string key)>& erase);

// The counts the counters must equal, from a scan of the label index and
// the outgoing adjacency (reads every index key; the check and upgrades).
Status ScanCounts(const storage::ReadView& view, Counts* labels, Counts* types);

// Writes the counters of a database that lacks them, atomically with the
// current format version (storage::Store::needs_upgrade()).
Status UpgradeStatistics(storage::Store* store);

}  // namespace cg::graph
