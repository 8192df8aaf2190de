#include "ingest/event_objects.h"

#include <algorithm>

#include "ingest/dates.h"
#include "ingest/article_events.h"
#include "ingest/event_agents.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

// Is item k a place ("extradited to the United States ...")?
bool PlaceAt(const Clause& cl, size_t k) { return k < cl.size() && cl.EntityAs(k, "City|State|Country|Facility") >= 0; }

}  // namespace

std::optional<int> ObjectCount(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  size_t k = i + 1;
  if (cl.IsAny(k, "to|into") && PlaceAt(cl, k + 1 + cl.Is(k + 1, "the"))) {
    k += 2 + cl.Is(k + 1, "the");  // "extradited to the United States 29 ..."
  }
  if (k >= cl.size() || cl.mention(k) || cl.IsAny(k, "a|an|one")) return std::nullopt;
  size_t pos = cl.item(k).first;
  return ParseCount(c.tokens, &pos, c.sentence.last_token);
}

bool CountedObject(const FrameContext& c, size_t i) { return ObjectCount(c, i).has_value(); }

size_t CountedNames(const FrameContext& c, size_t i, std::string_view labels) {
  if (!CountedObject(c, i)) return kNone;
  const Clause& cl = c.clause;
  for (size_t k = i + 2; k < cl.size() && k <= i + 6; ++k) {
    if (cl.IsAny(k, ",|:")) {
      // (A first member named by a country's titled person: "three officials: Colombia's Minister of X Y, ...".)
      const size_t titled = cl.TitledPersonAfterCountry(k + 1, labels);
      const size_t first = titled != kNone ? titled : k + 1;
      return cl.EntityAs(first, labels) >= 0 && cl.Coordinated(first, labels).size() >= 2 ? first : kNone;
    }
    if (!cl.PlainWord(k) && !cl.PossessiveDeterminer(k) &&
        !(cl.mention(k) && cl.mention(k)->kind == Mention::Kind::kDemonym)) {
      return kNone;
    }
  }
  return kNone;
}

bool CountedPeople(const FrameContext& c, size_t i) {
  if (!CountedObject(c, i)) return false;
  const Clause& cl = c.clause;
  // "opened fire, killing 16, most of them students", "killed 16 and wounded 12": a bare count of
  // an act on people counts people.
  if (i + 2 >= cl.size() || cl.Break(i + 2) || cl.IsAny(i + 2, ",|;|.|and|in|at|on|during|near|inside|outside")) return true;
  for (size_t j = i + 2; j <= i + 5 && j < cl.size(); ++j) {
    if (cl.IsAny(j, "people|persons|individuals|men|women|migrants|civilians|children|students|members|suspects|"
                    "officers|agents|soldiers|police|policemen|associates|affiliates|defendants|fugitives|"
                    "americans|mexicans|foreigners|tourists|journalists|reporters|farmers|farmworkers|workers|"
                    "inmates|prisoners|guards|passengers|residents|villagers|relatives|youths|teenagers|"
                    "hostages|bystanders|mayors|officials|marines|sailors|troops") ||
        c.WordAt(j, "role")) {
      return true;
    }
    // "12 federal police officers" (a force's people), "four Americans" (a nationality's plural);
    // "six Mexican soldiers": a nationality before the people's noun.
    if (cl.EntityAs(j, "Agency|MilitaryUnit") >= 0) return true;
    if (const Mention* m = cl.mention(j); m && m->kind == Mention::Kind::kDemonym) {
      if (std::string_view(c.tokens[cl.item(j).last - 1].norm).ends_with('s')) return true;
      continue;
    }
    if (!cl.PlainWord(j) || cl.IsAny(j, "of|tons|kilos|kilograms|pounds|grams")) return false;
  }
  return false;
}

size_t CoordinatedPlace(const FrameContext& c, size_t i, std::string_view form) {
  const Clause& cl = c.clause;
  if (form != "active" || i < 3 || !cl.Is(i - 1, "and") || !CountedPeople(c, i)) return kNone;
  for (size_t k = i - 2; k > 0 && k + 20 > i && !cl.Break(k); --k) {
    if (cl.EntityAs(k, "Event") >= 0) return kNone;
    if (cl.EntityAs(k, "Place") >= 0 && cl.IsAny(k - 1, "in|near|at|outside")) return k;
  }
  return kNone;
}

size_t SubjectPlace(const FrameContext& c, size_t i, std::string_view form) {
  const Clause& cl = c.clause;
  if (form != "active" || i < 3) return kNone;
  const size_t place = i - 1, in = cl.Is(i - 2, "the") ? i - 3 : i - 2;
  // (not a country: "police in Paraguay" tells whose police more than where)
  if (in < 1 || cl.EntityAs(place, "City|State") < 0 || !cl.Is(in, "in")) return kNone;
  return cl.IsAny(in - 1, "gunmen|police|soldiers|marines|agents|troops|attackers|assailants|hitmen|authorities|officers")
             ? place
             : kNone;
}

bool CountedAccused(const FrameContext& c, size_t i) {
  if (!CountedObject(c, i)) return false;
  const Clause& cl = c.clause;
  for (size_t j = i + 2; j <= i + 6 && j < cl.size() && cl.PlainWord(j); ++j) {
    if (cl.IsAny(j, "prisoners|inmates|detainees|defendants|suspects|fugitives|operatives|traffickers|capos|kingpins|"
                    "bosses|figures|narcos")) {
      return true;
    }
    // "26 suspected members of drug cartels", "29 cartel leaders": members of a group held to account.
    if (cl.IsAny(j, "members|leaders|lieutenants") && cl.IsAny(j - 1, "suspected|alleged|cartel|gang|crime")) return true;
  }
  return false;
}

bool HeadlineLine(const FrameContext& c) {
  const Sentence& s = c.sentence;
  return c.index <= 2 && s.last_token > s.first_token && !OneOf(c.tokens[s.last_token - 1].norm, ".|?|!|:|\"|”|'");
}

bool SentAbroad(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  if (cl.ObjectAfter(i, "Country", "to", 12) != kNone) return true;
  // "sent 29 prisoners north": a count of people, then "north".
  if (!CountedObject(c, i)) return false;
  const size_t end = ObjectEnd(c, i + 1);
  return (end < cl.size() && cl.Is(end, "north")) || (end > i + 2 && cl.Is(end - 1, "north"));
}

bool IndefiniteObject(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  size_t k = i + 1;
  if (cl.IsAny(k, "to|into") && PlaceAt(cl, k + 1 + cl.Is(k + 1, "the"))) {
    k += 2 + cl.Is(k + 1, "the");
  }
  // A headline drops the article: "Marines capture cartel boss in Tamaulipas".
  const bool bare = HeadlineLine(c) && (cl.PlainWord(k) || cl.EntityAs(k, "Cartel") >= 0);
  if (!cl.IsAny(k, "a|an") && !bare) return false;
  // The noun after up to three modifiers: "a reputed top financial chief", "a suspected plaza boss",
  // "a reputed Gulf cartel leader" (a criminal group's name among them).
  for (size_t j = bare ? k : k + 1; j <= k + 4 && j < cl.size() && (cl.PlainWord(j) || cl.EntityAs(j, "Cartel") >= 0); ++j) {
    if (!cl.PlainWord(j)) continue;
    if (cl.IsAny(j, "man|woman|suspect|person|fugitive|trafficker|figure|lord|kingpin|capo") || c.WordAt(j, "role")) return true;
  }
  return false;
}

bool DescribedObject(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  if (!cl.Is(i + 1, "the")) return false;
  // Over up to two modifiers: "the alleged top leader of", "the chief accountant of".
  bool described = false;
  for (size_t j = i + 2; j <= i + 4 && j + 1 < cl.size() && cl.PlainWord(j) && !cl.Is(j, "of"); ++j) {
    const uint32_t t = cl.item(j).first;
    described |= c.WordAt(j, "role") || !c.lexicon.MatchAt(c.tokens, t, c.sentence.last_token, "kin").empty();
    if (described && cl.Is(j + 1, "of")) return true;
  }
  return false;
}

bool KinObject(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  size_t j = i + 1;
  // "two of his sons", "one of her bodyguards"
  if (j + 1 < cl.size() && cl.Is(j + 1, "of") &&
      (c.tokens[cl.item(j).first].is(Token::kNumber) || cl.IsAny(j, "one|two|three|four|five|several|some|both"))) {
    j += 2;
  }
  if (j >= cl.size() || !cl.IsAny(j, "his|her|their")) return false;
  for (size_t k = j + 1; k <= j + 3 && k < cl.size() && cl.PlainWord(k); ++k) {
    if (c.WordAt(k, "role") || !c.lexicon.MatchAt(c.tokens, cl.item(k).first, c.sentence.last_token, "kin").empty()) {
      return true;
    }
  }
  return false;
}

size_t ObjectEnd(const FrameContext& c, size_t object) {
  const Clause& cl = c.clause;
  size_t end = object;
  while (end < cl.size() && end <= object + 7 && !cl.Break(end) &&
         // "two of the cartel's couriers": over a mention that refers back.
         (!cl.mention(end) || cl.mention(end)->kind == Mention::Kind::kDemonym || cl.mention(end)->anaphoric) &&
         !cl.IsAny(end, ",|to|into|from|in|on|at|for|near|outside|inside|across|after|during|by|with|as|under|who|that|"
                        "which|and|--|—|–")) {
    ++end;
  }
  return end;
}

bool ThingObject(const FrameContext& c, size_t i, const LexEntry& trigger, std::string_view form) {
  const Clause& cl = c.clause;
  if (form != "nominal" || trigger.attr("named") != "object" || !cl.Is(i + 1, "of")) return false;
  return (cl.IsAny(i + 2, "a|an|the") || CountedObject(c, i + 1)) && ObjectEnd(c, i + 3) > i + 3 &&
         c.tokens[cl.item(i + 3).first].word();
}

size_t AppositionClose(const FrameContext& c, size_t target) {
  const Clause& cl = c.clause;
  size_t open = target + 1;
  // 'X, 44, alias "El Contador," the reputed treasurer of Y,': over an age and an alias.
  if (cl.Is(open, ",") && !cl.mention(open + 1) && c.tokens[cl.item(open + 1).first].is(Token::kNumber) &&
      cl.Is(open + 2, ",")) {
    open += 2;
  }
  size_t first = open + 1;  // the apposition's first word
  // 'X, alias "El Chato," one of ...' and 'X, "El Chato," one of ...': over the quoted nickname.
  const size_t quote = cl.IsAny(open + 1, "alias|aka|a.k.a|nicknamed") ? open + 2 : open + 1;
  if (cl.Is(open, ",") && cl.Is(quote, "\"")) {
    size_t close = quote + 1;
    while (close < cl.size() && close <= open + 10 && !cl.Is(close, "\"")) ++close;
    if (cl.Is(close, "\"") && cl.Is(close - 1, ",")) first = close + 1;  // the comma inside the quotes
    // 'the capture of X, "La Tuta," in Morelia': the nickname alone is the apposition.
    if (first == close + 1 && cl.IsAny(first, "in|near|at|outside|during")) return close;
  }
  if (!cl.Is(open, ",") || !cl.IsAny(first, "a|an|the|one|who|whom|whose|his|her|their|wanted|accused")) {
    return kNone;
  }
  for (size_t k = first; k < cl.size() && k <= target + 30; ++k) {
    if (cl.Break(k) || cl.IsAny(k, "(|)|--")) return kNone;
    if (cl.Is(k, ",")) return cl.Is(k + 1, "\"") ? k + 1 : k;  // 'known as "El Tigre,"': past the quote
  }
  return kNone;
}

bool InApposition(const FrameContext& c, size_t i, size_t p) {
  bool open = false;
  for (size_t k = i + 1; k < p; ++k) {
    if (!c.clause.Is(k, ",")) continue;
    open = !open && c.clause.IsAny(k + 1, kAppositionOpeners);
  }
  return open;
}

bool InDateline(const FrameContext& c, size_t a) {
  const Clause& cl = c.clause;
  size_t k = a + 1;
  while (k < cl.size() && k < 10 && !cl.IsAny(k, "--|—|–|-")) ++k;
  return k < cl.size() && k < 10 && cl.DatelineBefore(k);
}

bool DateNear(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  for (size_t k = i >= 12 ? i - 12 : 0; k < cl.size() && k <= i + 20; ++k) {
    if (k > i && cl.Break(k)) break;
    const Mention* m = cl.mention(k);
    if (m && m->kind == Mention::Kind::kDate && !m->Aside()) return true;
  }
  return false;
}

size_t ShiftedObject(const FrameContext& c, size_t i, std::string_view labels) {
  const Clause& cl = c.clause;
  size_t k = i + 1;
  if (!cl.IsAny(k, "to|into|from|back")) return kNone;
  if (cl.Is(k, "back") && cl.IsAny(k + 1, "to|into")) ++k;
  ++k;
  if (cl.Is(k, "the")) ++k;
  if (k >= cl.size() || cl.EntityAs(k, kPlace) < 0) return kNone;
  for (++k; k < cl.size() && cl.item(k).mention < 0 && !c.tokens[cl.item(k).first].word(); ++k) {
    if (cl.Break(k) || cl.Is(k, ",")) return kNone;  // quotes only
  }
  return k < cl.size() && cl.EntityAs(k, labels) >= 0 ? k : kNone;
}

bool DiedInClash(const FrameContext& c, size_t i, const LexEntry& trigger) {
  if (trigger.attr("voice") != "passive") return false;
  const uint32_t t = c.clause.item(i).first;  // tokens: "died in a gunfight" may be one event mention
  for (uint32_t k = t + 1; k < c.sentence.last_token && k <= t + 5; ++k) {
    if (OneOf(c.tokens[k].norm, kClashes)) return true;
  }
  return false;
}

bool DiedAgain(const FrameContext& c, size_t i, const LexEntry& trigger) {
  if (trigger.attr("voice") != "passive" || c.clause.IsAny(i + 1, "of|from|after|while|when")) return false;
  const size_t subject = c.clause.SubjectBefore(i, "Person");
  const int person = subject == kNone ? -1 : c.clause.EntityAs(subject, "Person");
  if (person < 0) return false;
  const ArticleGraph& g = *c.graph;
  return std::any_of(g.relations.begin(), g.relations.end(), [&](const LocalRelation& r) {
    return r.from >= 0 && r.to >= 0 && g.Root(r.from) == g.Root(person) && IsTargetRole(r) &&
           r.source.sentence < c.index && g.entities[g.Root(r.to)].refining == "Killing";
  });
}

bool OtherPredicateBefore(const FrameContext& c, size_t i, size_t p) {
  const Clause& cl = c.clause;
  const auto word = [&](size_t k) -> std::string_view {
    return k < cl.size() && !cl.mention(k) && c.tokens[cl.item(k).first].word() ? std::string_view(c.tokens[cl.item(k).first].norm)
                                                                                : std::string_view();
  };
  // "captured X, whom the government described as the cartel's boss in Chihuahua": the place of a
  // rank a relative clause gives him is where he holds it, not where the act was done.
  const size_t in = p >= 1 && cl.Is(p - 1, "the") ? p - 2 : p - 1;
  if (in > i + 1 && in < p && cl.Is(in, "in") &&
      OneOf(word(in - 1), "boss|bosses|leader|leaders|chief|commander|lieutenant|head|coordinator|operator|representative|financier|accountant")) {
    for (size_t k = i + 1; k + 1 < in; ++k) {
      if (cl.IsAny(k, ",|\"") && cl.IsAny(k + 1, "who|whom|whose|which")) return true;  // 'X, "El Flaco," whom
    }
  }
  for (size_t k = i + 1; k < p; ++k) {
    // "arrested X for smuggling ... in Y", "a man suspected of leading the cartel in Y": a gerund's place.
    if (cl.IsAny(k, "for|of") && word(k + 1).size() > 4 && word(k + 1).ends_with("ing")) return true;
    // "The rifles that killed X were almost certainly bought in Y": the sentence's own verb, after
    // the act told in a relative clause.
    if (cl.IsAny(k, "was|were") && k > i + 1) {
      size_t v = k + 1;
      while (v < p && v <= k + 3 && cl.IsAny(v, "almost|certainly|probably|likely|later|then|also|apparently")) ++v;
      if (const std::string_view w = word(v); (w.size() > 4 && w.ends_with("ed")) || OneOf(w, "bought|sold|made|found|seen|taken|sent|brought")) {
        return true;
      }
      // "X was killed in 2019, and his brother was arrested in Monterrey": another act's own verb.
      if (v < p && cl.EntityAs(v, "Event") >= 0) return true;
    }
    if (!cl.Is(k, "and")) continue;
    // "extradited X in April 2011, and a federal judge in San Diego sentenced him": the place is in
    // the subject of the clause after "and" (a place right before that clause's verb).
    if (cl.Is(k - 1, ",") && cl.IsAny(k + 1, "a|an|the|his|her|their|its") && p + 1 < cl.size()) {
      const std::string_view w = c.tokens[cl.item(p + 1).first].norm;  // an act's verb too ("sentenced")
      if ((w.size() > 4 && w.ends_with("ed")) || OneOf(w, "said|told|sent|gave|took|ruled|found")) {
        return true;
      }
    }
    const size_t v = k + 1 + (cl.IsAny(k + 1, "later|then|also|subsequently") ? 1 : 0);
    const std::string_view w = word(v);
    if ((w.size() > 4 && w.ends_with("ed")) || OneOf(w, "flown|taken|sent|brought|held|kept|put|told|fled|went")) return true;
    // "was arrested in 2019 and later sentenced ... by a judge in Texas": another act's verb (not the
    // second noun of its own act, "the kidnapping and murder in X").
    const int own = cl.EntityAs(i, "Event");
    const auto another = [&](size_t u) {
      const int other = u < p ? cl.EntityAs(u, "Event") : -1;
      return other >= 0 && (own < 0 || c.graph->Root(other) != c.graph->Root(own));
    };
    if (another(v)) return true;
    // "killed X in 2012, and in July they captured Y near Z": another act's verb a few words on.
    for (size_t u = v + 1; cl.Is(k - 1, ",") && u < p && u <= k + 6; ++u) {
      if (another(u)) return true;
    }
  }
  return false;
}

bool WordsAfter(const Clause& cl, size_t i, std::string_view words) {
  for (size_t b = 0, k = i + 1; b < words.size(); ++k) {
    const size_t space = std::min(words.find(' ', b), words.size());
    if (!cl.Is(k, words.substr(b, space - b))) return false;
    b = space + 1;
  }
  return true;
}

bool ToDomesticJustice(const FrameContext& c, size_t i) {
  const Clause& cl = c.clause;
  for (size_t k = i + 1; k < cl.size() && k <= i + 6 && !cl.Break(k); ++k) {
    if (!cl.Is(k, "to")) continue;
    size_t n = k + 1;
    while (cl.IsAny(n, "the|a|an|federal|state|local|mexican|civilian")) ++n;
    if (cl.IsAny(n, "prosecutors|prosecutor|judge|judges|court|courts|investigators")) return true;
    // "was handed over to the Attorney General's Office": a prosecutor's office of no foreign country.
    const int body = cl.EntityAs(n, "Agency");
    const LocalEntity* e = body >= 0 ? &c.graph->entities[c.graph->Root(body)] : nullptr;
    if (!e || !e->lex || e->lex->attr("country") == "United States") return false;
    const std::string name = NormalizeName(e->lex->canonical());
    return name.find("attorney general") != std::string::npos || name.find("prosecutor") != std::string::npos;
  }
  return false;
}

}  // namespace cg::ingest
