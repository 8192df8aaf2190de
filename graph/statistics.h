// Statistics kept on write: how many nodes carry each label, how many
// relationships have each type, and how many records (nodes and
// relationships) hold each property key. They live in the meta column
// (keys.h), so Reader::CountLabels, CountRelationshipTypes and
// CountPropertyKeys read one key per label / type / property key instead of
// scanning the graph.
//
// Writers (WriteTxn, BulkLoader) hold the Graph's single writer slot, so
// nobody else changes the counters while they work: they collect
// CountDeltas as they write and, at commit, read-modify-write the counters
// in the same atomic batch as the records. A count that reaches zero is
// deleted, so only labels and types in use are listed.
//
// Databases of format version 1 have no counters, and those before version 6
// none for property keys: Graph::Open upgrades them in one atomic write —
// counters from a scan of the label index and the adjacency
// (UpgradeStatistics) and of the records (UpgradePropertyKeyCounts),
// together with the new format version.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "schema/status.h"
#include "schema/value.h"

namespace cg::storage {
class ReadView;
class WriteBatchView;
}  // namespace cg::storage

namespace cg::graph {

// (name, count) sorted by name; counts are positive.
using Counts = std::vector<std::pair<std::string, uint64_t>>;

// Changes to the counts that a writer has not committed yet.
struct CountDeltas {
  std::map<std::string, int64_t, std::less<>> labels, types, keys;

  // A node with `labels` (duplicates count once) appears (+1) or goes (-1).
  void AddNode(const std::vector<std::string>& node_labels, int64_t sign);
  void AddRelationship(std::string_view type, int64_t sign) { Add(&types, type, sign); }
  // A record holding `properties` appears (+1) or goes (-1); an update is
  // the old record going and the new one appearing.
  void AddProperties(const PropertyMap& properties, int64_t sign);
  CountDeltas& operator+=(const CountDeltas& other);
  static void Add(std::map<std::string, int64_t, std::less<>>* counts, std::string_view name, int64_t sign);
};

// Committed counter values by meta key (0: no counter), as a writer last
// read or wrote them. The writer keeps them between its commits (Graph's
// known_counts_) while nothing else commits, so that a commit reads no
// counter it already knows (measured: the counters' point reads were 1.3%
// of ingest's instructions).
class KnownCounts {
 public:
  // The count under `key`, or nullptr when not known.
  const uint64_t* Find(const std::string& key) const;
  // Notes the count a commit wrote under `key` (0: erased). Past kMaxKeys
  // keys everything known is forgotten first (memory stays bounded).
  void Note(const std::string& key, uint64_t count);
  void Clear() { counts_.clear(); }
  size_t size() const { return counts_.size(); }

  static constexpr size_t kMaxKeys = 65536;

 private:
  std::unordered_map<std::string, uint64_t> counts_;
};

// Reads the counters under `prefix` (keys::kLabelCountPrefix,
// kTypeCountPrefix or kKeyCountPrefix), with `pending` (may be null) added.
Status ReadCounts(const storage::ReadView& view, std::string_view prefix,
                  const std::map<std::string, int64_t, std::less<>>* pending, Counts* out);

// The meta-column writes that commit `deltas` on top of the counters `view`
// holds: put(key, value) for a changed count, erase(key) for a count that
// drops to zero. Corruption if a count would go below zero. A counter found
// in `known` (may be null; it must equal what `view` holds) is not read.
Status CommitCounts(const storage::ReadView& view, const CountDeltas& deltas, const KnownCounts* known,
                    const std::function<void(std::string key, std::string value)>& put,
                    const std::function<void(std::string key)>& erase);

// The counts the counters must equal, from a scan of the label index and
// the outgoing adjacency (reads every index key; the check and upgrades).
Status ScanCounts(const storage::ReadView& view, Counts* labels, Counts* types);

// The property-key counts the counters must equal, from a scan of every
// node and relationship record (the check and upgrades).
Status ScanPropertyKeyCounts(const storage::ReadView& view, Counts* keys);

// Put the label and type counters of a database that lacks them (version 1)
// into `batch`, from a scan of `view`; likewise the property-key counters
// (before version 6). The caller commits the batch with the format version
// (storage::Store::CommitUpgrade).
Status UpgradeStatistics(const storage::ReadView& view, storage::WriteBatchView* batch);
Status UpgradePropertyKeyCounts(const storage::ReadView& view, storage::WriteBatchView* batch);

}  // namespace cg::graph
