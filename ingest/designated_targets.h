// A designation is written twice (the annotation guidelines' formal acts): the
// Designation event with its conductor and targets, and DESIGNATED designator
// -> target. When the text names a target apart from the sentence that names
// the designator ("Today, OFAC designated X ... Among the individuals
// designated today is Y"), the event holds both once its mentions are one
// event; this pass writes the DESIGNATED the event implies.
#pragma once

#include <vector>

#include "ingest/article_graph.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// For each Designation event with exactly one organization as conductor: DESIGNATED conductor ->
// each person or company target (an organization with no refining label) that no DESIGNATED reaches yet (rule infer.designated_by_conductor, 0.7, the
// target's sentence; the event's designation when it names one). Groups standing for their
// members, and criminal groups, are left as they are ("sanctions on members of X": the group
// itself was not designated). A Designation event with targets and no conductor ("X was
// designated for his role") is conducted by the article's designator when the article's
// designations have one only (PARTICIPATED_IN and DESIGNATED, rule infer.designator_of_article,
// 0.65); undated and aimed at persons or companies, it is that designator's act of the article's day
// when it has one ("Today, OFAC is designating ... X is being designated pursuant to E.O. 14059":
// merged into it). Runs after events are clustered.
void DesignatedByConductor(ArticleGraph* g);

// "WASHINGTON -- The Treasury Department's OFAC designated X pursuant to the Kingpin Act": the first
// designation the article tells with its conductor, when it is told undated in the article's lead (the
// first sentence with a relation, or the next) with no date in its sentence and no word that puts it
// before the article ("has", "had", "previously", "already", "earlier", "since"), is the act the
// article reports: it takes the article's date. Runs after DateEvents, before events are clustered.
void DateLeadDesignations(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

}  // namespace cg::ingest
