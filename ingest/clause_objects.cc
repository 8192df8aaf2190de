// Clause objects (clause.h): what a verb or a preposition takes as its object, and
// which mentions only modify a noun after them.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/clause_words.h"

namespace cg::ingest {

using namespace clause_words;  // NOLINT: the reader's own word lists

bool Clause::Modifier(size_t j) const {
  const Mention* m = mention(j);
  if (!m || m->kind != Mention::Kind::kEntity) return false;
  // "two Mexico-based individuals", "a U.S.-funded program": the first part of a compound adjective.
  if (Is(j + 1, "-") && IsAny(j + 2, "based|born|made|funded|backed|led|run|owned|linked|allied|aligned|supplied")) return true;
  // "the Sinaloa state capital of Culiacán", "the Tamaulipas border city of Reynosa".
  if (g_.entities[g_.Root(m->entity)].primary == "Place") {
    size_t k = j + 1;
    // (nouns only between: "Sonora and in parts of Chihuahua" is a second phrase, not a compound)
    while (k < j + 3 && PlainWord(k) && !IsAny(k, "and|or|in|across|into|from|to|through|throughout") &&
           !(IsAny(k, kPlaceNouns) && Is(k + 1, "of"))) {
      ++k;
    }
    if (IsAny(k, kPlaceNouns) && Is(k + 1, "of") && EntityAs(k + 2, "Place") >= 0) return true;
  }
  if (g_.entities[g_.Root(m->entity)].refining != "Country") return false;
  if (j + 1 >= items_.size() || items_[j + 1].mention >= 0) return false;
  const Token& next = t_[items_[j + 1].first];
  // "in every U.S. state": one of each of the country's territories is the country.
  if (j > 0 && IsAny(j - 1, "every|each") && OneOf(next.norm, "state|city|municipality|province|region")) return false;
  return next.word() && !next.is(Token::kCapitalized) && !OneOf(next.norm, kSubjectOpeners) && !OneOf(next.norm, kTerritories) &&
         !OneOf(next.norm, kBe) &&
         // "in every state of Mexico except two", "each state of Mexico along the coast": no modifier.
         !OneOf(next.norm, "has|have|had|will|would|can|could|may|must|should|except|excluding|along|across|through|in|on|"
                           "at|for|from|to|with|near|after|before|during|since|until");
}

bool Clause::ObjectPosition(size_t j) const {
  size_t p = j;
  // "X, whose brother Y ran the cartel": a name apposed to the noun of "whose" opens the relative
  // clause's subject.
  if (p >= 2 && PlainWord(p - 1) && Is(p - 2, "whose")) return false;
  // "His brother Y took over", "El Chapo's son Y leads": a name apposed to a possessed noun is where
  // the possessive stands (a subject when the possessive opens the clause, not "arrested his brother Y").
  if (p >= 2 && PlainWord(p - 1) && !Is(p - 1, "'s")) {
    const Mention* m = mention(p - 2);
    const bool pronoun = m ? m->anaphoric && m->last == m->first + 1 && OneOf(t_[m->first].norm, "his|her|their")
                           : IsAny(p - 2, "his|her|their");
    // ("X and his brother Y lead": the list's subject is its first member.)
    if (pronoun && !(p >= 3 && IsAny(p - 3, "and|or"))) return ObjectPosition(p - 2);
    if (p >= 3 && Is(p - 2, "'s")) {
      // (the possessor: a mention, or the capitalized words a kinship description took in)
      size_t owner = p - 3;
      while (owner > 0 && !mention(owner) && !mention(owner - 1) && t_[items_[owner - 1].first].is(Token::kCapitalized) &&
             t_[items_[owner - 1].first].word()) {
        --owner;
      }
      if (mention(owner) || t_[items_[owner].first].is(Token::kCapitalized)) return ObjectPosition(owner);
    }
  }
  while (p > 0 && IsAny(p - 1, "the|a|an|its|their|his|her|both|all")) --p;
  if (p == 0) return false;
  const std::string_view n = Norm(p - 1);
  if (n.empty() || !t_[items_[p - 1].first].word() || t_[items_[p - 1].first].is(Token::kCapitalized)) return false;
  if (PersonComplement(j)) return true;
  // "a day after police in Paraguay arrested him": the place of the people before it, no subject.
  if (n == "in" && p >= 2 && IsAny(p - 2, "police|prosecutors|agents|troops|soldiers|officers|investigators|marines")) {
    return true;
  }
  return !OneOf(n, kSubjectOpeners);
}

bool Clause::PersonComplement(size_t j) const {
  if (EntityAs(j, "Person") < 0) return false;
  size_t p = j;
  while (p > 0 && IsAny(p - 1, "the|a|an")) --p;
  if (p < 2 || !Is(p - 1, "of") || Norm(p - 2).empty()) return false;
  const Token& noun = t_[items_[p - 2].first];
  return noun.word() && !noun.is(Token::kCapitalized);
}

namespace {

// OneOf(a + " " + b, words), without building the phrase (ObjectAfter asks it of most items).
bool OneOfPair(std::string_view a, std::string_view b, std::string_view words) {
  if (words.find(' ') == std::string_view::npos) return false;  // (most lists have no two-word entry)
  if (a.find('|') != std::string_view::npos || b.find('|') != std::string_view::npos) return false;
  for (size_t pos = 0; pos <= words.size();) {
    const size_t bar = std::min(words.find('|', pos), words.size());
    const std::string_view w = words.substr(pos, bar - pos);
    if (w.size() == a.size() + 1 + b.size() && w.starts_with(a) && w[a.size()] == ' ' && w.ends_with(b)) return true;
    pos = bar + 1;
  }
  return false;
}

}  // namespace

size_t Clause::ObjectAfter(size_t from, std::string_view labels, std::string_view preps, size_t max_items,
                           bool across_commas) const {
  const bool direct = OneOf("-", preps);
  bool after_prep = false;   // the last preposition seen is one of `preps`
  bool other_prep = false;   // a preposition not in `preps` governs what follows
  // Plain words of a possessive description follow that preposition, or the verb itself ("are
  // fighting their former employer, the Gulf Cartel").
  bool described = direct && IsAny(from + 1, "its|their|his|her");
  for (size_t j = from + 1, steps = 0; j < items_.size() && steps < max_items; ++j, ++steps) {
    if (Break(j)) return kNone;
    if (Is(j, "(")) {
      while (j + 1 < items_.size() && !Is(j, ")")) ++j;
      continue;
    }
    // "the person killed," X said: a verb right before a comma has no direct object after it.
    if (Is(j, ",") && steps == 0 && direct && !across_commas) return kNone;
    // "led to several operations, such as the arrest of X in Y": a noun's phrase ends at its comma.
    if (Is(j, ",") && steps == 0 && !across_commas && IsAny(j + 1, "such|including|like")) return kNone;
    // "killed nine people, including six children, in Sonora": past a closed aside of examples to the
    // preposition after it (not into a list: "in 16 states, including California, Arizona and Texas").
    // So past "six of them children", "most of them teenagers".
    const bool of_them = j + 3 < items_.size() && Is(j + 2, "of") && Is(j + 3, "them") &&
                         (t_[items_[j + 1].first].is(Token::kNumber) ||
                          IsAny(j + 1, "one|two|three|four|five|six|seven|eight|nine|ten|most|all|many|some|several|both|half"));
    if (Is(j, ",") && steps > 0 && (IsAny(j + 1, "including|among") || of_them)) {
      size_t close = j + 2;
      while (close < items_.size() && close <= j + 10 && !Is(close, ",") && !Break(close)) ++close;
      if (close + 1 < items_.size() && Is(close, ",") && IsAny(close + 1, "in|near|at|outside|on|inside")) {
        j = close;
        continue;
      }
    }
    if (Is(j, ",") && steps > 0 && !across_commas && !after_prep && PlainList(j)) continue;  // "cocaine, heroin and"
    if (Is(j, ",") && steps > 0 && !across_commas) {
      // "at war with its former armed wing, the Zetas,": the name apposed to the object's description.
      const size_t name = j + 1 + (Is(j + 1, "the") ? 1 : 0);
      const bool closed = name + 1 >= items_.size() || IsAny(name + 1, ",|.|;") || Break(name + 1);
      return (after_prep || (direct && !other_prep)) && described && EntityAs(name, labels) >= 0 && closed ? name : kNone;
    }
    if (mention(j) && mention(j)->kind != Mention::Kind::kDemonym) described = false;  // "its Mexican counterpart"
    if (EntityAs(j, labels) >= 0 && !Modifier(j)) {
      if (after_prep || (direct && !other_prep)) return j;
      continue;
    }
    if (Is(j, "since") && mention(j + 1) && mention(j + 1)->kind == Mention::Kind::kDate) {  // "led since 1997 by"
      ++j;
      continue;
    }
    // "have been at war ever since across X", "since then in X": an adverb of time, no clause.
    if (Is(j, "since") && (Is(j - 1, "ever") || Is(j + 1, "then"))) {
      if (Is(j + 1, "then")) ++j;
      continue;
    }
    if (IsAny(j, "who|which|that|after|before|when|while|because|but|since|although")) return kNone;
    // "in at least 20 of Mexico's 31 states": "at least" is no preposition.
    if (Is(j, "at") && IsAny(j + 1, "least|most")) {
      ++j;
      continue;
    }
    // "operates in every Mexican state except Yucatán": what is left out is no object.
    if (IsAny(j, "except|excluding|besides")) return kNone;
    // "extradited X on Friday to face charges in Houston": an infinitive's phrase is its own (not a
    // plural noun's: "handed X over to agents of the Marshals Service at the airport in Toluca").
    const std::string_view after_to = Norm(j + 1);
    if (Is(j, "to") && j > from + 1 && PlainWord(j + 1) && !t_[items_[j + 1].first].is(Token::kNumber) &&
        !(after_to.ends_with("s") && !after_to.ends_with("ss")) &&
        !IsAny(j + 1, "the|a|an|its|their|his|her|this|that|these|those|northern|southern|western|eastern|central|federal")) {
      return kNone;
    }
    // "was extradited in 2010 and is awaiting trial in Chicago": a coordinated predicate's own phrase.
    if (Is(j, "and") && IsAny(j + 1, "is|was|are|were|has|have|had|will|would|remains|remained")) return kNone;
    // "grew out of a militia and later fought the BLO": a coordinated verb and its own object.
    if (Is(j, "and")) {
      const size_t v = j + 1 + (IsAny(j + 1, "later|then|also|eventually|subsequently|soon|quickly") ? 1 : 0);
      const std::string_view w = Norm(v);
      const bool past = !mention(v) && ((w.size() > 4 && w.ends_with("ed")) ||
                                        OneOf(w, "fought|led|ran|took|became|began|broke|grew|split|made|built|won|"
                                                 "lost|left|sent|set|struck|sought|spread|seized|shot|drove|fled"));
      if (past && (IsAny(v + 1, "the|a|an|its|their|his|her") || IsEntity(v + 1))) return kNone;
    }
    const std::string_view n = Norm(j);
    if (n.empty()) continue;  // a mention of another label: a prepositional phrase's object
    // "his brother-in-law, X": a hyphen inside a word (not the "-" of `preps`, a direct object) and
    // the words it joins are no prepositions.
    if (n == "-" || (j > 0 && Is(j - 1, "-") && Is(j + 1, "-"))) continue;
    const bool prep = OneOf(n, preps);
    const bool two_words = !prep && j + 1 < items_.size() && OneOfPair(n, Norm(j + 1), preps);
    if (prep || two_words) {
      if (two_words) ++j;  // "out of": its second word is no preposition of its own
      after_prep = true;
      other_prep = false;
      described = IsAny(j + 1, "its|their|his|her|a|an");  // a description follows ("led by a nephew, X,")
    } else if (Is(j, "of") && j > 0 &&
               (IsAny(j - 1, kPlaceNouns) || IsAny(j - 1, kSiteParts) || IsAny(j - 1, kRemnants) || IsAny(j - 1, kPortions) ||
                (after_prep && t_[items_[j - 1].first].is(Token::kNumber)))) {
      // "in the northern state of Coahuila": the place noun's name keeps the preposition before it;
      // so does what is left of a group ("from the remnants of the Milenio Cartel") and a portion
      // ("in dozens of U.S. cities", "in much of Tamaulipas", "in at least 20 of Mexico's 31 states"),
      // and a part of a site ("in the parking lot of a Juárez shopping center").
    } else if (IsAny(j, "to|in|into|from|for|at|on|by|with|of|over|under|through|across|against|near|during|as|alongside")) {
      after_prep = false;
      other_prep = true;
    }
  }
  return kNone;
}

bool Clause::PrepositionObject(size_t x, std::string_view labels, size_t* start) const {
  size_t k = x;
  while (k > 0 && (IsAny(k - 1, "the|a|an|and|,") || EntityAs(k - 1, labels) >= 0)) --k;
  *start = k;
  return k > 0 && IsAny(k - 1, "with|of|to|for|from|by|in|on|at|against|between|among|across|into|through|"
                               "throughout|inside|within");
}

bool Clause::PlainList(size_t comma) const {
  if (comma == 0 || !PlainWord(comma - 1)) return false;
  for (size_t k = comma + 1; k < items_.size() && k <= comma + 8; ++k) {
    if (IsAny(k, "and|or")) return k > comma + 1 && PlainWord(k + 1);
    if (!PlainWord(k) && !Is(k, ",")) return false;
  }
  return false;
}

bool Clause::PlainWord(size_t k) const {
  return k < items_.size() && !mention(k) && t_[items_[k].first].word() && !t_[items_[k].first].is(Token::kCapitalized);
}

size_t Clause::NamedPart(size_t j) const {
  if (EntityAs(j, "Organization") < 0) return j;
  size_t b = j;
  if (b > 0 && Is(b - 1, "the")) --b;
  const bool part_of = b >= 2 && Is(b - 1, "of") && IsAny(b - 2, kGroupParts);
  const size_t cue = part_of ? j + 1 : IsAny(j + 1, kGroupParts) ? j + 2 : kNone;
  if (cue == kNone || !IsAny(cue, "known|called|named|dubbed")) return j;
  const size_t name = cue + (Is(cue + 1, "as") ? 2 : 1);
  return EntityAs(name, "Organization") >= 0 ? name : j;
}

}  // namespace cg::ingest
