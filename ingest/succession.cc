#include "ingest/succession.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "ingest/clause.h"
#include "ingest/extract.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

bool RoleIs(const LocalRelation& r, const char* role) {
  auto it = r.props.find("role");
  return it != r.props.end() && it->second.is_string() && it->second.as_string() == role;
}

// Words that say someone came to the head ("has taken over", "became", "took control", "stepped
// in", "control passed to", "leadership fell to"), and words of the act that removed the one before.
constexpr WordList kChangeWords = "took|taken|take|takes|taking|assumed|assumes|became|become|becomes|named|appointed|"
                                  "inherited|inherits|rose|seized|installed|control|passed|fell|stepped";
constexpr WordList kRemovalWords = "killed|slain|arrested|captured|extradited|died|detained|gunned|assassinated|murdered";
// Words that open the reason of a change ("after", "when"), dashes, words that bound a time.
constexpr WordList kAfter = "after|following|when|upon";
constexpr WordList kDashes = "--|—|–|-";
constexpr WordList kUntil = "until|till|through";

// Does [first, last) state a removal, then "and" and a change ("Y was killed in 2011, and his
// brother X took over the cartel")? The removal word stands before the "and", the change after it.
bool SaysRemovalThenChange(const Segmented& seg, uint32_t first, uint32_t last) {
  bool removal = false, joined = false;
  for (uint32_t t = first; t < last; ++t) {
    const Token& w = seg.tokens[t];
    if (joined && kChangeWords.Has(w.id)) return true;
    removal |= kRemovalWords.Has(w.id);
    joined |= removal && w.norm == "and";
  }
  return false;
}

// Does sentence s say that someone came to the head (kChangeWords) and then "after", "following",
// "when" or "upon", or after a sentence-opening "After" ("When X was arrested, Y took control"), or
// after a removal and "and" (SaysRemovalThenChange)? A leader only described there ("X, the leader
// of Y, ... after soldiers arrested Z") succeeded nobody.
bool SaysChangeAfter(const Segmented& seg, uint32_t s) {
  if (s >= seg.sentences.size()) return false;
  // "After X was extradited, control of the cartel passed to Y": the removal may come first.
  const uint32_t first = seg.sentences[s].first_token, last = seg.sentences[s].last_token;
  bool opens_after = first < last && kAfter.Has(seg.tokens[first].id);
  // "In the wake of Y's killing, X assumed control".
  opens_after |= first + 3 < last && seg.tokens[first].norm == "in" && seg.tokens[first + 1].norm == "the" &&
                 seg.tokens[first + 2].norm == "wake" && seg.tokens[first + 3].norm == "of";
  for (uint32_t t = first; t + 1 < last && t < first + 10 && !opens_after; ++t) {  // after a dateline's dash
    opens_after = kDashes.Has(seg.tokens[t].id) && kAfter.Has(seg.tokens[t + 1].id);
  }
  bool change = false;
  for (uint32_t t = first; t < last; ++t) {
    const uint32_t w = seg.tokens[t].id;
    if (change && kAfter.Has(w)) return true;
    change |= kChangeWords.Has(w);
    if (change && opens_after) return true;
  }
  return SaysRemovalThenChange(seg, first, last);
}

// Does sentence s say that someone came to the head at all ("His brother X took over the cartel",
// "X then took control of the group")? Read only right after a sentence that removed the group's
// leader, so a bare "control" (the cartel's control of a city) does not count.
bool SaysChange(const Segmented& seg, uint32_t s) {
  if (s >= seg.sentences.size()) return false;
  const uint32_t first = seg.sentences[s].first_token;
  for (uint32_t t = first; t < seg.sentences[s].last_token; ++t) {
    if (seg.tokens[t].norm == "control" || !kChangeWords.Has(seg.tokens[t].id)) continue;
    // "is expected to take over", "could take command": a change foreseen has not happened.
    bool foreseen = false;
    for (uint32_t b = t; b > first && t - b < 4; --b) {
      foreseen |= OneOf(seg.tokens[b - 1].norm, "expected|could|might|may|likely|poised|would|tipped|set|vying|seeking|hopes");
    }
    if (!foreseen) return true;
  }
  return false;
}

// Does sentence s bound a leadership in time ("led the cartel until his arrest")?
bool SaysUntil(const Segmented& seg, uint32_t s) {
  if (s >= seg.sentences.size()) return false;
  for (uint32_t t = seg.sentences[s].first_token; t < seg.sentences[s].last_token; ++t) {
    if (kUntil.Has(seg.tokens[t].id)) return true;
  }
  return false;
}

// The predecessor among the persons removed (gone) for a successor at `group`: one who led the
// group; else, when `only_leader` is false, the only one removed, leading no other group ("X took
// over the Zetas after the arrest of his brother Y"). -1 when none.
int PredecessorAmong(const std::set<int>& gone, const std::map<int, std::set<int>>& leads, int group, bool only_leader) {
  const auto led = [&](int p) -> const std::set<int>& {
    static const std::set<int> kNone;
    auto it = leads.find(p);
    return it == leads.end() ? kNone : it->second;
  };
  int predecessor = -1;
  for (int p : gone) {
    if (led(p).count(group)) predecessor = p;
  }
  if (predecessor < 0 && !only_leader && gone.size() == 1) {
    const std::set<int>& other = led(*gone.begin());
    if (std::none_of(other.begin(), other.end(), [&](int o) { return o != group; })) predecessor = *gone.begin();
  }
  return predecessor;
}

// Person -> the groups of `label` (primary or refining) the article says the person leads.
std::map<int, std::set<int>> GroupsLed(const ArticleGraph& g, std::string_view label) {
  std::map<int, std::set<int>> led;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "LEADS" || r.from < 0 || r.to < 0) continue;
    const LocalEntity& group = g.entities[g.Root(r.to)];
    if (group.primary == label || group.refining == label) led[g.Root(r.from)].insert(g.Root(r.to));
  }
  return led;
}

}  // namespace

void SuccessionsAfterRemoval(const Segmented& seg, ArticleGraph* g) {
  // Persons removed in each sentence: the targets of a killing, an arrest or an extradition read there,
  std::map<uint32_t, std::set<int>> removed;
  for (const LocalRelation& r : g->relations) {
    if (r.type != "PARTICIPATED_IN" || r.from < 0 || r.to < 0 || !(RoleIs(r, "target") || RoleIs(r, "victim"))) continue;
    const LocalEntity& act = g->entities[g->Root(r.to)];
    const LocalEntity& who = g->entities[g->Root(r.from)];
    if (who.primary == "Person" && (act.refining == "Killing" || act.refining == "Arrest" || act.refining == "Extradition")) {
      removed[r.source.sentence].insert(g->Root(r.from));
    }
  }
  // And those a sentence says died or are dead ("Y died in 1997 after surgery"): a leads_end fact.
  for (const LocalFact& f : g->facts) {
    if (f.entity >= 0 && f.key == kLeadsEnd && f.value.is_string() && f.value.as_string() == "died") {
      removed[f.source.sentence].insert(g->Root(f.entity));
    }
  }
  // The groups each person is said to lead; the leaderships a sentence ends ("headed by X until his
  // death"), by sentence.
  std::map<int, std::set<int>> leads;
  std::map<uint32_t, std::set<std::pair<int, int>>> ended;
  for (const LocalRelation& r : g->relations) {
    if (r.type != "LEADS" || r.from < 0 || r.to < 0) continue;
    leads[g->Root(r.from)].insert(g->Root(r.to));
    if (r.props.count("until") && SaysUntil(seg, r.source.sentence)) ended[r.source.sentence].insert({g->Root(r.from), g->Root(r.to)});
  }
  std::set<std::tuple<int, int, int>> done;
  const size_t n = g->relations.size();
  for (size_t a = 0; a < n; ++a) {
    if (g->relations[a].type != "LEADS") continue;  // (before the copy: most relations are not)
    const LocalRelation heir = g->relations[a];  // a copy: the loop appends
    // (A LEADS that ended here is no taking over, unless it also began here: "took control in 2012"
    // and later arrested; one ended by a later sentence -- his own arrest -- still began here.)
    const uint32_t sentence = heir.source.sentence;
    if (heir.from < 0 || heir.to < 0 ||
        (heir.props.count("until") && !heir.props.count("since") && SaysUntil(seg, sentence)) || heir.source.hedged) {
      continue;
    }
    const int from = g->Root(heir.from), group = g->Root(heir.to);
    // A succession the sentence states itself ("X succeeded Y as head of Z after ...") is read.
    const bool stated = std::any_of(g->relations.begin(), g->relations.begin() + static_cast<long>(n), [&](const LocalRelation& r) {
      return r.type == "SUCCEEDED" && r.from >= 0 && g->Root(r.from) == from && r.source.sentence == sentence;
    });
    if (stated) continue;
    // Only a named person ("his father" described through another is nobody's predecessor here).
    const auto named_gone = [&](uint32_t in) {
      std::set<int> gone = removed[in];
      gone.erase(from);
      std::erase_if(gone, [&](int p) { return IsDescriptiveName(g->entities[p].name); });
      return gone;
    };
    int predecessor = -1;
    const char* rule = "infer.succeeded_after_removal";
    if (SaysChangeAfter(seg, sentence)) predecessor = PredecessorAmong(named_gone(sentence), leads, group, false);
    // "Marines killed Y, the leader of the Valley Cartel. His brother X took over the cartel.": the
    // sentence before removed the group's leader, and this one removes nobody.
    if (predecessor < 0 && sentence > 0 && removed[sentence].empty() && SaysChange(seg, sentence)) {
      predecessor = PredecessorAmong(named_gone(sentence - 1), leads, group, true);
      rule = "infer.succeeded_removed_before";
    }
    // "The Knights Templar were headed by Y until his death in 2014; X then took command": the one
    // whose leadership of the group this sentence ends.
    if (predecessor < 0 && SaysChange(seg, sentence)) {
      for (const auto& [p, o] : ended[sentence]) {
        if (o != group || p == from) continue;
        predecessor = predecessor < 0 ? p : -2;
      }
      predecessor = std::max(predecessor, -1);
      rule = "infer.succeeded_ended_here";
    }
    if (predecessor < 0 || !done.insert({from, predecessor, group}).second) continue;
    LocalRelation r;
    r.type = "SUCCEEDED";
    r.from = heir.from;
    r.to = predecessor;
    r.props["organization"] = Value(g->entities[group].name);
    r.source = Source{sentence, rule, 0.7f};
    g->relations.push_back(std::move(r));
  }
}

void PredecessorsLed(ArticleGraph* g) {
  std::set<std::pair<int, int>> leads;
  for (const LocalRelation& r : g->relations) {
    if (r.type == "LEADS" && r.from >= 0 && r.to >= 0) leads.insert({g->Root(r.from), g->Root(r.to)});
  }
  std::vector<LocalRelation> added;
  for (const LocalRelation& s : g->relations) {
    auto org = s.props.find("organization");
    if (s.type != "SUCCEEDED" || s.to < 0 || org == s.props.end() || !org->second.is_string() || s.source.hedged) continue;
    const int predecessor = g->Root(s.to);
    if (g->entities[predecessor].primary != "Person" || IsDescriptiveName(g->entities[predecessor].name)) continue;
    for (size_t e = 0; e < g->entities.size(); ++e) {
      const LocalEntity& group = g->entities[e];
      if (group.merged_into >= 0 || group.primary != "Organization" || group.name != org->second.as_string()) continue;
      if (!leads.insert({predecessor, static_cast<int>(e)}).second) break;
      LocalRelation r;
      r.type = "LEADS";
      r.from = predecessor;
      r.to = static_cast<int>(e);
      r.source = Source{s.source.sentence, "infer.predecessor_led", std::min(0.7f, s.source.confidence - 0.05f)};
      added.push_back(std::move(r));
      break;
    }
  }
  for (LocalRelation& r : added) g->relations.push_back(std::move(r));
}

void SuccessorsLead(ArticleGraph* g) {
  std::map<int, std::set<int>> led = GroupsLed(*g, "Organization");
  std::vector<LocalRelation> added;
  for (const LocalRelation& s : g->relations) {
    if (s.type != "SUCCEEDED" || s.from < 0 || s.to < 0 || s.source.hedged) continue;
    const int heir = g->Root(s.from), predecessor = g->Root(s.to);
    if (g->entities[heir].primary != "Person" || IsDescriptiveName(g->entities[heir].name)) continue;
    int group = -1;
    auto org = s.props.find("organization");
    if (org != s.props.end() && org->second.is_string()) {
      for (int e : led[predecessor]) {
        if (g->entities[e].name == org->second.as_string()) group = e;
      }
    } else if (led[predecessor].size() == 1) {
      group = *led[predecessor].begin();
    }
    if (group < 0 || !led[heir].insert(group).second) continue;
    LocalRelation r;
    r.type = "LEADS";
    r.from = heir;
    r.to = group;
    r.source = Source{s.source.sentence, "infer.successor_leads", std::min(0.7f, s.source.confidence - 0.05f)};
    added.push_back(std::move(r));
  }
  for (LocalRelation& r : added) g->relations.push_back(std::move(r));
}

int GroupOfRemovedLeader(const ArticleGraph& g, uint32_t sentence, std::string_view label) {
  std::vector<std::pair<uint32_t, int>> removed;
  for (const LocalFact& f : g.facts) {
    if (f.entity >= 0 && f.key == kLeadsEnd && f.source.sentence <= sentence) {
      removed.emplace_back(f.source.sentence, g.Root(f.entity));
    }
  }
  std::sort(removed.begin(), removed.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  for (const auto& [when, person] : removed) {
    int group = -1;
    bool several = false;
    for (const LocalRelation& r : g.relations) {
      if ((r.type != "LEADS" && r.type != "FOUNDED") || r.from < 0 || r.to < 0 || g.Root(r.from) != person) continue;
      const LocalEntity& e = g.entities[g.Root(r.to)];
      if (e.primary != label && e.refining != label) continue;
      several |= group >= 0 && group != g.Root(r.to);
      group = g.Root(r.to);
    }
    if (group >= 0) return several ? -1 : group;
  }
  return -1;
}

void ContendersForLeadersGroups(ArticleGraph* g) {
  const std::map<int, std::set<int>> led = GroupsLed(*g, "Cartel");
  std::vector<LocalRelation> kept;
  for (LocalRelation& r : g->relations) {
    if ((r.type != "CONTENDER_FOR" && r.type != "MEMBER_OF") || r.to < 0 ||
        g->entities[g->Root(r.to)].primary != "Person") {
      kept.push_back(std::move(r));
      continue;
    }
    auto it = led.find(g->Root(r.to));
    if (it == led.end() || it->second.size() != 1) {
      g->rejected.push_back(Rejected{std::move(r), "no one group the article says that person leads"});
      continue;
    }
    r.to = *it->second.begin();
    kept.push_back(std::move(r));
  }
  g->relations = std::move(kept);
}

}  // namespace cg::ingest
