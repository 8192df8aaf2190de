// Article events (article_events.h): dating the events of a whole article, from the date written
// nearest each mention and, for an undated attack or killing, from the sentences before it.
#include "ingest/article_events.h"

#include <algorithm>
#include <map>
#include <set>

#include "ingest/clause.h"
#include "ingest/dates.h"

namespace cg::ingest {
namespace {

// "Sheinbaum, who took office Oct. 1, said ...", "Colom, whose term ends in January, said": is the
// date at [first, last) told in a relative clause set off by commas that the act at `act` is not in?
bool InOthersRelative(const std::vector<Token>& t, const Sentence& sentence, uint32_t first, uint32_t last, uint32_t act) {
  uint32_t open = first;
  while (open > sentence.first_token + 1 && t[open - 1].norm != ",") --open;
  if (open <= sentence.first_token + 1 || !OneOf(t[open].norm, "who|whose|whom|which")) return false;
  uint32_t close = last;
  while (close < sentence.last_token && t[close].norm != ",") ++close;
  return close < sentence.last_token && (act < open || act > close);
}

// "The arrest took place early Saturday", "The killing happened late Monday", "The raid occurred on
// Tuesday": the end of a verb of occurring right after the act's noun at `at` (with "early"/"late"
// and a preposition after it), else 0.
uint32_t OccurringVerbEnd(const std::vector<Token>& t, uint32_t at, uint32_t end) {
  if (at + 1 >= end) return 0;
  uint32_t k = at;
  if (t[k].norm == "took" && t[k + 1].norm == "place") {
    k += 2;
  } else if (OneOf(t[k].norm, "happened|occurred|unfolded")) {
    ++k;
  } else {
    return 0;
  }
  while (k < end && OneOf(t[k].norm, "early|late|on|in|at|shortly|about|around")) ++k;
  return k;
}

// "was arrested in Mexico in January 2023 and extradited in September 2023", "was captured in 2009
// before being extradited": a date between an earlier act of its clause and the coordinator that
// opens the act `m`'s own predicate is the earlier act's (not in "In an operation this year, agents
// and police arrested ...": the coordinator there joins nouns).
template <typename IsOtherEvent>
bool DateOfEarlierConjunct(const std::vector<Token>& t, const std::vector<Mention>& sentence, const Mention& d,
                           const Mention& m, const IsOtherEvent& is_other_event) {
  if (d.last > m.first) return false;
  uint32_t k = m.first;  // back over the act's auxiliaries and adverbs to its coordinator
  while (k > d.last && OneOf(t[k - 1].norm, "was|were|is|are|had|has|been|being|be|later|then|subsequently|"
                                            "eventually|finally|he|she|they|it|also")) {
    --k;
  }
  if (k == d.last || !OneOf(t[k - 1].norm, "and|but|before|then")) return false;
  return std::any_of(sentence.begin(), sentence.end(), [&](const Mention& x) {
    return is_other_event(x) && x.last <= d.first && !ClauseBreak(t, x.last, d.first);
  });
}

// "a month", "three days", "less than two weeks", "just days": a span of time told between an act's
// noun and "after" or "before" another act; `end` is the token after it.
struct Interval {
  int count = 0;       // 0: a few ("days", "weeks")
  char unit = 0;       // 'd', 'w', 'm' or 'y'
  bool exact = false;  // no hedge ("less than", "about", "just", a few)
  uint32_t end = 0;
};

std::optional<Interval> IntervalAt(const std::vector<Token>& t, uint32_t k) {
  Interval out;
  out.exact = true;
  while (k + 1 < t.size() && OneOf(t[k].norm, "less|more|than|about|nearly|almost|roughly|some|just|only|little|barely")) {
    out.exact = false;
    ++k;
  }
  if (k < t.size() && t[k].norm == "a" && k + 1 < t.size() && t[k + 1].norm == "little") k += 2;  // "a little more than"
  while (k < t.size() && OneOf(t[k].norm, "more|than")) {
    out.exact = false;
    ++k;
  }
  static constexpr std::string_view kCounts[] = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  for (int n = 0; n < 11 && k < t.size(); ++n) {
    if (t[k].norm == kCounts[n]) {
      out.count = std::max(n, 1);
      ++k;
      break;
    }
  }
  if (k >= t.size()) return std::nullopt;
  const std::string_view unit = t[k].norm;
  if (OneOf(unit, "day|days")) out.unit = 'd';
  else if (OneOf(unit, "week|weeks")) out.unit = 'w';
  else if (OneOf(unit, "month|months")) out.unit = 'm';
  else if (OneOf(unit, "year|years")) out.unit = 'y';
  else return std::nullopt;
  if (out.count == 0) out.exact = false;
  out.end = k + 1;
  if (out.end < t.size() && OneOf(t[out.end].norm, "later|earlier")) return std::nullopt;
  return out;
}

// `d` moved by `gap` (sign -1: back), to the precision the gap allows: a day for an exact count of
// days from a full date, else the month (a year for years).
Date Shifted(const Date& d, const Interval& gap, int sign) {
  const int count = gap.count ? gap.count : 3;
  if (gap.unit == 'y') return Date{d.year + sign * count, 0, 0};
  if ((gap.unit == 'd' || gap.unit == 'w') && d.is_full()) {
    const Date day = Date::FromEpochDays(d.ToEpochDays() + sign * count * (gap.unit == 'w' ? 7 : 1));
    return gap.unit == 'd' && gap.exact ? day : Date{day.year, day.month, 0};
  }
  if (gap.unit == 'm' && d.month) {
    const int months = d.year * 12 + (d.month - 1) + sign * count;
    return Date{months / 12, static_cast<uint8_t>(months % 12 + 1), 0};
  }
  return Date{d.year, d.month, 0};
}

// "held in prison since December 2001, when soldiers arrested him in Culiacán": is the period's
// bound `d` the time its "when" clause tells, with the act at token `act` in that clause (before its
// next comma)? (Never for an act told before the bound.)
bool BoundOfWhenClause(const std::vector<Token>& t, const Mention& d, uint32_t act, uint32_t end) {
  if (!d.bound || d.report || d.last + 2 > act || d.last + 1 >= end) return false;
  if (t[d.last].norm != "," || t[d.last + 1].norm != "when") return false;
  for (uint32_t k = d.last + 2; k < act; ++k) {
    if (t[k].norm == "," || t[k].norm == ";") return false;
  }
  return true;
}

// The last sentence of a wire report's lead: the date line, the headline and the first of the body.
constexpr size_t kLastLeadSentence = 2;

// The event a mention names (its root), or -1.
int EventOf(const Mention& m, const ArticleGraph& g) {
  if (m.kind != Mention::Kind::kEntity || m.entity < 0) return -1;
  const int e = g.Root(m.entity);
  return g.entities[e].primary == "Event" ? e : -1;
}

}  // namespace

void DateEvents(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  auto is_event = [&](const Mention& x) {
    return x.kind == Mention::Kind::kEntity && g->entities[g->Root(x.entity)].primary == "Event";
  };
  std::set<int> targeted;  // the acts the article says were aimed at someone
  for (const LocalRelation& r : g->relations) {
    if (IsTargetRole(r) && r.to >= 0) targeted.insert(g->Root(r.to));
  }
  std::map<int, size_t> first_told;  // each event's first sentence
  for (size_t s = 0; s < mentions.size(); ++s) {
    for (const Mention& m : mentions[s]) {
      if (is_event(m)) first_told.try_emplace(g->Root(m.entity), s);
    }
  }
  for (size_t s = 0; s < mentions.size(); ++s) {
    const std::vector<Mention>& sentence = mentions[s];
    for (const Mention& m : sentence) {
      if (!is_event(m)) continue;
      LocalEntity& e = g->entities[g->Root(m.entity)];
      if (e.date || ApprovedAct(tokens, sentences[s].first_token, m.first)) continue;
      // "The arrest comes as ... the disappearance of 43 students last week": an act told before and
      // named again to open a sentence takes only a date right by its noun ("The arrest on Tuesday").
      const bool told_before = first_told[g->Root(m.entity)] < s && m.first == sentences[s].first_token + 1 &&
                               OneOf(tokens[m.first - 1].norm, "the|this|that");
      // "The arrest took place early Saturday", "The attack happened on Monday": the act told again
      // as the subject of a verb of occurring takes the date right after that verb.
      const uint32_t occurs_end = told_before ? OccurringVerbEnd(tokens, m.last, sentences[s].last_token) : 0;
      const size_t timed_by = TimedBy(tokens, sentences[s].first_token, m.first);
      // "arrested in October 2009, and Coronel's death months later": only a date after it.
      const bool relative = TimedFromAnother(tokens, m.last, sentences[s].last_token);
      const auto gap = [](const Mention& x, const Mention& y) {
        return x.first >= y.last ? x.first - y.last : y.first >= x.last ? y.first - x.last : 0;
      };
      // "After Cárdenas's capture, the Zetas broke with their bosses in 2010": a fronted phrase's
      // act takes no date of the main clause after its comma.
      uint32_t fronted_end = 0;
      const uint32_t opens = sentences[s].first_token;
      if (opens < tokens.size() && OneOf(tokens[opens].norm, "after|following|since|before|until|upon")) {
        for (uint32_t k = opens; k < sentences[s].last_token && !fronted_end; ++k) {
          if (tokens[k].norm == ",") fronted_end = k;
        }
      }
      const Mention* best = nullptr;
      std::vector<const Mention*> candidates;  // the dates that may be the act's
      for (const Mention& d : sentence) {
        if (fronted_end && m.last <= fronted_end && d.first > fronted_end) continue;
        const bool occurs_on = occurs_end && d.first >= occurs_end && d.first <= occurs_end + 2;
        // "since December 2001, when soldiers arrested him": a bound is the date of an act aimed at
        // someone that its "when" clause tells (of no other: "since 2006, when X launched an offensive").
        const bool when_told =
            targeted.count(g->Root(m.entity)) && BoundOfWhenClause(tokens, d, m.first, sentences[s].last_token);
        if (d.kind != Mention::Kind::kDate || (d.Aside() && !when_told) || d.first < timed_by ||
            gap(d, m) > (occurs_on ? 30 : told_before ? 2 : 30)) {
          continue;
        }
        if (DateOfEarlierConjunct(tokens, sentence, d, m, [&](const Mention& x) {
              return is_event(x) && g->Root(x.entity) != g->Root(m.entity);
            })) {
          continue;
        }
        if (relative && d.first < m.first) continue;
        if (InOthersRelative(tokens, sentences[s], d.first, d.last, m.first)) continue;
        // "X's capture follows the arrest last year of Y"; "until his arrest in 2003; he was
        // extradited in 2007": a date past or nearer another act is that one's.
        // "where they had hidden since the Sept. 26 attack", "his 2016 arrest": a date between a
        // determiner and another act's noun modifies that one.
        const uint32_t lo = std::min(d.first, m.first), hi = std::max(d.last, m.last);
        const bool other = std::any_of(sentence.begin(), sentence.end(), [&](const Mention& x) {
          return is_event(x) && g->Root(x.entity) != g->Root(m.entity) &&
                 ((x.first > lo && x.last < hi) || (gap(x, d) < gap(d, m) && ClauseBreak(tokens, d.first, m.first)) ||
                  (x.first == d.last && d.first > 0 && OneOf(tokens[d.first - 1].norm, "the|a|an|his|her|their|its|'s")));
        });
        if (other) continue;
        // "Ramón was shot in February and Benjamín was arrested by soldiers in Puebla a month later": a
        // date told from another after the act ("a month later", "a year earlier") is the act's own.
        if (d.first >= m.last && gap(d, m) <= 12 && OneOf(tokens[d.last - 1].norm, "later|earlier")) {
          best = &d;
          break;
        }
        candidates.push_back(&d);
        if (!best || gap(d, m) < gap(*best, m)) best = &d;
      }
      // "In 2019, gunmen killed X in Sonora on Nov. 4": a date that refines the nearest is the act's.
      for (const Mention* d : candidates) {
        if (best && Refines(d->date, best->date) && gap(*d, m) <= 12) best = d;
      }
      if (best) e.date = best->date;
    }
  }
}

void DateFromContext(const std::vector<Sentence>& sentences, const std::vector<std::vector<Mention>>& mentions,
                     ArticleGraph* g) {
  // Where each event is first told: its first mention or the first sentence of a relation it has.
  std::map<int, uint32_t> told;
  auto note = [&](int e, uint32_t s) {
    auto [it, fresh] = told.try_emplace(e, s);
    if (!fresh) it->second = std::min(it->second, s);
  };
  for (uint32_t s = 0; s < mentions.size(); ++s) {
    for (const Mention& m : mentions[s]) {
      if (const int e = EventOf(m, *g); e >= 0) note(e, s);
    }
  }
  for (const LocalRelation& r : g->relations) {
    for (int end : {r.from, r.to}) {
      if (end >= 0 && g->entities[g->Root(end)].primary == "Event") note(g->Root(end), r.source.sentence);
    }
  }
  std::vector<int> lead_dated;  // the acts dated below from the sentences after a lead
  for (const auto& [e, s] : told) {
    LocalEntity& ev = g->entities[e];
    if (ev.merged_into >= 0 || ev.date || (ev.refining != "Killing" && ev.refining != "Attack")) continue;
    if (s >= mentions.size() || s >= sentences.size()) continue;
    // "His death came three days after gunmen killed X": an act told beside another in its own
    // sentence is timed by that one, not by the sentences before.
    bool blocked = std::any_of(mentions[s].begin(), mentions[s].end(),
                               [&](const Mention& x) { return EventOf(x, *g) >= 0 && EventOf(x, *g) != e; });
    // Back, sentence by sentence, while no other event is told.
    for (size_t b = s; !blocked && b-- > 0 && s - b <= 4 && sentences[b].paragraph + 1 >= sentences[s].paragraph;) {
      const Mention* date = nullptr;
      for (const Mention& x : mentions[b]) {
        if (EventOf(x, *g) >= 0 && EventOf(x, *g) != e) blocked = true;
        if (x.kind == Mention::Kind::kDate && !x.Aside() && (x.date.is_full() || x.date.month)) date = &x;
      }
      if (blocked) break;
      if (date) {
        ev.date = date->date;
        break;
      }
    }
    // "Gunmen kill 15 police in ambush" / "..., killing 15 officers, authorities said on Tuesday." /
    // "The gunmen opened fire on Monday afternoon ...": an act a wire report's headline or lead tells
    // with only the report's date takes the first date of the two sentences after it, when no
    // sentence from its own to that one tells another act (an undated attack or killing there is
    // this one told another way).
    const auto other_act = [&](const Mention& x) {
      const int o = EventOf(x, *g);
      if (o < 0 || o == e || std::find(lead_dated.begin(), lead_dated.end(), o) != lead_dated.end()) return false;
      return g->entities[o].date || (g->entities[o].refining != "Killing" && g->entities[o].refining != "Attack");
    };
    for (size_t f = s; !ev.date && s <= kLastLeadSentence && f <= s + 2 && f < mentions.size(); ++f) {
      if (std::any_of(mentions[f].begin(), mentions[f].end(), other_act)) break;
      for (const Mention& x : mentions[f]) {
        if (f > s && x.kind == Mention::Kind::kDate && !x.Aside() && (x.date.is_full() || x.date.month)) {
          ev.date = x.date;
          lead_dated.push_back(e);
          break;
        }
      }
    }
  }
}

void DateKillingsByDeaths(ArticleGraph* g) {
  std::map<int, std::optional<Date>> died;  // each person's date of death the article states
  for (const LocalFact& f : g->facts) {
    if (f.entity >= 0 && f.key == "died" && f.value.is_date()) died.try_emplace(g->Root(f.entity), f.value.as_date());
  }
  std::map<int, std::vector<int>> targets;  // each undated killing's targets
  for (const LocalRelation& r : g->relations) {
    if (r.from < 0 || r.to < 0 || !IsTargetRole(r)) continue;
    const LocalEntity& act = g->entities[g->Root(r.to)];
    if (act.refining == "Killing" && !act.date) targets[g->Root(r.to)].push_back(g->Root(r.from));
  }
  for (const auto& [act, people] : targets) {
    std::optional<Date> when;
    bool agree = true;
    for (int p : people) {
      auto it = died.find(p);
      if (it == died.end()) continue;
      if (when && *when != *it->second) agree = false;
      when = it->second;
    }
    if (when && agree) g->entities[act].date = when;
  }
}

void DateFromRelatedActs(const std::vector<Token>& tokens, const std::vector<std::vector<Mention>>& mentions,
                         ArticleGraph* g) {
  for (const std::vector<Mention>& sentence : mentions) {
    for (size_t a = 0; a < sentence.size(); ++a) {
      const int told = EventOf(sentence[a], *g);
      if (told < 0 || !g->entities[told].date) continue;
      uint32_t k = sentence[a].last;
      if (k >= tokens.size() || !OneOf(tokens[k].norm, "comes|came|come")) continue;
      const std::optional<Interval> gap = IntervalAt(tokens, k + 1);
      if (!gap || gap->end >= tokens.size() || !OneOf(tokens[gap->end].norm, "after|before")) continue;
      const int sign = tokens[gap->end].norm == "after" ? -1 : 1;
      // The first act told after "after" (within its clause) is the other.
      for (size_t b = a + 1; b < sentence.size(); ++b) {
        if (sentence[b].first <= gap->end) continue;
        if (sentence[b].first > gap->end + 14) break;
        const int other = EventOf(sentence[b], *g);
        if (other < 0) continue;
        if (other != told && !g->entities[other].date) {
          g->entities[other].date = Shifted(*g->entities[told].date, *gap, sign);
        }
        break;
      }
    }
  }
}

}  // namespace cg::ingest
