#include "ingest/frames.h"

#include <algorithm>
#include <set>

#include "ingest/modality.h"

namespace cg::ingest {

void FrameContext::Relate(const std::string& type, int from, int to, PropertyMap props, const std::string& rule,
                          float confidence, uint32_t first, uint32_t last) const {
  if (from < 0 || to < 0 || graph->Root(from) == graph->Root(to)) return;
  LocalRelation r{type, graph->Root(from), graph->Root(to), std::move(props), Source{index, rule, confidence}};
  Assert(graph, std::move(r), ReadModality(words, tokens, sentence.first_token, first, last, 4, ReportsAct(type)));
}

void FrameContext::Fact(int entity, const std::string& key, Value value, const std::string& rule, float confidence,
                        uint32_t first, uint32_t last) const {
  if (entity < 0) return;
  AssertFact(graph, LocalFact{graph->Root(entity), key, std::move(value), Source{index, rule, confidence}},
             ReadModality(words, tokens, sentence.first_token, first, last, 4, true));
}

void FrameContext::Reject(const std::string& type, int from, int to, const std::string& rule,
                          const std::string& reason) const {
  graph->rejected.push_back(Rejected{LocalRelation{type, from, to, {}, Source{index, rule, 0.0f}}, reason});
}

const LexEntry* FrameContext::WordOpening(size_t i, std::string_view kind, size_t* length) const {
  if (const Mention* m = clause.mention(i)) {
    // An event named by a single noun ("the group's operations in Sonora") may still state a relation.
    const bool event_noun = kind == "relation" && m->kind == Mention::Kind::kEntity && m->entity >= 0 &&
                            m->last == m->first + 1 && graph->entities[graph->Root(m->entity)].primary == "Event";
    if (!event_noun) return nullptr;
  }
  const uint32_t t = clause.item(i).first;
  const bool initial = sentence.first_word >= t;  // the sentence's first word, after bullets, dashes and quotes
  if (tokens[t].is(Token::kCapitalized) && !initial && !tokens[t].is(Token::kAllCaps)) {
    // A capitalized word mid-sentence is a name or a title ("Administrator"): roles may be titles.
    if (kind != "role") return nullptr;
  }
  const std::vector<LexMatch> m = words.MatchAt(tokens, t, sentence.last_token, kind);
  if (m.empty()) return nullptr;
  if (length) *length = m[0].length;
  return m[0].entry;
}

int FrameContext::OrganizationBefore(size_t i, bool* words_before, std::string_view refining) const {
  int found = -1;
  *words_before = false;
  // A dateline ("MEXICO CITY (Reuters) -") is not the sentence: a pronoun refers after it.
  size_t opens = 0;
  for (size_t k = 1; k < i && k < 10; ++k) {
    if (clause.IsAny(k, "--|—|–|-") && clause.DatelineBefore(k)) opens = k + 1;
  }
  for (size_t k = opens; k < i; ++k) {
    // A date that opens the sentence ("Today its networks ...") does not make a pronoun refer inside it.
    const Mention* m = clause.mention(k);
    *words_before |= tokens[clause.item(k).first].word() && !(m && m->kind == Mention::Kind::kDate);
    const int e = clause.EntityAs(k, "Organization");
    if (e < 0 || graph->entities[e].primary != "Organization") continue;
    if (!refining.empty() && graph->entities[graph->Root(e)].refining != refining) continue;
    // "X has expanded into Chile, and its members ...": a country a place's preposition governs is
    // the place, not its government.
    if (m && m->entity >= 0 && graph->entities[graph->Root(m->entity)].primary == "Place" && k > 0 &&
        clause.IsAny(k - 1, "in|into|across|through|throughout|from|to|inside|near|within")) {
      continue;
    }
    if (clause.Is(k + 1, "-") && clause.Is(k + 2, "based")) continue;  // "a China-based company": a place
    if (found >= 0 && graph->Root(found) != graph->Root(e)) return -2;  // two candidates: unresolved
    found = e;
  }
  return found;
}

int FrameContext::PossessivePronoun(size_t i) const {
  if (i >= clause.size() || clause.mention(i) || !clause.IsAny(i, "its|their")) return -1;
  bool words_before = false;
  int found = OrganizationBefore(i, &words_before);
  // "Authorities captured X, a co-founder of the CJNG and the leader of its financial arm": of a
  // government and a criminal group, a group's part, people or territory is the group's.
  const size_t noun = i + 1 + (clause.PlainWord(i + 1) && clause.PlainWord(i + 2) ? 1 : 0);
  // (Not its leader, boss or founder: measured, that cost the six unseen texts' LEADS.)
  if (found == -2 && clause.IsAny(noun, "arm|wing|wings|faction|factions|cell|cells|rival|rivals|ally|allies|members|"
                                         "gunmen|hitmen|enforcers|plaza|plazas|territory|turf|stronghold|strongholds|"
                                         "lieutenants|operatives")) {
    found = OrganizationBefore(i, &words_before, "Cartel");
  }
  // "Navy special forces killed its leader": an act's object is not its doer's own.
  if (found >= 0 && i > 0 && clause.EntityAs(i - 1, "Event") >= 0 &&
      tokens[clause.item(i - 1).last - 1].norm.ends_with("ed")) {
    const size_t doer = clause.SubjectBefore(i - 1, "Organization");
    if (doer != kNone && graph->Root(clause.EntityAs(doer, "Organization")) == graph->Root(found)) {
      return EarlierOrganization(clause.Is(i, "its"));
    }
  }
  // "Tamaulipas is still their stronghold": the place a group's ground is said of is not the
  // pronoun's owner; the organization of the sentences before is.
  if (found == -1 && clause.IsAny(noun, "stronghold|strongholds|territory|turf|bastion|fiefdom|heartland|domain")) {
    size_t k = i;
    while (k > 0 && clause.IsAny(k - 1, "is|was|remains|remained|became|become|been|has|had|long|still|also|now")) --k;
    if (k < i && k >= 1 && clause.EntityAs(k - 1, "Place") >= 0) return EarlierOrganization(clause.Is(i, "its"));
  }
  // "European authorities have found its operatives in Spain": a singular "its" whose sentence names
  // nothing before it it could mean (no place, body or event, no noun after a determiner) is the
  // organization of the sentences before, as when it opens the sentence.
  if (found == -1 && words_before && clause.Is(i, "its")) {
    for (size_t k = 0; k < i; ++k) {
      if (clause.EntityAs(k, "Place|Organization|Event") >= 0 || clause.IsAny(k, "the|a|an|this|that|each|every|one")) {
        return -1;
      }
    }
    return EarlierOrganization(true);
  }
  if (found >= 0 || words_before) return std::max(found, -1);
  // "The Knights Templar grew out of La Familia. Its founder, X, ...": a singular "its" opening the
  // sentence, after a sentence naming several, is the first of them (its subject, as for "it").
  return EarlierOrganization(clause.Is(i, "its"));
}

int FrameContext::ItReferent(size_t i) const {
  if (i >= clause.size() || clause.mention(i) || !clause.Is(i, "it")) return -1;
  // "It has been at war with X, and it is battling Y": an earlier "it" before any name.
  for (size_t k = 0; k < i && clause.EntityAs(k, "Organization") < 0; ++k) {
    if (clause.Is(k, "it") && !clause.mention(k)) return ItReferent(k);
  }
  bool words_before = false;
  if (const int found = OrganizationBefore(i, &words_before); found != -1) return found >= 0 ? graph->Root(found) : -1;
  // A sentence before whose subject is "it" too ("In Coahuila, it battles Los Zetas. It has lost
  // ...") names objects only: the chain goes on back (up to three sentences).
  const auto opens_with_it = [&](uint32_t s) {
    const Sentence& before = graph->sentences[s];
    for (uint32_t k = before.first_token; k < before.last_token && k < before.first_token + 6; ++k) {
      if (tokens[k].norm == "it") return true;
    }
    return false;
  };
  for (uint32_t s = index; s-- > 0 && index - s <= 3;) {
    if (s < graph->sentences.size() && opens_with_it(s)) continue;
    if (s >= discourse.organizations.size() || discourse.organizations[s].empty()) continue;
    return discourse.organizations[s].front() >= 0 ? graph->Root(discourse.organizations[s].front()) : -1;
  }
  return -1;
}

int FrameContext::EarlierOrganization(bool first_of_several) const {
  for (uint32_t s = index; s-- > 0 && index - s <= 2;) {
    if (s >= discourse.organizations.size() || discourse.organizations[s].empty()) continue;
    if (!first_of_several || discourse.organizations[s].size() == 1) return discourse.OnlyOrganization(s);
    return discourse.organizations[s].front() >= 0 ? graph->Root(discourse.organizations[s].front()) : -1;
  }
  return -1;
}

std::vector<int> FrameContext::GroupDescription(size_t i, size_t* end, bool governments) const {
  // "the two cartels", "both groups", "these rival gangs"; after "between" also a bare count
  // ("a war between two drug cartels, the Zetas and the Gulf Cartel").
  const bool bare = clause.IsAny(i, "two|three") && i > 0 && clause.IsAny(i - 1, "between|among");
  if (!bare && !clause.IsAny(i, "the|these|those|both")) return {};
  size_t k = bare ? i : i + 1;
  size_t count = clause.Is(i, "both") ? 2 : 0;
  if (clause.IsAny(k, "two|three")) count = clause.Is(k++, "two") ? 2 : 3;
  // Without a number or "both", a modifier must say they are a set ("the rival cartels"; "the drug
  // cartels" is generic).
  bool set = count > 0;
  for (; clause.IsAny(k, "rival|warring|feuding|drug|criminal|trafficking|private|powerful|major"); ++k) {
    set |= clause.IsAny(k, "rival|warring|feuding");
  }
  if (!set || !(clause.IsAny(k, "cartels|groups|organizations|gangs|syndicates|factions|armies") ||
                (governments && clause.Is(k, "governments")))) {
    return {};
  }
  *end = k;
  // The members named in apposition: "two drug cartels, the Zetas and the Gulf drug cartel".
  const size_t first = k + 2 + (clause.Is(k + 2, "the") ? 1 : 0);
  if (clause.Is(k + 1, ",") && clause.EntityAs(first, "Organization") >= 0) {
    const std::vector<size_t> members = clause.Coordinated(first, "Organization");
    if (members.size() >= 2 && (count == 0 || members.size() == count)) {
      std::vector<int> out;
      for (size_t m : members) out.push_back(clause.EntityAs(m, "Organization"));
      *end = members.back();
      return out;
    }
  }
  if (bare) return {};
  // "The Zetas split from the Gulf Cartel, and since then the two groups have fought": as many
  // groups as the number, named before it in the sentence, and none else.
  if (count > 0) {
    std::vector<int> named;
    for (size_t k = 0; k < i; ++k) {
      const int e = clause.EntityAs(k, "Cartel");
      if (e >= 0 && std::find(named.begin(), named.end(), graph->Root(e)) == named.end()) named.push_back(graph->Root(e));
    }
    if (named.size() == count) return named;
  }
  // A stated number picks its group from further back than a bare description does.
  if (std::vector<int> recent = discourse.RecentGroup(index, count, count > 0 ? 10 : 3); !recent.empty() || count == 0) {
    return recent;
  }
  // "The Zetas were the armed wing of the Gulf cartel. The two gangs have fought since 2010": the
  // criminal groups the sentence before names, when as many as the number ("the two factions" may
  // be unnamed parts of them).
  std::vector<int> named;
  if (index > 0 && index - 1 < discourse.organizations.size() && !clause.Is(k, "factions")) {
    for (int e : discourse.organizations[index - 1]) {
      if (e >= 0 && graph->entities[graph->Root(e)].refining == "Cartel" &&
          std::find(named.begin(), named.end(), graph->Root(e)) == named.end()) {
        named.push_back(graph->Root(e));
      }
    }
  }
  return named.size() == count ? named : std::vector<int>{};
}

std::string FrameContext::Text(const std::string& doc, uint32_t first, uint32_t last) const {
  if (last <= first) return {};
  return doc.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

void ReadStructure(const Lexicon& lexicon, const RuleSet& rules, const std::vector<Token>& tokens, const std::string& text,
                   uint32_t sentence_index, const Sentence& sentence, const std::vector<Mention>& mentions,
                   const Discourse& discourse, ArticleGraph* graph) {
  const Clause clause(tokens, sentence, mentions, *graph);
  const FrameContext c{lexicon, rules.words(), tokens, sentence, sentence_index, clause, graph, discourse};
  ReadRoles(c, text);
  ReadKinship(c);
  ReadEvents(c);
  ReadRelations(c);
  ReadBossRoles(c, text);
  ReadRewards(c);
  ReadContenders(c);
  ReadPlaceAppositions(c);
  ReadFightPlaces(c);
}

namespace {

// The kin lexicon's entry for the last word of `text` ("brother", "younger brother"), or null.
const LexEntry* KinWord(const Lexicon& lexicon, const std::string& text) {
  const std::vector<Token> words = Tokenize(text, 0, text.size());
  if (words.empty()) return nullptr;
  const std::vector<LexMatch> kin = lexicon.MatchAt(words, words.size() - 1, words.size(), "kin");
  return kin.empty() ? nullptr : kin[0].entry;
}

}  // namespace

void DropKinRoles(const Lexicon& lexicon, ArticleGraph* graph) {
  std::erase_if(graph->relations, [&](const LocalRelation& r) {
    auto role = r.props.find("role");
    if (r.type != "MEMBER_OF" || role == r.props.end() || !role->second.is_string()) return false;
    const std::string& text = role->second.as_string();
    if (!KinWord(lexicon, text)) return false;
    graph->rejected.push_back(Rejected{r, "a kinship noun is no role in a group: \"" + text + "\""});
    return true;
  });
}

void MutualKin(const Lexicon& lexicon, const std::vector<Token>& tokens, const std::vector<std::vector<Mention>>& mentions,
               ArticleGraph* graph) {
  std::set<int> females;
  for (const auto& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.anaphoric && m.entity >= 0 && m.first < tokens.size() && OneOf(tokens[m.first].norm, "she|her|hers|herself")) {
        females.insert(graph->Root(m.entity));
      }
    }
  }
  std::set<std::pair<int, int>> read;
  for (const LocalRelation& r : graph->relations) {
    if (r.type == "RELATIVE_OF") read.insert({r.from, r.to});
  }
  const size_t n = graph->relations.size();
  for (size_t i = 0; i < n; ++i) {
    const LocalRelation& r = graph->relations[i];
    auto relation = r.props.find("relation");
    if (r.type != "RELATIVE_OF" || relation == r.props.end() || !relation->second.is_string()) continue;
    const LexEntry* kin = KinWord(lexicon, relation->second.as_string());
    const int to = graph->Root(r.to);
    if (!kin || kin->attr("mutual") != "yes" || females.count(to) || graph->entities[to].gender == 'f') continue;
    // "his brother's arrest": a relative described, not named, keeps the one direction read.
    auto described = [&](int e) { return graph->entities[e].name.find("'s ") != std::string::npos; };
    if (described(r.from) || described(r.to) || !read.insert({r.to, r.from}).second) continue;
    LocalRelation back = r;
    std::swap(back.from, back.to);
    back.source.rule += ".mutual";
    graph->relations.push_back(std::move(back));
  }
}

}  // namespace cg::ingest
