// PropertyKeyCache: the property keys a Graph's nodes and relationships
// have held, for warnings about keys a query names that the database has
// never seen (query/notifications.h). Like Neo4j's property-key tokens, a
// key stays known once seen (for the life of the Graph object), even after
// the last record holding it is gone.
//
// There are no per-key statistics on disk, so keys are found by reading
// records — and only when needed: a key already seen costs nothing; an
// unseen one makes a scan of the records, which stops as soon as every
// asked-for key is found. A scan that reads every record marks the set
// complete for that committed state, so asking again about the same unknown
// key before the next commit costs nothing either.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/reader.h"
#include "schema/status.h"

namespace cg::graph {

class PropertyKeyCache {
 public:
  // Sets *unknown to the keys of `keys` no record `reader` sees holds (nor
  // any record seen before), in the order given; when one is, *known gets
  // every key seen (sorted), else is left empty. `state` names reader's
  // committed state (Graph::StateOf); nullopt when it cannot be named.
  // Thread-safe (one scan at a time). Fails only on storage errors.
  Status Unknown(const Reader& reader, std::optional<uint64_t> state, const std::vector<std::string>& keys,
                 std::vector<std::string>* unknown, std::vector<std::string>* known);

 private:
  // Whether every one of `keys` is in keys_.
  bool AllSeen(const std::vector<std::string>& keys) const;
  // Reads records, adding their keys, until AllSeen(keys) or the end (then
  // complete_state_ = state).
  Status Scan(const Reader& reader, std::optional<uint64_t> state, const std::vector<std::string>& keys);

  std::mutex mu_;
  std::set<std::string, std::less<>> keys_;
  std::optional<uint64_t> complete_state_;  // keys_ holds every key of this state
};

}  // namespace cg::graph
