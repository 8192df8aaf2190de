// PropertyKeyCache: the property keys a Graph's nodes and relationships
// have held, for warnings about keys a query names that the database has
// never seen (query/notifications.h). Like Neo4j's property-key tokens, a
// key stays known once seen (for the life of the Graph object), even after
// the last record holding it is gone.
//
// Keys come from the statistics kept on write (statistics.h), never from
// the records: a key already seen costs a set lookup; an unseen one reads
// the property-key counters, one meta key per key in use.
#pragma once

#include <mutex>
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
  // every key seen (sorted), else is left empty. Thread-safe. Fails only on
  // storage errors.
  Status Unknown(const Reader& reader, const std::vector<std::string>& keys, std::vector<std::string>* unknown,
                 std::vector<std::string>* known);

 private:
  std::mutex mu_;
  std::set<std::string, std::less<>> keys_;
};

}  // namespace cg::graph
