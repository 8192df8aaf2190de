#include "graph/index_entries.h"

#include "graph/keys.h"
#include "graph/reader.h"
#include "schema/normalize.h"

namespace cg::graph {

IndexEntries IndexEntriesOf(const Node& node) {
  IndexEntries entries;
  for (const auto& label : node.labels) entries.labels.insert(keys::Label(label, node.id));
  auto add_value = [&](const std::string& key, const Value& value) {
    if (value.is_null() || value.is_list()) return;
    entries.properties.insert(keys::Property(key, value, node.id));
    if ((key == "name" || key == "aliases") && value.is_string()) {
      std::string normalized = NormalizeName(value.as_string());
      if (!normalized.empty()) entries.names.insert(keys::Name(normalized, node.id));
    }
  };
  for (const auto& [key, value] : node.properties) {
    if (!Reader::IsIndexed(key)) continue;
    if (value.is_list()) {
      for (const auto& item : value.as_list()) add_value(key, item);
    } else {
      add_value(key, value);
    }
  }
  return entries;
}

}  // namespace cg::graph
