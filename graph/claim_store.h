// Claim storage: each claim of a node or relationship is its own key in the
// `claims` column family, so adding one never rewrites the record or copies
// the claims already there (the way evidence_store.h keeps evidence).
//
//   claims   On(1) id(8) key 0x00 value-bytes source   -> seq(8) Claim record
//
// `On` is 'N' (node) or 'R' (relationship). The key is the claim's (key,
// value, source), so a repeated claim is one point lookup and the sources of
// one value are one prefix scan. source is article 0x00 span_begin(4)
// span_end(4) rule (Evidence::SameSource), and value-bytes are the
// self-delimiting encoding of keys::PropertyPrefix. `seq` comes from one
// counter in `meta` ("next_claim"): an owner's claims list in the order they
// were added (GetClaims sorts the owner's keys by it), and disagreeing
// sources are kept side by side, never overwritten.
//
// Databases of format version 2 and older kept claims inside the records;
// UpgradeClaims moves them here on the first open (graph.cc). Versions 3 to
// 8 kept two keys per claim (a list key 'n'/'r' id seq -> record, and the key
// above -> seq); UpgradeClaimKeys makes them one (format 9, measured: 41 of
// the ~540 keys an ingested article wrote were claims). The Reader and
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
class WriteBatchView;
}  // namespace cg::storage

namespace cg::graph {

// Moves the claims held inside node and relationship records to their own
// keys, in one atomic write, keeping each owner's order. Idempotent: a
// database whose records hold no claims is left as it is.
Status UpgradeClaims(storage::Store* store);

// Upgrades format versions 3 to 8 (two keys per claim) into `batch`: each
// claim's list key becomes its one key, keeping its seq.
Status UpgradeClaimKeys(const storage::ReadView& view, storage::WriteBatchView* batch);

class SpanChecker;  // span_check.h

// For Graph::Check: every claim key decodes, is the key of its own record,
// and its owner exists; with `spans`, each claim's evidence is also
// checked against its article. One line per problem.
Status CheckClaims(const storage::ReadView& view, std::vector<std::string>* problems, SpanChecker* spans);

}  // namespace cg::graph
