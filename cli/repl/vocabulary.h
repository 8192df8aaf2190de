// What the shell reads from a database for :schema and Tab completion.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/graph.h"
#include "cli/input/completion.h"

namespace cg::cli {

struct SchemaCounts {
  std::vector<std::pair<std::string, uint64_t>> labels;  // label, nodes carrying it
  std::vector<std::pair<std::string, uint64_t>> types;   // type, relationships of it
};

Status ReadSchemaCounts(const graph::Graph& graph, SchemaCounts* counts);

// Labels, types and property keys for completion. The graph layer has no
// index of property keys, so they are the ontology's declared keys plus
// those on the first kPropertySample nodes and relationships.
inline constexpr size_t kPropertySample = 5000;
Status ReadVocabulary(const graph::Graph& graph, cli::Vocabulary* vocabulary);

}  // namespace cg::cli
