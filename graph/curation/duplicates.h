// Duplicates: entities that are likely one, ranked for a researcher to
// review (cg.duplicates). Two nodes of one primary label are proposed when
// their names come close:
//
//   same name            a name of one equals a name of the other after
//                        NormalizeName (resolution kept them apart)
//   one edit apart       "El Mecho" / "El Mencho": a typo or a transliteration
//                        (found through one-deletion keys, never all pairs)
//   name contained       every word of a name of one, in order, in a name
//                        of the other ("Oseguera Cervantes" in "Nemesio
//                        Rubén Oseguera Cervantes"); single words of 5+ letters
//   nickname             the close name is an alias ("El ...", "La ...") of the other
//
// and each shared neighbour (not articles) adds to the score. The kept
// entity is the one with more names, then more relationships, then the
// lower id.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "graph/reader.h"
#include "schema/status.h"

namespace cg::graph::curation {

struct DuplicatePair {
  NodeId keep = 0;       // the entity to keep
  NodeId duplicate = 0;  // the likely duplicate of it
  std::string label;     // their primary label
  double score = 0;      // 0..1
  std::vector<std::string> reasons;
};

struct DuplicateOptions {
  std::string label;        // only this primary label; empty: every label but Article
  double min_score = 0.3;   // pairs scoring less are left out
  size_t limit = 100;       // at most this many, best first
};

// The likely duplicate pairs, best first (score, then ids). `tick` is
// called per node and pair (a query's cancel check).
Status FindDuplicates(const Reader& reader, const DuplicateOptions& options, const std::function<void()>& tick,
                      std::vector<DuplicatePair>* out);

}  // namespace cg::graph::curation
