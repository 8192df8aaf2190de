#include "ingest/designated_targets.h"

#include <map>
#include <set>

namespace cg::ingest {

void DesignatedByConductor(ArticleGraph* g) {
  std::set<int> designated;                 // targets some DESIGNATED reaches
  std::map<int, std::set<int>> conductors;  // designation event -> its organizations conducting it
  for (const LocalRelation& r : g->relations) {
    if (r.from < 0 || r.to < 0) continue;
    if (r.type == "DESIGNATED") designated.insert(g->Root(r.to));
    const int event = g->Root(r.to);
    if (ParticipantRole(r) == "conductor" && g->entities[event].refining == "Designation" &&
        g->entities[g->Root(r.from)].primary == "Organization") {
      conductors[event].insert(g->Root(r.from));
    }
  }
  std::vector<LocalRelation> added;
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) != "target" || r.from < 0 || r.to < 0) continue;
    const int event = g->Root(r.to);
    const int target = g->Root(r.from);
    auto c = conductors.find(event);
    if (c == conductors.end() || c->second.size() != 1 || g->entities[target].primary != "Person" ||
        !designated.insert(target).second) {
      continue;
    }
    PropertyMap props;
    if (!g->entities[event].designation.empty()) props["designation"] = Value(g->entities[event].designation);
    added.push_back(LocalRelation{"DESIGNATED", *c->second.begin(), target, std::move(props),
                                  {r.source.sentence, "infer.designated_by_conductor", 0.7f}});
  }
  for (LocalRelation& r : added) g->relations.push_back(std::move(r));
}

}  // namespace cg::ingest
