// Element ids: elementId(n) and elementId(r), the string form of an
// entity's identity — "n:" + id(n) for a node, "r:" + id(r) for a
// relationship ("n:42", "r:7"). Ids are handed out by a counter the
// database persists and are never reused for another entity, so an element
// id names the same node or relationship for the life of the database
// (across reopenings, exports by query aside, which give ids of their own).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "graph/types.h"

namespace cg::query::function {

std::string NodeElementId(graph::NodeId id);
std::string RelationshipElementId(graph::RelId id);
// The node an element id names; nullopt when it is not a node's element id.
std::optional<graph::NodeId> NodeOfElementId(std::string_view element_id);

}  // namespace cg::query::function
