#include "ingest/informants.h"

#include <set>

namespace cg::ingest {

void InformantsCooperate(int main_event, ArticleGraph* g) {
  std::set<int> targeted;
  for (const LocalRelation& r : g->relations) {
    if ((ParticipantRole(r) == "target" || ParticipantRole(r) == "victim") && r.to >= 0) targeted.insert(g->Root(r.to));
  }
  std::vector<LocalRelation> added;
  for (LocalRelation& informed : g->relations) {
    const std::string& rule = informed.source.rule;
    if (ParticipantRole(informed) != "supporter" || informed.to < 0 ||
        !(rule.starts_with("event.intelligence_") || rule.starts_with("event.coordinated_with") ||
          rule.starts_with("event.with_help_from") || rule.starts_with("event.backed_by") ||
          rule.starts_with("event.with_support_of"))) {
      continue;
    }
    if (!targeted.count(g->Root(informed.to)) && main_event >= 0) informed.to = main_event;
    const int event = g->Root(informed.to);
    const int informant = g->Root(informed.from);
    for (const LocalRelation& r : g->relations) {
      if (ParticipantRole(r) != "conductor" || g->Root(r.to) != event || g->Root(r.from) == informant) continue;
      if (g->entities[g->Root(r.from)].primary != "Organization") continue;
      Source source = informed.source;
      source.rule = "infer.supporter_partner";
      source.confidence -= 0.05f;
      added.push_back(LocalRelation{"COOPERATES_WITH", informant, g->Root(r.from), {}, source});
    }
  }
  for (LocalRelation& r : added) g->relations.push_back(std::move(r));
}

}  // namespace cg::ingest
