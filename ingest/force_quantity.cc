// The quantity of a force's people before its bare noun (event_agents.h QuantityStart).
#include "ingest/dates.h"
#include "ingest/event_agents.h"

namespace cg::ingest {

size_t QuantityStart(const FrameContext& c, size_t k) {
  const Clause& cl = c.clause;
  auto count = [&](size_t j) {  // a one-item number ("40", "twelve"), not the article "a"
    size_t pos = cl.item(j).first;
    return !cl.mention(j) && !cl.IsAny(j, "a|an") && ParseCount(c.tokens, &pos, cl.item(j).last) && pos == cl.item(j).last;
  };
  if (k >= 2 && cl.Is(k - 1, "of") && cl.IsAny(k - 2, "hundreds|dozens|thousands|scores")) {
    k -= 2;
  } else if (k >= 1 && count(k - 1)) {
    --k;
    if (k >= 1 && cl.IsAny(k - 1, "about|some|around|nearly|roughly|approximately")) {
      --k;
    } else if (k >= 2 && ((cl.Is(k - 1, "than") && cl.Is(k - 2, "more")) || (cl.Is(k - 1, "least") && cl.Is(k - 2, "at")))) {
      k -= 2;
    }
  }
  // "a patrol of (about 30) soldiers", "a unit of marines": the group the people make up.
  if (k >= 3 && cl.Is(k - 1, "of") && cl.IsAny(k - 2, "patrol|unit|team|squad|group|contingent|detachment|platoon") &&
      cl.IsAny(k - 3, "a|an|the")) {
    k -= 3;
  }
  return k;
}

}  // namespace cg::ingest
