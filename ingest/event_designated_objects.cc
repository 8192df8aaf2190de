// Designated objects (event_reader.h): whom a designation names past its first object -- the groups
// a plural description refers back to ("designated the three cartels"), the coordination a plural
// relative clause follows ("A and B, which the United States designated as ..."), and the names
// appended after "and" or past a relative clause or a company's apposition ("designated X and three
// of his associates, A, B and C").
#include "ingest/event_reader.h"

#include <algorithm>

#include "ingest/dates.h"
#include "ingest/event_objects.h"
#include "ingest/event_targets.h"

namespace cg::ingest {

std::vector<int> EventReader::PluralGroupObject(size_t i) const {
  size_t k = i + 1;
  if (!cl_.IsAny(k, "the|these|those|both|all")) return {};
  ++k;
  size_t count = 0;
  if (k < cl_.size() && !cl_.mention(k)) {
    size_t pos = cl_.item(k).first;
    if (const std::optional<int> n = ParseCount(c_.tokens, &pos, c_.sentence.last_token); n && *n > 1) {
      count = static_cast<size_t>(*n);
      ++k;
    }
  }
  if (!cl_.IsAny(k, "cartels|groups|organizations|organisations|gangs|syndicates")) return {};
  return c_.discourse.RecentGroup(c_.index, count);
}

std::vector<size_t> EventReader::CoordinationEndingAt(size_t last, std::string_view labels) const {
  size_t first = last;
  for (size_t k = last; k >= 2;) {
    size_t sep = k - 1;
    if (cl_.Is(sep, "the") && sep >= 1) --sep;
    if (!cl_.IsAny(sep, "and|,") || sep == 0) break;
    size_t prev = sep - 1;
    if (cl_.Is(sep, "and") && cl_.Is(prev, ",") && prev >= 1) --prev;  // "A, B, and C"
    if (cl_.EntityAs(prev, labels) < 0) break;
    first = k = prev;
  }
  std::vector<size_t> list = cl_.Coordinated(first, labels);
  return std::find(list.begin(), list.end(), last) != list.end() ? list : std::vector<size_t>{last};
}

void EventReader::AppendDescribedObjects(std::vector<size_t>* targets, std::string_view labels) const {
  if (targets->empty()) return;
  // "sanctioned X, a firm in Guadalajara that runs its call centers, and Y": companies over appositions.
  if (const int company = targets->size() == 1 ? cl_.EntityAs(targets->front(), "Organization") : -1;
      company >= 0 && g_->entities[g_->Root(company)].refining.empty()) {
    for (size_t m : AcrossAppositions(c_, targets->front(), "Organization")) {
      if (g_->entities[g_->Root(cl_.EntityAs(m, "Organization"))].refining.empty()) targets->push_back(m);
    }
  }
  // "A and B, who lead X, and C and D, who lead Y": the list goes on past a relative clause.
  if (cl_.Is(targets->back() + 1, ",") && cl_.IsAny(targets->back() + 2, "who|which")) {
    for (size_t m : AcrossAppositions(c_, targets->back(), labels)) {
      for (size_t n : cl_.Coordinated(m, labels)) {
        if (n >= m) targets->push_back(n);  // the members from m on (not the clause's own object)
      }
    }
    return;
  }
  const size_t joined = targets->back() + (cl_.Is(targets->back() + 1, ",") ? 2 : 1);
  if (!cl_.Is(joined, "and")) return;
  if (const size_t n = CountedNames(c_, joined, labels); n != kNone) {
    for (size_t m : cl_.Coordinated(n, labels)) targets->push_back(m);
  } else if (const size_t d = DescribedName(joined + 1, labels); d != kNone) {
    targets->push_back(d);
  }
}

size_t EventReader::DescribedName(size_t from, std::string_view labels) const {
  if (!cl_.IsAny(from, "a|an|the") && !cl_.PossessiveDeterminer(from)) return kNone;
  for (size_t k = from + 1; k < cl_.size() && k <= from + 4; ++k) {
    if (cl_.Is(k, ",")) {
      const size_t name = k + 1 + (cl_.Is(k + 1, "the") ? 1 : 0);  // "his organization, the X Cartel"
      return k > from + 1 && cl_.EntityAs(name, labels) >= 0 ? name : kNone;
    }
    if (!cl_.PlainWord(k)) return kNone;
  }
  return kNone;
}

}  // namespace cg::ingest
