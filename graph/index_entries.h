// The index keys a node record implies: its labels, its indexed properties
// (Reader::IsIndexed; every element of a list), its normalized names
// (name and aliases) and, given the catalog, the entries of the user's
// indexes (catalog.h, index_keys.h; in `properties`). Writers reconcile
// them on every change; the integrity check compares them with what the
// index columns hold.
//
// A list member that the names index holds (a string of a name or aliases
// list whose normalized form is not empty) has no property entry (format
// version 7): Reader::ForEachNodeWithProperty finds it through its
// normalized name. Ingest keeps every name of an entity in its aliases
// list, so these were most of the property entries it wrote (measured: 58
// of 64 an article).
#pragma once

#include <optional>
#include <set>
#include <string>

#include "graph/catalog.h"
#include "graph/types.h"
#include "schema/status.h"

namespace cg::storage {
class ReadView;
class WriteBatchView;
}  // namespace cg::storage

namespace cg::graph {

struct IndexEntries {
  std::set<std::string> labels, properties, names;
};

// `catalog` null: the built-in indexes only. `memo`: names normalized through NormalizeNameMemo
// (transactions, which write the same names again and again: a node's versions before and after,
// ingest's entities) rather than NormalizeName (bulk loads and the check, which see each once);
// the entries are the same.
IndexEntries IndexEntriesOf(const Node& node, const Catalog* catalog, bool memo = false);

// Whether two versions of one node imply the same index keys (same labels
// and indexed properties), decided without computing them.
bool SameIndexEntries(const Node& a, const Node& b, const Catalog* catalog);

// The index keys `after` has beyond `before` when it only adds to it (new
// labels, new indexed properties, elements appended to an indexed list),
// computed from the additions alone; nullopt when it changes or removes
// anything, or when the catalog has indexes (then compare IndexEntriesOf
// both).
std::optional<IndexEntries> AddedIndexEntries(const Node& before, const Node& after, const Catalog* catalog,
                                              bool memo = false);

// Upgrades format version 6 and older: deletes into `batch` the property
// entries of the list members that the names index holds (above), for
// every node record of `view`.
Status DeleteNamedMemberEntries(const storage::ReadView& view, storage::WriteBatchView* batch);

}  // namespace cg::graph
