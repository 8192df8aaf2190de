// Evidence storage: each piece of a relationship's evidence is its own key in
// the `evidence` column family, so adding one never rewrites the
// relationship record or copies the evidence already there.
//
//   evidence   rel(8) article 0x00 span_begin(4) span_end(4) rule  -> Evidence record
//
// The key is the evidence's source (Evidence::SameSource), so a repeated
// source is one point lookup, and a relationship's evidence is one prefix
// scan, ordered by article id then position in the article. The evidence
// of an article that the writing transaction stores as new (PutArticle of
// an id the database did not hold) is checked against the transaction's own
// writes only: an article's evidence is written with it, so the database
// cannot hold its source yet (an evidence naming an article id before that
// article is stored would be overwritten in place, not duplicated). Records of
// format-1 databases may still hold evidence inline; Reader::GetRelationship
// returns both, and the next write of such a record moves it to keys.
//
// The Reader and WriteTxn members that use these keys (GetEvidence,
// AddEvidence, ...) are defined in evidence_store.cc.
#pragma once

#include <string>
#include <vector>

#include "graph/types.h"
#include "schema/status.h"

namespace cg::storage {
class ReadView;
}

namespace cg::graph {

class SpanChecker;  // span_check.h

namespace evidence_keys {
std::string Prefix(RelId rel);
std::string Key(RelId rel, const Evidence& evidence);
// Appends the source part of a key (article 0x00 span_begin(4) span_end(4)
// rule): equal for two evidences exactly when Evidence::SameSource.
void AppendSource(std::string* out, const Evidence& evidence);
}  // namespace evidence_keys

// For Graph::Check: every evidence key decodes, is the key of its own
// record, and belongs to a relationship that exists; with `spans`, each
// evidence is also checked against its article. One line per problem.
Status CheckEvidence(const storage::ReadView& view, std::vector<std::string>* problems, SpanChecker* spans);

}  // namespace cg::graph
