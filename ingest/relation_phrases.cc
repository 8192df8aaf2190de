// Phrase shapes the relation frames ask about (relation_phrases.h).
#include "ingest/relation_phrases.h"

#include <cctype>

#include <algorithm>

#include "ingest/territory_places.h"

namespace cg::ingest {

// "The President thanks the Government of Mexico for its partnership": is `subject` the one the
// sentence thanks for the noun at i ("for its/their" right before it)?
bool Thanked(const Clause& cl, size_t i, size_t subject) {
  if (i < 2 || subject >= i || !cl.IsAny(i - 1, "its|their") || !cl.Is(i - 2, "for")) return false;
  for (size_t k = subject, n = 0; k-- > 0 && n < 10; ++n) {
    if (cl.IsAny(k, kThanksVerbs)) return true;
  }
  return false;
}

// The members of a list after "between"/"among", over possessors ("Mexico's UIF") and
// parenthesized acronyms ("(DEA)").
std::vector<size_t> Between(const Clause& cl, size_t prep, const std::string& labels) {
  std::vector<size_t> out;
  for (size_t j = prep + 1; j < cl.size() && !cl.Break(j); ++j) {
    if (cl.Is(j, "(")) {
      while (j + 1 < cl.size() && !cl.Is(j, ")")) ++j;
      continue;
    }
    if (cl.IsAny(j, ",|and|the|&|'s")) continue;
    if (!cl.mention(j)) break;
    if (cl.Is(j + 1, "'s")) continue;  // a possessor: the member is its noun
    const int e = cl.EntityAs(j, labels);
    if (e < 0) continue;
    if (std::none_of(out.begin(), out.end(), [&](size_t o) { return cl.EntityAs(o, labels) == e; })) out.push_back(j);
  }
  return out;
}

// "shot by smugglers working for the cartel", "arrested three men operating in Sonora": is the
// plain noun phrase ending at item `noun` a preposition's or a past verb's object? A participle
// after it modifies that phrase, which names nobody, not an earlier name.
// A group noun is the reader's own anaphor ("between the two cartels fighting over").
bool GovernedNoun(const Clause& cl, size_t noun) {
  if (cl.IsAny(noun, "cartel|cartels|group|groups|organization|organizations|gang|gangs|faction|factions")) return false;
  constexpr std::string_view kOpeners = "a|an|the|some|several|two|three|four|five|six|seven|eight|nine|ten|dozens";
  // "designated six individuals and three companies based in X": over a coordinated noun phrase.
  // "28 individuals and entities based in X": two plain nouns joined, and a count before them.
  auto number = [&](size_t k) {
    const std::string_view w = cl.Norm(k);
    return !cl.mention(k) && !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));
  };
  auto coordinated = [&](size_t k) {
    // (two plural nouns: "individuals and entities", not "for a time and eventually headed")
    const bool plurals = cl.PlainWord(k + 1) && k > 0 && cl.PlainWord(k - 1) && cl.Norm(k + 1).ends_with("s") &&
                         cl.Norm(k - 1).ends_with("s");
    return cl.IsAny(k, "and|or") && (cl.IsAny(k + 1, kOpeners) || plurals);
  };
  for (size_t k = noun, n = 0;
       k > 0 && n < 9 && (cl.PlainWord(k) || number(k)) &&
       (!cl.IsAny(k, "and|or|but|then|who|which|that") || coordinated(k));
       --k, ++n) {
    const std::string_view w = cl.Norm(k - 1);
    const bool opens = cl.IsAny(k, kOpeners) || number(k);
    if (OneOf(w, "by|of|for|with|from|to|against|among|between|into|near|at|on|in") ||
        (opens && cl.PlainWord(k - 1) && (w.ends_with("ed") || OneOf(w, "met|hired|sent|paid|found|caught|held"))) ||
        (opens && cl.EntityAs(k - 1, "Event") >= 0)) {  // an act's verb: "designated three companies"
      return true;
    }
  }
  return false;
}

bool Based(const Clause& cl, size_t i, const std::string& object_labels) {
  return i >= 2 && cl.Is(i, "based") && (cl.Is(i - 1, "-") || cl.Is(i - 1, "--")) &&
         cl.EntityAs(i - 2, object_labels) >= 0;
}

// The organization a modifier phrase describes: the head after it ("a Mexico-based cartel, X"
// is rare; "Mexico-based cartels such as X") or the entity the apposition it opens follows ("X, a
// Mexico-based group").
size_t AppositionHead(const Clause& cl, size_t phrase, const std::string& labels) {
  size_t s = phrase;
  for (int n = 0; s > 0 && n < 4 && cl.IsAny(s - 1, kRelationDeterminers); ++n) --s;
  if (s >= 2 && cl.IsAny(s - 1, ",|(|--")) {
    size_t head = s - 2;
    // "the Cartel de Jalisco Nueva Generacion (CJNG), a Mexico-based organization".
    if (cl.Is(head, ")")) {
      while (head > 0 && !cl.Is(head, "(")) --head;
      if (head > 0) --head;
    }
    if (cl.EntityAs(head, labels) >= 0) return head;
  }
  // "Mexico-based cartels such as A and B": the groups a plural head lists.
  for (size_t k = phrase + 3, last = phrase + 6; k < cl.size() && k <= last; ++k) {
    if (cl.EntityAs(k, labels) >= 0) return k;
    if (cl.Break(k) || cl.Is(k, ",")) break;
    if (cl.IsAny(k, "such|like|including")) last = k + 3;
  }
  return kNone;
}

size_t KnownAsAfter(const Clause& cl, size_t end, const std::string& labels, std::string_view preps) {
  size_t k = end + 1;
  if (!cl.Is(k, "-") && cl.IsAnyOf(k, preps)) {
    ++k;
  } else if (preps.find('-') == std::string_view::npos) {
    return kNone;
  }
  if (cl.mention(k) && cl.Is(k + 1, "'s")) {
    k += 2;  // "Zambada's loyalists"
  } else if (cl.IsAny(k, "a|an|the|its|their|his|her")) {
    ++k;
  }
  constexpr std::string_view kCues = "known|called|named|dubbed|nicknamed";
  size_t words = 0;
  auto plain = [&] {
    for (; words < 3 && cl.PlainWord(k) && !cl.IsAny(k, kCues) && !cl.IsAny(k, "of|in|for|with|and|or|the|a|an");
         ++words) {
      ++k;
    }
  };
  plain();
  if (words > 0 && cl.Is(k, "'s")) {  // "the founder's old guard"
    ++k;
    words = 0;
    plain();
  }
  if (words == 0) return kNone;
  // "a faction of the Sinaloa Cartel known as X": over the description's own complement.
  if (cl.Is(k, "of") && cl.IsEntity(k + 1 + cl.Is(k + 1, "the"))) k += 2 + cl.Is(k + 1, "the");
  if (cl.Is(k, ",")) ++k;
  if (!cl.IsAny(k, kCues)) return kNone;
  k += 1 + cl.Is(k + 1, "as");
  if (cl.Is(k, "the")) ++k;
  return cl.EntityAs(k, labels) >= 0 ? k : kNone;
}

void MoreTerritory(const Clause& cl, const std::string& labels, std::vector<size_t>* objects) {
  const size_t from = objects->back();
  const size_t prep = from >= 1 && cl.Is(from - 1, "the") ? from - 2 : from - 1;
  if (from >= 1 && prep < from && cl.Is(prep, "from") && cl.IsAny(from + 1, "into|to")) {
    const size_t to = from + 2 + cl.Is(from + 2, "the");
    if (cl.EntityAs(to, labels) >= 0) objects->push_back(to);
  }
  const size_t last = objects->back();
  if (cl.Is(last + 1, "'s") && cl.EntityAs(last + 2, labels) >= 0) objects->push_back(last + 2);
  // "whole regions of Mexico, from Michoacán and Guerrero to Tamaulipas": the range apposed to the place.
  if (const size_t from = objects->back() + 2; cl.Is(from - 1, ",") && cl.Is(from, "from") && cl.EntityAs(from + 1, labels) >= 0) {
    const std::vector<size_t> starts = cl.Coordinated(from + 1, labels);
    objects->insert(objects->end(), starts.begin(), starts.end());
    for (size_t k = starts.back() + 1; k < cl.size() && k <= starts.back() + 6 && !cl.Break(k) && !cl.Is(k, ","); ++k) {
      if (!cl.Is(k, "to") || cl.EntityAs(k + 1 + cl.Is(k + 1, "the"), labels) < 0) continue;
      for (size_t m : cl.Coordinated(k + 1 + cl.Is(k + 1, "the"), labels)) objects->push_back(m);
      break;
    }
  }
  // "in several U.S. states, including Texas and Florida": the places the country's plural place
  // noun lists.
  if (const size_t named = ListedPlace(cl, last + 1, labels); named != kNone) {
    for (size_t m : cl.Coordinated(named, labels)) objects->push_back(m);
  }
  // "..., as well as in parts of the northern state of Sonora": a further phrase whose place is the
  // complement of a place noun or a portion.
  size_t k = objects->back() + 1;
  // "in most Mexican states, and in Colombia", "in 24 of Mexico's 32 states and in Spain": past the
  // plural place noun the country or its people modify.
  bool past_noun = false;
  for (size_t n = k; n < cl.size() && n <= objects->back() + 3 && !cl.Break(n) && !cl.mention(n); ++n) {
    if (cl.IsAny(n, "states|countries|cities|municipalities|provinces|regions|territories")) {
      k = n + 1, past_noun = true;
      break;
    }
    if (!cl.Is(n, "'s") && !cl.PlainWord(n)) break;
  }
  k += cl.Is(k, ",");
  const size_t joined = cl.Is(k, "and") ? 1 : cl.Is(k, "as") && cl.Is(k + 1, "well") && cl.Is(k + 2, "as") ? 3 : 0;
  k += joined;
  // "a network across Guatemala and into Honduras": the place the group reached after the list.
  if (joined != 0 && cl.Is(k, "into") && cl.EntityAs(k + 1 + cl.Is(k + 1, "the"), labels) >= 0) {
    for (size_t m : cl.Coordinated(k + 1 + cl.Is(k + 1, "the"), labels)) objects->push_back(m);
    return;
  }
  if (joined == 0 || !cl.IsAny(k, "in|across|throughout")) return;
  if (const size_t next = k + 1 + cl.Is(k + 1, "the"); past_noun && cl.EntityAs(next, labels) >= 0) {
    // (the list ends at its member after "and": in "and in Colombia and Peru, U.S. officials said"
    // the country modifies the noun after it)
    for (size_t m : cl.Coordinated(next, labels)) {
      if (m < next) continue;
      objects->push_back(m);
      if (cl.IsAny(m - 1 - cl.Is(m - 1, "the"), "and|or")) break;
    }
    return;
  }
  size_t j = k + 1;
  while (j < cl.size() && j <= k + 6 && cl.PlainWord(j) && !cl.IsAny(j, "and|or|in|to|from|for|with|by|that|which")) ++j;
  if (j > k + 2 && cl.Is(j - 1, "of") && cl.EntityAs(j, labels) >= 0) objects->push_back(j);
}

size_t PortionPlace(const Clause& cl, size_t group) {
  if (!cl.Is(group + 1, "'s")) return kNone;
  size_t k = group + 2;
  while (k < cl.size() && k < group + 5 && cl.PlainWord(k) && !cl.Is(k, "in")) ++k;
  return k > group + 2 && cl.Is(k, "in") && cl.EntityAs(k + 1, "City|State") >= 0 ? k + 1 : kNone;
}

namespace {

// Nouns of a group's work or people: "ran the cartel's finances", "ran drug shipments for X".
constexpr WordList kGroupWork =
    "operations|finances|smuggling|trafficking|logistics|security|money|business|activities|affairs|interests|"
    "operatives|members|gunmen|hitmen|shipments|routes|route|labs|cells|cell|plazas|plaza|networks|network|"
    "forces|wing|faction|factions|laundering";

// Nouns of a band of people one may lead for a group: "led a crew of gunmen for the Sinaloa Cartel".
constexpr std::string_view kCrews = "group|groups|crew|crews|squad|squads|team|teams";

// "for the Gulf Cartel" at k: the group worked for, else kNone.
size_t GroupServed(const Clause& cl, size_t k, const std::string& labels) {
  if (!cl.Is(k, "for")) return kNone;
  const size_t g = k + (cl.Is(k + 1, "the") ? 2 : 1);
  return cl.EntityAs(g, labels) >= 0 && !cl.Possessor(g) ? g : kNone;
}

}  // namespace

std::string GroupPortion(const Clause& cl, size_t group) {
  const size_t first = group + (cl.Is(group + 1, "'s") ? 2 : 1);
  std::string words, portion;  // the longest run of words that ends in such a noun
  for (size_t k = first; k < cl.size() && k < first + 3 && cl.PlainWord(k); ++k) {
    words += (words.empty() ? "" : " ") + std::string(cl.Norm(k));
    if (cl.IsAny(k, kGroupWork)) portion = words;
  }
  return portion;
}

bool PartnerAfter(const Clause& cl, size_t i, size_t end) {
  if (cl.IsAny(end + 1, "together|jointly")) return false;
  if (cl.IsAny(i, "worked|works|work|working")) return true;
  for (size_t k = end + 1; k < cl.size() && k <= end + 6 && !cl.Break(k) && !cl.Is(k, ","); ++k) {
    if (cl.IsAny(k, "with|alongside")) return true;
  }
  return false;
}

size_t PartLed(const Clause& cl, size_t end, const std::string& labels, std::string* part) {
  size_t k = end + 1;
  if (cl.IsAny(k, "a|an|the|one|its|their|his|her")) ++k;
  const size_t start = k;
  size_t group = kNone;
  for (int n = 0; n < 3 && k < cl.size(); ++n, ++k) {
    if (cl.EntityAs(k, labels) >= 0 && !cl.Possessor(k)) {
      if (!cl.IsAny(k + 1, kGroupParts)) return kNone;  // "ran a Zetas cell"
      group = k++;
      break;
    }
    if (cl.IsAny(k, kGroupParts) || cl.IsAny(k, kCrews)) {
      // "headed a small cell of the Gulf Cartel", "ran a kidnapping cell for the Gulf Cartel",
      // "led a crew of gunmen for the Sinaloa Cartel".
      size_t g = k + 1;
      if (cl.Is(g, "of") && !cl.IsAny(k, kCrews)) {
        if (cl.Is(g + 1, "the")) ++g;
        group = cl.EntityAs(g + 1, labels) >= 0 && !cl.Possessor(g + 1) ? g + 1 : kNone;
      } else {
        if (cl.Is(g, "of")) ++g;
        while (g < cl.size() && g <= k + 3 && cl.PlainWord(g) && !cl.Is(g, "for")) ++g;
        group = GroupServed(cl, g, labels);
      }
      break;
    }
    // "ran drug shipments for La Familia", "ran the money laundering for the cartel": its work.
    if (const size_t served = n > 0 && cl.IsAny(k - 1, kGroupWork) ? GroupServed(cl, k, labels) : kNone;
        served != kNone) {
      *part = "head of";
      for (size_t w = start; w < k; ++w) *part += " " + std::string(cl.Norm(w));
      return served;
    }
    // "a kidnapping cell": an act's one-word noun modifies the part.
    const bool act = cl.EntityAs(k, "Event") >= 0 && cl.item(k).last == cl.item(k).first + 1 &&
                     (cl.IsAny(k + 1, kGroupParts) || cl.IsAny(k + 1, kCrews));
    if (!cl.PlainWord(k) && !act) return kNone;
  }
  if (group == kNone) return kNone;
  const size_t noun = group < k && cl.IsAny(group + 1, kGroupParts) ? group + 1 : k;
  // "leads a faction of the Sinaloa Cartel known as Los Chapitos": a named part (KnownAsAfter).
  if (cl.IsAny(std::max(group, noun) + 1, "known|called|named|dubbed")) return kNone;
  std::string_view w = cl.Norm(noun);
  if (w.ends_with('s')) w.remove_suffix(1);
  *part = std::string(w) + " leader";
  return group;
}

std::vector<size_t> TitledSubjects(const Clause& cl, size_t last, const std::string& labels) {
  std::vector<size_t> out{last};
  for (size_t k = last; k-- > 0;) {
    if (cl.IsAny(k, "that|which|whom")) break;
    if (cl.EntityAs(k, labels) >= 0) out.insert(out.begin(), k);
  }
  return out;
}

size_t NounOwner(const Clause& cl, size_t i) {
  if (i >= 2 && cl.Is(i - 1, "'s")) return i - 2;
  if (i >= 3 && cl.Is(i - 1, "whose") && cl.Is(i - 2, ",") && cl.IsEntity(i - 3)) return i - 3;  // "X, whose territory"
  if (i >= 1 && cl.IsAny(i - 1, "its|their") && !cl.mention(i - 1)) return i - 1;  // "its rivals
  // "the cartel's former armed wing", "the cartel's heavily armed special forces unit" (up to four
  // modifiers); "Its longtime rival, X" (the pronoun opening the sentence); "the Zetas' Monterrey
  // cell": a place names where the part is.
  for (size_t k = i - 1, n = 0; i >= 2 && k >= 1 && n < 4; --k, ++n) {
    if (!cl.PlainWord(k) && !(cl.mention(k) && cl.EntityAs(k, "City|State") >= 0 && !cl.Possessor(k))) return kNone;
    if (k >= 2 && cl.Is(k - 1, "'s")) return k - 2;
    if (cl.IsAny(k - 1, "its|their") && !cl.mention(k - 1)) return k - 1;  // "its former armed wing"
  }
  return kNone;
}

}  // namespace cg::ingest
