#include "ingest/event_agents.h"

#include "schema/normalize.h"

#include <algorithm>
#include <set>

namespace cg::ingest {
namespace {

std::string RoleOf(const LocalRelation& r) {
  auto it = r.props.find("role");
  return it != r.props.end() && it->second.is_string() ? it->second.as_string() : std::string();
}

}  // namespace

int GovernmentHeadedBy(const ArticleGraph& g, int person) {
  std::set<int> governments, administrations;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "LEADS" || g.Root(r.from) != g.Root(person)) continue;
    const int to = g.Root(r.to);
    if (g.entities[to].refining != "Government") continue;
    governments.insert(to);
    if (NormalizeName(g.entities[to].name).ends_with("administration")) administrations.insert(to);
  }
  const std::set<int>& fit = administrations.empty() ? governments : administrations;
  return fit.size() == 1 ? *fit.begin() : -1;
}

int AgencyHeadedBy(const ArticleGraph& g, int person) {
  int agency = -1;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "LEADS" || g.Root(r.from) != g.Root(person)) continue;
    const int to = g.Root(r.to);
    if (g.entities[to].refining != "Agency" || to == agency) continue;
    if (agency >= 0) return -1;
    agency = to;
  }
  return agency;
}

size_t HeadSubject(const FrameContext& c, size_t i) {
  const size_t a = c.clause.SubjectBefore(i, "Person");
  return a != kNone && GovernmentHeadedBy(*c.graph, c.clause.EntityAs(a, "Person")) >= 0 ? a : kNone;
}

void HeadsDesignate(ArticleGraph* g) {
  // An office holder's designation under a law: his agency's, when his title names one.
  for (LocalRelation& r : g->relations) {
    if (r.type != "DESIGNATED" || r.source.rule != kLawDesignated) continue;
    for (const LocalRelation& c : g->relations) {
      if (c.type != "PARTICIPATED_IN" || RoleOf(c) != "conductor" || g->entities[g->Root(c.from)].primary != "Person" ||
          g->entities[g->Root(c.to)].refining != "Designation" || c.source.sentence != r.source.sentence) {
        continue;
      }
      if (const int agency = AgencyHeadedBy(*g, c.from); agency >= 0 && GovernmentHeadedBy(*g, c.from) < 0) {
        r.from = agency;
        break;
      }
    }
  }
  const size_t n = g->relations.size();
  std::set<int> designated;  // targets some body already designated
  for (size_t i = 0; i < n; ++i) {
    if (g->relations[i].type == "DESIGNATED") designated.insert(g->Root(g->relations[i].to));
  }
  for (size_t i = 0; i < n; ++i) {
    if (g->relations[i].type != "PARTICIPATED_IN") continue;  // (before the copy: most relations are not)
    const LocalRelation conducted = g->relations[i];  // a copy: the loop appends
    if (RoleOf(conducted) != "conductor") continue;
    const int person = g->Root(conducted.from);
    const int event = g->Root(conducted.to);
    if (person < 0 || event < 0 || g->entities[person].primary != "Person" ||
        g->entities[event].refining != "Designation") {
      continue;
    }
    // A head of government designates for his government (organizations only); an agency's head, whose
    // title the article gave ("Treasury Secretary X announced sanctions against Y"), for the agency.
    int government = GovernmentHeadedBy(*g, person);
    const bool agency_head = government < 0 && (government = AgencyHeadedBy(*g, person)) >= 0;
    if (government < 0) continue;
    PropertyMap props;  // the designation when the text names it ("as Foreign Terrorist Organizations")
    if (!g->entities[event].designation.empty()) props["designation"] = Value(g->entities[event].designation);
    for (size_t j = 0; j < n; ++j) {
      if (g->relations[j].type != "PARTICIPATED_IN") continue;  // (before the copy)
      const LocalRelation target = g->relations[j];
      if (g->Root(target.to) != event || RoleOf(target) != "target") continue;
      const int t = g->Root(target.from);
      const std::vector<int>& members = g->entities[event].member_groups;
      if ((g->entities[t].primary != "Organization" && !(agency_head && g->entities[t].primary == "Person")) ||
          designated.count(t) ||
          std::any_of(members.begin(), members.end(), [&](int m) { return g->Root(m) == t; })) {
        continue;
      }
      designated.insert(t);
      g->relations.push_back(LocalRelation{"DESIGNATED", government, t, props,
                                           {target.source.sentence, "infer.designated_by_head", 0.7f}});
    }
  }
}

}  // namespace cg::ingest
