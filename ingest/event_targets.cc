#include "ingest/event_targets.h"

namespace cg::ingest {

size_t PersonOfRole(const FrameContext& c, size_t t) {
  const Clause& cl = c.clause;
  // "the leader of the Zetas, X": a role noun before "of" counts as one after the name.
  size_t before = t;
  if (before > 0 && cl.Is(before - 1, "the")) --before;
  bool role = before >= 2 && cl.Is(before - 1, "of") && c.WordAt(before - 2, "role");
  for (size_t k = t + 1; k < cl.size() && k <= t + 6 && !cl.Break(k); ++k) {
    if (cl.EntityAs(k, "Person") >= 0) return role ? k : kNone;
    if (cl.mention(k)) return kNone;
    if (c.WordAt(k, "role")) {
      role = true;
    } else if (c.tokens[cl.item(k).first].word() &&
               !cl.IsAny(k, "cartel|top|senior|former|alleged|reputed|suspected|notorious|co")) {
      return kNone;
    }
  }
  return kNone;
}

bool Tally(const FrameContext& c, size_t t) {
  const std::vector<Token>& tk = c.tokens;
  const uint32_t end = c.sentence.last_token;
  for (uint32_t k = c.clause.item(t).last; k + 1 < end; ++k) {
    const std::string_view w = tk[k].norm, next = tk[k + 1].norm;
    if ((w == "this" && OneOf(next, "year|month|week")) || (w == "so" && next == "far") || (w == "to" && next == "date") ||
        OneOf(w, "since|throughout") || (OneOf(w, "over|in") && next == "the" && k + 2 < end && tk[k + 2].norm == "past")) {
      return true;
    }
  }
  return false;
}

}  // namespace cg::ingest
