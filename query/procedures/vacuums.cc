// cg.vacuums([asOf]): leadership vacuums on a day (default: the day the
// query runs as of, else today).
//
//   CALL cg.vacuums('2026-02-23')
//   YIELD organization, former_leader, ended, cause, evidence, contenders, fragmentation
//
// An organization has a vacuum on day D when
//   - no LEADS into it is in force on D (HoldsOn(since, until, D)), and
//   - the latest of its LEADS that had ended by D (until <= D, at the
//     coarser precision of the two) ended with end_cause killed, arrested,
//     extradited or died.
// A LEADS without `until` has no known end: it is in force or has not
// begun, never an ended tenure. So on a day before the leader's LEADS
// ended there is no vacuum; from that day on, until a LEADS in force names
// a new leader, there is.
//
// One row per organization with a vacuum: the organization and its former
// leader (nodes), when the LEADS ended (`until`) and why (`end_cause`),
// `evidence` (how many distinct articles support that LEADS), the
// contenders ranked best first (contenders.h: a list of maps {name,
// description, node, score, reasons}) and the fragmentation signals
// (fragmentation.h: a list of strings). Rows come latest end first, then
// by organization name.
#include <algorithm>

#include "query/procedures/contenders.h"
#include "query/procedures/fragmentation.h"
#include "query/procedures/leadership.h"

namespace cg::query {

namespace {

using leadership::Tenure;

bool VacatingCause(const std::string& cause) {
  return cause == "killed" || cause == "arrested" || cause == "extradited" || cause == "died";
}

// The tenure whose end left `tenures`' organization without a leader on
// `day`, or null when it has a leader then or its last end was no vacating one.
const Tenure* VacatedBy(const std::vector<Tenure>& tenures, const Date& day) {
  const Tenure* last = nullptr;
  for (const Tenure& t : tenures) {
    if (HoldsOn(t.since, t.until, day)) return nullptr;
    const bool ended = t.until && !HoldsOn(std::nullopt, t.until, day);
    if (ended && (!last || *last->until < *t.until)) last = &t;
  }
  return last && VacatingCause(last->end_cause) ? last : nullptr;
}

class Vacuums : public Procedure {
 public:
  Vacuums()
      : Procedure("cg.vacuums", {{"asOf", "ANY?", Value()}},
                  {{"organization", "NODE"},
                   {"former_leader", "NODE"},
                   {"ended", "DATE"},
                   {"cause", "STRING"},
                   {"evidence", "INTEGER"},
                   {"contenders", "LIST OF MAP"},
                   {"fragmentation", "LIST OF STRING"}},
                  "Organizations whose leader was killed, arrested, extradited or died with no leader in force on "
                  "asOf (a DATE or ISO date string; default: the query's as-of day, else today), with ranked contenders and fragmentation signals") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    const Date day = leadership::DayArgument(args[0], ctx.as_of(), name(), "asOf");
    const graph::Reader& r = ctx.reader();
    std::vector<graph::NodeId> orgs;
    leadership::Check(r.ForEachNodeWithLabel("Organization", [&](graph::NodeId id) {
      ctx.Tick();
      if (orgs.size() % 4096 == 0) ctx.CheckMemory((orgs.size() + 4096) * sizeof(graph::NodeId));
      orgs.push_back(id);
      return true;
    }));
    struct Found {
      graph::NodeId org;
      Tenure tenure;
      std::string name;
    };
    std::vector<Found> found;
    for (graph::NodeId org : orgs) {
      const std::vector<Tenure> tenures = leadership::TenuresOf(ctx, org);
      if (const Tenure* t = VacatedBy(tenures, day)) found.push_back({org, *t, leadership::NameOf(r, org)});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
      return *a.tenure.until != *b.tenure.until ? *a.tenure.until > *b.tenure.until : a.name < b.name;
    });
    std::vector<List> rows;
    for (const Found& f : found) {
      const std::vector<leadership::Contender> contenders =
          leadership::RankContenders(ctx, f.org, f.tenure.leader, day);
      List fragmentation;
      for (std::string& s : leadership::FragmentationSignals(ctx, f.org, contenders, day)) {
        fragmentation.push_back(std::move(s));
      }
      rows.push_back({NodeRef{f.org}, NodeRef{f.tenure.leader}, *f.tenure.until, f.tenure.end_cause,
                      int64_t{leadership::SourceCount(r, f.tenure.rel)}, leadership::ContendersValue(contenders),
                      std::move(fragmentation)});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

std::unique_ptr<Procedure> leadership::MakeVacuums() { return std::make_unique<Vacuums>(); }

}  // namespace cg::query
