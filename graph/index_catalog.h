// The built-in indexes, as SHOW INDEXES lists them (before the user's,
// catalog.h). Every database has the same ones, kept on every write in the
// same atomic batch as the records (index_entries.h) and checked by
// Graph::Check:
//
//   node_label_lookup   LOOKUP  the nodes of each label         (keys.h labels)
//   node_<key>_exact    EXACT   nodes by the exact value of name, aliases, id,
//                               across labels; scalars, each element of a list
//                               (keys.h properties; Reader::IsIndexed)
//   node_names_text     TEXT    nodes by name or alias with accents, case and
//                               punctuation folded, and by prefix (keys.h names)
#pragma once

#include <string>
#include <vector>

namespace cg::graph {

struct IndexInfo {
  std::string name;
  std::string type;                    // LOOKUP, EXACT, TEXT
  std::string entity_type;             // NODE
  std::vector<std::string> labels;     // empty: every label
  std::vector<std::string> properties; // empty: none (a label lookup)
};

// The indexed property keys (Reader::IsIndexed), in a fixed order.
const std::vector<std::string>& IndexedKeys();

// Every index, by name.
std::vector<IndexInfo> ListIndexes();

}  // namespace cg::graph
