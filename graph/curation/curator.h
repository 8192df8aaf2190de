// Curator: making, undoing and replaying curation decisions (decision.h).
// Each runs inside the caller's WriteTxn, so a decision and its effects
// commit together or not at all.
//
//   std::unique_ptr<cg::graph::WriteTxn> txn;
//   graph->BeginWrite(&txn);
//   Decision d;
//   d.kind = Kind::kMerge;
//   d.entities = {{.name = "Nemesio Rubén Oseguera Cervantes"}, {.name = "El Mecho"}};
//   d.reason = "same person: typo in the article";
//   Status s = Apply(txn.get(), &d);   // d.id, d's effects filled in
//   if (s.ok()) s = txn->Commit();
#pragma once

#include <string>
#include <string_view>

#include "graph/curation/decision.h"
#include "graph/write_txn.h"
#include "schema/status.h"

namespace cg::graph::curation {

// Now, as a decision timestamp ("2026-12-03T08:00:00Z").
std::string Timestamp();

// Applies `decision`: its entities found (FindRef: by id, else by label and
// name, so a decision made in another database finds the same entities
// here), its arguments checked, its effects made and recorded in it, and it
// stored. A decision with id 0 gets the next id; one with an id keeps it
// (a replay), refused when that id is taken. An empty timestamp becomes
// Timestamp(). A refusal (unknown entity, a merge of a Person with a
// Place, ...) is InvalidArgument, NotFound or Constraint naming what is
// wrong; the transaction then holds none of the decision's writes only if
// the caller rolls it back (a failed Apply may have written part of it).
Status Apply(WriteTxn* txn, Decision* decision);

// Undoes decision `id`: the records it changed put back as they were, those
// it created deleted, a rejection lifted; the decision stays, marked undone
// by `author` at `timestamp` (Timestamp() when empty). Refused when it is
// undone already, or when a later decision not undone touched the same
// records (undo that one first). Changes ingest made to those records
// after the decision are lost with it.
Status Undo(WriteTxn* txn, DecisionId id, std::string_view author, std::string_view timestamp = {});

}  // namespace cg::graph::curation
