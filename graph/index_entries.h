// The index keys a node record implies: its labels, its indexed properties
// (Reader::IsIndexed; every element of a list) and its normalized names
// (name and aliases). Writers reconcile them on every change; the integrity
// check compares them with what the index columns hold.
#pragma once

#include <set>
#include <string>

#include "graph/types.h"

namespace cg::graph {

struct IndexEntries {
  std::set<std::string> labels, properties, names;
};

IndexEntries IndexEntriesOf(const Node& node);

}  // namespace cg::graph
