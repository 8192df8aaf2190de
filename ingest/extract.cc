#include "ingest/extract.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "ingest/article_events.h"
#include "ingest/dateline.h"
#include "ingest/conductors.h"
#include "ingest/dates.h"
#include "ingest/designated_targets.h"
#include "ingest/event_agents.h"
#include "ingest/entity_table.h"
#include "ingest/first_reading.h"
#include "ingest/frames.h"
#include "ingest/group_ties.h"
#include "ingest/informants.h"
#include "ingest/listed_targets.h"
#include "ingest/lead_targets.h"
#include "ingest/matcher.h"
#include "ingest/modality.h"
#include "ingest/reward_anaphora.h"
#include "ingest/state_enumerations.h"
#include "ingest/succession.h"
#include "ingest/succession_dates.h"
#include "ingest/mentions.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

// Facts every article implies:
//  - a person reported killed, dead, arrested or extradited ends his LEADS
//    ("leads_end" facts: until = the date, end_cause);
//  - a cartel operates in the states and countries where its attacks happen.
void Infer(ArticleGraph* g) {
  for (LocalFact& f : g->facts) {
    if (f.entity < 0 || f.key != kLeadsEnd) continue;
    const int person = g->Root(f.entity);
    const std::string cause = LeadsEndCause(*g, person);
    if (f.value.as_string() != cause) continue;  // the strongest cause stated decides
    std::optional<Date> when;
    for (const LocalFact& d : g->facts) {
      if (d.entity >= 0 && g->Root(d.entity) == person && d.key == std::string_view("died") && d.value.is_date()) {
        when = d.value.as_date();
      }
    }
    // "X led the cartel until his arrest in 2003 and was extradited in 2007": the earliest dated act
    // done to him (after the leadership began) ends it.
    std::vector<Date> acts;
    for (const LocalRelation& r : g->relations) {
      if (g->Root(r.from) != person || r.to < 0 || !IsTargetRole(r)) continue;  // (the person first: cheapest)
      const LocalEntity& act = g->entities[g->Root(r.to)];
      if (act.date && (act.refining == "Arrest" || act.refining == "Killing" || act.refining == "Extradition")) {
        acts.push_back(*act.date);
      }
    }
    for (LocalRelation& r : g->relations) {
      if (g->Root(r.from) != person || r.type != std::string_view("LEADS") || r.props.count("until")) continue;
      std::optional<Date> end = when;
      auto since = r.props.find("since");
      for (const Date& d : acts) {
        if (since != r.props.end() && since->second.is_date() && d.LatestDay() < since->second.as_date().EarliestDay()) {
          continue;
        }
        if (!end || d.EarliestDay() < end->EarliestDay()) end = d;
      }
      if (!end) end = g->date;
      if (end) r.props["until"] = Value(*end);
      r.props["end_cause"] = Value(cause);
    }
  }
  const size_t n = g->relations.size();
  for (size_t i = 0; i < n; ++i) {
    if (g->relations[i].type != "PARTICIPATED_IN") continue;  // (before the copy: most relations are not)
    const LocalRelation perp = g->relations[i];  // a copy: the loop appends
    auto role = perp.props.find("role");
    if (role == perp.props.end() || !role->second.is_string() ||
        role->second.as_string() != "perpetrator") continue;
    if (g->entities[g->Root(perp.from)].primary != "Organization") continue;
    for (size_t j = 0; j < n; ++j) {
      const LocalRelation& occ = g->relations[j];
      if (occ.type != std::string_view("OCCURRED_IN") || g->Root(occ.from) != g->Root(perp.to)) continue;
      const std::string& refining = g->entities[g->Root(occ.to)].refining;
      if (refining != "State" && refining != "Country") continue;
      g->relations.push_back(LocalRelation{"OPERATES_IN", perp.from, occ.to, {}, {occ.source.sentence,
                                           "infer.operates_where_it_attacks", 0.6f}});
    }
  }
}

// Several rules reading one fact in one sentence give one relationship (one
// evidence): the most confident reading, completed with the properties of
// the others. A hedged reading stays hedged only if every reading is.
void MergeDuplicates(ArticleGraph* g) {
  // (Keys by ends and sentence first: most comparisons end before the type's string.)
  std::map<std::tuple<int, int, uint32_t, std::string>, size_t> first;
  std::vector<LocalRelation> out;
  out.reserve(g->relations.size());
  for (LocalRelation& r : g->relations) {
    const auto key = std::make_tuple(r.from, r.to, r.source.sentence, r.type);
    auto [it, fresh] = first.emplace(key, out.size());
    if (fresh) {
      out.push_back(std::move(r));
      continue;
    }
    LocalRelation& kept = out[it->second];
    const bool hedged = kept.source.hedged && r.source.hedged;
    if (r.source.confidence > kept.source.confidence) std::swap(kept, r);
    for (auto& [key, value] : r.props) kept.props.emplace(key, value);
    // A reading that saw who killed (a criminal group: "victim") says more than "target".
    auto role = r.props.find("role");
    if (role != r.props.end() && role->second.ToString() == "victim") kept.props["role"] = role->second;
    kept.source.hedged = hedged;
    if (!hedged) kept.props.erase("hedged");
  }
  g->relations = std::move(out);
  // A fact the article also states plainly elsewhere is not hedged.
  std::set<std::tuple<int, int, std::string_view>> plain;  // (views of the relations' own types: not copied)
  for (const LocalRelation& r : g->relations) {
    if (!r.source.hedged) plain.insert({r.from, r.to, r.type});
  }
  for (LocalRelation& r : g->relations) {
    if (plain.count({r.from, r.to, r.type})) r.props.erase("hedged");
  }
}

}  // namespace

int LeadsEndRank(std::string_view cause) {
  static constexpr std::string_view kOrder[] = {"killed", "extradited", "arrested", "died"};
  for (int i = 0; i < 4; ++i) {
    if (kOrder[i] == cause) return i;
  }
  return 4;
}

std::string LeadsEndCause(const ArticleGraph& g, int person) {
  std::string best;
  for (const LocalFact& f : g.facts) {
    if (f.entity < 0 || g.Root(f.entity) != person || f.key != kLeadsEnd || !f.value.is_string()) continue;
    if (best.empty() || LeadsEndRank(f.value.as_string()) < LeadsEndRank(best)) best = f.value.as_string();
  }
  return best;
}

namespace {

// The sentences whose group anaphors the ties re-resolved are read again. What the first reading's
// frames (`first`; not the mentions' titles or kin) said of the entity the mention
// named before goes unless the second reading says it too (the sentence may name it otherwise); of
// the second reading, only the relations of the group the
// mention names now are kept, between entities that were there before (a second reading's new
// events or merges would double the first's).
void ReadGroupsAgain(const std::vector<RereadGroup>& changes, const FirstReading& first,
                     const std::function<void(size_t, const SentenceContext&)>& read, ArticleGraph* g) {
  for (const RereadGroup& c : changes) {
    const int entities = static_cast<int>(g->entities.size());
    const size_t relations = g->relations.size();
    ArticleGraph kept = *g;
    read(c.sentence, first.ContextOf(c.sentence));
    auto key = [&](const LocalRelation& r) {
      return std::tuple(r.type, r.from >= 0 ? g->Root(r.from) : r.from, r.to >= 0 ? g->Root(r.to) : r.to);
    };
    std::set<std::tuple<std::string, int, int>> again;
    for (size_t i = relations; i < g->relations.size(); ++i) again.insert(key(g->relations[i]));
    auto touches = [&](const LocalRelation& r, int e) {
      return (r.from >= 0 && kept.Root(r.from) == e) || (r.to >= 0 && kept.Root(r.to) == e);
    };
    std::erase_if(kept.relations, [&](const LocalRelation& r) {
      return r.source.sentence == c.sentence && first.Framed(c.sentence, r) && touches(r, c.before) &&
             !again.count(key(r));
    });
    auto old = [&](int x) { return (x >= 0 && x < entities) || x == kMainEvent; };
    for (size_t i = relations; i < g->relations.size(); ++i) {
      const LocalRelation& r = g->relations[i];
      if (old(r.from) && old(r.to) && touches(r, c.group)) kept.relations.push_back(r);
    }
    *g = std::move(kept);
  }
}

}  // namespace

ArticleGraph Extract(const Document& doc, const Lexicon& lexicon, const RuleSet& rules, const ExtractOptions& options) {
  ArticleGraph g;
  const Segmented seg = Segment(doc.analysis, doc.body_begin, doc.analysis.size());
  g.sentences = seg.sentences;
  g.date = doc.meta.date;
  if (!g.date) g.date = FindDateline(seg);
  if (!g.date) g.date = options.default_date;
  std::vector<std::vector<DateMention>> dates(seg.sentences.size());
  int year_context = 0;
  for (size_t s = 0; s < seg.sentences.size(); ++s) {
    dates[s] = FindDates(seg.tokens, seg.sentences[s].first_token, seg.sentences[s].last_token, g.date, &year_context);
  }
  std::vector<std::vector<Mention>> mentions = FindMentions(doc, seg, dates, lexicon, options, &g);
  Discourse discourse = FindDiscourse(seg, mentions, g, lexicon);
  AddHomeGovernment(lexicon, &g, &discourse);
  FirstReading first;
  auto read = [&](size_t s, const SentenceContext& context) {
    ApplyRules(rules, seg.tokens, doc.text, static_cast<uint32_t>(s), seg.sentences[s], mentions[s], context, &g);
    ReadStructure(lexicon, rules, seg.tokens, doc.text, static_cast<uint32_t>(s), seg.sentences[s], mentions[s], discourse,
                  &g);
  };
  SentenceContext context;
  uint32_t paragraph = 0;
  for (size_t s = 0; s < seg.sentences.size(); ++s) {
    if (seg.sentences[s].paragraph != paragraph) context.focus_event = -1;
    paragraph = seg.sentences[s].paragraph;
    for (const Mention& m : mentions[s]) {
      if (context.focus_event < 0 && m.kind == Mention::Kind::kEntity &&
          g.entities[g.Root(m.entity)].primary == "Event") {
        context.focus_event = m.entity;  // the paragraph's topic: its first event
      }
    }
    first.Begin(context);
    const size_t before = g.relations.size();
    read(s, context);
    first.Wrote(g.relations, before);
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity) continue;
      const LocalEntity& e = g.entities[g.Root(m.entity)];
      // An act that did not happen ("the U.S. had requested his extradition") is no last act of its kind
      // a later sentence's participant may refer back to (@last:Extradition).
      std::string cue;
      if (e.primary == "Event" &&
          HypotheticalAct(rules.words(), seg.tokens, seg.sentences[s].first_token, m.first, e.refining, &cue)) {
        continue;
      }
      first.SetPrevious(&context, e.primary, m.entity);
      if (!e.refining.empty()) first.SetPrevious(&context, e.refining, m.entity);
    }
  }
  // A tie one change takes away ("the organization he led" read as another group) may decide another.
  for (int round = 0; round < 3; ++round) {
    const std::vector<RereadGroup> changes = ResolveGroupsByTies(seg.tokens, seg.sentences, rules.words(), g, &mentions);
    if (changes.empty()) break;
    ReadGroupsAgain(changes, first, read, &g);
  }
  MuteDatelineAgencies(seg.tokens, mentions, &g);
  PromoteHeadTitles(rules.words(), &g);
  DropTitleParents(&g);
  DropKinRoles(lexicon, &g);
  PresidentOfSpeaker(discourse, lexicon, seg, mentions, &g);
  WhiteHouseBodies(seg, mentions, &g);
  HeadsDesignate(&g);
  NameLeadTargets(seg, mentions, rules.words(), lexicon, &g);
  RewardsReferredBack(seg, mentions, &g);
  ListedTargets(seg, mentions, &g);
  CountedTargets(seg, mentions, &g);
  AmongThemTargets(seg, mentions, &g);
  DateEvents(seg.tokens, seg.sentences, mentions, &g);
  DateLeadDesignations(seg, mentions, &g);
  ClusterEvents(seg.tokens, mentions, &g);
  DateFromContext(seg.sentences, mentions, &g);
  DateKillingsByDeaths(&g);
  DateFromRelatedActs(seg.tokens, mentions, &g);
  InformantsCooperate(ResolveMainEvent(mentions, &g), &g);
  SpecificConductors(&g);
  CoConductorsCooperate(seg.tokens, &g);
  DesignatedByConductor(&g);
  Infer(&g);
  SuccessionsAfterRemoval(seg, &g);
  PredecessorsLed(&g);
  SuccessorsLead(&g);
  DateSuccessions(&g);
  ContendersForLeadersGroups(&g);
  KeepStatedEvents(&g);
  VictimsOfCriminals(&g);
  StateEnumerations(lexicon, seg, mentions, &g);
  NameEvents(doc.text, seg.tokens, &g);
  if (options.mentions_out) *options.mentions_out = mentions;
  for (LocalRelation& r : g.relations) {
    r.from = g.Root(r.from);
    r.to = g.Root(r.to);
  }
  for (LocalFact& f : g.facts) f.entity = g.Root(f.entity);
  std::erase_if(g.relations, [&](const LocalRelation& r) {
    return r.from < 0 || r.to < 0 || r.from == r.to || !g.entities[r.from].emit || !g.entities[r.to].emit;
  });
  MutualKin(lexicon, seg.tokens, mentions, &g);
  MergeDuplicates(&g);
  if (options.min_confidence > 0) {
    const std::string reason = fmt::format("below --min-confidence {:.2f}", options.min_confidence);
    std::erase_if(g.relations, [&](const LocalRelation& r) {
      if (r.source.confidence >= options.min_confidence) return false;
      g.rejected.push_back(Rejected{r, reason});
      return true;
    });
    std::erase_if(g.facts, [&](const LocalFact& f) { return f.source.confidence < options.min_confidence; });
  }
  // A leader or a founder is not also written as a member (LEADS and FOUNDED say more).
  std::set<std::pair<int, int>> leads;
  for (const LocalRelation& r : g.relations) {
    if (r.type == "LEADS" || r.type == "FOUNDED") leads.insert({r.from, r.to});
  }
  std::erase_if(g.relations,
                [&](const LocalRelation& r) { return r.type == "MEMBER_OF" && leads.count({r.from, r.to}); });
  return g;
}

}  // namespace cg::ingest
