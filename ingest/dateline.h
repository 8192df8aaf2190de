// The dateline's place: the country a wire report is filed from ("CULIACÁN,
// Mexico -- ...", "MORELIA, Michoacán (AP) --", "WASHINGTON (Wire) --"), read
// by the agents of events (a bare force is the body of that country) and by
// titles (an office of another country's lexicon body is not named).
#pragma once

#include <string>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// The country of the dateline among the first four sentences, or "" when there is none or the
// lexicon does not know its place.
std::string DatelineCountry(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                            const Lexicon& lexicon);

}  // namespace cg::ingest
