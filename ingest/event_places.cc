// Event places (event_reader.h): where an act happened (a place inside its noun phrase: InNounPhrase)
// and the bodies of the forces the text names by bare nouns ("Federal police arrested X in Morelia").
#include "ingest/event_reader.h"

#include "ingest/entity_table.h"
#include "ingest/event_agents.h"
#include "ingest/event_objects.h"
#include "ingest/modality.h"

namespace cg::ingest {

namespace {
// The prepositions that place an act: "in", "near", "at", "outside"; "across" and "throughout" for
// an act spread over the place ("arrested 250 associates across the United States").
constexpr std::string_view kActPlacePreps = "in|near|at|outside|across|throughout";

// "landed at an airfield in Santa Teresa, New Mexico, where U.S. agents arrested him", "flew to
// Tijuana, where he was arrested": the place a relative "where" after a comma opens with, for an act
// told in that clause (the item of the place, else kNone).
size_t WherePlace(const Clause& cl, size_t i) {
  for (size_t w = i; w >= 3 && w + 14 > i; --w) {  // back over the act's own clause
    // "in the United States, where another brother, José, was sentenced": over a name apposed to
    // the clause's subject.
    if (w < i && cl.Is(w, ",") && cl.IsEntity(w - 1) && cl.Is(w - 2, ",") && w >= 5) {
      w -= 2;
      continue;
    }
    if (cl.Is(w, "where")) {
      if (!cl.Is(w - 1, ",")) return kNone;
      size_t p = w - 2;  // the place before the comma, or a city before its state or country
      if (cl.EntityAs(p, kPlace) < 0) return kNone;
      if (p >= 2 && cl.Is(p - 1, ",") && cl.EntityAs(p - 2, "City|Facility") >= 0 && cl.EntityAs(p, "State|Country") >= 0) {
        p -= 2;
      }
      return p;
    }
    if (w < i && (cl.Is(w, ",") || cl.IsAny(w, "who|which|that|and|but"))) return kNone;
  }
  return kNone;
}
// "in the Sinaloa town of Badiraguato", "in this Baja California Sur resort city": a state or
// country that modifies a town's noun names no place of the act; the town the noun phrase names
// after "of" does (its item), else none (kNone). Any other place item is returned as it is.
size_t TownOfPlace(const Clause& cl, size_t p) {
  if (cl.EntityAs(p, "State|Country") < 0) return p;
  size_t k = p + 1;
  if (cl.IsAny(k, "border|resort|port|coastal|mountain|farming|beach|fishing|industrial|oil")) ++k;
  if (!cl.IsAny(k, "city|town|port|resort|village|municipality|capital|hamlet|township")) return p;
  return cl.Is(k + 1, "of") && cl.EntityAs(k + 2, "City") >= 0 ? k + 2 : kNone;
}
}  // namespace

void EventReader::PlaceAndForces(size_t i, const LexEntry& trigger, int event, const std::string& form,
                                 const std::vector<size_t>& targets, bool conducted) {
  const std::string rule = "frame.event." + form;
  // "arrested 250 associates across the United States": a sweep's place is the one it spans.
  size_t p = cl_.ObjectAfter(i, kPlace, kActPlacePreps, 18, true);
  // "... during a raid on a safe house in a quiet neighborhood of Culiacán": further within the clause.
  if (p == kNone) p = cl_.ObjectAfter(i, kPlace, kActPlacePreps, 26);
  if (p == kNone) p = CoordinatedPlace(c_, i, form);
  if (p == kNone) p = SubjectPlace(c_, i, form);
  if (p == kNone && form != "nominal") p = WherePlace(cl_, i);
  const bool thing = ThingObject(c_, i, trigger, form);
  const size_t head = !targets.empty() ? std::max(i, targets.back()) : thing ? ObjectEnd(c_, i + 3) - 1 : i;
  if (p != kNone && (InApposition(c_, i, p) || OtherPredicateBefore(c_, i, p) ||
                     ParticiplePlace(c_.words, c_.tokens, cl_.item(i).last, cl_.item(p).first) ||
                     (form == "nominal" && !InNounPhrase(head, p)))) {
    p = kNone;
  }
  // "killed X, a founder of Y who had been reported dead in 2010, in a shootout in Z".
  // "the killing in November of X, a leader of Y, in a gunbattle with marines in Z": so for a noun.
  // "captured X, the world's most wanted drug lord, before dawn Saturday in Y": over the act's time.
  // "captured the leader of the Zetas drug cartel, X, without firing a shot near Y": a name apposed
  // to the description closes with its comma too; "without" and its few words are the act's manner.
  const size_t last = targets.empty() ? kNone : targets.back();
  const size_t apposed = last != kNone && last >= 1 && cl_.Is(last - 1, ",") && cl_.Is(last + 1, ",") && form == "active" ? last + 1 : kNone;
  if (const size_t close = p == kNone && last != kNone ? (apposed != kNone ? apposed : AppositionClose(c_, last)) : kNone;
      close != kNone) {
    size_t after = close + 1;
    const size_t manner = cl_.Is(after, "without") ? 6 : 0;
    while (after < close + 5 + manner && after < cl_.size() &&
           (cl_.IsAny(after, "before|dawn|early|late|on|overnight|morning|afternoon|evening|night") ||
            (cl_.mention(after) && cl_.mention(after)->kind == Mention::Kind::kDate) ||
            (manner > 0 && after > close + 1 && cl_.PlainWord(after) && !cl_.IsAny(after, "in|near|at|outside|during")) ||
            (manner > 0 && after == close + 1))) {
      ++after;
    }
    if (form == "nominal" ? cl_.IsAny(after, "in|during") : cl_.IsAny(after, "in|near|at|outside|during")) {
      p = cl_.ObjectAfter(after - 1, kPlace, "in|near|at|outside", 20);
    }
  }
  if (p != kNone) p = TownOfPlace(cl_, p);
  // "was shot dead in the city's main square", "found on the outskirts of the town": the one city the
  // sentence, else the one before in its paragraph, names.
  if (p == kNone) {
    if (const int city = TheCity(i); city >= 0) {
      c_.Relate("OCCURRED_IN", event, city, {}, rule + ".the_city", 0.7f, cl_.item(i).first, cl_.item(i).last);
    } else if (const int filed = HereCity(i); filed >= 0) {
      c_.Relate("OCCURRED_IN", event, filed, {}, rule + ".here", 0.7f, cl_.item(i).first, cl_.item(i).last);
    }
  }
  // "in a raid on a house in a wealthy suburb of Monterrey": a suburb is a town of its own, not the city.
  if (p != kNone && p >= 2 && cl_.Is(p - 1, "of") && cl_.IsAny(p - 2, "suburb|suburbs")) p = kNone;
  // "in raids in Texas, California and Arizona": each place of the list of one kind (not the state
  // after a city: "in Tampico, Tamaulipas, and ...").
  for (size_t q : p == kNone ? std::vector<size_t>{} : cl_.Coordinated(p, kPlace)) {
    if (g_->entities[g_->Root(cl_.EntityAs(q, kPlace))].refining != g_->entities[g_->Root(cl_.EntityAs(p, kPlace))].refining) continue;
    c_.Relate("OCCURRED_IN", event, cl_.EntityAs(q, kPlace), {}, rule + ".place", 0.75f, cl_.item(i).first, cl_.item(q).last);
  }
  // "Gunmen killed five federal police officers", "four federal police officers were shot dead": the
  // force whose people the act was done to.
  const int where = p == kNone ? -1 : cl_.EntityAs(p, kPlace);
  if (const LexEntry* members = MembersForce(c_, i, form, where)) {
    c_.Relate("PARTICIPATED_IN", EntityForLex(g_, members, true), event, {{"role", Value(std::string("target"))}},
              rule + ".force_members", 0.7f, cl_.item(i).first, cl_.item(i).last);
  }
  if (const int attacked = form == "active" && trigger.attr("class") == "Attack" && trigger.attr("target").empty() ? ForceThingAttacked(c_, end_ == kNone ? i : end_, where) : -1;
      attacked >= 0) {
    c_.Relate("PARTICIPATED_IN", attacked, event, {{"role", Value(std::string("target"))}},
              rule + ".force_things", 0.7f, cl_.item(i).first, cl_.item(i).last);
  }
  // "Federal police arrested X in Morelia", "killed by soldiers": a force named by a bare noun is
  // the body of that name in the country where it happened (the event's place, else the dateline).
  size_t f = kNone;
  const LexEntry* force =
      conducted || (targets.empty() && form != "active") ? nullptr : ForceOf(c_, i, form, where, &f);
  if (!force) return;
  c_.Relate("PARTICIPATED_IN", EntityForLex(g_, force, true), event, {{"role", Value(std::string("conductor"))}},
            rule + ".force", 0.7f, cl_.item(std::min(i, f)).first, cl_.item(std::max(i, f)).last);
  size_t o = kNone;
  if (const LexEntry* other = form == "active" ? CoordinatedForce(c_, f, where, &o) : FollowingForce(c_, f, where, &o)) {
    c_.Relate("PARTICIPATED_IN", EntityForLex(g_, other, true), event, {{"role", Value(std::string("conductor"))}},
              rule + ".force", 0.7f, cl_.item(std::min(i, o)).first, cl_.item(std::max(i, o)).last);
  }
}

bool EventReader::InNounPhrase(size_t i, size_t p) const {
  bool open = false;
  for (size_t k = i + 1; k < p; ++k) {
    if (cl_.Is(k, ",")) {
      open = !open && cl_.IsAny(k + 1, kAppositionOpeners);
      continue;
    }
    if (open || cl_.mention(k) || !c_.tokens[cl_.item(k).first].word()) continue;
    // "the killing of X by marines on Sunday in Y", "X's capture last July in Y": over the act's date.
    if (cl_.IsAny(k, "on|last") && k + 1 < p && cl_.mention(k + 1) && cl_.mention(k + 1)->kind == Mention::Kind::kDate) continue;
    size_t end = kNone;
    if (cl_.Is(k, "by") && !ForcePhrase(c_, k + 1, &end).empty()) {  // "the arrest of X by the army in Y"
      k = end;
      continue;
    }
    // "the killing of X by suspected cartel gunmen outside Y": over the attackers' plain noun.
    if (size_t n = k + 1; cl_.Is(k, "by")) {
      while (n < p && n <= k + 4 && cl_.PlainWord(n) && !cl_.IsAny(n, "gunmen|attackers|assailants|hitmen|killers|men")) ++n;
      if (n < p && cl_.IsAny(n, "gunmen|attackers|assailants|hitmen|killers|men")) {
        k = n;
        continue;
      }
    }
    // "in cities across the United States": a plural place noun the named place spans.
    constexpr WordList kPlaceNouns = "city|town|state|municipality|port|village|capital|resort|suburb|cities|towns|states|communities";
    // "in the border city of Matamoros", "in the Pacific resort of X": a place noun's modifiers.
    const bool modifies_place = cl_.PlainWord(k) && (cl_.IsAny(k + 1, kPlaceNouns) || (cl_.PlainWord(k + 1) && cl_.IsAny(k + 2, kPlaceNouns)));
    // "the arrest of X at his home in Y", "at a ranch near Y": the site the act was done at (kActSites).
    if (!modifies_place && !cl_.IsAny(k, "of|in|near|at|outside|across|throughout|the|a|an|by|his|her|their") && !cl_.IsAny(k, kPlaceNouns) &&
        !cl_.IsAny(k, kActSites)) {
      return false;
    }
  }
  return true;
}

int EventReader::TheCity(size_t i) const {
  bool named = false;  // "in the city", "on the outskirts of the town", "in the city's main square", "in the capital"
  for (size_t k = i + 1; k < cl_.size() && k <= i + 22 && !cl_.Break(k) && !named; ++k) {
    if (!cl_.IsAny(k, "city|town|capital") || !cl_.Is(k - 1, "the") || cl_.Is(k + 1, "of")) continue;
    named = cl_.IsAny(k - 2, "in|near|outside|at|across|around") ||
            (cl_.Is(k - 2, "of") && cl_.IsAny(k - 3, "outskirts|edge|center|centre|heart|streets|south|north|east|west"));
  }
  if (!named) return -1;
  const std::vector<Sentence>& sentences = g_->sentences;
  for (uint32_t s = c_.index + 1; s-- > 0 && s + 2 > c_.index;) {
    // (a wire report's paragraph is often one sentence: the one before, whatever its paragraph)
    if (s >= c_.discourse.places.size()) break;
    // "MEXICO CITY (AP) — The mayor of Chilpancingo ...": the dateline's city is where the report is
    // filed from, not the one its sentences go on to call "the city" (unless they name no other).
    const bool dateline = c_.tokens[sentences[s].first_token].is(Token::kAllCaps);
    int city = -1, filed = -1;
    for (int place : c_.discourse.places[s]) {
      if (g_->entities[g_->Root(place)].refining != "City") continue;
      if (dateline && place == c_.discourse.places[s].front()) {
        filed = g_->Root(place);
        continue;
      }
      if (city >= 0 && g_->Root(place) != city) return -1;  // two cities: none is "the city"
      city = g_->Root(place);
    }
    if (city >= 0 || filed >= 0) return city >= 0 ? city : filed;
  }
  return -1;
}

int EventReader::HereCity(size_t i) const {
  bool here = false;  // "arrested X here on Sunday", "was killed here late Friday" (not "here in Sinaloa")
  for (size_t k = i + 1; k < cl_.size() && k <= i + 10 && !cl_.Break(k) && !here; ++k) {
    here = cl_.Is(k, "here") && !cl_.IsAny(k + 1, "in|at|near|and|or");
  }
  if (!here) return -1;
  const std::vector<Sentence>& sentences = g_->sentences;
  for (size_t s = 0; s < sentences.size() && s < c_.discourse.places.size() && s < 4; ++s) {
    if (!c_.tokens[sentences[s].first_token].is(Token::kAllCaps) || c_.discourse.places[s].empty()) continue;
    const int place = g_->Root(c_.discourse.places[s].front());
    return g_->entities[place].refining == "City" ? place : -1;
  }
  return -1;
}

}  // namespace cg::ingest
