// Clause coordination (clause.h): the members of a list or a coordination of mentions ("A, B
// and C", "A as well as B", "from X into Y and Z"), and the words that add a member.
#include "ingest/clause.h"
#include "ingest/clause_words.h"

namespace cg::ingest {

using namespace clause_words;  // NOLINT: the reader's own word lists

bool Clause::AdditiveWord(size_t k) const {
  if (IsAny(k, "along|together")) return Is(k + 1, "with");
  if (Is(k, "with")) return k > 0 && IsAny(k - 1, "along|together");
  if (Is(k, "well")) return k > 0 && Is(k - 1, "as") && Is(k + 1, "as");
  if (Is(k, "as")) return (Is(k + 1, "well") && Is(k + 2, "as")) || (k >= 2 && Is(k - 1, "well") && Is(k - 2, "as"));
  return false;
}

std::vector<size_t> Clause::CoordinatedPhrases(size_t i, std::string_view labels, std::string_view preps) const {
  std::vector<size_t> out = Coordinated(i, labels);
  for (int n = 0; n < 3; ++n) {
    size_t k = out.back() + 1;
    // "at war with the Juárez cartel in Chihuahua and with the Beltrán Leyva organization": over a
    // place phrase after a member that is no place.
    if (EntityAs(out.back(), "Place") < 0 && IsAny(k, "in|across") &&
        EntityAs(k + (Is(k + 1, "the") ? 2 : 1), "Place") >= 0) {
      k += Is(k + 1, "the") ? 3 : 2;
    }
    if (Is(k, ",")) ++k;
    if (Is(k, "as") && Is(k + 1, "well") && Is(k + 2, "as")) k += 2;  // ", as well as into Guatemala"
    // "from Tamaulipas into Veracruz", "into Veracruz and later into Coahuila": the next phrase
    // follows at once or after "and", over one adverb of time.
    const bool joined = Is(k, "and") || Is(k, "as");
    if (joined) ++k;
    if (joined && IsAny(k, "later|then|eventually|also|even|now")) ++k;
    if (!IsAnyOf(k, preps) || Is(k, "-") || Is(k, ",")) break;
    k += Is(k + 1, "the") ? 2 : 1;
    // "and in neighboring Nuevo León", "and in the neighboring state of Coahuila".
    if (IsAny(k, kPlaceAdjectives) && EntityAs(k, labels) < 0) ++k;
    if (IsAny(k, kPlaceNouns) && Is(k + 1, "of")) k += 2;
    if (EntityAs(k, labels) < 0) break;
    for (size_t o : Coordinated(k, labels)) out.push_back(o);
  }
  return out;
}

bool Clause::ListGoesOn(size_t m) const {
  size_t q = m + 1;
  if (Is(q, ",")) {  // over the member's own apposition
    size_t close = q + 1;
    while (close < items_.size() && close < q + 12 && !Is(close, ",") && !Break(close)) ++close;
    q = close < items_.size() && Is(close, ",") ? close + 1 : q + 1;
  }
  if (q >= items_.size() || Break(q)) return true;
  if (mention(q)) return mention(q)->kind == Mention::Kind::kDate;
  return IsAny(q, ",|and|or|in|on|at|near|under|for|during|after|before|last|this|from|to|into|with|as|pursuant|--|(|)|\"");
}

std::vector<size_t> Clause::Coordinated(size_t i, std::string_view labels) const {
  std::vector<size_t> out{i};
  size_t apposition_end = kNone;  // the comma closing an apposition the list went over
  // Does the member at item a open the sentence, alone or apposed to a possessive description
  // ("His brother, A, and B ...", "Its boss, A, and B ...")?
  auto opens_sentence = [&](size_t a) {
    if (a == 0) return true;
    if (a < 3 || a > 6 || !Is(a - 1, ",") || !(IsAny(0, "his|her|its|their") || PossessiveDeterminer(0))) return false;
    for (size_t w = 1; w + 1 < a; ++w) {
      if (!PlainWord(w)) return false;
    }
    return true;
  };
  auto step = [&](size_t k, int dir) -> size_t {  // the next member from k in direction dir, or kNone
    bool sep = false, apposed = false;
    for (int n = 0; n < 6; ++n) {
      k = dir > 0 ? k + 1 : k - 1;
      if (k >= items_.size()) return kNone;
      if (IsAny(k, ",|and|or|&") || AdditiveWord(k)) {
        sep = true;
        continue;
      }
      // "by the FBI; ICE; the IRS; and the U.S. Marshals Service": a list of names alone between
      // semicolons (not "A; B said").
      if (Is(k, ";")) {
        // (over "the", "and" and a country that qualifies the name: "U.S. Immigration and ...")
        const auto member_at = [&](size_t m) {
          while (m + 1 < items_.size() && (IsAny(m, "the|and") || (IsEntity(m) && IsEntity(m + 1)))) ++m;
          return m;
        };
        if (dir < 0 || k + 1 >= items_.size()) return kNone;
        const size_t next = member_at(k + 1);
        if (EntityAs(next, labels) >= 0 && (IsAny(next + 1, ";|,|and") || Break(next + 1))) {
          sep = true;
          k = next - 1;
          continue;
        }
        return kNone;
      }
      if (IsAny(k, "the|both")) continue;
      // "the Camorra of Italy, the Yakuza of Japan and Los Zetas of Mexico": the country that
      // qualifies a member organization is no member.
      if (dir > 0 && !sep && Is(k, "of") && EntityAs(k - 1, "Organization") >= 0 && EntityAs(k + 1, "Country") >= 0 &&
          EntityAs(k + 1, "Organization") >= 0) {
        ++k;
        continue;
      }
      // "the DEA and U.S. Immigration and Customs Enforcement": a country that qualifies the
      // organization after it is no member.
      if (EntityAs(k, "Country") >= 0 && k + 1 < items_.size() && EntityAs(k + 1, "Organization") >= 0 &&
          EntityAs(k + 1, labels) >= 0) {
        if (dir > 0 && sep) continue;
        if (dir < 0 && !sep) continue;
      }
      // "in Guerrero and the neighboring state of Morelos": a place noun and "of" before a member.
      if (sep && dir > 0) {
        // (and a nationality: "West Texas, New Mexico and the Mexican state of Chihuahua")
        size_t j = k;
        while (j < k + 2 && (IsAny(j, kPlaceAdjectives) || (mention(j) && mention(j)->kind == Mention::Kind::kDemonym))) ++j;
        if (IsAny(j, "state|city|town|port|municipality") && Is(j + 1, "of") && EntityAs(j + 2, labels) >= 0) {
          k = j + 1;
          continue;
        }
      }
      // "Nuevo León and neighboring Tamaulipas": a place adjective before a place member.
      if (sep && dir > 0 && IsAny(k, kPlaceAdjectives) && EntityAs(k + 1, "Place") >= 0 && EntityAs(k + 1, labels) >= 0) {
        continue;
      }
      // "in Nayarit and parts of Jalisco", "Sonora, much of Chihuahua": a portion of a place member.
      if ((sep || dir < 0) && IsAny(dir > 0 ? k : k - 1, kPortions) && Is(dir > 0 ? k + 1 : k, "of") &&
          EntityAs(dir > 0 ? k + 2 : k + 1, "Place") >= 0) {
        k += dir > 0 ? 1 : -1;
        continue;
      }
      // "President Bush and President Calderón": a title before a member.
      if (IsAny(k, kTitleWords) && t_[items_[k].first].is(Token::kCapitalized)) continue;
      // "President Bush and Mexican President Calderón": a nationality or a country before the next
      // member's title (not back from a titled member: the title is its own, "Mexican President X").
      if (sep && dir > 0 && k + 1 < items_.size() && IsAny(k + 1, kTitleWords) && t_[items_[k + 1].first].is(Token::kCapitalized) &&
          mention(k) && (mention(k)->kind == Mention::Kind::kDemonym || EntityAs(k, "Country") >= 0) && EntityAs(k, labels) < 0) {
        continue;
      }
      // "X and his brother Y", "the X Cartel and its leader, Y", "the Zetas and their former employers,
      // the Gulf cartel": a possessive description of up to three words before a member.
      if (sep && dir > 0 && (IsAny(k, "his|her|their|its") || PossessiveDeterminer(k))) {
        size_t w = k + 1;
        while (w < items_.size() && w < k + 4 && PlainWord(w)) ++w;
        const size_t named = w + 1 + (Is(w + 1, "the") ? 1 : 0);
        if (w > k + 1 && w < items_.size() &&
            ((w == k + 2 && IsEntity(w)) || (Is(w, ",") && named < items_.size() && IsEntity(named)))) {
          k = w - 1;
          continue;
        }
      }
      // "Los Chapitos, a faction of the Sinaloa Cartel, and two of its leaders, A and B": an indefinite
      // apposition after a member, closed by a comma before "and", is the member's.
      if (sep && dir > 0 && IsAny(k, "a|an") && Is(k - 1, ",")) {
        size_t close = k + 1;
        while (close < items_.size() && close < k + 10 && !IsAny(close, ",|;|.|(|--") && !Break(close)) ++close;
        if (close + 1 < items_.size() && Is(close, ",") && IsAny(close + 1, "and|or")) {
          k = apposition_end = close;
          apposed = true;
          continue;
        }
      }
      // "X and two of his associates, A and B", "X and his two sons, A and B": a counted description
      // of the members the apposition names.
      if (sep && dir > 0 && IsAny(k, "two|three|four|five|several|both") && Is(k + 1, "of") &&
          (IsAny(k + 2, "his|her|their|its") || PossessiveDeterminer(k + 2)) && PlainWord(k + 3) && Is(k + 4, ",") &&
          k + 5 < items_.size() && IsEntity(k + 5)) {
        k += 3;
        continue;
      }
      if (sep && dir > 0 && (IsAny(k, "his|her|their|its") || PossessiveDeterminer(k)) &&
          IsAny(k + 1, "two|three|four|five|several") && PlainWord(k + 2) && Is(k + 3, ",") && k + 4 < items_.size() &&
          IsEntity(k + 4)) {
        k += 2;
        continue;
      }
      // "A, a former police officer, and B now run the group": back over the apposition of a first
      // member that opens the sentence (the comma before "and" closes it).
      if (sep && dir < 0 && PlainWord(k) && Is(k + 1, ",") && Is(k + 2, "and")) {
        size_t c = k;
        while (c > 0 && c + 10 > k && !Is(c, ",") && !Break(c)) --c;
        if (c >= 1 && c < k && Is(c, ",") && (IsAny(c + 1, "a|an|the|his|her|its|their") || PlainWord(c + 1)) &&
            EntityAs(c - 1, labels) >= 0 && opens_sentence(c - 1)) {
          apposition_end = k + 1;
          return c - 1;
        }
      }
      if (sep && dir < 0 && k >= 1 && PlainWord(k) && IsAny(k - 1, "his|her|their")) {
        --k;
        continue;
      }
      // "the Sinaloa cartel, the Gulf cartel": a group's head noun the name left out.
      if (IsAny(k, "cartel|cartels|organization|gang|group|syndicate") && k > 0 && EntityAs(k - 1, labels) >= 0) {
        if (dir > 0) continue;
        return sep ? k - 1 : kNone;
      }
      // "A, B, and Colombia's Minister of the Interior C": the titled person, not the country.
      if (const size_t titled = sep && dir > 0 ? TitledPersonAfterCountry(k, labels) : kNone; titled != kNone) {
        k = titled - 1;
        continue;
      }
      // "the FBI and Mexico's Attorney General's Office": a possessor before a member.
      if (sep && dir > 0 && IsEntity(k) && Is(k + 1, "'s") && k + 2 < items_.size() && EntityAs(k + 2, labels) >= 0) {
        ++k;
        continue;
      }
      if (dir < 0 && Is(k, "'s") && k >= 2 && IsEntity(k - 1) && IsAny(k - 2, ",|and|or|the")) {
        --k;
        continue;
      }
      // 'A, known as "El Más Loco," and B': a quoted alias after a member.
      if (sep && dir > 0 && (IsAny(k, "alias") || (Is(k, "known") && Is(k + 1, "as")))) {
        size_t q = k + (Is(k, "known") ? 2 : 1);
        if (IsAny(q, "\"|\u201c")) {
          for (size_t e = q + 1; e < items_.size() && e <= q + 6; ++e) {
            if (IsAny(e, "\"|\u201d")) {
              k = e;
              break;
            }
          }
          if (k >= q) continue;
        }
      }
      if (sep && dir < 0 && IsAny(k, "\"|\u201d")) {
        size_t q = k;
        while (q > 0 && q + 6 > k && !IsAny(q - 1, "\"|\u201c")) --q;
        const size_t open = q - 1;
        if (q > 1 && open >= 1 && (Is(open - 1, "alias") || (open >= 2 && Is(open - 1, "as") && Is(open - 2, "known")))) {
          k = Is(open - 1, "alias") ? open - 1 : open - 2;
          continue;
        }
      }
      if (Is(k, "(")) {  // "X (AKA "El Y")"
        while (k < items_.size() && k > 0 && !Is(k, dir > 0 ? ")" : "(")) k += dir;
        continue;
      }
      if (dir < 0 && Is(k, ")")) {  // (forward, a stray ")" ends the list: stepping back there looped)
        while (k > 0 && !Is(k, "(")) --k;
        continue;
      }
      // "A and B, El Chapo's sons": a possessor of a plain noun opens an apposition, no member
      // (not "A and Zambada's accountant B": a name after the noun is the member).
      if (dir > 0 && Is(k + 1, "'s") && k + 2 < items_.size() && PlainWord(k + 2)) {
        size_t j = k + 2;
        while (j < items_.size() && j < k + 5 && PlainWord(j)) ++j;
        if (j >= items_.size() || !IsEntity(j)) return kNone;
      }
      // (Over an apposition, a member that opens a clause of its own is none: "X, a broker, and his
      // cousin, Y, said", "founded by X, a former officer, and Y took control".)
      if (apposed && dir > 0 && sep && EntityAs(k, labels) >= 0 && !ListGoesOn(k)) return kNone;
      return sep && EntityAs(k, labels) >= 0 ? k : kNone;
    }
    return kNone;
  };
  for (size_t k = i; (k = step(k, 1)) != kNone;) {
    // "cells in Colombia and Peru, U.S. officials said": past the member a conjunction joined, a
    // place after a comma alone that modifies a noun opens another phrase, no member.
    const size_t last = out.back();
    const bool joined = last >= 1 && (IsAny(last - 1, "and|or") || (last >= 2 && Is(last - 1, "the") && IsAny(last - 2, "and|or")));
    bool conjunction = false;
    for (size_t j = last + 1; j < k && !conjunction; ++j) conjunction = IsAny(j, "and|or|&") || AdditiveWord(j);
    if (joined && !conjunction && EntityAs(k, "Place") >= 0 && PlainWord(k + 1)) break;
    out.push_back(k);
  }
  for (size_t k = i; k > 0 && (k = step(k, -1)) != kNone;) out.insert(out.begin(), k);
  // Two items and commas alone make an apposition ("X, the DEA"), not a list; a list has a
  // conjunction, three members, or continues with one ("A, B, and the Z Family").
  bool conjunction = out.size() >= 3;
  for (size_t k = out.front(); k < out.back() && !conjunction; ++k) conjunction = IsAny(k, "and|or|&") || AdditiveWord(k);
  const size_t after = out.back() + 1;
  conjunction |= IsAny(after, "and|or") || (Is(after, ",") && IsAny(after + 1, "and|or"));
  // "X emerged from Y, and Z arose": two members joined by ", and" are two clauses (a list of
  // two takes no serial comma).
  if (out.size() == 2) {
    for (size_t k = out.front(); k + 1 < out.back(); ++k) {
      // ("His brother, A, and B": the comma closes A's apposition to the description.)
      const bool apposed_first = k == out.front() + 1 && opens_sentence(out.front()) && out.front() > 0;
      if (Is(k, ",") && IsAny(k + 1, "and|or|but") && k != apposition_end && !apposed_first) return {i};
    }
  }
  return conjunction ? out : std::vector<size_t>{i};
}

size_t Clause::TitledPersonAfterCountry(size_t k, std::string_view labels) const {
  if (!Is(k + 1, "'s") || !OneOf("Person", labels) || EntityAs(k, "Country|Government") < 0) return kNone;
  bool title = false;
  for (size_t j = k + 2; j < items_.size() && j <= k + 8; ++j) {
    if (EntityAs(j, "Person") >= 0) return title ? j : kNone;
    if (mention(j) || !t_[items_[j].first].word()) return kNone;
    title |= IsAny(j, kTitleWords);
    // Title words are capitalized, or its function words and "former".
    if (!t_[items_[j].first].is(Token::kCapitalized) && !IsAny(j, "of|the|for|and|former|then|acting|deputy")) return kNone;
  }
  return kNone;
}

}  // namespace cg::ingest
