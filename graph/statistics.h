// Statistics kept on write: how many nodes carry each label, how many
// relationships have each type, and how many records (nodes and
// relationships) hold each property key. They live in the meta column,
// one key per family (keys.h kLabelCounts, kTypeCounts, kKeyCounts) whose
// value is each name in use with its count, in name order: name 0x00
// count(8, big-endian), repeated (EncodeCounts). So Reader::CountLabels,
// CountRelationshipTypes and CountPropertyKeys read one key instead of
// scanning the graph, and a commit rewrites at most three keys (format
// version 8; before, one key per name: 29 keys an ingested article,
// measured at 9% of its commit's instructions).
//
// Writers (WriteTxn, BulkLoader) hold the Graph's single writer slot, so
// nobody else changes the counters while they work: they collect
// CountDeltas as they write and, at commit, read-modify-write the counters
// in the same atomic batch as the records. A count that reaches zero is
// deleted, so only labels and types in use are listed.
//
// Databases of format version 1 have no counters, those before version 6
// none for property keys, and those before version 8 one key per name:
// Graph::Open upgrades them in one atomic write (UpgradeCounters), together
// with the new format version.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
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

// Committed counter families by meta key (their values; "": none), as a
// writer last wrote them. The writer keeps them between its commits
// (Graph's known_counts_) while nothing else commits, so that a commit
// reads no family it already knows (measured: the counters' point reads
// were 1.3% of ingest's instructions).
class KnownCounts {
 public:
  // The value under `family`, or nullptr when not known.
  const std::string* Find(std::string_view family) const;
  // Notes the value a commit wrote under `family` ("": erased).
  void Note(const std::string& family, std::string value) { families_[family] = std::move(value); }
  void Clear() { families_.clear(); }

 private:
  std::map<std::string, std::string, std::less<>> families_;
};

// The value of a family key: `counts` (sorted by name; zeros left out).
std::string EncodeCounts(const Counts& counts);

// Reads the counters of `family` (keys::kLabelCounts, kTypeCounts or
// kKeyCounts), with `pending` (may be null) added.
Status ReadCounts(const storage::ReadView& view, std::string_view family,
                  const std::map<std::string, int64_t, std::less<>>* pending, Counts* out);

// The meta-column writes that commit `deltas` on top of the counters `view`
// holds: put(key, value) for a family that changed, erase(key) for one whose
// counts all dropped to zero. Corruption if a count would go below zero. A
// family found in `known` (may be null; it must equal what `view` holds) is
// not read.
Status CommitCounts(const storage::ReadView& view, const CountDeltas& deltas, const KnownCounts* known,
                    const std::function<void(std::string key, std::string value)>& put,
                    const std::function<void(std::string key)>& erase);

// The counts the counters must equal, from a scan of the label index and
// the outgoing adjacency (reads every index key; the check and upgrades).
Status ScanCounts(const storage::ReadView& view, Counts* labels, Counts* types);

// The property-key counts the counters must equal, from a scan of every
// node and relationship record (the check and upgrades).
Status ScanPropertyKeyCounts(const storage::ReadView& view, Counts* keys);

// Puts the counter families of a database of format version `from` (< 8)
// into `batch`: versions 2 to 7 kept one key per name ("count/label/<label>",
// "count/type/<type>", "count/key/<key>"), which are read and deleted;
// labels and types are counted from a scan of `view` for version 1, which
// kept none, and property keys before version 6. The caller commits the
// batch with the format version (storage::Store::CommitUpgrade).
Status UpgradeCounters(const storage::ReadView& view, uint32_t from, storage::WriteBatchView* batch);

}  // namespace cg::graph
