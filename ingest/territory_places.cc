#include "ingest/territory_places.h"

namespace cg::ingest {

size_t PlaceBefore(const FrameContext& c, size_t i, const std::string& labels) {
  const Clause& cl = c.clause;
  for (size_t k = i, n = 0; k-- > 0 && n < 6; ++n) {
    if (cl.Break(k)) return kNone;
    if (cl.EntityAs(k, labels) >= 0) return k;
    if (!cl.IsAny(k, ",|a|an|the|is|was|are|were|been|has|have|largely|mostly|long|now|still|firmly|heavily|state|"
                     "region|territory|area|border|stronghold|city|town|port")) {
      return kNone;
    }
  }
  return kNone;
}

size_t PlaceIncluded(const FrameContext& c, size_t end, const std::string& labels) {
  const Clause& cl = c.clause;
  for (size_t k = end + 1; k + 3 < cl.size() && k <= end + 8; ++k) {
    if (cl.Break(k) || cl.mention(k)) return kNone;
    if (cl.IsAny(k, "countries|states|nations|regions|provinces") && cl.Is(k + 1, ",") &&
        cl.IsAny(k + 2, "including|notably|especially|mainly|mostly")) {
      return cl.EntityAs(k + 3, labels) >= 0 ? k + 3 : kNone;
    }
  }
  return kNone;
}

size_t FrontedPlace(const FrameContext& c, size_t subject, const std::string& labels) {
  const Clause& cl = c.clause;
  size_t k = 0;
  while (k < subject && !c.tokens[cl.item(k).first].word()) ++k;  // bullets, quotes
  if (!cl.Is(k, "in") || cl.EntityAs(k + 1, labels) < 0 || !cl.Is(k + 2, ",")) return kNone;
  const size_t s = k + 3 + (cl.Is(k + 3, "the") ? 1 : 0);
  return s == subject ? k + 1 : kNone;
}

size_t PlaceInList(const FrameContext& c, size_t end, const std::string& preps, const std::string& labels) {
  const Clause& cl = c.clause;
  const size_t first = cl.ObjectAfter(end, "Place", preps, 10);
  if (first == kNone) return kNone;
  const std::vector<size_t> places = cl.CoordinatedPhrases(first, "Place", preps);  // "in A and in B"
  for (size_t m : places) {
    if (cl.EntityAs(m, labels) >= 0) return m;
  }
  for (size_t m : places) {
    if (cl.EntityAs(m, "City") >= 0 && cl.Is(m + 1, ",") && cl.EntityAs(m + 2, labels) >= 0) return m + 2;
  }
  return kNone;
}

size_t GroupModifier(const FrameContext& c, size_t i, const std::string& labels) {
  const Clause& cl = c.clause;
  size_t k = i;
  if (k >= 2 && cl.PlainWord(k - 1) && !cl.IsAny(k - 1, "the|a|an|its|their|his|her|and|or|of|in|by|for|with")) --k;
  if (k == 0 || cl.EntityAs(k - 1, labels) < 0 || cl.Possessor(k - 1)) return kNone;
  return k - 1;
}

}  // namespace cg::ingest
