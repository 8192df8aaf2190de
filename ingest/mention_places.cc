// Places the lexicon does not know, from the words around their names: "Tapalpa, Jalisco", "the town
// of Guadalupe y Calvo", "was arrested in Tepalcatepec" (see mention_finder.h).
#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

namespace {

// Verbs after which "in X" / "near X" names where something happened or is.
bool LocatesEvent(std::string_view n) {
  return n == "arrested" || n == "captured" || n == "detained" || n == "killed" || n == "slain" || n == "shot" ||
         n == "born" || n == "based" || n == "found" || n == "located" || n == "headquartered" || n == "died" ||
         n == "ambushed" || n == "raided" || n == "operates" || n == "operating" || n == "hiding" || n == "held";
}

constexpr std::string_view kCompass = "north|south|east|west|northeast|northwest|southeast|southwest";

// Prepositions before a place's name ("in Jesús María, Sinaloa").
bool LocatesAfter(std::string_view n) { return n == "in" || n == "near" || n == "outside" || n == "from"; }

bool TownNoun(std::string_view n) {
  return n == "city" || n == "town" || n == "village" || n == "municipality" || n == "resort" || n == "port" ||
         n == "capital" || n == "suburb" || n == "hamlet";
}

// "Sabinas, a town in Coahuila", "Tepic, the capital of Nayarit": the apposition after t[end) names
// a town.
bool ApposedTown(const std::vector<Token>& t, size_t end, size_t last) {
  if (end + 3 >= last || t[end].norm != "," || (t[end + 1].norm != "a" && t[end + 1].norm != "the")) return false;
  for (size_t k = end + 2; k + 1 < last && k <= end + 4; ++k) {
    if (TownNoun(t[k].norm)) {
      const std::string& p = t[k + 1].norm;
      return p == "in" || p == "of" || p == "near" || p == "outside" || p == "on";
    }
    if (!t[k].word() || t[k].is(Token::kCapitalized)) return false;
  }
  return false;
}

}  // namespace

bool MentionFinder::TownContext(size_t i, size_t first) const {
  if (i < first + 2) return false;
  const std::string& before = t_[i - 1].norm;
  // "in neighboring Camargo", "to nearby Miguel Alemán".
  if (OneOf(before, "neighboring|neighbouring|nearby")) return true;
  // "fled to Miguel Alemán", "hundreds more arrived in Camargo": a verb of moving and its goal.
  if (OneOf(before, "to|in|into") && OneOf(t_[i - 2].norm, "fled|flee|fleeing|arrived|arriving|relocated|traveled|travelled")) {
    return true;
  }
  // "the communities of Sunland Park and Santa Teresa", "the municipalities of Aguililla, Coalcomán and
  // Tepalcatepec": every name of the list a plural town noun opens.
  if (before == "," || before == "and") {
    size_t k = i - 1;
    while (k > first + 1 && k + 16 > i && (t_[k].norm == "," || t_[k].norm == "and" || t_[k].is(Token::kCapitalized) ||
                                           IsNameConnector(t_[k].norm))) {
      --k;
    }
    return k + 1 < i && t_[k].norm == "of" && k >= first + 1 && t_[k + 1].is(Token::kCapitalized) &&
           OneOf(t_[k - 1].norm, "towns|cities|villages|municipalities|communities|ports|hamlets");
  }
  if (before != "of") return false;
  if (OneOf(t_[i - 2].norm, "towns|cities|villages|municipalities|communities|ports|hamlets")) return true;
  // "the mayor of Santiago", "the municipal president of Cocula".
  if (t_[i - 2].norm == "mayor" || (t_[i - 2].norm == "president" && i >= first + 3 && t_[i - 3].norm == "municipal")) {
    return true;
  }
  // "the town of X", "the neighboring city of X", "the small Sinaloa town of X", "the rural area of X":
  // the town noun after "the" and at most two words that qualify it.
  if (!OneOf(t_[i - 2].norm, "town|city|village|municipality|port|hamlet|community|area")) return false;
  for (size_t k = i - 3; k + 5 >= i && k >= first; --k) {
    if (t_[k].norm == "the") return true;
    if (!t_[k].word() || k == first) return false;
  }
  return false;
}

bool MentionFinder::TownNamedForPerson(size_t i, size_t end, size_t first, size_t last) const {
  // "in José María Morelos, Quintana Roo", "Benito Juárez, a municipality in Quintana Roo": a town
  // named for a person, whose last word the lexicon knows as a place of its own.
  return end >= i + 2 && lex_.InList("given", t_[i]) && i > first && OneOf(t_[i - 1].norm, "in|near|outside|from|to") &&
         (StateAfter(end, last) || ApposedTown(t_, end, last));
}

// A place by the words around it: "Guerrero, Mexico", "Tapalpa, Jalisco"
// (a town of a known state or country), "the town of Guerrero".
bool MentionFinder::StateAfter(size_t end, size_t last) const {
  if (end + 1 >= last || t_[end].norm != ",") return false;
  for (const LexMatch& m : lex_.MatchAt(t_, end + 1, last, "entity")) {
    // (not a possessive: "Gian Carlo Loffredo, Ecuador's defense minister," is a person's apposition)
    const size_t after = end + 1 + m.length;
    if ((m.entry->refining == "State" || m.entry->refining == "Country") && !(after < last && t_[after].norm == "'s")) {
      return true;
    }
  }
  return false;
}

size_t MentionFinder::StructuralPlace(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out) {
  if (end - i > 4) return 0;
  // "Arrested for Taking Millions in Bribes": a headline capitalizes every word; a place the lexicon
  // does not know is one there only when the body names it too.
  if (headline_ && !body_names_.count(NameKey(i, end))) return 0;
  // "in Iztapalapa, a working-class district of Mexico City", "in Tres Ríos, a neighborhood of
  // Culiacán": a city's district is below the levels the graph keeps; the place is the city.
  if (end + 3 < last && t_[end].norm == "," && OneOf(t_[end + 1].norm, "a|an")) {
    for (size_t k = end + 2; k + 1 < last && k <= end + 6 && (t_[k].norm == "-" || (t_[k].word() && !t_[k].is(Token::kCapitalized))); ++k) {
      if (!OneOf(t_[k].norm, "district|neighborhood|neighbourhood|borough") || !OneOf(t_[k + 1].norm, "of|in")) continue;
      for (const LexMatch& m : lex_.MatchAt(t_, k + 2, last, "entity")) {
        if (m.entry->refining != "City") continue;
        Push(out, i, end, table_.FromLex(m.entry, Text(k + 2, k + 2 + m.length)));
        return end - i;
      }
      break;
    }
  }
  // "in Guadalupe, near Monterrey", "in Naucalpan, in the State of Mexico", "in Mariano Roque Alonso,
  // north of Asunción", "in Sasabe, 60 miles southwest of Tucson": a place that a known place locates.
  bool near_place = false;
  if (end + 2 < last && t_[end].norm == ",") {
    size_t k = end + 1;
    if (OneOf(t_[k].norm, "just|about|some")) ++k;
    if (k + 2 < last && t_[k].is(Token::kNumber) && OneOf(t_[k + 1].norm, "miles|mile|kilometers|kilometres|km")) k += 2;
    const bool compass = k + 1 < last && OneOf(t_[k].norm, kCompass) && t_[k + 1].norm == "of";
    if (compass || (k == end + 1 && (t_[k].norm == "near" || t_[k].norm == "in"))) {
      k += compass ? 2 : 1;
      if (t_[k - 1].norm == "in" && k + 1 < last && t_[k].norm == "the") ++k;
      for (const LexMatch& m : lex_.MatchAt(t_, k, last, "entity")) near_place |= m.entry->primary == "Place";
    }
  }
  // "in Jesús María, Sinaloa": a given name opens a town's name after "in" and before ", <state>";
  // so it does where the words before can only name a town: "the town of Guadalupe y Calvo", "the
  // neighboring city of Guadalupe", "the rural area of El Cerrito", "the mayor of Santiago", "in
  // neighboring Miguel Alemán", "fled to Miguel Alemán".
  const bool town_of = TownContext(i, first);
  // "in Gustavo Díaz Ordaz, a town near Reynosa": so does an apposition that says it is a town.
  const bool apposed = ApposedTown(t_, end, last);
  if (lex_.InList("given", t_[i]) && !town_of && !apposed &&
      !(i > first && LocatesAfter(t_[i - 1].norm) && (StateAfter(end, last) || near_place))) {
    return 0;
  }
  // "Ciudad Mier", "San Fernando", "Santa Ana": a town by its first word.
  const std::string& opener = t_[i].norm;
  if ((opener == "ciudad" || opener == "san" || opener == "santa" || opener == "santo") && end - i >= 2) {
    Push(out, i, end, table_.ByName("Place", "City", Text(i, end)));
    return end - i;
  }
  if (end - i > 3) return 0;
  // Counties and parishes are below the levels the graph keeps ("Zapata County, Texas").
  if (end - i >= 2 && (t_[end - 1].norm == "county" || t_[end - 1].norm == "parish")) return end - i;
  bool place = StateAfter(end, last) && lex_.MatchAt(t_, end - 1, end, "orghead").empty();
  if (i >= first + 2 && t_[i - 1].norm == "of") place |= TownNoun(t_[i - 2].norm);
  // "on the outskirts of the capital, Asunción", "the state capital, Chilpancingo": a capital apposed.
  place |= i >= first + 3 && t_[i - 1].norm == "," && t_[i - 2].norm == "capital" &&
           OneOf(t_[i - 3].norm, "the|state|national|provincial");
  place |= town_of;
  place |= apposed;
  // "was arrested in Tepalcatepec", "killed near Nueva Italia", "shot dead on Friday in Guadalupe":
  // one or two words, no possessive after; a day between the verb and the place. (Not a word that
  // qualifies a town noun after it: "captured in Pacific resort", "seized in Gulf port".)
  if (i >= first + 2 && (t_[i - 1].norm == "in" || t_[i - 1].norm == "near") && end - i <= 2 &&
      (end >= last || (t_[end].norm != "'s" && !t_[end].is(Token::kCapitalized) && !TownNoun(t_[end].norm)))) {
    size_t v = i - 2;
    while (v > first && v + 4 >= i && (DayWord(t_[v].norm) || t_[v].norm == "dead" || t_[v].norm == "down")) --v;
    place |= LocatesEvent(t_[v].norm) || t_[v].norm == "gunned";
    // "was recaptured by federal police in Navojoa": an event this sentence names shortly before.
    for (auto m = out->rbegin(); m != out->rend() && !place; ++m) {
      if (m->last + 10 < i) break;
      place = m->kind == Mention::Kind::kEntity && table_.at(m->entity).primary == "Event";
    }
  }
  place |= i >= first + 1 && t_[i - 1].norm == "in" && end - i <= 3 && near_place;
  if (!place) return 0;
  const int city = table_.ByName("Place", "City", Text(i, end));
  Push(out, i, end, city);
  return end - i;
}

}  // namespace cg::ingest
