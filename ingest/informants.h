// Cooperation told through support: "the DEA and the U.S. Marshals Service
// had provided intelligence for the operation", "the DEA passed along
// intelligence that helped the navy locate him", "this action ... was conducted
// in close coordination with the DEA", "was detained with help from U.S.
// intelligence", "backed by intelligence from the DEA", "with the support of the
// FBI". The relation rules make those bodies
// supporters of the act (rules events.rules event.intelligence_*,
// event.coordinated_with, event.action_supported_by); the body that carried the act out worked with them.
#pragma once

#include <vector>

#include "ingest/article_graph.h"
#include "ingest/tokens.h"

namespace cg::ingest {

// For each supporter those rules read: when its event is aimed at no one ("had
// provided intelligence for the operation" after "marines captured X"), the support goes to
// `main_event` (the article's main event aimed at someone, -1 when none) instead; then adds
// COOPERATES_WITH supporter -> conductor for each organization that conducted the event (rule
// infer.supporter_partner, the rule's confidence less 0.05, the rule's sentence). Runs after
// events are clustered (article_events.h ClusterEvents).
void InformantsCooperate(int main_event, ArticleGraph* g);

// Bodies one sentence names as conducting one act together ("a joint operation by federal police
// and soldiers", "marines and federal agents arrested X") work with each other: COOPERATES_WITH
// once per pair (rule infer.co_conductors, the weaker reading's confidence less 0.05). Agencies
// and forces only: not a government beside its own forces, not criminal groups; at a killing only
// when the sentence says the work was joint ("died in a gunfight with marines and soldiers" names none).
void CoConductorsCooperate(const std::vector<Token>& tokens, ArticleGraph* g);

}  // namespace cg::ingest
