// Curation decisions as JSON lines, to move them between databases: a
// decision file made by `cartelgraph curate export` on one database,
// applied by `curate apply` to another built from the same articles,
// gives the same curated graph.
//
//   {"id":1,"kind":"merge","author":"ana","timestamp":"2026-12-03T08:00:00Z",
//    "reason":"same person","entities":[{"id":12,"label":"Person","name":"Nemesio Rubén Oseguera Cervantes"},
//                                       {"id":40,"label":"Person","name":"El Mecho"}]}
//   {"id":2,"kind":"reject","relationship":{"id":7,"type":"LEADS","start":{...},"end":{...}},...}
//   {"id":3,"kind":"reject","claim":{"entity":{...},"key":"reward","value":10000000,"article":""},...}
//
// Fields by kind: entities (merge: kept, duplicate; split, rename, relabel:
// the entity; assert: start, end), relationship or claim (reject: a claim's
// article is an article id, "" for every source), names (split:
// the names; rename: the name; relabel: the label), type, properties,
// source and note (assert); undone, undone_at, undone_by when undone.
// Entities are found by id, else by label and name (graph/curation/entity_ref.h).
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "graph/reader.h"
#include "graph/write_txn.h"
#include "schema/status.h"

namespace cg::exchange {

// Every decision, oldest first, one object a line; *count how many.
Status ExportDecisions(const graph::Reader& reader, std::ostream& out, size_t* count = nullptr);

// Applies the decisions of `in` in order in `txn` (each keeps its id; an
// undone one is applied, then undone), so the caller commits them all or
// none. A malformed line or a refused decision fails naming `source`, the
// line and why. *applied: how many were applied.
Status ApplyDecisions(graph::WriteTxn* txn, std::istream& in, const std::string& source, size_t* applied = nullptr);

}  // namespace cg::exchange
