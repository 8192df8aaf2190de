// Rewards referred back to: a wire report announces a reward in one sentence
// and names its targets in the next ("The State Department announced rewards
// of up to $5 million each for two leaders of the Knights Templar. The rewards
// target Servando Gómez and Enrique Plancarte, the department said.").
#pragma once

#include <vector>

#include "ingest/article_graph.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// A sentence that opens with "The reward(s)" / "The bounty" and a verb that names its targets
// ("target", "name", "cover", "are for") gives each person it names (not its speaker, not an
// official) OFFERED_REWARD from the organization that announced a reward in one of the two
// sentences before, with that sentence's amount (rule infer.reward_referred_back, 0.7).
// Also: a sentence that announces a reward "for information leading to their arrest" (or "for 24
// top leaders") and names no
// one gives it to each of the two or more persons the sentence before names, or else the listing
// sentence after ("The list includes A, B and C") names (infer.reward_their).
// And: a sentence that announces rewards without a sum ("is offering the following rewards ...:")
// followed by list items that open with one ("- Up to $5 million for X.") gives each person an item
// names that item's sum (infer.reward_listed).
void RewardsReferredBack(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

}  // namespace cg::ingest
