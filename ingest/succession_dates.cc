#include "ingest/succession_dates.h"

#include <optional>

#include "ingest/article_events.h"
#include "ingest/extract.h"

namespace cg::ingest {
namespace {

// The date a person's leadership ended: the day he died, else the dated act of the kind that ended
// it (the strongest cause stated, LeadsEndCause: "arrested in 2003 and extradited in 2007", the
// cartel passing on at the extradition), else the earliest dated killing, arrest or extradition
// that targeted him. None when the article dates neither.
std::optional<Date> EndOf(const ArticleGraph& g, int person) {
  for (const LocalFact& f : g.facts) {
    if (f.entity >= 0 && g.Root(f.entity) == person && f.key == "died" && f.value.is_date()) return f.value.as_date();
  }
  const std::string cause = LeadsEndCause(g, person);
  std::optional<Date> earliest, of_cause;
  for (const LocalRelation& r : g.relations) {
    if (!IsTargetRole(r) || r.from < 0 || r.to < 0 || g.Root(r.from) != person) continue;
    const LocalEntity& act = g.entities[g.Root(r.to)];
    const char* kind = act.refining == "Arrest" ? "arrested" : act.refining == "Killing" ? "killed"
                       : act.refining == "Extradition" ? "extradited" : nullptr;
    if (!act.date || !kind) continue;
    if (!earliest || act.date->EarliestDay() < earliest->EarliestDay()) earliest = act.date;
    if (cause == kind && (!of_cause || act.date->EarliestDay() < of_cause->EarliestDay())) of_cause = act.date;
  }
  return of_cause ? of_cause : earliest;
}

}  // namespace

void DateSuccessions(ArticleGraph* g) {
  const size_t n = g->relations.size();
  for (size_t i = 0; i < n; ++i) {
    if (g->relations[i].type != "SUCCEEDED") continue;  // (before the copy: most relations are not)
    const LocalRelation s = g->relations[i];
    auto org = s.props.find("organization");
    if (s.from < 0 || s.to < 0 || s.source.hedged || org == s.props.end() ||
        !org->second.is_string()) {
      continue;
    }
    const int heir = g->Root(s.from), predecessor = g->Root(s.to);
    const std::optional<Date> end = EndOf(*g, predecessor);
    if (!end) continue;
    if (!g->relations[i].props.count("date")) g->relations[i].props["date"] = Value(*end);
    const std::string cause = LeadsEndCause(*g, predecessor);
    for (LocalRelation& r : g->relations) {
      if (r.type != "LEADS" || r.from < 0 || r.to < 0 || r.source.hedged ||
          g->entities[g->Root(r.to)].name != org->second.as_string()) {
        continue;
      }
      // (Not after his own end: "X, who took over after Y's death in 2012, was arrested in 2011".)
      auto until = r.props.find("until");
      const bool ends_before = until != r.props.end() && until->second.is_date() &&
                               until->second.as_date().LatestDay() < end->EarliestDay();
      if (g->Root(r.from) == heir && !r.props.count("since") && !ends_before) r.props["since"] = Value(*end);
      if (g->Root(r.from) == predecessor && !r.props.count("until")) {
        r.props["until"] = Value(*end);
        if (!cause.empty() && !r.props.count("end_cause")) r.props["end_cause"] = Value(cause);
      }
    }
  }
}

}  // namespace cg::ingest
