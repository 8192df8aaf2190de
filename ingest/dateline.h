// The dateline's place: the country a wire report is filed from ("CULIACÁN,
// Mexico -- ...", "MORELIA, Michoacán (AP) --", "WASHINGTON (Wire) --"), read
// by the agents of events (a bare force is the body of that country) and by
// titles (an office of another country's lexicon body is not named).
#pragma once

#include <string>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/lexicon.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// The country of the dateline among the first four sentences, or "" when there is none or the
// lexicon does not know its place.
std::string DatelineCountry(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                            const Lexicon& lexicon);

// The agency of a wire dateline ("MORELIA, Mexico (AP) --", "(Reuters) -") is where the report
// comes from, not an organization the report speaks of: its entity is not written (emit = false)
// unless the article names it elsewhere too.
void MuteDatelineAgencies(const std::vector<Token>& tokens, const std::vector<std::vector<Mention>>& mentions,
                          ArticleGraph* g);

}  // namespace cg::ingest
