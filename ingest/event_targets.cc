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

std::vector<size_t> Including(const FrameContext& c, size_t i, std::string_view labels) {
  const Clause& cl = c.clause;
  std::vector<size_t> out;
  size_t k = i + 1;
  while (k < cl.size() && k <= i + 30 && !cl.Break(k) && !cl.Is(k, "including")) ++k;
  // "is designating eight organizations as Foreign Terrorist Organizations: A, B, and C": a list
  // after a colon names each target, persons or organizations.
  const bool colon = cl.Is(k, ":") && k + 1 < cl.size();
  if (k >= cl.size() || (!cl.Is(k, "including") && !colon)) return out;
  for (++k; k < cl.size() && !cl.Break(k); ++k) {
    if (!out.empty() && (cl.IsAny(k, "--|—|–") || cl.IsAny(k, "who|which|that"))) break;
    if ((colon || cl.EntityAs(k, "Person") >= 0) && cl.EntityAs(k, labels) >= 0) out.push_back(k);
  }
  return colon && out.size() < 2 ? std::vector<size_t>{} : out;
}

std::vector<size_t> AcrossAppositions(const FrameContext& c, size_t t) {
  const Clause& cl = c.clause;
  std::vector<size_t> out;
  size_t k = t;
  while (cl.Is(k + 1, ",")) {
    size_t j = k + 2, steps = 0;
    for (; j < cl.size() && steps < 16 && !cl.Break(j) && !cl.Is(j, ","); ++j, ++steps) {
      if (cl.EntityAs(j, "Person") >= 0) return out;  // a person inside: not an apposition
    }
    if (!cl.Is(j, ",") || !cl.IsAny(j + 1, "and|or")) return out;
    j += 2;
    if (cl.Is(j, "the")) ++j;
    // "... and his brother-in-law, B, the leader of Z": over a relative's description.
    if (cl.IsAny(j, "his|her|their")) {
      size_t m = j + 1;
      while (m <= j + 6 && (cl.PlainWord(m) || cl.Is(m, "-"))) ++m;  // "brother-in-law"
      if (m > j + 1 && cl.Is(m, ",")) j = m + 1;
    }
    if (j >= cl.size() || cl.EntityAs(j, "Person") < 0) return out;
    out.push_back(j);
    k = j;
  }
  return out;
}

}  // namespace cg::ingest
