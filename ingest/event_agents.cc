#include "ingest/event_agents.h"

#include "ingest/dateline.h"
#include "ingest/entity_table.h"
#include "ingest/event_objects.h"

#include <set>

namespace cg::ingest {
namespace {

// The people an organization acts through: "gunmen from the Gulf Cartel", "agents of the DEA".
constexpr std::string_view kAgentNouns =
    "agents|members|soldiers|officers|troops|gunmen|hitmen|assassins|police|officials|forces|personnel|marines|"
    "operatives|fighters|sicarios";

// Nouns of cooperation whose examples are acts both sides supported.
constexpr std::string_view kCooperationNouns = "cooperation|collaboration|coordination|partnership";

// The country of a place entity ("Culiacán" -> Mexico): a country itself, the country the lexicon
// gives a city or state, or that of the place the article locates it in. "" when unknown.
std::string PlaceCountry(const FrameContext& c, int place) {
  if (place < 0) return {};
  const ArticleGraph& g = *c.graph;
  auto country_of = [&](int x) -> std::string {
    const LocalEntity& ent = g.entities[g.Root(x)];
    if (ent.refining == "Country") return ent.lex ? ent.lex->canonical() : ent.name;
    return ent.lex ? std::string(ent.lex->attr("country")) : std::string();
  };
  if (std::string country = country_of(place); !country.empty()) return country;
  for (const LocalRelation& r : g.relations) {
    if (r.type == "LOCATED_IN" && g.Root(r.from) == g.Root(place)) {
      if (std::string country = country_of(r.to); !country.empty()) return country;
    }
  }
  return {};
}

// The country where a bare force acted: of the act's place, else of the dateline, else of the
// cities and states the sentence names, or the nearest of the three before in its paragraph that
// names any ("Soldiers seized him after a gunfight outside a house in the city" after "... in
// Matamoros"), when they are all in one country.
std::string ActCountry(const FrameContext& c, int place) {
  if (std::string country = PlaceCountry(c, place); !country.empty()) return country;
  if (std::string country = DatelineCountry(c.tokens, c.graph->sentences, c.lexicon); !country.empty()) return country;
  const auto& sentences = c.graph->sentences;
  for (uint32_t s = c.index + 1; s-- > 0 && s + 3 >= c.index;) {
    if (s >= c.discourse.places.size() || s >= sentences.size() ||
        sentences[s].paragraph != sentences[c.index].paragraph) {
      break;
    }
    std::set<std::string> countries;
    for (int p : c.discourse.places[s]) {  // cities and states: a country named may be a destination
      const std::string& kind = c.graph->entities[c.graph->Root(p)].refining;
      if (kind != "City" && kind != "State") continue;
      if (std::string country = PlaceCountry(c, p); !country.empty()) countries.insert(country);
    }
    if (!countries.empty()) return countries.size() == 1 ? *countries.begin() : std::string();
  }
  return {};
}

}  // namespace

// Is the "by X" at item a the agent of the event noun i ("the killing of X by police"), not of a
// verb after it ("X's death was confirmed by the ministry", "an arrest announced by the Navy")?
bool AgentOfNoun(const Clause& cl, size_t i, size_t a) {
  // "the arrest was carried out jointly by X", "the raid, conducted by X", "the arrest of X was made
  // by federal agents": a verb of performing hands the act to its agent.
  size_t v = a - 1;
  while (v > i + 1 && cl.IsAny(v, "the|by|jointly|together|successfully|swiftly|reportedly")) --v;
  if (v > i + 1 && (cl.IsAny(v, "conducted|executed|performed|staged|mounted|led|made") ||
                    (cl.Is(v, "out") && cl.Is(v - 1, "carried")))) {
    return true;
  }
  for (size_t k = i + 1; k < a; ++k) {
    if (cl.IsAny(k, "is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|said|says")) {
      return false;
    }
    const std::string_view n = cl.Norm(k);
    if (cl.IsAny(k + 1, "by") && n.size() > 3 && (n.ends_with("ed") || n.ends_with("en"))) return false;
  }
  return true;
}

// A force named by a bare noun phrase of the lexicon's `force=` words ("federal police", "the
// army", "soldiers", "marines") at item k: the longest such phrase, its last item in *end; "" when none.
std::string ForcePhrase(const FrameContext& c, size_t k, size_t* end) {
  const Clause& cl = c.clause;
  if (cl.Is(k, "the")) ++k;
  std::string phrase, best;
  for (size_t n = 0; n < 3 && k + n < cl.size() && !cl.mention(k + n); ++n) {
    if (!c.tokens[cl.item(k + n).first].word()) break;
    phrase += (n ? " " : "") + std::string(cl.Norm(k + n));
    if (ForceEntry(c.lexicon, phrase, {})) {
      best = phrase;
      *end = k + n;
    }
  }
  // "army troops", "navy personnel", "Navy marines": the force's people after its name are the force.
  if (!best.empty() && *end + 1 < cl.size() && !cl.mention(*end + 1) &&
      cl.IsAny(*end + 1, "troops|soldiers|personnel|forces|units|marines")) {
    ++*end;
  }
  return best;
}

bool WithClash(const FrameContext& c, size_t k) {
  const Clause& cl = c.clause;
  if (!cl.Is(k, "with") || k < 1) return false;
  for (size_t b = k - 1; b + 2 >= k && b < k; --b) {  // the noun right before "with", or one more back
    if (cl.IsAny(b, kClashes) || (cl.mention(b) && OneOf(c.tokens[cl.item(b).last - 1].norm, kClashes))) return true;
    if (b == 0) break;
  }
  return false;
}

namespace {

// The country a nationality at item k names ("Mexican federal police"), or "" when k is none.
std::string DemonymAt(const Clause& cl, size_t k) {
  const Mention* m = k < cl.size() ? cl.mention(k) : nullptr;
  return m && m->kind == Mention::Kind::kDemonym ? m->value : std::string();
}

// Does a comma (or a comma inside closing quotes: '"La Barbie,"') end the item before k?
bool AfterComma(const Clause& cl, size_t k) {
  return (k >= 1 && cl.Is(k - 1, ",")) || (k >= 2 && cl.Is(k - 1, "\"") && cl.Is(k - 2, ","));
}

// Does item k open a clause before its subject: a punctuation mark, a conjunction ("after
// soldiers killed X"), a verb of saying ("the statement said army troops arrested X") or the
// sentence's opening date phrase ("In 2009 the army arrested X")?
bool ClauseOpener(const Clause& cl, size_t k) {
  // "In 2009 the army arrested X", "..., and in January federal police arrested X": a date phrase
  // opening the sentence or a clause.
  if (cl.mention(k) && cl.mention(k)->kind == Mention::Kind::kDate && k >= 1 && cl.IsAny(k - 1, "in|on|by|during")) {
    return k == 1 || (k >= 2 && ClauseOpener(cl, k - 2));
  }
  // '..., and soldiers killed X', '... known as "La Barbie," and soldiers killed X': a clause
  // coordinated after a comma.
  if (cl.Is(k, "and") && AfterComma(cl, k)) return true;
  return cl.IsAny(k, ",|--|—|–|-|;|:|after|before|when|while|because|until|since|once|where|but|said|says|that|whom");
}

// The first item of a bare force phrase (with a nationality before it) whose last item is p, the
// phrase and the nationality's country in *phrase and *country; kNone when none.
size_t ForceEndingAt(const FrameContext& c, size_t p, std::string* phrase, std::string* country) {
  const Clause& cl = c.clause;
  for (size_t start = p >= 3 ? p - 3 : 0; start <= p; ++start) {
    size_t end = kNone;
    const std::string f = ForcePhrase(c, start, &end);
    if (f.empty() || end != p) continue;
    const std::string demonym = start > 0 ? DemonymAt(cl, start - 1) : std::string();
    *phrase = f;
    *country = demonym;
    return demonym.empty() ? start : start - 1;
  }
  return kNone;
}

// The bare force that did act i: the subject opening the clause of an active verb ("Federal
// police arrested X", "Two days later, the army killed X"), a force's possessive before a noun ("the
// navy's capture of X"), or "by" a force after a passive or noun ("was captured by soldiers", "the
// arrest of X by federal police"). kNone when none. A
// nationality right before the phrase ("Mexican federal police") gives its country in *country.
size_t ForceAt(const FrameContext& c, size_t i, std::string_view form, std::string* phrase, std::string* country) {
  const Clause& cl = c.clause;
  if (form == "active") {
    // "Marines killed two gunmen and arrested X", "Soldiers surrounded the house and detained X": a
    // verb after "and" has the subject of the verb before.
    for (size_t k = i >= 2 && cl.Is(i - 1, "and") ? i - 2 : 0; k > 0 && k + 12 > i && !cl.Is(k, ",") && !cl.Break(k); --k) {
      if (cl.EntityAs(k, "Event") >= 0) return ForceAt(c, k, form, phrase, country);
      // ("Marines shot and killed X": an irregular past too.)
      if (cl.PlainWord(k) && ((cl.Norm(k).size() > 4 && cl.Norm(k).ends_with("ed")) || cl.IsAny(k, "shot|caught|found|struck"))) {
        if (const size_t open = ForceAt(c, k, form, phrase, country); open != kNone) return open;
      }
    }
    size_t p = cl.BeforeVerbGroup(i);
    // "The navy said (on Sunday) (that) it had captured X" (ReportingBody for a named body): the
    // force that reports.
    if (p != kNone && p >= 3 && cl.Is(p, "it")) {
      size_t v = cl.Is(p - 1, "that") ? p - 2 : p - 1;
      if (v >= 2 && cl.mention(v) && cl.mention(v)->kind == Mention::Kind::kDate && cl.Is(v - 1, "on")) v -= 2;
      if (v >= 1 && cl.IsAny(v, "said|says|announced|announces|reported|confirmed|confirms|stated")) p = v - 1;
    }
    // "federal police on Tuesday detained X": back over the day between the subject and its verb.
    if (p != kNone && p >= 2 && cl.mention(p) && cl.mention(p)->kind == Mention::Kind::kDate &&
        cl.IsAny(p - 1, "on|last|early|late")) {
      p -= 2;
    }
    // "Marines, backed by U.S. intelligence, killed X": back over an apposition.
    if (p != kNone && cl.Is(p, ",")) {
      if (const size_t head = cl.SkipBackApposition(p); head != kNone && !cl.mention(head)) p = head;
    }
    // "Federal police working with the FBI arrested X", "Marines acting on DEA intelligence captured X":
    // back over the phrase that names a partner (its noun after the partner's name).
    if (p != kNone && !cl.mention(p) && p > 0 && cl.mention(p - 1) && cl.CompanionPhrase(p - 1) != kNone) --p;
    if (p != kNone && cl.mention(p)) {
      const size_t opens = cl.CompanionPhrase(p);
      p = opens == kNone || opens == 0 ? kNone : opens - 1;
      if (p != kNone && cl.Is(p, ",") && p > 0) --p;
    }
    if (p == kNone || cl.mention(p)) return kNone;
    // "Federal police officers arrested X": the force's people after its name.
    if (p > 0 && cl.IsAny(p, "officers|agents") && !cl.mention(p - 1)) {
      std::string f, demonym;
      if (ForceEndingAt(c, p - 1, &f, &demonym) != kNone) --p;
    }
    size_t open = ForceEndingAt(c, p, phrase, country);
    // "Hundreds of soldiers stormed a ranch and arrested X", "A patrol of 30 soldiers detained X":
    // the subject opens with the people's quantity.
    if (open != kNone && DemonymAt(cl, open).empty()) {
      if (const size_t q = QuantityStart(c, open); q < open && (q == 0 || ClauseOpener(cl, q - 1))) return q;
    }
    // "Soldiers and federal police arrested X": the last of two forces (CoordinatedForce, the first).
    if (open != kNone && open >= 2 && cl.Is(open - 1, "and") && !AfterComma(cl, open - 1)) {
      std::string other, other_country;
      if (ForceEndingAt(c, open - 2, &other, &other_country) == kNone) open = kNone;
    } else if (open != kNone && open > 0 && !ClauseOpener(cl, open - 1) && !cl.IsAny(open - 1, "its|their")) {
      // ("The navy said its marines captured X": the force the body's possessive names.)
      open = kNone;
    }
    // "Soldiers and state police arrested X": the first of two bodies, a force the clause opens with,
    // when no bare force word names the second.
    for (size_t k = p; open == kNone && k >= 2 && p - k < 3 && cl.PlainWord(k); --k) {
      if (!cl.Is(k - 1, "and")) continue;
      const size_t head = ForceEndingAt(c, k - 2, phrase, country);
      if (head != kNone && (head == 0 || ClauseOpener(cl, head - 1))) open = head;
      break;
    }
    return open;
  }
  // "the navy's capture of X", "the army's killing of X": a force's possessive before the noun.
  if (form == "nominal" && i >= 2 && cl.Is(i - 1, "'s")) {
    const size_t open = ForceEndingAt(c, i - 2, phrase, country);
    if (open != kNone) return open;
  }
  for (size_t k = i + 1; k < cl.size() && k <= i + 12 && !cl.Break(k); ++k) {
    // "was killed in a shootout with federal police", "the death of X in a shootout with federal
    // police": the side the fight was with.
    if (form == "nominal" && cl.IsAny(k, "who|which|that")) return kNone;  // a relative clause's own fight
    const bool clash = form != "active" && WithClash(c, k);
    if (!cl.Is(k, "by") && !clash) continue;
    if (form == "nominal" && !clash && !AgentOfNoun(cl, i, k)) return kNone;
    // "arrested by state police and soldiers": a local police the bare-force rule does not resolve
    // coordinated before the bare force; the force is the second.
    size_t by = k;
    if (const size_t j = k + 1 + cl.Is(k + 1, "the");
        cl.IsAny(j, "state|municipal|local") && cl.Is(j + 1, "police") && cl.Is(j + 2, "and")) {
      by = j + 2;
    }
    // "was captured by dozens of marines", "killed by a patrol of about 40 soldiers": over the
    // people's quantity.
    for (size_t j = by + 2; j < cl.size() && j <= by + 7; ++j) {
      if (QuantityStart(c, j) == by + 1) {
        by = j - 1;
        break;
      }
    }
    *country = DemonymAt(cl, by + 1);
    size_t end = kNone;
    const std::string f = ForcePhrase(c, by + 1 + !country->empty(), &end);
    // "soldiers of X" (AgentsOf), "army officials", "police sources", "soldiers' relatives": not the force itself.
    if (f.empty() || cl.IsAny(end + 1, "of|from|officials|officers|sources|spokesman|spokeswoman|commanders|chief|'s|'")) {
      return kNone;
    }
    *phrase = f;
    return by + 1;
  }
  return kNone;
}

}  // namespace

const LexEntry* ForceBefore(const FrameContext& c, size_t k, size_t* first) {
  const Clause& cl = c.clause;
  // "government security spokesman X": one portfolio word between the body and the role.
  if (k >= 2 && !cl.mention(k - 1) && cl.PlainWord(k - 1) && !cl.IsAny(k - 1, "the|a|an|and|of|'s") &&
      !c.tokens[cl.item(k - 1).first].is(Token::kCapitalized) && cl.IsAny(k - 2, "government")) {
    --k;
  }
  if (k == 0) return nullptr;
  // "government spokesman X", "Mexican federal government spokesman X": the country's government.
  if (cl.Is(k - 1, "government") && !cl.mention(k - 1)) {
    size_t start = k - 1;
    if (start > 0 && cl.Is(start - 1, "federal")) --start;
    const std::string demonym = start > 0 ? DemonymAt(cl, start - 1) : std::string();
    const std::string country = demonym.empty() ? DatelineCountry(c.tokens, c.graph->sentences, c.lexicon) : demonym;
    const LexEntry* entry = country.empty() ? nullptr : c.lexicon.FindEntity(country);
    *first = demonym.empty() ? start : start - 1;
    return entry ? c.lexicon.FindEntity(entry->attr("government")) : nullptr;
  }
  for (size_t start = k >= 2 ? k - 2 : 0; start < k; ++start) {
    size_t end = kNone;
    const std::string phrase = ForcePhrase(c, start, &end);
    if (phrase.empty() || end != k - 1) continue;
    const std::string demonym = start > 0 ? DemonymAt(cl, start - 1) : std::string();
    const std::string country =
        demonym.empty() ? DatelineCountry(c.tokens, c.graph->sentences, c.lexicon) : demonym;
    *first = demonym.empty() ? start : start - 1;
    return country.empty() ? nullptr : ForceEntry(c.lexicon, phrase, country);
  }
  return nullptr;
}

const LexEntry* ForceOf(const FrameContext& c, size_t i, std::string_view form, int place, size_t* first) {
  std::string phrase, country;
  *first = ForceAt(c, i, form, &phrase, &country);
  if (*first == kNone) return nullptr;
  if (country.empty()) country = ActCountry(c, place);
  return country.empty() ? nullptr : ForceEntry(c.lexicon, phrase, country);
}

namespace {

// The body a count's people at item k belong to ("five federal police officers", "six Mexican
// soldiers", "two DEA agents"): a police or military body the text names, else the force of a bare
// noun in the country of a nationality before it, of `place` or of the dateline; the item of its
// people's last word in *end; nullptr when none.
const LexEntry* CountedForce(const FrameContext& c, size_t k, int place, size_t* end) {
  const Clause& cl = c.clause;
  if (k >= cl.size() || cl.mention(k)) return nullptr;
  size_t pos = cl.item(k).first;
  if (!ParseCount(c.tokens, &pos, c.sentence.last_token)) return nullptr;
  ++k;  // past the count
  const LexEntry* force = nullptr;
  if (const int body = cl.EntityAs(k, "Agency|MilitaryUnit"); body >= 0) {
    force = c.graph->entities[c.graph->Root(body)].lex;
    *end = k;
  } else {
    std::string country = DemonymAt(cl, k);
    if (!country.empty()) ++k;
    const std::string phrase = ForcePhrase(c, k, end);
    if (phrase.empty()) return nullptr;
    if (country.empty()) country = ActCountry(c, place);
    force = country.empty() ? nullptr : ForceEntry(c.lexicon, phrase, country);
  }
  if (force && *end + 1 < cl.size() && !cl.mention(*end + 1) &&
      cl.IsAny(*end + 1, "officers|agents|members|policemen|commanders|soldiers|troops|personnel")) {
    ++*end;
  }
  return force;
}

}  // namespace

const LexEntry* MembersForce(const FrameContext& c, size_t i, std::string_view form, int place) {
  const Clause& cl = c.clause;
  size_t end = kNone;
  if (form == "active") {
    if (!CountedObject(c, i)) return nullptr;
    const LexEntry* force = CountedForce(c, i + 1, place, &end);
    // The force's people end the object ("killed five federal police officers in X"), not a noun's
    // modifiers ("detained three army deserters").
    if (!force || (end + 1 < cl.size() && cl.PlainWord(end + 1) &&
                   !cl.IsAny(end + 1, "in|at|on|near|and|during|as|while|when|outside|inside|before|after|who|from|with"))) {
      return nullptr;
    }
    return force;
  }
  if (form != "passive") return nullptr;
  // "four federal police officers were shot dead", "six soldiers have been killed": the subject
  // right before the verb's auxiliaries, opening its clause (after punctuation, a date, "and" or
  // the sentence's start).
  size_t b = i;
  while (b > 0 && cl.IsAny(b - 1, "was|were|have|has|had|been|also|reportedly|allegedly")) --b;
  if (b == i || b < 2) return nullptr;
  for (size_t k = b - 1; k-- > 0 && k + 5 >= b;) {
    if (cl.mention(k) && cl.mention(k)->kind != Mention::Kind::kDemonym && cl.EntityAs(k, "Agency|MilitaryUnit") < 0) break;
    if (!c.tokens[cl.item(k).first].word()) break;
    const LexEntry* force = CountedForce(c, k, place, &end);
    if (!force || end + 1 != b) continue;
    const bool opens = k == 0 || !c.tokens[cl.item(k - 1).first].word() || cl.IsAny(k - 1, "and|the") || cl.mention(k - 1);
    return opens ? force : nullptr;
  }
  return nullptr;
}

int ForceThingAttacked(const FrameContext& c, size_t i, int place) {
  const Clause& cl = c.clause;
  constexpr std::string_view kThings =
      "convoy|convoys|patrol|patrols|station|stations|base|bases|barracks|headquarters|checkpoint|checkpoints|"
      "post|posts|outpost|outposts|vehicle|vehicles|truck|trucks|helicopter|helicopters";
  size_t k = i + 1;
  if (cl.IsAny(k, "a|an|the|several|two|three|four")) ++k;
  const bool of = cl.IsAny(k, kThings) && cl.Is(k + 1, "of");  // "a convoy of state police"
  if (of) k += 2;
  if (of && cl.Is(k, "the")) ++k;
  // A body the text names: "a Mexican navy patrol", "a convoy of Jalisco state police".
  if (const int body = cl.EntityAs(k, "Organization"); body >= 0 && (of || cl.IsAny(k + 1, kThings))) return body;
  std::string country = DemonymAt(cl, k);
  if (!country.empty()) ++k;
  size_t end = kNone;
  const std::string phrase = ForcePhrase(c, k, &end);  // "federal police stations", "an army convoy"
  if (phrase.empty() || (!of && !cl.IsAny(end + 1, kThings))) return -1;
  if (country.empty()) country = ActCountry(c, place);
  const LexEntry* force = country.empty() ? nullptr : ForceEntry(c.lexicon, phrase, country);
  return force ? EntityForLex(c.graph, force, true) : -1;
}

bool ReportsAnothersAct(const Clause& cl, size_t a, size_t i) {
  for (size_t k = a + 1; k + 1 < i; ++k) {
    if (!cl.IsAny(k, "said|says|announced|reported|told|added")) continue;
    // "said on Tuesday that soldiers had captured X": over the report's time and "that".
    size_t s = k + 1;
    while (s + 1 < i && (cl.IsAny(s, "on|late|early|that") || (cl.mention(s) && cl.mention(s)->kind == Mention::Kind::kDate))) {
      ++s;
    }
    if (s > k + 1 && !cl.Is(s - 1, "that")) continue;  // "said on Tuesday it had ...": only after "that"
    if (!cl.IsAny(s, "it|its|they|their|we|our|that|on") && !cl.mention(s)) return true;
  }
  return false;
}

const LexEntry* CoordinatedForce(const FrameContext& c, size_t first, int place, size_t* other_first) {
  const Clause& cl = c.clause;
  if (first < 2 || !cl.Is(first - 1, "and")) return nullptr;
  std::string phrase, country;
  *other_first = ForceEndingAt(c, first - 2, &phrase, &country);
  if (*other_first == kNone || (*other_first > 0 && !ClauseOpener(cl, *other_first - 1))) return nullptr;
  if (country.empty()) country = ActCountry(c, place);
  return country.empty() ? nullptr : ForceEntry(c.lexicon, phrase, country);
}

const LexEntry* FollowingForce(const FrameContext& c, size_t first, int place, size_t* other_first) {
  const Clause& cl = c.clause;
  size_t end = kNone;
  const size_t start = first + (DemonymAt(cl, first).empty() ? 0 : 1);
  if (ForcePhrase(c, start, &end).empty() || !cl.Is(end + 1, "and")) return nullptr;
  const std::string demonym = DemonymAt(cl, end + 2);
  size_t other_end = kNone;
  const std::string phrase = ForcePhrase(c, end + 2 + (demonym.empty() ? 0 : 1), &other_end);
  if (phrase.empty()) return nullptr;
  std::string country = demonym;
  if (country.empty()) country = ActCountry(c, place);
  *other_first = end + 2;
  return country.empty() ? nullptr : ForceEntry(c.lexicon, phrase, country);
}

std::vector<size_t> CooperationSides(const FrameContext& c, size_t i, int* speaker) {
  const Clause& cl = c.clause;
  bool example = false;
  for (size_t k = i; k-- > 0;) {
    if (cl.Break(k)) return {};
    if (cl.Is(k, "including") || (cl.Is(k, "such") && cl.Is(k + 1, "as"))) example = true;
    if (!example || !cl.IsAny(k, kCooperationNouns) || !cl.Is(k + 1, "with")) continue;
    const size_t b = cl.ObjectAfter(k, "Organization", "with", 4);
    if (b == kNone || b >= i) return {};
    std::vector<size_t> sides = cl.Coordinated(b, "Organization");
    size_t m = k;  // over adjectives: "Mexico's close bilateral cooperation with"
    while (m >= 1 && m + 3 > k && !cl.IsEntity(m - 1) && !cl.Is(m - 1, "'s") && !cl.Break(m - 1) &&
           !cl.Is(m - 1, ",") && c.tokens[cl.item(m - 1).first].word() && !cl.IsAny(m - 1, "our|the|with|and|of")) {
      --m;
    }
    if (m >= 2 && cl.Is(m - 1, "'s") && cl.EntityAs(m - 2, "Organization") >= 0) {
      sides.push_back(m - 2);
      return sides;
    }
    for (size_t n = 0; n < k; ++n) {
      if (cl.EntityAs(n, "Organization") >= 0) return {};  // an agent the sentence names may be meant
    }
    std::vector<int> partners;
    for (size_t o : sides) partners.push_back(cl.EntityAs(o, "Organization"));
    // The text's own government: in a first-person text, or when the noun says it has two sides.
    if (!c.discourse.first_person && !(k >= 1 && cl.Is(k - 1, "bilateral"))) return {};
    *speaker = c.discourse.SpeakerOtherThan(partners, *c.graph);
    return *speaker >= 0 ? sides : std::vector<size_t>{};
  }
  return {};
}

size_t PassiveBy(const Clause& cl, size_t i) {
  size_t k = i + 1;
  // "apprehended at the border crossing in Nogales, Arizona, by agents of X": past places and
  // commas, not past another clause, participle or report ("in Culiacán, according to a statement by").
  while (k < cl.size() && k <= i + 14 && !cl.Is(k, "by") && !cl.Break(k) &&
         !cl.IsAny(k, "who|which|that|and|said|says|according|told")) {
    if (!cl.mention(k) && cl.Norm(k).size() > 3 && cl.Norm(k).ends_with("ed")) return kNone;
    ++k;
  }
  return cl.Is(k, "by") ? k : kNone;
}

size_t AgentsOf(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  size_t k = PassiveBy(cl, i);
  if (k == kNone) return kNone;
  k += 1 + cl.Is(k + 1, "the");
  if (!cl.IsAny(k, kAgentNouns)) return kNone;
  // "by gunmen from the Gulf Cartel", "by gunmen working for the Gulf Cartel".
  if (cl.IsAny(k + 1, "belonging|linked|tied|loyal|working") && cl.IsAny(k + 2, "to|for")) {
    ++k;
  } else if (!cl.IsAny(k + 1, "of|from|with")) {
    return kNone;
  }
  k += 2 + cl.Is(k + 2, "the");
  if (cl.Is(k + 1, "'s")) k += 2;  // "officers of Mexico's Attorney General's Office": the office
  return k < cl.size() && cl.EntityAs(k, "Organization") >= 0 ? k : kNone;
}

size_t DirectedBy(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  for (size_t k = 0; k + 2 < cl.size(); ++k) {
    // "at the direction of", "at the instruction of", "as directed by": the item after the preposition.
    size_t of = kNone;
    if (cl.Is(k, "at") && cl.Is(k + 1, "the") && cl.IsAny(k + 2, "direction|instruction|instructions|behest") &&
        cl.Is(k + 3, "of")) {
      of = k + 3;
    } else if (cl.Is(k, "as") && cl.Is(k + 1, "directed") && cl.Is(k + 2, "by")) {
      of = k + 2;
    }
    if (of == kNone) continue;
    // Its phrase and the act's verb are one clause's: no break between them.
    bool broken = false;
    for (size_t j = std::min(of, i) + 1; j < std::max(of, i) && !broken; ++j) broken = cl.Break(j);
    if (broken || (of > i ? of - i : i - of) > 30) return kNone;
    // Over "the" and a title ("President", "Secretary of State"): the person or government named.
    for (size_t j = of + 1; j < cl.size() && j <= of + 5 && !cl.Is(j, ",") && !cl.Break(j); ++j) {
      if (cl.EntityAs(j, "Person|Government") >= 0) return j;
      if (cl.mention(j)) return kNone;
    }
    return kNone;
  }
  return kNone;
}

size_t SubjectAgents(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  const size_t p = cl.BeforeVerbGroup(i);
  if (p == kNone || cl.EntityAs(p, "Organization") < 0) return kNone;
  size_t k = p;
  if (k > 0 && cl.Is(k - 1, "the")) --k;
  return k >= 2 && cl.IsAny(k - 1, "of|from|with") && cl.IsAny(k - 2, kAgentNouns) ? p : kNone;
}

size_t SendingCountry(const FrameContext& c, size_t i) {
  const size_t a = c.clause.ObjectAfter(i, "Government", "from", 3);
  if (a == kNone || c.clause.mention(a)->entity < 0) return kNone;
  return c.graph->entities[c.graph->Root(c.clause.mention(a)->entity)].refining == "Country" ? a : kNone;
}

int SpeakerAgent(const FrameContext& c, size_t i, const std::vector<int>& others) {
  const size_t s = c.clause.BeforeVerbGroup(i);
  if (s == kNone || c.clause.mention(s) || !c.clause.IsAny(s, "i|we")) return -1;
  return c.discourse.FirstPersonAgent(c.tokens, c.sentence, c.clause.item(s).first, others, *c.graph);
}

size_t ReportingBody(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  const size_t p = cl.BeforeVerbGroup(i);
  if (p == kNone || p < 2 || !cl.Is(p, "it")) return kNone;
  const size_t v = cl.Is(p - 1, "that") ? p - 2 : p - 1;
  if (!cl.IsAny(v, "said|says|announced|announces|reported|confirmed|confirms|stated")) return kNone;
  return cl.SubjectBefore(v, "Organization");
}

int ActAnaphor(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  // "His extradition is the result of close coordination between A, B and C": the act the subject names.
  const size_t named = cl.IsAny(0, "the|this|that") || (cl.mention(0) && cl.mention(0)->anaphoric) ? 1 : 0;
  if (const Mention* m = cl.mention(named);
      m && m->kind == Mention::Kind::kEntity && m->entity >= 0 && cl.IsAny(named + 1, "is|was") && i > named + 1 &&
      i <= named + 9 && c.graph->entities[c.graph->Root(m->entity)].primary == "Event") {
    bool plain = true;
    for (size_t j = named + 2; j < i && plain; ++j) plain = cl.PlainWord(j);
    if (plain) return c.graph->Root(m->entity);
  }
  size_t k = 0;
  if (cl.IsAny(0, "this|that|these|those|the")) {
    k = 1;
  } else if (cl.mention(0) && cl.mention(0)->kind == Mention::Kind::kDate && cl.Is(1, "'s")) {
    k = 2;  // "Today's action"
  } else {
    return -1;
  }
  // A one-token item, plain word or an event's own mention ("operation").
  auto act_noun = [&](size_t j) {
    constexpr std::string_view kActNouns = "action|actions|operation|operations|designation|designations|sanctions";
    return j < cl.size() && cl.item(j).last == cl.item(j).first + 1 && OneOf(c.tokens[cl.item(j).first].norm, kActNouns);
  };
  if (!act_noun(k)) ++k;  // one modifier: "this joint action", "today's Treasury action"
  if (!act_noun(k) || !cl.IsAny(k + 1, "is|was|are|were") || i <= k + 1 || i > k + 8) return -1;
  for (size_t j = k + 2; j < i; ++j) {
    if (!cl.PlainWord(j)) return -1;
  }
  const ArticleGraph& g = *c.graph;
  uint32_t latest = 0;
  std::set<int> acts;
  for (const LocalRelation& r : g.relations) {
    const uint32_t s = r.source.sentence;
    if (r.type != "PARTICIPATED_IN" || s >= c.index || s + 3 < c.index || s < latest) continue;
    if (s > latest) acts.clear();
    latest = s;
    acts.insert(g.Root(r.to));
  }
  return acts.size() == 1 ? *acts.begin() : -1;
}

}  // namespace cg::ingest
