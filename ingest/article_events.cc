// Article events (article_events.h): clustering, choosing and keeping the
// events of a whole article (their dating: article_event_dates.cc; naming: article_event_names.cc).
#include "ingest/article_events.h"

#include <algorithm>
#include <map>
#include <set>

#include "ingest/clause.h"
#include "ingest/dates.h"
#include "ingest/entity_table.h"
#include "ingest/matcher.h"

namespace cg::ingest {

bool IsFightNoun(std::string_view word) {
  return OneOf(word, "shootout|gunfight|firefight|gunbattle|battle|clash|confrontation|skirmish");
}

bool IsTargetRole(const LocalRelation& r) {
  if (r.type != std::string_view("PARTICIPATED_IN")) return false;  // (a length test first, unlike == "...")
  auto it = r.props.find(std::string_view("role"));
  if (it == r.props.end() || !it->second.is_string()) return false;
  const std::string& role = it->second.as_string();
  return role == std::string_view("target") || role == std::string_view("victim");
}

namespace {

// A place and the places it is in, by kind ("City", "State") and name: those the article says it
// is in ("the Casino Royale in Monterrey"), and its lexicon entry's state ("Tepic": Nayarit, named
// or not).
std::vector<std::pair<std::string, std::string>> PlaceAndContainers(const ArticleGraph& g, int place) {
  std::vector<std::pair<std::string, std::string>> out{{g.entities[place].refining, g.entities[place].name}};
  for (const LocalRelation& r : g.relations) {
    if (r.type == std::string_view("LOCATED_IN") && r.from >= 0 && r.to >= 0 && g.Root(r.from) == place) {
      const LocalEntity& container = g.entities[g.Root(r.to)];
      out.emplace_back(container.refining, container.name);
    }
  }
  if (const LexEntry* lex = g.entities[place].lex; lex && !lex->attr("state").empty()) {
    out.emplace_back("State", lex->attr("state"));
  }
  return out;
}

}  // namespace

namespace {

// Do the dates of two events agree (either undated, or overlapping)?
bool DatesAgree(const LocalEntity& x, const LocalEntity& y) {
  return !x.date || !y.date ||
         (x.date->EarliestDay() <= y.date->LatestDay() && y.date->EarliestDay() <= x.date->LatestDay());
}

}  // namespace

void ClusterEvents(const std::vector<Token>& tokens, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  struct Facts {
    std::set<int> targets, perpetrators, conductors;
    std::set<uint32_t> sentences;
    std::map<std::string, std::set<std::string>> places;  // names by the place's refining label
  };
  std::map<int, std::vector<std::pair<std::string, std::string>>> containers;  // places do not merge here: read once per place
  auto collect = [&] {
    std::map<int, Facts> facts;
    std::vector<Facts*> of(g->entities.size(), nullptr);  // an event's facts by its index (null: no event)
    for (size_t i = 0; i < g->entities.size(); ++i) {
      if (g->entities[i].merged_into < 0 && g->entities[i].primary == std::string_view("Event")) {
        of[i] = &facts[static_cast<int>(i)];
      }
    }
    auto facts_of = [&](int e) { return e >= 0 ? of[g->Root(e)] : nullptr; };
    for (const LocalRelation& r : g->relations) {
      Facts* from = facts_of(r.from);
      Facts* to = facts_of(r.to);
      if (from) from->sentences.insert(r.source.sentence);
      if (to) to->sentences.insert(r.source.sentence);
      if (from && r.to >= 0 && r.type == std::string_view("OCCURRED_IN")) {
        auto [in, fresh] = containers.try_emplace(g->Root(r.to));
        if (fresh) in->second = PlaceAndContainers(*g, g->Root(r.to));
        for (const auto& [kind, name] : in->second) from->places[kind].insert(name);
      }
      if (!to || r.type != std::string_view("PARTICIPATED_IN")) continue;
      auto role = r.props.find(std::string_view("role"));
      if (role == r.props.end() || !role->second.is_string()) continue;
      const std::string& name = role->second.as_string();
      if (name == std::string_view("target") || name == std::string_view("victim")) to->targets.insert(g->Root(r.from));
      if (name == std::string_view("perpetrator")) to->perpetrators.insert(g->Root(r.from));
      if (name == std::string_view("conductor")) to->conductors.insert(g->Root(r.from));
    }
    return facts;
  };
  auto intersects = [](const auto& a, const auto& b) {
    for (const auto& x : a) {
      if (b.count(x)) return true;
    }
    return false;
  };
  // What a designation act designates: the designation it names, "sanctions" when it is named so.
  auto act = [](const LocalEntity& e) -> std::string {
    if (!e.designation.empty()) return e.designation;
    return std::find(e.nouns.begin(), e.nouns.end(), "sanctions") != e.nouns.end() ? "sanctions" : "";
  };
  // An attack in Reynosa and an ambush in Coatepec Harinas are two (places of one kind, none shared;
  // an event's places include those its places are in: collect).
  auto placed_apart = [](const Facts& fx, const Facts& fy) {
    for (const auto& [kind, xs] : fx.places) {
      auto ys = fy.places.find(kind);
      if (ys != fy.places.end() && std::none_of(xs.begin(), xs.end(), [&](const std::string& p) { return ys->second.count(p); })) {
        return true;
      }
    }
    return false;
  };
  std::map<int, Facts> facts = collect();
  // Merges event `from` into `into`, whose facts then hold both (an event with no place joined by
  // two that have different ones would otherwise join them to each other).
  auto merge = [&](int from, int into) {
    MergeEntities(g, from, into);
    Facts& f = facts[from];
    Facts& t = facts[into];
    t.targets.insert(f.targets.begin(), f.targets.end());
    t.perpetrators.insert(f.perpetrators.begin(), f.perpetrators.end());
    t.conductors.insert(f.conductors.begin(), f.conductors.end());
    t.sentences.insert(f.sentences.begin(), f.sentences.end());
    for (const auto& [kind, places] : f.places) t.places[kind].insert(places.begin(), places.end());
  };
  auto compatible = [&](int a, int b) {
    const LocalEntity& x = g->entities[a];
    const LocalEntity& y = g->entities[b];
    // "designated X a Foreign Terrorist Organization" and "new sanctions on members of X" are two acts.
    if (!act(x).empty() && !act(y).empty() && act(x) != act(y)) return false;
    if (placed_apart(facts[a], facts[b])) return false;
    if ((x.apart || y.apart) && !intersects(facts[a].sentences, facts[b].sentences)) return false;
    return DatesAgree(x, y);
  };
  // Two acts the text names after different objects are two ("the downing of a helicopter", "the
  // bombing of a police station"; "the extradition of 29 bosses" twice is one).
  auto named_apart = [&](int a, int b) {
    const auto& x = g->entities[a].phrases;
    const auto& y = g->entities[b].phrases;
    if (x.empty() || y.empty() || x[0].target >= 0 || y[0].target >= 0) return false;
    if (x[0].head != y[0].head || x[0].last - x[0].first != y[0].last - y[0].first) return true;
    for (uint32_t k = 0; x[0].first + k < x[0].last; ++k) {
      if (tokens[x[0].first + k].norm != tokens[y[0].first + k].norm) return true;
    }
    return false;
  };
  // "killed 19 suspected cartel gunmen" (a headline) and "killed 19 suspected members of the Sinaloa
  // Cartel", "arrests five in casino attack" and "arrested five suspected members": acts named after
  // counts of the same number (of two or more), in digits or words.
  auto count_of = [&](int e) -> std::string {
    const auto& p = g->entities[e].phrases;
    if (p.empty()) return g->entities[e].count > 0 ? std::to_string(g->entities[e].count) : std::string();
    for (uint32_t k = p[0].first; k < p[0].last; ++k) {
      size_t pos = k;
      if (const std::optional<int> n = ParseCount(tokens, &pos, p[0].last)) return std::to_string(*n);
    }
    return "";
  };
  auto same_count = [&](int a, int b) { return !count_of(a).empty() && count_of(a) == count_of(b) && count_of(a) != "1"; };
  // Events by group: only events of one group can be one occurrence.
  auto by_group = [&](const std::map<int, Facts>& facts) {
    std::map<std::string, std::vector<int>> groups;
    for (const auto& [e, f] : facts) groups[EventGroup(g->entities[e].refining)].push_back(e);
    return groups;
  };
  for (const auto& [group, events] : by_group(facts)) {
    for (size_t a = 0; a < events.size(); ++a) {
      const Facts& fx = facts[events[a]];
      for (size_t b = a + 1; b < events.size(); ++b) {
        const Facts& fy = facts[events[b]];
        // "Today, OFAC designated X ... Among the individuals designated today is Y": one action of a day.
        const LocalEntity& x = g->entities[events[a]];
        const LocalEntity& y = g->entities[events[b]];
        // "OFAC sanctioned five leaders of X ... OFAC also designated A, B and C": one body's designations
        // of one day (or undated) are one action; "also" continues the one told before it, not one told
        // after ("In 2019, OFAC designated Z").
        const auto continues = [&](const LocalEntity& e, const Facts& fe, const Facts& other) {
          return e.continues && !fe.sentences.empty() && !other.sentences.empty() &&
                 *fe.sentences.begin() > *other.sentences.begin();
        };
        const bool same_day_designation =
            group == "Designation" && ((x.date && y.date && x.date->is_full() && *x.date == *y.date) ||
                                       ((continues(x, fx, fy) || continues(y, fy, fx)) && intersects(fx.conductors, fy.conductors)));
        // Two killings blamed on one group are two when each names its own victims.
        const bool aimed_apart = !fx.targets.empty() && !fy.targets.empty() && !intersects(fx.targets, fy.targets);
        const bool same = intersects(fx.targets, fy.targets) || (intersects(fx.perpetrators, fy.perpetrators) && !aimed_apart) ||
                          ((fx.targets.empty() || fy.targets.empty()) && !x.described && !y.described &&
                           intersects(fx.sentences, fy.sentences)) ||
                          same_day_designation;
        if (same && compatible(events[a], events[b]) && g->Root(events[a]) != g->Root(events[b])) {
          merge(events[b], events[a]);
        }
      }
    }
  }
  // "Gunmen ambushed and killed X", "X was shot and killed ... He was checking water lines when he
  // was attacked": an attack on the one a killing of the same or the next sentence killed is that
  // killing. So is one by the killers of a killing of the same or the next sentence, aimed at no one
  // else ("Members of the Zetas killed 44 inmates ... while fellow Zetas attacked inmates of the Gulf
  // cartel with knives").
  facts = collect();
  const auto near = [](const std::set<uint32_t>& a, const std::set<uint32_t>& b) {
    for (uint32_t x : a) {
      for (uint32_t y : b) {
        if (x <= y + 1 && y <= x + 1) return true;
      }
    }
    return false;
  };
  for (auto& [attack, fa] : facts) {
    if (g->Root(attack) != attack || EventGroup(g->entities[attack].refining) != "attack") continue;
    for (auto& [killing, fk] : facts) {
      if (g->Root(killing) != killing || g->entities[killing].refining != "Killing") continue;
      const bool aimed_alike = fa.targets.empty() || fk.targets.empty() || intersects(fa.targets, fk.targets);
      const bool one = intersects(fa.targets, fk.targets) ||
                       (g->entities[attack].refining == "Attack" && intersects(fa.perpetrators, fk.perpetrators) && aimed_alike);
      if (one && near(fa.sentences, fk.sentences) && compatible(attack, killing)) {
        merge(attack, killing);
        break;
      }
    }
  }
  // A headline: a line of the article's first three with no final punctuation.
  const auto headline = [&](uint32_t s) {
    if (s >= 3 || s >= g->sentences.size()) return false;
    const Sentence& line = g->sentences[s];
    return line.last_token > line.first_token && !OneOf(tokens[line.last_token - 1].norm, ".|?|!|:|\"|”");
  };
  // Merges act u into the act t the lead tells. "Army kills cartel figure in Guadalajara suburb" over
  // "... in Zapopan": when u is told only in a headline, t's own place stands (the headline's is
  // near it: a region, the city of a suburb).
  const auto absorb = [&](int u, int t) {
    const auto& us = facts[u].sentences;
    if (!facts[t].places.empty() && !us.empty() && std::all_of(us.begin(), us.end(), headline)) {
      std::erase_if(g->relations, [&](const LocalRelation& r) {
        return r.type == "OCCURRED_IN" && r.from >= 0 && g->Root(r.from) == u && us.count(r.source.sentence);
      });
    }
    merge(u, t);
  };
  // "X was killed when gunmen ambushed his car", "gunmen ambushed a patrol, killing four officers":
  // the attack is the way of the killing, one act (one_act: a killing of someone named, else an attack).
  const auto one_act = [&](int a, int b) {
    const int killing = g->entities[a].refining == "Killing" ? a : b;
    const int attack = killing == a ? b : a;
    if (facts[killing].targets.empty()) {
      const std::string refining = g->entities[attack].refining;  // (not the killing's, were it the stronger class)
      const bool strong = g->entities[attack].strong_class;
      absorb(killing, attack);
      g->entities[attack].refining = refining;
      g->entities[attack].strong_class = strong;
    } else {
      merge(attack, killing);
    }
  };
  facts = collect();
  for (size_t e = 0; e < g->entities.size(); ++e) {
    const int with = g->entities[e].one_act_with;
    if (with < 0) continue;
    const int a = g->Root(static_cast<int>(e)), b = g->Root(with);
    if (a != b && compatible(a, b)) one_act(a, b);
  }
  // "Gunmen kill 15 police in western Mexico ambush" over "ambushed a convoy of state police, killing
  // 15 officers", "Zetas massacre 27 farmworkers" over "gunmen killed 27 farmworkers at a ranch": a
  // killing and an attack told in the same or the next sentence after the same count of people (two
  // or more: "killing 15", its phrase "15 police") are one act.
  facts = collect();
  std::map<int, std::set<std::string>> counts;  // by root
  for (uint32_t s = 0; s < mentions.size() && s < g->sentences.size(); ++s) {
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || !facts.count(g->Root(m.entity))) continue;
      facts[g->Root(m.entity)].sentences.insert(s);
      size_t pos = m.last;
      if (const std::optional<int> n = ParseCount(tokens, &pos, g->sentences[s].last_token); n && *n >= 2) {
        counts[g->Root(m.entity)].insert(std::to_string(*n));
      }
    }
  }
  for (auto& [e, f] : facts) {
    if (g->Root(e) == e && !count_of(e).empty() && count_of(e) != "1") counts[e].insert(count_of(e));
  }
  for (auto& [killing, fk] : facts) {
    if (g->Root(killing) != killing || g->entities[killing].refining != "Killing" || !counts.count(killing)) continue;
    for (auto& [attack, fa] : facts) {
      if (g->Root(attack) != attack || g->entities[attack].refining != "Attack" || !counts.count(attack)) continue;
      if (intersects(counts[killing], counts[attack]) && near(fk.sentences, fa.sentences) && compatible(killing, attack)) {
        one_act(killing, attack);
        break;
      }
    }
  }
  // "X was arrested in an operation in Y": a weak "operation" aimed at the target of a stronger
  // event read in the same sentence is that event.
  facts = collect();
  for (auto& [weak, fw] : facts) {
    const LocalEntity& w = g->entities[weak];
    if (g->Root(weak) != weak || w.refining != "Raid" || w.strong_class) continue;
    for (auto& [strong, fs] : facts) {
      const LocalEntity& st = g->entities[strong];
      if (strong == weak || g->Root(strong) != strong || !st.strong_class || EventGroup(st.refining) == "operation") {
        continue;
      }
      if (intersects(fw.targets, fs.targets) && intersects(fw.sentences, fs.sentences) && compatible(weak, strong)) {
        merge(weak, strong);
        break;
      }
    }
  }
  // "Federal police captured the brother of one of Mexico's drug lords ... X was taken into custody
  // Monday night", "Marines arrested a man suspected of ...": an act on a described person is the one
  // act of its group that the next three sentences name (a wire lead's next two may tell the clash
  // first; KeepStatedEvents drops a `described` one when none does).
  facts = collect();
  for (const auto& [group, events] : by_group(facts)) {
    for (int u : events) {
      if (g->Root(u) != u || !(g->entities[u].described || g->entities[u].named_next) || !facts[u].targets.empty() ||
          facts[u].sentences.empty()) {
        continue;
      }
      const uint32_t at = *facts[u].sentences.begin();
      std::vector<int> next;
      for (int t : events) {
        const auto& ts = facts[t].sentences;
        if (t != u && g->Root(t) == t && !facts[t].targets.empty() && !ts.empty() && *ts.begin() > at &&
            *ts.begin() <= at + 3 && compatible(u, t)) {
          next.push_back(t);
        }
      }
      if (next.size() == 1) absorb(u, next[0]);
    }
  }
  // "Mexico extradites drug lord to U.S." over "X was extradited on Thursday ...": a headline's act
  // with no target (a line of the first three with no final punctuation) is the first act of its
  // group with a target that the next two sentences tell, dated to a day ("on Thursday": the news, not
  // "his arrest last year"), when their dates agree (a headline's place
  // may be the region or the city the lead's is near: "in Tamaulipas", "in Guadalajara suburb").
  facts = collect();
  for (const auto& [group, events] : by_group(facts)) {
    for (int u : events) {
      const auto& us = facts[u].sentences;
      if (g->Root(u) != u || !facts[u].targets.empty() || us.empty() || !std::all_of(us.begin(), us.end(), headline)) continue;
      int lead = -1;
      for (int t : events) {
        const auto& ts = facts[t].sentences;
        const LocalEntity& act = g->entities[t];
        if (t == u || g->Root(t) != t || facts[t].targets.empty() || ts.empty() || *ts.begin() <= *us.begin() ||
            *ts.begin() > *us.begin() + 2 || !act.date || !act.date->is_full() || !DatesAgree(g->entities[u], act)) {
          continue;
        }
        if (lead < 0 || *ts.begin() < *facts[lead].sentences.begin()) lead = t;
      }
      if (lead >= 0) absorb(u, lead);
    }
  }
  facts = collect();
  for (const auto& [group, events] : by_group(facts)) {
  for (int u : events) {
    if (g->Root(u) != u || !facts[u].targets.empty() || g->entities[u].described) continue;
    for (int c : events) {
      const bool counted = same_count(u, c);
      if (c == u || g->Root(c) != c || !compatible(u, c) || (named_apart(u, c) && !counted) || g->entities[c].described) {
        continue;
      }
      const LocalEntity& x = g->entities[u];
      const LocalEntity& y = g->entities[c];
      const bool same_day = x.date && y.date && x.date->is_full() && *x.date == *y.date;
      if (facts[c].targets.empty() || same_day || counted) {
        merge(u, c);
        break;
      }
    }
  }
  }
  // (4) "Mexican authorities on Thursday extradited a man accused of ...", then "Aguilar's
  // extradition": a dated untargeted event is the article's one targeted event of its group; with
  // several, the one whose date agrees that the next two sentences name (a lead, then its detail:
  // "soldiers arrested a suspected leader of the Gulf cartel on Saturday ... Soldiers detained X").
  facts = collect();
  for (const auto& [group, events] : by_group(facts)) {
    std::vector<int> targeted;
    for (int e : events) {
      if (g->Root(e) == e && !facts[e].targets.empty()) targeted.push_back(e);
    }
    for (int u : events) {
      const LocalEntity& x = g->entities[u];
      // "Mexico says La Familia drug boss likely killed in Michoacán clashes": so is a headline's, undated,
      // when that act is the news (undated or of the week before the article's date; not "until his
      // arrest last year").
      const auto& us = facts[u].sentences;
      const std::optional<Date> when = targeted.empty() ? std::nullopt : g->entities[targeted[0]].date;
      const bool news = !when || (g->date && when->LatestDay().ToEpochDays() + 7 >= g->date->EarliestDay().ToEpochDays());
      const bool headlined =
          targeted.size() == 1 && news && !us.empty() && std::all_of(us.begin(), us.end(), headline);
      if (g->Root(u) != u || !facts[u].targets.empty() || (!headlined && (!x.date || !x.date->is_full())) ||
          targeted.empty()) {
        continue;
      }
      if (targeted.size() == 1) {
        if (compatible(u, targeted[0])) absorb(u, targeted[0]);
        continue;
      }
      if (facts[u].sentences.empty()) continue;
      const uint32_t at = *facts[u].sentences.begin();
      std::vector<int> next;
      for (int t : targeted) {
        const auto& ts = facts[t].sentences;
        if (!ts.empty() && *ts.begin() > at && *ts.begin() <= at + 2 && compatible(u, t)) next.push_back(t);
      }
      if (next.size() == 1) merge(u, next[0]);
    }
  }
}

int ResolveMainEvent(const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  std::map<int, int> count;
  for (const auto& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.kind == Mention::Kind::kEntity && g->entities[g->Root(m.entity)].primary == "Event") {
        ++count[g->Root(m.entity)];
      }
    }
  }
  std::set<int> targeted;
  for (const LocalRelation& r : g->relations) {
    if (IsTargetRole(r) && r.to >= 0) targeted.insert(g->Root(r.to));
  }
  // An act read only from a verb the mention finder does not know ("OFAC sanctioned X") counts too.
  for (int event : targeted) count.try_emplace(event, 0);
  int main = -1;
  for (const auto& [event, n] : count) {
    const bool better = main < 0 || targeted.count(event) > targeted.count(main) ||
                        (targeted.count(event) == targeted.count(main) && n > count[main]);
    if (better) main = event;
  }
  // With no event in the article, what a rule said of "the" event names nothing.
  if (main < 0) {
    std::erase_if(g->relations, [](const LocalRelation& r) { return r.from == kMainEvent || r.to == kMainEvent; });
  }
  for (LocalRelation& r : g->relations) {
    if (r.from == kMainEvent) r.from = main;
    if (r.to == kMainEvent) r.to = main;
  }
  return targeted.count(main) ? main : -1;
}

void KeepStatedEvents(ArticleGraph* g) {
  std::set<int> stated;
  for (const LocalRelation& r : g->relations) {
    // A place alone makes an event named by a noun unless the noun is a weak "operation": "the
    // group's operations in Sonora" are its business, "a raid in Tapalpa" is an event, "troops
    // killed in the wars in X" name no event.
    const LocalEntity& event = g->entities[g->Root(r.from)];
    // So does one on a count of people ("killed five police officers in Navolato").
    if (r.type == std::string_view("OCCURRED_IN") &&
        ((event.named_by_noun && (event.strong_class || event.refining != "Raid")) || !event.phrases.empty())) {
      stated.insert(g->Root(r.from));
    }
    if (r.type != std::string_view("PARTICIPATED_IN")) continue;
    auto role = r.props.find(std::string_view("role"));
    // A counted act ("the extradition of 29 cartel bosses") is one occurrence even with a supporter alone.
    const LocalEntity& to = g->entities[g->Root(r.to)];
    if (role == r.props.end() || !role->second.is_string() || role->second.as_string() != "supporter" ||
        (to.strong_class && !to.phrases.empty())) {
      stated.insert(g->Root(r.to));
    }
  }
  std::set<int> targeted;
  for (const LocalRelation& r : g->relations) {
    if (IsTargetRole(r) && r.to >= 0) targeted.insert(g->Root(r.to));
  }
  for (size_t i = 0; i < g->entities.size(); ++i) {
    LocalEntity& e = g->entities[i];
    const bool unjoined = e.described && !targeted.count(static_cast<int>(i));
    if (e.primary == "Event" && e.merged_into < 0 && (!stated.count(static_cast<int>(i)) || unjoined)) e.emit = false;
  }
}

}  // namespace cg::ingest
