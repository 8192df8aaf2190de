#include "ingest/territory_places.h"

#include "ingest/clause_words.h"

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
    if (cl.Break(k)) return kNone;
    // "expanding into Central America, particularly Guatemala": a region's countries named after it.
    if (cl.EntityAs(k, "Region") >= 0 && cl.Is(k + 1, ",") &&
        cl.IsAny(k + 2, "including|notably|especially|mainly|mostly|particularly") && cl.EntityAs(k + 3, labels) >= 0) {
      return k + 3;
    }
    // "into several U.S. cities, such as ...": a country before the plural noun qualifies it.
    if (cl.mention(k) && !(cl.EntityAs(k, "Country") >= 0 && ListedPlace(cl, k + 1, labels) != kNone)) return kNone;
    if (const size_t place = ListedPlace(cl, k, labels); place != kNone) return place;
  }
  return kNone;
}

size_t ListedPlace(const Clause& cl, size_t noun, const std::string& labels) {
  if (!cl.IsAny(noun, "countries|states|nations|regions|provinces|departments|cities|municipalities|territories") ||
      !cl.Is(noun + 1, ",")) {
    return kNone;
  }
  const size_t cue = noun + 2;
  const bool two = (cl.Is(cue, "such") && cl.Is(cue + 1, "as")) || (cl.Is(cue, "among") && cl.Is(cue + 1, "them"));
  if (!two && !cl.IsAny(cue, "including|notably|especially|mainly|mostly|particularly")) return kNone;
  const size_t named = cue + (two ? 2 : 1);
  return cl.EntityAs(named, labels) >= 0 ? named : kNone;
}

size_t FrontedPlace(const FrameContext& c, size_t subject, const std::string& labels) {
  const Clause& cl = c.clause;
  size_t k = 0;
  while (k < subject && !c.tokens[cl.item(k).first].word()) ++k;  // bullets, quotes
  if (!cl.Is(k, "in") || cl.EntityAs(k + 1, labels) < 0) return kNone;
  // "In Sonora and Chihuahua, X ...", "In Arizona, in Texas and in New Mexico, X ...".
  const size_t last = cl.CoordinatedPhrases(k + 1, labels, "in").back();
  size_t s = last + 1;
  for (int n = 0; n < 3 && cl.Is(s, ",") && cl.Is(s + 1, "in") && cl.EntityAs(s + 2, labels) >= 0; ++n) {
    s = cl.CoordinatedPhrases(s + 2, labels, "in").back() + 1;
  }
  if (!cl.Is(s, ",")) return kNone;
  // (the subject's first item, or its noun after "the")
  return s + 1 == subject || (cl.Is(s + 1, "the") && s + 2 == subject) ? k + 1 : kNone;
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

namespace {

// Words that never stand inside a noun phrase between its determiner and its noun.
constexpr std::string_view kPhraseEnds =
    "and|or|but|of|in|for|with|to|by|from|on|at|as|is|was|are|were|has|have|had|that|which|who|where|when";
// Verbs that link a place to what it is ("has long been", "remains").
constexpr std::string_view kLinkingVerbs = "is|was|been|become|became|remains|remained";

}  // namespace

size_t GroupComplement(const FrameContext& c, size_t end) {
  const Clause& cl = c.clause;
  const size_t group = end + 2 + (cl.Is(end + 2, "the") ? 1 : 0);
  return cl.Is(end + 1, "of") && cl.EntityAs(group, "Cartel") >= 0 && !cl.Possessor(group) ? group : kNone;
}

size_t PlaceUnder(const FrameContext& c, size_t i, const std::string& labels) {
  const Clause& cl = c.clause;
  size_t k = i;  // back over the noun's determiner, possessor or modifier: "under the", "under Gulf Cartel"
  for (size_t n = 0; k > 0 && n < 3 && !cl.Is(k - 1, "under"); ++n, --k) {
    if (!cl.IsAny(k - 1, "the|its|their|'s|firm|full|tight") && cl.EntityAs(k - 1, "Cartel") < 0) return kNone;
  }
  if (k == 0 || !cl.Is(k - 1, "under")) return kNone;
  for (size_t j = k - 1, n = 0; j-- > 0 && n < 8; ++n) {
    if (cl.Break(j)) return kNone;
    if (cl.EntityAs(j, labels) >= 0) return j;
  }
  return kNone;
}

size_t WherePlace(const FrameContext& c, size_t subject, const std::string& labels) {
  const Clause& cl = c.clause;
  size_t w = subject;  // back over the subject's coordination: "where Los Rojos and Guerreros Unidos"
  for (size_t n = 0; w > 0 && n < 8 && !cl.Is(w - 1, "where"); ++n, --w) {
    if (!cl.IsEntity(w - 1) && !cl.IsAny(w - 1, "and|,|the|both|rival")) return kNone;
  }
  if (w < 2 || !cl.Is(w - 1, "where")) return kNone;
  const size_t before = w - 2;  // the word before "where"
  if (cl.EntityAs(before, labels) >= 0) return before;
  if (cl.Is(before, ",")) return before > 0 && cl.EntityAs(before - 1, labels) >= 0 ? before - 1 : kNone;
  if (!cl.IsAny(before, clause_words::kPlaceNouns)) return kNone;
  // "Colima, a small Pacific state where": the place the noun's phrase is apposed to.
  for (size_t k = before, n = 0; k-- > 1 && n < 5; ++n) {
    if (cl.Is(k, ",")) return cl.EntityAs(k - 1, labels) >= 0 ? k - 1 : kNone;
    if (cl.Break(k) || cl.IsAny(k, kPhraseEnds) || cl.EntityAs(k, "Place") >= 0) return kNone;
  }
  return kNone;
}

size_t ApposedPlace(const FrameContext& c, size_t i, const std::string& labels) {
  const Clause& cl = c.clause;
  size_t k = i;  // the phrase's first item: its determiner, or its possessor
  for (size_t n = 0; k > 0 && n < 6 && !cl.IsAny(k, "a|an|the|its|their"); ++n, --k) {
    const size_t p = k - 1;
    if (!(cl.Is(p, "'s") || cl.EntityAs(p, "Organization|Person") >= 0 || (cl.PlainWord(p) && !cl.IsAny(p, kPhraseEnds))) ||
        cl.IsAny(p, kLinkingVerbs)) {
      break;
    }
  }
  if (k == 0 || k >= i) return kNone;
  const bool possessor = cl.IsEntity(k) && cl.Is(k + 1, "'s");
  // "Tamaulipas has long been Gulf cartel territory": a group's name with no determiner after the verb.
  const bool bare = cl.EntityAs(k, "Organization") >= 0 && cl.IsAny(k - 1, kLinkingVerbs);
  if (!possessor && !bare && !cl.IsAny(k, "a|an|the|its|their")) return kNone;
  // "Tamaulipas, a ...", "Tamaulipas -- the ...": an apposition.
  if (k >= 2 && cl.IsAny(k - 1, ",|--|(")) return cl.EntityAs(k - 2, labels) >= 0 ? k - 2 : kNone;
  // "Sinaloa is / remains / has long been a ...": a predicate of the place.
  size_t v = k;
  for (size_t n = 0; v > 0 && n < 4 && cl.IsAny(v - 1, "is|was|remains|remained|became|become|been|has|had|long|still|also|now");
       ++n) {
    --v;
  }
  if (v == k || v == 0) return kNone;
  if (cl.EntityAs(v - 1, labels) >= 0) return v - 1;
  // "Tamaulipas, which borders Texas, has become a ...": the place before an aside set off by commas
  // (the closing one may stand inside a quotation: 'part of the "Golden Triangle," has become').
  size_t close = v - 1;
  if (close > 0 && cl.IsAny(close, "\"|”") && cl.Is(close - 1, ",")) --close;
  if (!cl.Is(close, ",")) return kNone;
  for (size_t a = close, n = 0; a-- > 1 && n < 24 && !cl.Break(a); ++n) {
    if (cl.Is(a, ",")) return cl.EntityAs(a - 1, labels) >= 0 ? a - 1 : kNone;
  }
  return kNone;
}

bool SellersPlace(const FrameContext& c, size_t place) {
  const Clause& cl = c.clause;
  size_t k = place;
  while (k > 0 && cl.IsAny(k - 1, "the|a|an")) --k;
  if (k < 2 || !cl.IsAny(k - 1, "in|from")) return false;
  // "members of the cartel were arrested in Texas", "operatives detained in Arizona", "who bought
  // weapons in Texas": where its people were held or bought, not ground the group works. (The
  // verb of an arrest is the event's mention: its own word is read.)
  const size_t verb = k >= 3 && cl.IsAny(k - 2, "weapons|guns|arms|rifles|ammunition") ? k - 3 : k - 2;
  // "buy precursor chemicals in China": a verb of buying over its object's few plain words.
  bool bought = false;
  for (size_t v = k - 2, n = 0; !bought && v > 0 && n < 5 && cl.PlainWord(v); --v, ++n) {
    bought = cl.IsAny(v, "bought|purchased|buy|buys|buying|purchase|purchases|purchasing|acquire|acquires|acquired|sourced");
  }
  return bought ||
         OneOf(c.tokens[cl.item(verb).first].norm,
               "arrested|detained|captured|apprehended|caught|nabbed|extradited|jailed|imprisoned|indicted|convicted|"
               "sentenced|charged|tried|prosecuted|bought|purchased|buy|buys|buying") ||
         cl.IsAny(k - 2, "brokers|broker|suppliers|supplier|vendors|vendor|dealers|manufacturers|producers|traders|exporters|"
                         "companies|firms|laboratories|factories");
}

}  // namespace cg::ingest
