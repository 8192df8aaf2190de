// Group anaphors read again with the article's ties of persons to groups (see group_ties.h).
#include "ingest/group_ties.h"

#include <set>
#include <string_view>

#include "ingest/clause.h"

namespace cg::ingest {

namespace {

// A group's nouns, and those of the people who stand for it ("fighting Mendez's loyalists").
constexpr std::string_view kGroupNouns =
    "cartel|organization|gang|syndicate|network|empire|group|loyalists|men|gunmen|followers|people|fighters|hitmen";

// The one criminal group `person` leads, founded or belongs to by the relations read outside
// sentence `except`; -1 when none or several.
int OnlyGroupOf(const ArticleGraph& g, int person, uint32_t except) {
  std::set<int> groups;
  for (const LocalRelation& r : g.relations) {
    if (r.source.sentence == except || r.from < 0 || r.to < 0 || g.Root(r.from) != person ||
        !OneOf(r.type, "LEADS|MEMBER_OF|FOUNDED")) {
      continue;
    }
    const int to = g.Root(r.to);
    if (g.entities[to].refining == "Cartel") groups.insert(to);
  }
  return groups.size() == 1 ? *groups.begin() : -1;
}

bool IsPerson(const ArticleGraph& g, const Mention& m) {
  return m.kind == Mention::Kind::kEntity && m.entity >= 0 && g.entities[g.Root(m.entity)].primary == "Person";
}

// "his cartel", "her criminal organization", "X's drug trafficking organization", "X's gunmen": the token after
// the group noun when mention `m` is such a possessor, else 0.
size_t PossessedGroupEnd(const std::vector<Token>& t, const ArticleGraph& g, const Mention& m, size_t last) {
  if (!IsPerson(g, m)) return 0;
  size_t k = m.last;
  const bool pronoun = m.anaphoric && m.first + 1 == m.last && OneOf(t[m.first].norm, "his|her");
  if (!pronoun) {
    if (m.anaphoric || k >= last || t[k].norm != "'s") return 0;
    ++k;
  }
  for (size_t n = 0; n < 3 && k < last && OneOf(t[k].norm, "criminal|drug|trafficking|smuggling|-"); ++n) ++k;
  if (k >= last || t[k].is(Token::kCapitalized) || !OneOf(t[k].norm, kGroupNouns)) return 0;
  // "his group of bodyguards" is no criminal group; "his own faction" one he formed, not his old one.
  if (k + 1 < last && t[k + 1].norm == "of") return 0;
  return k + 1;
}

// "the organization he led", "the cartel that she ran": the person mention right after the
// description `d` (at `next`) that is the subject of a verb of leading, else -1.
int LeaderInClause(const std::vector<Token>& t, const ArticleGraph& g, const Mention& d, const Mention& next, size_t last) {
  if (!IsPerson(g, next) || !next.anaphoric || next.first + 1 != next.last || !OneOf(t[next.first].norm, "he|she")) return -1;
  const bool adjacent = next.first == d.last || (next.first == d.last + 1 && OneOf(t[d.last].norm, "that|which"));
  if (!adjacent) return -1;
  size_t k = next.last;
  for (size_t n = 0; n < 2 && k < last && OneOf(t[k].norm, "had|has|once|still|long|then|now|later"); ++n) ++k;
  if (k >= last || !OneOf(t[k].norm, "led|leads|ran|runs|headed|heads|founded|co-founded|commanded|commands|built|created"))
    return -1;
  return g.Root(next.entity);
}

// "X took charge of the cartel", "X had long run the organization": the person right before the
// description `d` (mention ms[j]) whose verb of leading has it as its object, else -1.
int LeaderOfObject(const std::vector<Token>& t, const ArticleGraph& g, const std::vector<Mention>& ms, size_t j) {
  if (j == 0 || !IsPerson(g, ms[j - 1])) return -1;
  const Mention& p = ms[j - 1];
  const Mention& d = ms[j];
  if (d.first <= p.last || d.first > p.last + 5) return -1;
  bool verb = false;
  for (size_t k = p.last; k < d.first; ++k) {
    if (!OneOf(t[k].norm, "led|ran|runs|leads|headed|heads|took|takes|assumed|seized|commanded|commands|over|charge|"
                          "control|command|leadership|of|had|has|long|later|then|now")) {
      return -1;
    }
    verb |= OneOf(t[k].norm, "led|ran|runs|leads|headed|heads|took|takes|assumed|seized|commanded|commands");
  }
  return verb ? g.Root(p.entity) : -1;
}

// "The gang that X created, La Familia, splintered": the group named in apposition right after the
// relative clause on the description ms[j], else -1.
int NamedAfterClause(const std::vector<Token>& t, const ArticleGraph& g, const std::vector<Mention>& ms, size_t j,
                     size_t last) {
  const Mention& d = ms[j];
  if (d.last >= last || !OneOf(t[d.last].norm, "that|which")) return -1;
  size_t next = j + 1;
  for (size_t k = d.last + 1; k < last && k <= d.last + 10; ++k) {
    while (next < ms.size() && ms[next].last <= k) ++next;
    if (OneOf(t[k].norm, ".|;|:")) return -1;
    if (t[k].norm != ",") continue;
    if (next >= ms.size() || ms[next].first != k + 1 || ms[next].anaphoric || ms[next].kind != Mention::Kind::kEntity ||
        ms[next].entity < 0 || g.entities[g.Root(ms[next].entity)].refining != "Cartel") {
      return -1;
    }
    const size_t after = ms[next].last;
    return after < last && OneOf(t[after].norm, ",|)|--") ? g.Root(ms[next].entity) : -1;
  }
  return -1;
}

// The one person the relations read before sentence `sentence` make `type` (LEADS, FOUNDED) of
// `group`; -1 when none or several.
int OnlyHolderOf(const ArticleGraph& g, int group, std::string_view type, uint32_t sentence) {
  int found = -1;
  for (const LocalRelation& r : g.relations) {
    if (r.type != type || r.source.sentence >= sentence || r.from < 0 || r.to < 0 || g.Root(r.to) != group) continue;
    const int p = g.Root(r.from);
    if (g.entities[p].primary != "Person") continue;
    if (found >= 0 && found != p) return -1;
    found = p;
  }
  return found;
}

// "the cartel's leader", "the Zetas leader", "the gang's top boss", "the group's founder": when the
// cartel mention ms[j] opens such a description where it refers to someone (not "X is|became|as the
// cartel's leader", not ", the cartel's leader," after a person, not "the cartel leader X" nor "the
// cartel's leader, X,"), the token after the role noun, with the relation it states in `relation`;
// else 0. A plural ("the cartel's leaders") or a rank ("a commander") refers to no one person.
size_t DescribedHolderEnd(const std::vector<Token>& t, const Lexicon& words, const ArticleGraph& g,
                          const std::vector<Mention>& ms, size_t j, const Sentence& s, std::string_view* relation) {
  const Mention& m = ms[j];
  if (m.kind != Mention::Kind::kEntity || m.entity < 0 || g.entities[g.Root(m.entity)].refining != "Cartel") return 0;
  const size_t last = s.last_token;
  size_t open = m.first;
  if (t[open].norm != "the") {
    if (open == s.first_token || t[open - 1].norm != "the") return 0;
    --open;
  }
  if (open > s.first_token) {
    const std::string& before = t[open - 1].norm;
    if (OneOf(before, "is|was|are|were|be|been|being|became|become|becomes|remains|remained|as|named|appointed")) return 0;
    if (before == "," && j > 0 && ms[j - 1].last + 1 == open && IsPerson(g, ms[j - 1])) return 0;
  }
  size_t k = m.last;
  if (k < last && t[k].norm == "'s") ++k;
  for (size_t n = 0; n < 2 && k < last && OneOf(t[k].norm, "top|longtime|reputed|alleged|jailed|imprisoned|fugitive"); ++n) ++k;
  const std::vector<LexMatch> role = words.MatchAt(t, k, last, "role");
  if (role.empty()) return 0;
  const LexEntry& entry = *role[0].entry;
  const size_t end = k + role[0].length;
  const std::string& noun = t[end - 1].norm;
  if (!OneOf(entry.attr("relation"), "LEADS|FOUNDED") || entry.attr("lead") == "agency" ||
      (noun.back() == 's' && noun != "boss")) {
    return 0;
  }
  if (end < last) {
    if (t[end].norm == "of" || (t[end].word() && t[end].is(Token::kCapitalized))) return 0;
    const bool named = t[end].norm == "," && j + 1 < ms.size() && ms[j + 1].first == end + 1 && IsPerson(g, ms[j + 1]);
    if (named) return 0;
  }
  *relation = entry.attr("relation");
  return end;
}

}  // namespace

std::vector<RereadGroup> ResolveGroupsByTies(const std::vector<Token>& t, const std::vector<Sentence>& sentences,
                                             const Lexicon& words, const ArticleGraph& g,
                                             std::vector<std::vector<Mention>>* mentions) {
  std::vector<RereadGroup> out;
  for (uint32_t s = 0; s < mentions->size(); ++s) {
    std::vector<Mention>& ms = (*mentions)[s];
    const size_t last = sentences[s].last_token;
    for (size_t j = 0; j < ms.size(); ++j) {
      Mention& m = ms[j];
      if (const size_t end = PossessedGroupEnd(t, g, m, last); end > 0) {
        // "his organization, the Sinaloa cartel,": the apposition names the group.
        const bool apposed = j + 1 < ms.size() && end < last && t[end].norm == "," && ms[j + 1].first == end + 1;
        const int group = apposed ? -1 : OnlyGroupOf(g, g.Root(m.entity), s);
        if (group < 0) continue;
        out.push_back({s, group, g.Root(m.entity)});
        m.last = static_cast<uint32_t>(end);
        m.entity = group;
        m.anaphoric = true;
        continue;
      }
      std::string_view relation;
      if (const size_t end = DescribedHolderEnd(t, words, g, ms, j, sentences[s], &relation); end > 0) {
        const int group = g.Root(m.entity);
        const int holder = OnlyHolderOf(g, group, relation, s);
        if (holder < 0) continue;
        out.push_back({s, holder, group});
        if (m.first > sentences[s].first_token && t[m.first - 1].norm == "the") --m.first;
        m.last = static_cast<uint32_t>(end);
        m.entity = holder;
        m.anaphoric = true;
        continue;
      }
      const bool description = m.kind == Mention::Kind::kEntity && m.entity >= 0 && m.anaphoric && m.last > m.first + 1 &&
                               g.entities[g.Root(m.entity)].refining == "Cartel";
      if (!description) continue;
      if (const int named = NamedAfterClause(t, g, ms, j, last); named >= 0) {
        if (named != g.Root(m.entity)) out.push_back({s, named, g.Root(m.entity)}), m.entity = named;
        continue;
      }
      int leader = j + 1 < ms.size() ? LeaderInClause(t, g, m, ms[j + 1], last) : -1;
      if (leader < 0) leader = LeaderOfObject(t, g, ms, j);
      const int group = leader >= 0 ? OnlyGroupOf(g, leader, s) : -1;
      if (group < 0 || group == g.Root(m.entity)) continue;
      out.push_back({s, group, g.Root(m.entity)});
      m.entity = group;
    }
  }
  return out;
}

}  // namespace cg::ingest
