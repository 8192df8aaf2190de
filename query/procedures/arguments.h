// What the domain procedures (cg.*) share to read their arguments and the
// graph: errors that name the procedure, the argument and the value; nodes
// looked up by name; names for display.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/procedures/procedure.h"
#include "schema/status.h"

namespace cg::query {

// Throws the query's DatabaseError (Storage) when `s` is not ok.
void ThrowIfError(const Status& s);

// Throws an ArgumentError: "cg.network: argument person = 'Nobody': names no Person".
[[noreturn]] void BadArgument(const Procedure& procedure, std::string_view argument, const Value& value,
                              std::string_view why);

// The nodes whose name or an alias equals `name` once folded (accents, case,
// punctuation: Reader::ForEachNodeNamed) and that carry `label`, in id order.
std::vector<graph::NodeId> NodesNamed(const ProcedureContext& ctx, std::string_view name, std::string_view label);

// The node's `name`, or "#<id>" when it has none.
std::string NodeName(const graph::Reader& reader, graph::NodeId id);

// A relationship property as a query value (null when absent).
Value RelationshipProperty(const graph::Reader& reader, graph::RelId id, std::string_view key);

}  // namespace cg::query
