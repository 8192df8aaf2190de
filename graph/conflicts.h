// Conflicts: single-valued facts that sources state differently ("the
// reward for El Mencho is $10 million" in one article, "$15 million" in
// another). Ingest keeps every source's statement as a claim
// (claim_store.h) and never overwrites one with another; ListConflicts
// reads them back as disagreements, for `cartelgraph conflicts` and
// cg.conflicts().
//
//   std::vector<cg::graph::Conflict> conflicts;
//   cg::Status s = cg::graph::ListConflicts(*graph->BeginRead(), &conflicts);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/reader.h"
#include "graph/types.h"
#include "schema/status.h"

namespace cg::graph {

// A single-valued fact stated differently by different sources.
struct Conflict {
  ClaimOn on = ClaimOn::kNode;
  uint64_t id = 0;      // the node or relationship id
  std::string subject;  // "Nemesio Rubén Oseguera Cervantes", "PART_OF Joint Interagency Task Force -> ..."
  std::string key;      // "reward", "PART_OF", "end_cause", ...
  // Every claim of the key, in the order the claims were added: at least
  // two distinct values.
  std::vector<Claim> claims;
  // Per claim: the curation decision that rejected it (graph/curation), 0
  // for one that counts.
  std::vector<uint64_t> rejected_by;
};

// Claim keys whose value changes over time ("status": active, then dead):
// different values are a history, never a conflict.
bool IsTimeVaryingKey(std::string_view key);

// Every conflict in the graph: nodes before relationships, by id, then key.
// A conflict whose statements (values and sources) are all among another's
// — one disagreement recorded on two entities, such as a person's reward
// and the amount of the OFFERED_REWARD it comes from — is listed once:
// as the one that holds all of it (the first, when both do).
// A claim a curation decision rejected no longer counts: a disagreement
// that it settles is left out, along with the views of it listed once
// above, unless `with_rejected` (the claims then flagged in rejected_by).
Status ListConflicts(const Reader& reader, std::vector<Conflict>* conflicts, bool with_rejected = false);

}  // namespace cg::graph
