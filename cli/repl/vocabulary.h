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
  std::vector<std::pair<std::string, uint64_t>> keys;    // property key, records holding it
};

Status ReadSchemaCounts(const graph::Graph& graph, SchemaCounts* counts);

// Labels, types and property keys for completion: those in use, and the
// ontology's declared property keys.
Status ReadVocabulary(const graph::Graph& graph, cli::Vocabulary* vocabulary);

}  // namespace cg::cli
