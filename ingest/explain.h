// Explain: what extraction reads in one article and why, sentence by
// sentence, for researchers checking a fact (`cartelgraph explain FILE`):
//
//   [s4] Yesterday, the Department of Justice arrested Ismael Zambada ...
//     mentions: Date "Yesterday" = 2024-07-25 | Agency "Department of Justice" = E3 | ...
//     + PARTICIPATED_IN Department of Justice -> arrest of El Mayo {role: conductor}  0.80  frame.event.active
//     + MEMBER_OF X -> Y {role: operative}  0.48 hedged  frame.role.compound.title
//     - LEADS X -> Y  frame.role.complement.copula  rejected: negated: "not"
//
// "+" lines are asserted (what ingest writes, with confidence and rule),
// "-" lines candidates a rule read and turned down, with the reason (negated,
// hypothetical, below --min-confidence, type constraint). Node facts follow
// as "  = status(X) = arrested".
#pragma once

#include <ostream>
#include <string>

#include "schema/status.h"

namespace cg::ingest {

struct ExplainOptions {
  std::string lexicon_dir;            // empty: the lexicon/ folder of the source tree
  std::string date;                   // ISO: as IngestOptions::default_date ("": none)
  float min_confidence = 0.0f;        // as IngestOptions::min_confidence
};

// Reads `path`, extracts it and writes the explanation to `out`. A date that
// is not ISO is an InvalidArgument naming it.
Status ExplainFile(const std::string& path, const ExplainOptions& options, std::ostream& out);

}  // namespace cg::ingest
