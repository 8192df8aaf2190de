// Origin frames (frames.h, relation_reader.h): a group formed from the people of another body ("the
// Zetas, made up of former Mexican military officers", "founded by defectors from the army's special
// forces") -> EMERGED_FROM.
#include "ingest/relation_reader.h"

namespace cg::ingest {

void RelationReader::Origin(const LexEntry& origin, size_t i, size_t end) {
  // The group: the subject of the passive, or the name the apposition describes.
  const size_t group = cl_.Is(i - 1, ",") && i >= 2 && cl_.EntityAs(i - 2, "Cartel") >= 0
                           ? i - 2
                           : cl_.SubjectBefore(i, "Cartel", 6);
  if (group == kNone) return;
  const std::string former(origin.attr("former"));
  bool defectors = false;
  for (size_t k = end + 1; k < cl_.size() && k <= end + 8; ++k) {
    if (cl_.Break(k) || cl_.Is(k, ",")) return;
    if (cl_.IsAnyOf(k, former)) defectors = true;
    if (cl_.IsEntity(k) && cl_.Is(k + 1, "'s") && cl_.IsEntity(k + 2)) continue;  // the possessed body is meant
    // "formed by defectors from the army", "formed by GAFE deserters": the body they left.
    // (the body their description names: "from the army", "of the Gulf Cartel", "former GAFE soldiers";
    // not "formed by former police officers and long served the Juárez Cartel")
    size_t before = k;  // over "the", "an elite": "deserters from an elite Mexican army unit"
    while (before > end + 1 && before + 3 > k && cl_.PlainWord(before - 1) && !cl_.IsAny(before - 1, "from|of|in|and") &&
           !cl_.IsAnyOf(before - 1, former)) {
      --before;
    }
    // "former members of the army's Special Air Mobile Force Group": over the body's possessor.
    if (cl_.Is(before - 1, "'s")) {
      size_t p = before - 1;
      while (p > end + 1 && p + 4 > before && !cl_.IsAny(p - 1, "from|of|in")) --p;
      if (cl_.IsAny(p - 1, "from|of|in")) before = p;
    }
    const bool complement = cl_.IsAny(before - 1, "from|of|in") || cl_.IsAnyOf(before - 1, former);
    if (cl_.IsEntity(k) && ((defectors && complement) || cl_.IsAnyOf(k + 1, former))) {
      c_.Relate("EMERGED_FROM", cl_.EntityAs(group, "Cartel"), cl_.EntityAs(k, "Organization"), {},
                "frame.relation.emerged_from.origin", 0.75f, cl_.item(group).first, cl_.item(k).last);
      return;
    }
  }
}

}  // namespace cg::ingest
