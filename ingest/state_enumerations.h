// "nine Mexican states ... Blockades in Jalisco, Michoacán, Guanajuato": an
// enumeration of three or more states of a country the article speaks of
// ("Mexican states", "the four U.S. border States", "Mexico's northern states")
// places them in it.
#pragma once

#include <vector>

#include "ingest/article_graph.h"
#include "ingest/lexicon.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// Adds LOCATED_IN state -> country (rule infer.state_enumeration, 0.7) for each state of such an
// enumeration, in the sentence that enumerates it.
void StateEnumerations(const Lexicon& lex, const Segmented& seg, const std::vector<std::vector<Mention>>& mentions,
                       ArticleGraph* g);

}  // namespace cg::ingest
