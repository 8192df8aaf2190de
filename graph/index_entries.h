// The index keys a node record implies: its labels, its indexed properties
// (Reader::IsIndexed; every element of a list) and its normalized names
// (name and aliases). Writers reconcile them on every change; the integrity
// check compares them with what the index columns hold.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "graph/types.h"

namespace cg::graph {

struct IndexEntries {
  std::set<std::string> labels, properties, names;
};

IndexEntries IndexEntriesOf(const Node& node);

// Whether two versions of one node imply the same index keys (same labels
// and indexed properties), decided without computing them.
bool SameIndexEntries(const Node& a, const Node& b);

// The index keys `after` has beyond `before` when it only adds to it (new
// labels, new indexed properties, elements appended to an indexed list),
// computed from the additions alone; nullopt when it changes or removes
// anything (then compare IndexEntriesOf both).
std::optional<IndexEntries> AddedIndexEntries(const Node& before, const Node& after);

}  // namespace cg::graph
