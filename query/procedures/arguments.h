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

// Calls `fn` for each relationship of `type` ("": any) at `node` in
// `direction` that the calling query sees (ProcedureContext::Sees: under an
// as-of day, only those that hold on it), in the reader's order; ticks the
// query per relationship. `fn` returns false to stop. Edge::type is valid
// only during `fn`.
void ForEachSeenEdge(const ProcedureContext& ctx, graph::NodeId node, graph::Direction direction,
                     std::string_view type, const graph::EdgeCallback& fn);

// The node's `name`, or "#<id>" when it has none.
std::string NodeName(const graph::Reader& reader, graph::NodeId id);

// A relationship property as a query value (null when absent).
Value RelationshipProperty(const graph::Reader& reader, graph::RelId id, std::string_view key);

}  // namespace cg::query
