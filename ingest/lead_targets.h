// Leads that withhold a name: a wire report's first sentence often describes
// the person an act was done to ("Mexico extradited a reputed top figure of
// the Juárez Cartel ...", "A senior commander of the Gulf Cartel was shot
// dead ...") and names him in the next sentence ("Arturo Menchaca, alias
// ..., was flown to El Paso"). The named one is the act's target.
#pragma once

#include <vector>

#include "ingest/article_graph.h"
#include "ingest/lexicon.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// For an arrest, killing, extradition or sentencing of one of the article's first two sentences that has no
// target, names no person and describes one by an indefinite phrase tied to a criminal group ("a
// ... of the Juárez Cartel", "a Gulf Cartel commander"), or is done to a person described by a role
// or kin noun (`words`' roles, `lexicon`'s kin: "The mayor of a town in Guerrero was shot dead",
// "The son of a drug lord was extradited", "police arrested a former governor"): the one person the next sentence names
// (not a speaker -- "Y said", "Y, Mexico's security secretary, told" --, not an official, not after
// "according to") becomes its target (or victim, when a criminal group
// did it), with the status the act gives (rule infer.lead_named_next, confidence 0.7), and what
// the description's role noun (`words`: the rules' role words) states of him in that group
// ("a suspected money launderer for the Sinaloa cartel" -> MEMBER_OF {money launderer}; "a Mexican
// drug lord who ran the Tijuana Cartel" -> LEADS).
void NameLeadTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, const Lexicon& words,
                     const Lexicon& lexicon, ArticleGraph* g);

}  // namespace cg::ingest
