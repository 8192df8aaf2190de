#include "ingest/modality.h"

#include <algorithm>

#include "ingest/clause.h"
#include "ingest/word_list.h"

namespace cg::ingest {
namespace {

// (Norms compared as string_views: `std::string == "..."` is a call to compare(const char*) per literal.)
bool ClauseBreak(const Token& t) {
  const std::string_view n = t.norm;
  return n == ";" || n == ":" || n == "--" || n == ".";
}

bool IsComma(const Token& t) { return std::string_view(t.norm) == ","; }

constexpr WordList kRelativePronouns = "who|which|whom|whose";

// "said it had not been informed and was cooperating with X", "declined to comment but said its
// cooperation with X": a verb phrase after "and" and a finite auxiliary, or after "but" and a verb of
// saying or an auxiliary, in (from, last) -- the cue before it qualifies the first of the two, not a
// statement that runs on into the second.
bool LaterConjunct(const std::vector<Token>& t, uint32_t from, uint32_t last) {
  for (uint32_t k = from; k + 1 < last; ++k) {
    const std::string_view n = t[k].norm;
    if (n != "and" && n != "but") continue;
    if (OneOf(t[k + 1].norm, "was|were|is|are|has|have|had")) return true;
    if (n == "but" && OneOf(t[k + 1].norm, "said|says|added|adds|noted|notes|stressed|stresses")) return true;
  }
  return false;
}

// The first cue of `kind` starting in [from, last), or nullptr; without the attributive ones before
// a word when `skip_attributive`.
const LexEntry* FindCue(const Lexicon& words, const std::vector<Token>& t, uint32_t sentence_first, uint32_t from,
                        uint32_t last, std::string_view kind, std::string* cue, bool skip_attributive = false,
                        uint32_t own = 0) {
  for (uint32_t i = from; i < last; ++i) {
    // "X, who is believed to run Y, was arrested": a relative clause closed before the fact's end
    // qualifies its own statement, not the fact around it.
    if (IsComma(t[i]) && i + 1 < last &&
        (t[i + 1].id != 0 ? kRelativePronouns.Has(t[i + 1].id) : OneOf(t[i + 1].norm, kRelativePronouns.text()))) {
      uint32_t close = i + 2;
      while (close < last && !IsComma(t[close]) && !ClauseBreak(t[close])) ++close;
      if (close < last && IsComma(t[close])) {
        i = close;
        continue;
      }
    }
    if (t[i].is(Token::kCapitalized) && i > sentence_first) continue;  // "May", "Will": names
    // "flown to the United States against his will": the noun, no modal.
    if (t[i].norm == "will" && i > sentence_first && OneOf(t[i - 1].norm, "his|her|their|its|own|the|free")) continue;
    for (const LexMatch& m : words.MatchAt(t, i, last, kind)) {
      if (LaterConjunct(t, i + m.length, last)) continue;
      // An attributive cue qualifies the noun after it: not the act (skip_attributive), nor a fact
      // whose own words start after it ("a suspected bodyguard, spokesman X said").
      if ((skip_attributive || i < own) && m.entry->attr("attributive") == "yes" && i + m.length < t.size() &&
          t[i + m.length].word()) {
        continue;
      }
      if (cue) {
        cue->clear();
        for (size_t k = 0; k < m.length; ++k) *cue += (k ? " " : "") + t[i + k].norm;
      }
      return m.entry;
    }
  }
  return nullptr;
}

uint32_t ScopeStart(const std::vector<Token>& t, uint32_t sentence_first, uint32_t first, uint32_t before) {
  uint32_t from = first;
  while (from > sentence_first && first - from < before && !ClauseBreak(t[from - 1])) --from;
  return from;
}

}  // namespace

Modality ReadModality(const Lexicon& words, const std::vector<Token>& t, uint32_t sentence_first, uint32_t first,
                      uint32_t last, uint32_t before, bool act) {
  Modality m;
  const uint32_t from = ScopeStart(t, sentence_first, first, before);
  if (FindCue(words, t, sentence_first, from, last, "negation", &m.cue)) {
    m.negated = true;
  } else if (FindCue(words, t, sentence_first, from, last, "hedge", &m.cue, act, first)) {
    m.hedged = true;
  }
  return m;
}

bool ReportsAct(std::string_view type) { return type == "PARTICIPATED_IN" || type == "OCCURRED_IN"; }

bool CueBefore(const Lexicon& words, const std::vector<Token>& t, uint32_t sentence_first, uint32_t first,
               std::string_view kind, uint32_t before, std::string* cue) {
  const uint32_t from = ScopeStart(t, sentence_first, first, before);
  return FindCue(words, t, sentence_first, from, first, kind, cue) != nullptr;
}

bool HypotheticalAct(const Lexicon& words, const std::vector<Token>& t, uint32_t sentence_first, uint32_t first,
                     std::string_view act, std::string* cue) {
  // "an arrest warrant", "his extradition proceedings", "a sentencing hearing": a procedure's noun the act
  // names (not "the murder case": a killing happened).
  if (OneOf(act, "Arrest|Extradition|Sentencing") && first + 1 < t.size() &&
      OneOf(t[first + 1].norm, "warrant|warrants|request|requests|proceedings|proceeding|hearing|hearings|treaty|"
                               "treaties|order|orders|process|papers|petition|case|appeal|appeals")) {
    if (cue) *cue = t[first + 1].norm;
    return true;
  }
  // "information leading to Arturo Beltrán Leyva's capture": over the act's possessor.
  uint32_t reach = 4;
  if (first > sentence_first && t[first - 1].norm == "'s") {
    for (uint32_t k = first - 1; k > sentence_first && reach < 10 && t[k - 1].is(Token::kCapitalized); --k) ++reach;
    ++reach;
  }
  const uint32_t from = ScopeStart(t, sentence_first, first, reach);
  if (FindCue(words, t, sentence_first, from, first, "intended", cue)) return true;  // "threatened to kill"
  // "a reward of $5,000,000 for the capture of X", "offered 100,000 for his arrest": a sum in digits
  // offered for an arrest or an extradition (the worded sums, "$5 million for", are cues); not a year
  // ("detained in 2009 for ...").
  if (OneOf(act, "Arrest|Extradition")) {
    for (uint32_t k = from; k + 1 < first; ++k) {
      const std::string_view n = t[k].norm;
      const bool year = n.size() == 4 && (n.starts_with("19") || n.starts_with("20"));
      if (t[k].is(Token::kNumber) && !year && t[k + 1].norm == "for") {
        if (cue) *cue = t[k].norm + " for";
        return true;
      }
    }
  }
  // "has asked the Mexican government to extradite X", "urged Mexico to arrest and extradite him":
  // an infinitive act someone else was asked to do (its asker and object may stand between).
  uint32_t to = first;
  if (to >= sentence_first + 3 && OneOf(t[to - 1].norm, "and|or") && t[to - 3].norm == "to") to -= 2;
  if (to > sentence_first + 1 && t[to - 1].norm == "to" &&
      FindCue(words, t, sentence_first, ScopeStart(t, sentence_first, to - 1, 6), to - 1, "request", cue)) {
    return true;
  }
  const LexEntry* e = FindCue(words, t, sentence_first, from, first, "hypothetical", cue);
  if (!e) return false;
  const std::string_view acts = e->attr("acts");
  if (acts.empty()) return true;
  for (size_t b = 0; b <= acts.size();) {
    const size_t bar = std::min(acts.find('|', b), acts.size());
    if (acts.substr(b, bar - b) == act) return true;
    b = bar + 1;
  }
  return false;
}

bool AlternativeActs(const Lexicon& words, const std::vector<Token>& t, uint32_t sentence_first, uint32_t first,
                     uint32_t last) {
  const uint32_t end = static_cast<uint32_t>(t.size());
  auto act_at = [&](uint32_t k) { return !words.MatchAt(t, k, end, "event").empty(); };
  if (last + 1 < end && t[last].norm == "or" && act_at(last + 1)) return true;
  return first >= sentence_first + 2 && t[first - 1].norm == "or" && act_at(first - 2);
}

bool TalliedActs(const std::vector<Token>& t, uint32_t sentence_first, uint32_t first, uint32_t last) {
  const auto at = [&](uint32_t k) { return k < t.size() ? std::string_view(t[k].norm) : std::string_view(); };
  // "have been killed", or "have extradited more than 60 suspects", "has arrested dozens of officers":
  // a perfect whose object is counted.
  const bool passive = first >= sentence_first + 2 && at(first - 1) == "been" && OneOf(at(first - 2), "have|had");
  const bool active = first >= sentence_first + 1 && OneOf(at(first - 1), "have|has|had") &&
                      (OneOf(at(last), "more|dozens|hundreds|thousands|scores|nearly|almost|about|some|roughly|over") ||
                       (at(last) == "at" && at(last + 1) == "least") ||
                       (last < t.size() && t[last].is(Token::kNumber)) ||
                       OneOf(at(last), "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"));
  if (!passive && !active) return false;
  for (uint32_t k = last; k < t.size() && !OneOf(t[k].norm, ".|;|?|!"); ++k) {
    const std::string_view next = at(k + 1);
    if (t[k].norm == "since" || (t[k].norm == "so" && next == "far") || (t[k].norm == "to" && next == "date") ||
        (t[k].norm == "this" && OneOf(next, "year|month|week")) ||
        // "in the last two years", "over the past decade", "in recent months"
        (OneOf(t[k].norm, "in|over|during") && next == "the" && OneOf(at(k + 2), "last|past")) ||
        (t[k].norm == "in" && next == "recent" && OneOf(at(k + 2), "years|months|weeks"))) {
      return true;
    }
  }
  return false;
}

bool CountedActs(const std::vector<Token>& t, uint32_t sentence_first, uint32_t first) {
  return first >= sentence_first + 2 && t[first - 1].norm == "of" &&
         OneOf(t[first - 2].norm, "hundreds|dozens|thousands|scores|tens|numerous|countless|series|string|wave|spate|rash");
}

bool AccidentalDeaths(const std::vector<Token>& t, uint32_t last) {
  for (uint32_t k = last; k < t.size() && k < last + 14 && !OneOf(t[k].norm, ".|;|?|!"); ++k) {
    const std::string_view next = k + 1 < t.size() ? std::string_view(t[k + 1].norm) : std::string_view();
    if (OneOf(t[k].norm, "crash|crashed|accident|collided|overturned") || (t[k].norm == "went" && next == "down")) return true;
  }
  return false;
}

void Assert(ArticleGraph* g, LocalRelation r, const Modality& m) {
  if (r.type == "COOPERATES_WITH" && r.from >= 0 && r.to >= 0) {
    const bool from_cartel = g->entities[g->Root(r.from)].refining == "Cartel";
    const bool to_cartel = g->entities[g->Root(r.to)].refining == "Cartel";
    if (from_cartel && to_cartel) {  // "the Gulf cartel joined forces with the Sinaloa cartel"
      r.type = "ALLIED_WITH";
      r.source.rule += ".allied";
    } else if (from_cartel || to_cartel) {
      g->rejected.push_back(
          Rejected{std::move(r), "type constraint: criminal groups ally (ALLIED_WITH), agencies cooperate"});
      return;
    }
  }
  if (r.type == "OFFERED_REWARD" && r.to >= 0 && g->entities[g->Root(r.to)].official) {
    // "... under President X. The State Department had offered a reward for his arrest".
    g->rejected.push_back(Rejected{std::move(r), "type constraint: a reward is for a wanted person, not an office holder"});
    return;
  }
  if (m.negated) {
    g->rejected.push_back(Rejected{std::move(r), m.why + ": \"" + m.cue + "\""});
    return;
  }
  if (m.hedged) {
    r.source.hedged = true;
    r.source.confidence *= kHedgeFactor;
    r.props["hedged"] = Value(true);
  }
  g->relations.push_back(std::move(r));
}

bool ParticiplePlace(const Lexicon& words, const std::vector<Token>& t, uint32_t after, uint32_t place) {
  uint32_t prep = place;
  while (prep > after && OneOf(t[prep - 1].norm, "the|a|an")) --prep;
  if (prep < after + 3 || !OneOf(t[--prep].norm, "in|near|at")) return false;
  const uint32_t v = prep - 1;
  return t[v].word() && !t[v].is(Token::kCapitalized) && Participle(t[v].norm) &&
         !OneOf(t[v - 1].norm, "is|are|was|were|be|been|being|has|have|had|get|got|he|she|they|it|we|i|you|who|which|that") &&
         !OneOf(t[v - 1].norm, kActSites.text()) &&
         words.MatchAt(t, v, v + 1, "event").empty();
}

void AssertFact(ArticleGraph* g, LocalFact f, const Modality& m) {
  if (m.negated) return;
  if (m.hedged) {
    f.source.hedged = true;
    f.source.confidence *= kHedgeFactor;
  }
  g->facts.push_back(std::move(f));
}

}  // namespace cg::ingest
