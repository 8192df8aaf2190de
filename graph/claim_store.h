// Claim storage: each claim of a node or relationship is its own key in the
// `claims` column family, so adding one never rewrites the record or copies
// the claims already there (the way evidence_store.h keeps evidence).
//
//   claims   on(1) id(8) seq(8)                               -> Claim record
//   claims   On(1) id(8) key 0x00 value-bytes source           -> seq(8)
//
// `on` is 'n' (node) or 'r' (relationship); the second family of keys, under
// 'N' / 'R', indexes claims by (key, value, source): a repeated claim is one
// point lookup and the sources of one value are one prefix scan. source is
// article 0x00 span_begin(4) span_end(4) rule (Evidence::SameSource), and
// value-bytes are the self-delimiting encoding of keys::PropertyPrefix.
// `seq` comes from one counter in `meta` ("next_claim"), so an owner's
// claims list in the order they were added, and disagreeing sources are
// kept side by side, never overwritten.
//
// Databases of format version 2 and older kept claims inside the records;
// UpgradeClaims moves them here on the first open (graph.cc). The Reader and
// WriteTxn members that use these keys (GetClaims, AddClaim, ...) are
// defined in claim_store.cc.
#pragma once

#include <string>
#include <vector>

#include "graph/types.h"
#include "schema/status.h"

namespace cg::storage {
class ReadView;
class Store;
}  // namespace cg::storage

namespace cg::graph {

// Moves the claims held inside node and relationship records to their own
// keys, in one atomic write, keeping each owner's order. Idempotent: a
// database whose records hold no claims is left as it is.
Status UpgradeClaims(storage::Store* store);

class SpanChecker;  // span_check.h

// For Graph::Check: every claim key decodes, its index key and list key
// agree, and its owner exists; with `spans`, each claim's evidence is also
// checked against its article. One line per problem.
Status CheckClaims(const storage::ReadView& view, std::vector<std::string>* problems, SpanChecker* spans);

}  // namespace cg::graph
