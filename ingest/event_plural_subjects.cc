// The persons an unnamed plural subject of a passive act refers to (event_reader.h
// PluralSubjectReferred): "Both of them", "The two men", "They" opening the clause.
#include "ingest/event_reader.h"

namespace cg::ingest {

std::vector<int> EventReader::PluralSubjectReferred(size_t verb) const {
  const size_t last = cl_.BeforeVerbGroup(verb);
  // "X and his wife, Y, were leaving a party ... Both of them were killed": the pair the sentence
  // before names.
  if (BothOpen(last)) return c_.discourse.PairBefore(c_.index);
  // "A and B were arrested in Sonora. They were extradited in 2021": "They" opening the sentence is
  // the persons the sentence before coordinates (discourse.h person_sets).
  if (last == 0 && cl_.Is(0, "they")) return c_.discourse.PersonSetBefore(c_.index);
  return {};
}

bool EventReader::BothOpen(size_t last) const {
  if (last == kNone) return false;
  // "Both of them", "Both", "The two", "Both men", "The two women" opening the clause.
  const std::string_view words[] = {"both of them", "both", "both men", "both women", "the two", "the two men",
                                    "the two women", "the pair"};
  for (std::string_view phrase : words) {
    size_t n = 1;
    for (char ch : phrase) n += ch == ' ';
    if (last + 1 < n) continue;
    const size_t start = last + 1 - n;
    if (start != 0 && !cl_.Is(start - 1, ",")) continue;
    bool match = true;
    size_t k = start, b = 0;
    while (match && b <= phrase.size()) {
      const size_t e = std::min(phrase.find(' ', b), phrase.size());
      match = cl_.Is(k, phrase.substr(b, e - b));
      ++k;
      b = e + 1;
    }
    if (match && k == last + 1) return true;
  }
  return false;
}

}  // namespace cg::ingest
