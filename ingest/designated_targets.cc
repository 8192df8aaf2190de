#include "ingest/designated_targets.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>

#include "ingest/clause.h"

namespace cg::ingest {

void DesignatedByConductor(ArticleGraph* g) {
  std::set<int> designated;                 // targets some DESIGNATED reaches
  std::map<int, std::set<int>> conductors;  // designation event -> its organizations conducting it
  std::set<int> conducted_at_all;           // events with a conductor of any kind (a president too)
  for (const LocalRelation& r : g->relations) {
    if (r.from < 0 || r.to < 0) continue;
    if (r.type == "DESIGNATED") designated.insert(g->Root(r.to));
    const int event = g->Root(r.to);
    if (ParticipantRole(r) == "conductor") conducted_at_all.insert(event);
    if (ParticipantRole(r) == "conductor" && g->entities[event].refining == "Designation" &&
        g->entities[g->Root(r.from)].primary == "Organization") {
      conductors[event].insert(g->Root(r.from));
    }
  }
  // The article's one designator: the only organization conducting any of its designations.
  std::set<int> designators;
  for (const auto& [event, orgs] : conductors) designators.insert(orgs.begin(), orgs.end());
  // "Today, OFAC is designating three individuals ... X is being designated pursuant to E.O. 14059": an
  // undated designation of persons or companies without its designator is the act of the article's
  // day by its one designator, when there is one such act.
  int today = -1;
  if (designators.size() == 1 && g->date) {
    for (const auto& [event, orgs] : conductors) {
      if (g->entities[event].date && *g->entities[event].date == *g->date) today = today == -1 ? event : -2;
    }
  }
  std::set<int> group_targeted;  // events aimed at a group ("sanctions on associates of X")
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) == "target" && r.from >= 0 && r.to >= 0 &&
        !g->entities[g->Root(r.from)].refining.empty() && g->entities[g->Root(r.from)].primary == "Organization") {
      group_targeted.insert(g->Root(r.to));
    }
  }
  std::vector<LocalRelation> added;
  std::set<int> conducted;  // events given the article's designator
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) != "target" || r.from < 0 || r.to < 0) continue;
    const int event = g->Root(r.to);
    const int target = g->Root(r.from);
    if (g->entities[event].refining != "Designation") continue;
    auto c = conductors.find(event);
    // "X was designated for his role": a designation without its designator is the article's.
    const bool unconducted = c == conductors.end() && !conducted_at_all.count(event) && designators.size() == 1;
    if (!unconducted && (c == conductors.end() || c->second.size() != 1)) continue;
    const int designator = unconducted ? *designators.begin() : *c->second.begin();
    if (unconducted && today >= 0 && !g->entities[event].date && !g->entities[event].apart &&
        !group_targeted.count(event)) {
      MergeEntities(g, event, today);
      conducted.insert(event);
    }
    if (unconducted && conducted.insert(event).second) {
      added.push_back(LocalRelation{"PARTICIPATED_IN", designator, event, {{"role", Value(std::string("conductor"))}},
                                    {r.source.sentence, "infer.designator_of_article", 0.65f}});
    }
    // Persons and companies ("Grupo Verde, a company in Culiacán, was also designated"); not a
    // criminal group nor a group standing for its members.
    const LocalEntity& t = g->entities[target];
    const std::vector<int>& members = g->entities[event].member_groups;
    const bool company = t.primary == "Organization" && t.refining.empty() &&
                         std::none_of(members.begin(), members.end(), [&](int m) { return g->Root(m) == target; });
    if ((t.primary != "Person" && !company) || !designated.insert(target).second) continue;
    PropertyMap props;
    if (!g->entities[event].designation.empty()) props["designation"] = Value(g->entities[event].designation);
    added.push_back(LocalRelation{"DESIGNATED", designator, target, std::move(props),
                                  {r.source.sentence, unconducted ? "infer.designator_of_article" : "infer.designated_by_conductor",
                                   unconducted ? 0.65f : 0.7f}});
  }
  for (LocalRelation& r : added) g->relations.push_back(std::move(r));
}

void DateLeadDesignations(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  if (!g->date || g->relations.empty()) return;
  uint32_t lead = UINT32_MAX;
  for (const LocalRelation& r : g->relations) lead = std::min(lead, r.source.sentence);
  // The sentence of the first designation told, when it is the lead or the one after it.
  uint32_t first = UINT32_MAX;
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) == "conductor" && r.to >= 0 && g->entities[g->Root(r.to)].refining == "Designation") {
      first = std::min(first, r.source.sentence);
    }
  }
  if (first > lead + 1) return;
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) != "conductor" || r.from < 0 || r.to < 0 || r.source.sentence != first) continue;
    LocalEntity& event = g->entities[g->Root(r.to)];
    const uint32_t s = r.source.sentence;
    if (event.refining != "Designation" || event.date || s >= seg.sentences.size() || s >= mentions.size()) continue;
    const bool dated = std::any_of(mentions[s].begin(), mentions[s].end(),
                                   [](const Mention& m) { return m.kind == Mention::Kind::kDate; });
    bool before = false;
    for (uint32_t k = seg.sentences[s].first_token; k < seg.sentences[s].last_token && !before; ++k) {
      before = OneOf(seg.tokens[k].norm, "has|have|had|previously|already|earlier|since|formerly");
    }
    if (!dated && !before) event.date = g->date;
  }
}

}  // namespace cg::ingest
