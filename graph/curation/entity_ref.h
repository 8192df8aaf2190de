// Finding the entities a decision names: by id in the database it was made
// in, by primary label and name in another (EntityRef), or by what a
// researcher types ("12", "El Mencho", "Person:El Mencho").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/curation/decision.h"
#include "graph/reader.h"
#include "schema/status.h"

namespace cg::graph::curation {

// A node's name and aliases, the name first.
std::vector<std::string> NamesOf(const Node& node);
// Its primary label ("" for none).
std::string PrimaryOf(const Node& node);

// The ref of node `id` as it is now. NotFound naming the id.
Status RefOf(const Reader& reader, NodeId id, EntityRef* ref);

// The node `ref` names here: ref.id when that node has ref.label and
// ref.name among its names; else the one node of ref.label whose name or
// an alias is ref.name (after NormalizeName), a node whose name is exactly
// ref.name preferred. NotFound naming label and name when none;
// InvalidArgument listing the candidates when several.
Status FindRef(const Reader& reader, const EntityRef& ref, NodeId* id);

// The node `text` names: an id ("12"), a name ("El Mencho") or a label and
// a name ("Person:El Mencho"). NotFound / InvalidArgument as FindRef.
Status FindNamed(const Reader& reader, std::string_view text, NodeId* id);

}  // namespace cg::graph::curation
