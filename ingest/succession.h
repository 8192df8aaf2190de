// Succession told through a removal: "X has taken control of the Zetas after
// marines killed its leader, Y", "X took over the cartel following the
// arrest of Y". When a sentence states that X leads a group, reports that Y
// was killed, arrested or extradited, and says that someone came to the head
// ("took over", "became", "took control") before "after" or "following", X
// succeeded Y at its head — Y being the one removed there whom the article
// says led that group, else the only one removed there, leading no other.
// Also across a sentence end: "Marines killed Y, the leader of the Valley
// Cartel. His brother X took over the cartel." -- a sentence that removes
// nobody and says someone came to the head, right after one that removed the
// group's leader.
#pragma once

#include "ingest/article_graph.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// Adds SUCCEEDED X -> Y {organization} (rule infer.succeeded_after_removal, 0.7) for each such
// pair of one sentence (infer.succeeded_removed_before for a leader removed in the sentence before);
// runs after the leaders' ends are known (extract.cc Infer).
void SuccessionsAfterRemoval(const Segmented& seg, ArticleGraph* g);

// A named predecessor led the group he was succeeded at ("X took command of the Zetas after his
// brother Y was captured": Y led the Zetas): LEADS Y -> group for each SUCCEEDED {organization}
// not hedged (rule infer.predecessor_led, at most 0.7); runs after SuccessionsAfterRemoval.
void PredecessorsLed(ArticleGraph* g);

// A successor leads what his predecessor led ("Héctor, who took over after Arturo's death": Arturo
// led the cartel): LEADS X -> group for each SUCCEEDED X -> Y not hedged, the group being the one
// the succession names, else the one group the article says Y leads (rule infer.successor_leads,
// at most 0.7); runs after PredecessorsLed.
void SuccessorsLead(ArticleGraph* g);

// A contender for a person's place ("X is seen as a potential successor to Y", rules
// contender.successor_to*) contends for the one group the article says Y leads: CONTENDER_FOR X ->
// that group; so is a member of a person's ("X, a lieutenant to Y", rule member.of_leader) a
// member of that group: MEMBER_OF X -> it. With none or several the reading is rejected (explain
// says why).
void ContendersForLeadersGroups(ArticleGraph* g);

// The group of `label` led (or founded) by the person whose end (leads_end) the article stated last
// up to sentence `sentence`, read while the article is read (the latest removed first, the first of
// them the article says leads one such group); -1 when none, or when that person leads several.
int GroupOfRemovedLeader(const ArticleGraph& g, uint32_t sentence, std::string_view label);

}  // namespace cg::ingest
