// The checks every write of a record makes, shared by WriteTxn and
// BulkLoader. Each prepares the record in place — duplicate labels dropped
// and the ontology's primary label put first, null properties dropped, ISO
// date strings of date properties converted — and fails with
// InvalidArgument (empty or NUL-bearing names) or, when `enforce_ontology`,
// Constraint naming the ontology rule broken.
#pragma once

#include <span>
#include <string>

#include "graph/types.h"
#include "schema/status.h"

namespace cg::graph {

Status PrepareNode(Node* node, bool enforce_ontology);

// `start_labels` / `end_labels`: the labels of the relationship's ends.
Status PrepareRelationship(Relationship* rel, std::span<const std::string> start_labels,
                           std::span<const std::string> end_labels, bool enforce_ontology);

}  // namespace cg::graph
