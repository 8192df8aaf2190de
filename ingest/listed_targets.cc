#include "ingest/listed_targets.h"

#include <algorithm>

#include "ingest/article_events.h"
#include "ingest/clause.h"
#include "ingest/dates.h"

namespace cg::ingest {
namespace {

// The entity of the person whose name opens sentence s (after list marks), or -1. companies: a
// company's name too (an organization of no kind: a designee of a sanctions list).
int OpeningPerson(const Segmented& seg, const std::vector<Mention>& mentions, const ArticleGraph& g, size_t s,
                  bool companies = false) {
  const Sentence& sentence = seg.sentences[s];
  if (mentions.empty()) return -1;
  const Mention& m = mentions.front();
  if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.anaphoric) return -1;
  const LocalEntity& e = g.entities[g.Root(m.entity)];
  if (e.primary != "Person" && !(companies && e.primary == "Organization" && e.refining.empty())) return -1;
  for (uint32_t k = sentence.first_token; k < m.first; ++k) {
    if (seg.tokens[k].word()) return -1;  // "•", "-", "1." may come before the name
  }
  return g.Root(m.entity);
}

// The count of persons sentence s says an act was done to: "as well as four of their leaders",
// "designated six individuals"; 0 when none.
int CountedPersons(const Segmented& seg, size_t s) {
  const Sentence& sentence = seg.sentences[s];
  for (size_t k = sentence.first_token; k < sentence.last_token; ++k) {
    size_t pos = k;
    const std::optional<int> n = ParseCount(seg.tokens, &pos, sentence.last_token);
    if (!n || *n < 2 || *n > 12) continue;
    if (pos + 1 < sentence.last_token && seg.tokens[pos].norm == "of" && OneOf(seg.tokens[pos + 1].norm, "their|its|the")) pos += 2;
    if (pos < sentence.last_token &&
        OneOf(seg.tokens[pos].norm, "leaders|members|individuals|people|persons|associates|lieutenants|operatives|"
                                    "commanders|bosses|executives|officials|fugitives|defendants|suspects")) {
      return *n;
    }
  }
  return 0;
}

// Does sentence s count two or more persons ("five men", "29 defendants", "26 suspected members")?
bool CountsPersons(const Segmented& seg, size_t s) {
  const Sentence& sentence = seg.sentences[s];
  for (size_t k = sentence.first_token; k < sentence.last_token; ++k) {
    size_t pos = k;
    const std::optional<int> n = ParseCount(seg.tokens, &pos, sentence.last_token);
    if (!n || *n < 2) continue;
    // Over up to three modifiers: "29 high-level cartel figures", "five suspected members".
    for (size_t j = pos; j < sentence.last_token && j < pos + 4 && seg.tokens[j].word(); ++j) {
      if (OneOf(seg.tokens[j].norm, "people|persons|individuals|men|women|suspects|members|prisoners|inmates|"
                                    "detainees|defendants|fugitives|operatives|gunmen|leaders|associates|figures|"
                                    "bosses|officers|policemen|soldiers|migrants|traffickers")) {
        return true;
      }
    }
  }
  return false;
}

// Where the list of persons opens in a sentence that begins at token f: after "Among them is|are|was|were",
// "They included|include", "The most prominent (of them) was|is", "The best known (of them) was"; 0
// when it opens no such list.
uint32_t ListOpening(const std::vector<Token>& t, uint32_t f, uint32_t last) {
  if (f + 3 >= last) return 0;
  if (t[f].norm == "among" && t[f + 1].norm == "them" && OneOf(t[f + 2].norm, "is|are|was|were")) return f + 3;
  if (t[f].norm == "they" && OneOf(t[f + 1].norm, "included|include")) return f + 2;
  if (t[f].norm != "the" || !OneOf(t[f + 1].norm, "most|best")) return 0;
  uint32_t k = f + 2;
  if (t[k].norm == "-") ++k;  // "the best-known"
  if (k >= last || !OneOf(t[k].norm, "prominent|known|notorious|senior|important|wanted")) return 0;
  ++k;
  if (k + 1 < last && t[k].norm == "of" && t[k + 1].norm == "them") k += 2;
  return k + 1 < last && OneOf(t[k].norm, "was|is") ? k + 1 : 0;
}

// The arrest, killing, extradition or sentencing sentence s tells (a mention, or an event a reading
// of s gave a participant) with no person as its target ("six suspected members of X" stand for the
// group), or -1.
int UntargetedAct(const std::vector<Mention>& mentions, size_t s, const ArticleGraph& g) {
  std::vector<int> acts;
  for (const Mention& m : mentions) {
    if (m.kind == Mention::Kind::kEntity && m.entity >= 0) acts.push_back(g.Root(m.entity));
  }
  for (const LocalRelation& r : g.relations) {
    if (r.type == "PARTICIPATED_IN" && r.source.sentence == s && r.to >= 0) acts.push_back(g.Root(r.to));
  }
  for (int e : acts) {
    if (g.entities[e].primary != "Event" || !OneOf(g.entities[e].refining, "Arrest|Killing|Extradition|Sentencing")) {
      continue;
    }
    const bool targeted = std::any_of(g.relations.begin(), g.relations.end(), [&](const LocalRelation& r) {
      return r.type == "PARTICIPATED_IN" && r.to >= 0 && g.Root(r.to) == e && IsTargetRole(r) && r.from >= 0 &&
             g.entities[g.Root(r.from)].primary == "Person";
    });
    if (!targeted) return e;
  }
  return -1;
}

}  // namespace

void AmongThemTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  const std::vector<Token>& t = seg.tokens;
  for (size_t s = 1; s < seg.sentences.size() && s < mentions.size(); ++s) {
    const Sentence& sentence = seg.sentences[s];
    const uint32_t f = sentence.first_token;
    const uint32_t open = ListOpening(t, f, sentence.last_token);
    if (open == 0) continue;
    // The counted act of the nearest of the three sentences before (this paragraph or the two before).
    int event = -1;
    for (size_t b = s; b-- > 0 && b + 3 >= s && seg.sentences[b].paragraph + 2 >= sentence.paragraph && event < 0;) {
      if (CountsPersons(seg, b)) event = UntargetedAct(mentions[b], b, *g);
    }
    if (event < 0) continue;
    const bool criminal = std::any_of(g->relations.begin(), g->relations.end(), [&](const LocalRelation& r) {
      auto role = r.props.find("role");
      return r.type == "PARTICIPATED_IN" && r.to >= 0 && g->Root(r.to) == event && role != r.props.end() &&
             role->second.ToString() == "perpetrator";
    });
    // The persons listed: right after the verb, or after a comma or "and" that goes on with the list.
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.anaphoric) continue;
      if (m.first < open || g->entities[g->Root(m.entity)].primary != "Person") continue;
      if (m.first > open && !OneOf(t[m.first - 1].norm, ",|and")) continue;
      if (m.last < sentence.last_token && OneOf(t[m.last].norm, "said|says|told")) break;
      g->relations.push_back(LocalRelation{"PARTICIPATED_IN", g->Root(m.entity), event,
                                           {{"role", Value(std::string(criminal ? "victim" : "target"))}},
                                           {static_cast<uint32_t>(s), "list.among_them", 0.7f}});
    }
  }
}

void CountedTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  for (size_t s = 0; s < seg.sentences.size() && s < mentions.size(); ++s) {
    const int n = CountedPersons(seg, s);
    if (n == 0) continue;
    // The act the sentence tells: the first event its reading gave a participant.
    int event = -1;
    for (const LocalRelation& r : g->relations) {
      if (r.type == "PARTICIPATED_IN" && r.source.sentence == s && r.to >= 0) {
        event = g->Root(r.to);
        break;
      }
    }
    // The persons whose names open the paragraphs that follow, within the next fifteen.
    std::vector<std::pair<int, uint32_t>> named;
    uint32_t paragraphs = 0;
    for (size_t t = s + 1; t < seg.sentences.size() && t < mentions.size() && paragraphs < 15; ++t) {
      if (seg.sentences[t].paragraph == seg.sentences[t - 1].paragraph) continue;
      ++paragraphs;
      const int person = OpeningPerson(seg, mentions[t], *g, t);
      if (person >= 0 && std::none_of(named.begin(), named.end(), [&](const auto& p) { return p.first == person; })) {
        named.emplace_back(person, static_cast<uint32_t>(t));
      }
    }
    if (event < 0 || static_cast<int>(named.size()) != n) continue;
    for (const auto& [person, t] : named) {
      g->relations.push_back(LocalRelation{"PARTICIPATED_IN", person, event, {{"role", Value(std::string("target"))}},
                                           {t, "list.counted_target", 0.7f}});
    }
  }
}

void ListedTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  for (size_t s = 0; s + 1 < seg.sentences.size() && s < mentions.size(); ++s) {
    const Sentence& head = seg.sentences[s];
    if (head.last_token <= head.first_token || seg.tokens[head.last_token - 1].norm != ":") continue;
    int event = -1;
    for (const Mention& m : mentions[s]) {
      if (m.kind == Mention::Kind::kEntity && m.entity >= 0 && g->entities[g->Root(m.entity)].primary == "Event") {
        event = g->Root(m.entity);
      }
    }
    if (event < 0) continue;
    // Each following paragraph's first sentence, while it opens with a name (of a person, or of a
    // company a designation lists: "- Grupo Lara, a real estate company owned by X").
    const bool designation = g->entities[event].refining == "Designation";
    for (size_t t = s + 1; t < seg.sentences.size() && t < mentions.size(); ++t) {
      if (seg.sentences[t].paragraph == seg.sentences[t - 1].paragraph) continue;
      const int person = OpeningPerson(seg, mentions[t], *g, t, designation);
      if (person < 0) break;
      g->relations.push_back(LocalRelation{"PARTICIPATED_IN", person, event, {{"role", Value(std::string("target"))}},
                                           {static_cast<uint32_t>(t), "list.target", 0.75f}});
    }
  }
}

}  // namespace cg::ingest
