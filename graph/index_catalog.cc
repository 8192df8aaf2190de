#include "graph/index_catalog.h"

#include <algorithm>

namespace cg::graph {

const std::vector<std::string>& IndexedKeys() {
  static const std::vector<std::string> keys = {"aliases", "id", "name"};
  return keys;
}

std::vector<IndexInfo> ListIndexes() {
  std::vector<IndexInfo> out;
  out.push_back({"node_label_lookup", "LOOKUP", "NODE", {}, {}});
  for (const std::string& key : IndexedKeys()) out.push_back({"node_" + key + "_exact", "EXACT", "NODE", {}, {key}});
  out.push_back({"node_names_text", "TEXT", "NODE", {}, {"name", "aliases"}});
  std::sort(out.begin(), out.end(), [](const IndexInfo& a, const IndexInfo& b) { return a.name < b.name; });
  return out;
}

}  // namespace cg::graph
