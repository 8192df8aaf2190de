#include "ingest/lead_targets.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ingest/article_events.h"
#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/modality.h"

namespace cg::ingest {
namespace {

// The entity a mention names when it is an entity of primary label `primary`, else -1.
int EntityOf(const ArticleGraph& g, const Mention& m, std::string_view primary) {
  if (m.kind != Mention::Kind::kEntity || m.entity < 0) return -1;
  const int e = g.Root(m.entity);
  return g.entities[e].primary == primary ? e : -1;
}

// The mention covering token t, or nullptr.
const Mention* MentionAt(const std::vector<Mention>& ms, uint32_t t) {
  for (const Mention& m : ms) {
    if (m.first <= t && t < m.last) return &m;
  }
  return nullptr;
}

// Is token k of sentence s a plain word: in lower case, inside no mention?
bool PlainWord(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms, uint32_t k) {
  return k < s.last_token && t[k].word() && !t[k].is(Token::kCapitalized) && !MentionAt(ms, k);
}

bool IsCartel(const ArticleGraph& g, const Mention* m) {
  return m && m->kind == Mention::Kind::kEntity && m->entity >= 0 && g.entities[g.Root(m->entity)].refining == "Cartel";
}

// An indefinite description of a group's member: "a|an" then up to four plain words and
// "of|in|for|with [the] GROUP" ("a reputed financial chief of the Juárez Cartel"), or up to two
// plain words, the GROUP and a plain word ("a senior Gulf Cartel commander").
struct Description {
  int group = -1;                       // the criminal group (-1: none found)
  uint32_t words_first = 0, words_last = 0;  // the description's plain words [first, last)
  std::string stated;                   // "who ran GROUP": LEADS; "who founded GROUP": FOUNDED
};

Description DescribesGroupMember(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms,
                                 const ArticleGraph& g) {
  auto plain = [&](uint32_t k) { return PlainWord(t, s, ms, k); };
  auto demonym = [&](uint32_t k) {  // "a Mexican drug lord"
    const Mention* m = MentionAt(ms, k);
    return m && m->kind == Mention::Kind::kDemonym && m->first == k && m->last == k + 1;
  };
  for (uint32_t i = s.first_token; i < s.last_token; ++i) {
    if (t[i].norm != "a" && t[i].norm != "an") continue;
    // "arrested the son of a Sinaloa cartel faction leader": the complement of a noun other than the
    // act ("the arrest of a Gulf Cartel leader") describes someone else.
    if (i >= s.first_token + 2 && OneOf(t[i - 1].norm, "of|for|to") && t[i - 2].word() && !t[i - 2].is(Token::kCapitalized)) {
      const Mention* head = MentionAt(ms, i - 2);
      if (!head || head->kind != Mention::Kind::kEntity || head->entity < 0 ||
          g.entities[g.Root(head->entity)].primary != "Event") {
        continue;
      }
    }
    uint32_t k = i + 1;
    uint32_t words = 0;
    // Over a hyphen too: "a high-ranking member of X".
    while (words < 5 && (plain(k) || demonym(k) || (t[k].norm == "-" && words > 0)) &&
           !OneOf(t[k].norm, "of|in|for|with|who")) {
      ++k, ++words;
    }
    // "a Mexican drug lord who ran the Tijuana Cartel": the relative clause states the role.
    if (words > 0 && k + 1 < s.last_token && t[k].norm == "who") {
      const bool leads = OneOf(t[k + 1].norm, "ran|runs|led|leads|heads|headed|commanded");
      const bool founded = OneOf(t[k + 1].norm, "founded|co-founded|cofounded");
      uint32_t o = k + 2;
      if (o < s.last_token && t[o].norm == "the") ++o;
      if (const Mention* m = MentionAt(ms, o); (leads || founded) && IsCartel(g, m)) {
        return {g.Root(m->entity), i + 1, i + 1, leads ? "LEADS" : "FOUNDED"};
      }
    }
    if (words > 0 && k < s.last_token && OneOf(t[k].norm, "of|in|for|with")) {
      uint32_t o = k + 1;
      if (o < s.last_token && t[o].norm == "the") ++o;
      if (const Mention* m = MentionAt(ms, o); IsCartel(g, m)) return {g.Root(m->entity), i + 1, k, ""};
    }
    const Mention* group = words <= 2 ? MentionAt(ms, i + 1 + words) : nullptr;
    if (IsCartel(g, group) && group->first == i + 1 + words && plain(group->last)) {
      return {g.Root(group->entity), group->last, group->last, ""};  // the role noun after it: RoleOfDescription
    }
  }
  return {};
}

// Is the act at mention `act` done to a person the sentence describes without naming, a role or
// kin noun after "the|a|an" and up to four plain words: the subject of the passive ("The mayor of
// a town in Guerrero was shot dead", "The son of one of Mexico's drug lords was extradited") or
// the object right after the verb ("police arrested a former state governor")?
bool DescribedTarget(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms, const Mention& act,
                     const Lexicon& words, const Lexicon& lexicon, const ArticleGraph& g) {
  // A plain word, a nationality, or the force or body the described one serves in ("a Mexican navy
  // vice admiral", "a federal police commander"): no person, no group.
  auto plain = [&](uint32_t k) {
    const Mention* m = MentionAt(ms, k);
    return PlainWord(t, s, ms, k) || (m && m->kind == Mention::Kind::kDemonym) ||
           (m && m->kind == Mention::Kind::kEntity && m->entity >= 0 && g.entities[g.Root(m->entity)].refining == "Country") ||
           (m && EntityOf(g, *m, "Organization") >= 0 && !IsCartel(g, m) &&
            OneOf(g.entities[g.Root(m->entity)].refining, "MilitaryUnit|Agency"));
  };
  // The end of a description opening at t[i] ("the|a|an"), or 0 when none opens there: a role or kin
  // noun, or (`person`) a plain noun of a person ("A Mexican national", "a Honduran man", "killed a U.S.
  // missionary": as the passive's subject or a killing's object only; "detained a man who was driving
  // a stolen truck" may be anyone).
  auto described = [&](uint32_t i, bool person) -> uint32_t {
    if (i >= s.last_token || !OneOf(t[i].norm, "the|a|an")) return 0;
    for (uint32_t k = i + 1; k <= i + 5 && k < s.last_token; ++k) {
      if (person && OneOf(t[k].norm, "man|woman|national|citizen|resident|defendant|fugitive|suspect|businessman|"
                                     "missionary|tourist|student|priest|pastor|teacher|doctor|activist|farmer")) {
        return k + 1;
      }
      for (const Lexicon* lex : {&words, &lexicon}) {
        const std::vector<LexMatch> m = lex->MatchAt(t, k, s.last_token, lex == &words ? "role" : "kin");
        if (!m.empty()) return k + static_cast<uint32_t>(m[0].length);
      }
      if (!plain(k)) return 0;
    }
    return 0;
  };
  // The object right after an active verb.
  const int event = EntityOf(g, act, "Event");
  const bool killing = event >= 0 && g.entities[event].refining == "Killing";
  if (act.last < s.last_token && !(act.first > s.first_token && OneOf(t[act.first - 1].norm, "was|were|been|be")) &&
      described(act.last, killing) > 0) {
    return true;
  }
  // The subject of the passive: it opens the sentence (after a dateline's dash), "was|were" before the act.
  if (act.first < s.first_token + 2 || !OneOf(t[act.first - 1].norm, "was|were|been")) return false;
  uint32_t open = s.first_token;
  for (uint32_t k = s.first_token; k < act.first && k < s.first_token + 12; ++k) {
    if (OneOf(t[k].norm, "-|--|–|—")) open = k + 1;  // "MEXICO CITY (AP) - The son of ...", "WASHINGTON – A"
  }
  const uint32_t end = described(open, true);
  if (end == 0) return false;
  // Another clause between (not the described one's relative clause: "A Mexican national who led a
  // smuggling ring in Nogales was sentenced").
  for (uint32_t k = end; k < act.first; ++k) {
    if (OneOf(t[k].norm, "said|says|and|that|which|;") || (t[k].norm == "who" && k != end)) return false;
  }
  return true;
}

// What the description's words state of the person it describes: the role noun they end with,
// after modifiers that leave its sense ("a suspected plaza boss", "a top leader"); nothing for a
// former role or another modifier ("a reputed financial chief": a chief of finances, not the head).
void RoleOfDescription(const std::vector<Token>& t, const Description& d, const Lexicon& words, int person,
                       const Source& source, ArticleGraph* g) {
  if (!d.stated.empty()) {
    LocalRelation r;
    r.type = d.stated;
    r.from = person;
    r.to = d.group;
    r.source = source;
    g->relations.push_back(std::move(r));
    return;
  }
  uint32_t k = d.words_first;
  bool hedged = false;  // "an alleged plaza boss": kept, hedged (modality.h)
  while (k < d.words_last &&
         OneOf(t[k].norm, "alleged|suspected|reputed|purported|senior|top|high-ranking|key|powerful")) {
    hedged |= OneOf(t[k].norm, "alleged|suspected|reputed|purported");
    ++k;
  }
  // "a regional boss", "a deputy leader": a rank under the head, not the head (role_frames.cc reads
  // the same words so).
  const uint32_t rank = k;
  if (k < d.words_last && OneOf(t[k].norm, "regional|local|deputy|assistant|associate|vice")) ++k;
  // "a Gulf Cartel plaza boss": the role noun right after the group (the longest match).
  const bool after_group = d.words_first == d.words_last;
  const size_t last = after_group ? std::min<size_t>(t.size(), k + 3) : d.words_last;
  const std::vector<LexMatch> m = words.MatchAt(t, k, last, "role");
  if (m.empty() || (!after_group && k + m[0].length != d.words_last)) return;
  const uint32_t role_last = k + static_cast<uint32_t>(m[0].length);
  std::string relation(m[0].entry->attr("relation"));
  if (m[0].entry->attr("lead") == "agency") {
    if (relation != "LEADS") return;  // an "agent", an "official" of a cartel: too vague
    relation = "MEMBER_OF";           // a cartel's "commander" is a rank
  }
  // "a Sinaloa cartel boss": a description is indefinite, so a rank's (roles.words rank=yes) is a member's.
  if (rank < k || m[0].entry->attr("rank") == "yes") relation = "MEMBER_OF";
  LocalRelation r;
  r.type = relation;
  r.from = person;
  r.to = d.group;
  if (relation == "MEMBER_OF") {
    std::string role;
    for (uint32_t w = rank; w < role_last; ++w) role += (w > rank ? " " : "") + t[w].norm;
    r.props["role"] = Value(role);
  }
  r.source = source;
  if (hedged) {
    r.source.hedged = true;
    r.source.confidence *= kHedgeFactor;
    r.props["hedged"] = Value(true);
  }
  g->relations.push_back(std::move(r));
}

// The person sentence s is about: the first one it names, when that one opens it ("Arturo X, alias
// ...", "The suspect, identified as X,"), else the only one; never its speaker ("Y said",
// "according to Y") nor an official; -1 when none.
// Is the person mention m (entity p) a source the sentence quotes: an official, "Y said", "Y,
// Mexico's security secretary, told reporters", "according to Y"?
bool QuotedSource(const std::vector<Token>& t, const Sentence& s, const Mention& m, int p, const ArticleGraph& g) {
  uint32_t after = m.last;
  if (after < s.last_token && t[after].norm == ",") {
    uint32_t close = after + 1;
    while (close < s.last_token && close <= after + 12 && t[close].norm != ",") ++close;
    if (close < s.last_token && t[close].norm == ",") after = close + 1;
  }
  // An official is a source, unless he is the subject of a clause of what befell him ("Vice Adm. X
  // was traveling by road when attackers opened fire").
  const bool befell = after < s.last_token && OneOf(t[after].norm, "was|had");
  const bool speaker = (g.entities[p].official && !befell) ||
                       (after < s.last_token && OneOf(t[after].norm, "said|says|told|added|stated"));
  const bool attributed = m.first >= s.first_token + 2 && t[m.first - 1].norm == "to" &&
                          t[m.first - 2].norm == "according";
  return speaker || attributed;
}

int OnePersonNamed(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms,
                   const ArticleGraph& g) {
  int found = -1;
  bool opens = false;
  for (const Mention& m : ms) {
    const int p = EntityOf(g, m, "Person");
    if (p < 0 || m.anaphoric) continue;
    // "The group, led by the sons of X, ...": a noun's complement is someone else's relative or chief
    // (not the act's: "The arrest of X").
    if (m.first > s.first_token + 1 && t[m.first - 1].norm == "of" && t[m.first - 2].word() &&
        std::none_of(ms.begin(), ms.end(), [&](const Mention& a) {
          return a.first <= m.first - 2 && m.first - 2 < a.last && EntityOf(g, a, "Event") >= 0;
        })) {
      continue;
    }
    if (found >= 0 && found != p) {
      if (opens) break;
      return -1;
    }
    opens = found < 0 && m.first < s.first_token + 8;
    // "The Jalisco group, led by X, ...": a passive's agent did something; he is not who it was done to.
    if (QuotedSource(t, s, m, p, g) || (m.first > s.first_token && t[m.first - 1].norm == "by")) return -1;
    found = p;
  }
  return found;
}

}  // namespace

void NameLeadTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, const Lexicon& words,
                     const Lexicon& lexicon, ArticleGraph* g) {
  const std::vector<Token>& t = seg.tokens;
  // The headline and the lead (a plain-text article may open with a line of its date).
  for (size_t s = 0; s < 3 && s + 1 < seg.sentences.size(); ++s) {
    const std::vector<Mention>& ms = mentions[s];
    bool names_person = false;
    // "..., navy spokesman X said": the lead's source names no one it is about.
    for (const Mention& m : ms) {
      const int p = EntityOf(*g, m, "Person");
      names_person |= p >= 0 && !m.anaphoric && !QuotedSource(t, seg.sentences[s], m, p, *g);
    }
    const Description described = DescribesGroupMember(t, seg.sentences[s], ms, *g);
    for (const Mention& m : ms) {
      const int event = EntityOf(*g, m, "Event");
      if (event < 0) continue;
      // A person described as the act's target may share the sentence with others named.
      if (names_person || described.group < 0) {
        if (!DescribedTarget(t, seg.sentences[s], ms, m, words, lexicon, *g)) continue;
      }
      const std::string& kind = g->entities[event].refining;
      if (kind != "Arrest" && kind != "Killing" && kind != "Extradition" && kind != "Sentencing") continue;
      bool targeted = false, criminal = false;
      for (const LocalRelation& r : g->relations) {
        if (r.type != "PARTICIPATED_IN" || g->Root(r.to) != event) continue;
        auto role = r.props.find("role");
        const std::string what = role != r.props.end() ? role->second.ToString() : "";
        targeted |= what == "target" || what == "victim";
        criminal |= what == "perpetrator";
      }
      if (targeted) continue;
      const int person = OnePersonNamed(t, seg.sentences[s + 1], mentions[s + 1], *g);
      if (person < 0) break;  // the headline's act may be named only after the lead's
      // "... after gunmen shot dead a police commander. Police arrested X in Saltillo": the next
      // sentence's person is the object of an act of another kind, not the one the description stood for
      // (unlike "X, 59, was extradited in 2011", whose subject it is about, or "Troops detained X", the
      // lead's arrest told again).
      const auto targets_person = [&](int act) {
        return std::any_of(g->relations.begin(), g->relations.end(), [&](const LocalRelation& r) {
          return IsTargetRole(r) && r.from >= 0 && r.to >= 0 && g->Root(r.from) == g->Root(person) &&
                 g->Root(r.to) == act;
        });
      };
      bool own_act = false;
      for (const Mention& a : mentions[s + 1]) {
        if (EntityOf(*g, a, "Person") >= 0 && g->Root(a.entity) == g->Root(person)) break;
        const int act = EntityOf(*g, a, "Event");
        own_act |= act >= 0 && g->Root(act) != event && g->entities[act].refining != kind && targets_person(act);
      }
      if (own_act) break;
      const Source source{static_cast<uint32_t>(s + 1), "infer.lead_named_next", 0.7f};
      LocalRelation r;
      r.type = "PARTICIPATED_IN";
      r.from = person;
      r.to = event;
      r.props["role"] = Value(std::string(criminal ? "victim" : "target"));
      r.source = source;
      g->relations.push_back(std::move(r));
      const std::string status = kind == "Killing"  ? "dead"
                                 : kind == "Arrest"   ? "arrested"
                                 : kind == "Sentencing" ? "imprisoned"
                                                      : "extradited";
      g->facts.push_back(LocalFact{person, "status", Value(status), source});
      if (kind != "Sentencing") {
        g->facts.push_back(LocalFact{person, "leads_end", Value(std::string(kind == "Killing" ? "killed" : status)), source});
      }
      if (described.group >= 0) {
        RoleOfDescription(t, described, words, person, Source{static_cast<uint32_t>(s), "infer.lead_named_next", 0.7f}, g);
      }
      return;
    }
  }
}

}  // namespace cg::ingest
