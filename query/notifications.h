// Notifications: warnings a query gets beside its result, as Neo4j gives
// them. The one kind so far: the query reads a label, relationship type or
// property key the database has never seen — the most common silent mistake
// (a typo matches nothing, and the query returns no rows) — with the
// nearest known name as a suggestion:
//
//   MATCH (:Person)-[:LEADZ]->(o) RETURN o
//   warning: no relationship type LEADZ in the database; did you mean LEADS?
//
// Known names: the labels and types the statistics list (graph/statistics.h),
// the property keys records hold (graph/property_keys.h: keys stay known once
// seen), the ontology's names when the graph enforces it, and every name the
// query itself writes (CREATE, MERGE, SET, REMOVE never warn).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "query/name_uses.h"
#include "schema/status.h"

namespace cg::query {

struct Notification {
  // Neo4j's status code: Neo.ClientNotification.Statement.UnknownLabelWarning,
  // ...UnknownRelationshipTypeWarning or ...UnknownPropertyKeyWarning.
  std::string code;
  std::string title;     // what the code means, in one line
  std::string message;   // the name, and the suggestion when there is one
  std::string severity;  // "WARNING"
  // Where the name is in the query text: byte offset, and 1-based line and
  // column (in bytes).
  size_t offset = 0;
  int line = 1;
  int column = 1;
};

// Appends a warning for each name `uses` reads that is not known to what
// `reader` sees of `graph`. `text`: the query (for line and column). Fails
// only on storage errors.
Status UnknownNameNotifications(const NameUses& uses, std::string_view text, const graph::Graph& graph,
                                const graph::Reader& reader, std::vector<Notification>* out);

}  // namespace cg::query
