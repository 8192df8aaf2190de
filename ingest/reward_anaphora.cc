#include "ingest/reward_anaphora.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ingest/clause.h"

namespace cg::ingest {
namespace {

bool RewardNoun(std::string_view w) { return OneOf(w, "reward|rewards|bounty|bounties"); }

// The reward a sentence announces: its amount (a money mention within six tokens of a reward noun)
// and the organization named nearest before them, not in the dateline; false when none.
bool Announced(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms, const ArticleGraph& g,
               const Mention** money, int* offerer) {
  for (const Mention& m : ms) {
    if (m.kind != Mention::Kind::kMoney) continue;
    bool reward = false;
    for (uint32_t k = m.first >= s.first_token + 6 ? m.first - 6 : s.first_token; k < s.last_token && k < m.last + 6; ++k) {
      reward |= RewardNoun(t[k].norm);
    }
    if (!reward) continue;
    uint32_t dateline = s.first_token;  // "WASHINGTON (Wire) --": the dateline names no offerer
    for (uint32_t k = s.first_token; k < m.first; ++k) {
      if (t[k].norm == "--") dateline = k + 1;
    }
    for (auto o = ms.rbegin(); o != ms.rend(); ++o) {
      if (o->kind != Mention::Kind::kEntity || o->entity < 0 || o->first >= m.first || o->first < dateline) continue;
      const int e = g.Root(o->entity);
      if (g.entities[e].primary != "Organization" || g.entities[e].refining == "Cartel") continue;
      *money = &m;
      *offerer = e;
      return true;
    }
  }
  return false;
}

// The persons sentence s names (not anaphoric, not officials, not a report's speaker).
std::vector<int> NamedPersons(const std::vector<Token>& t, const Sentence& sent, const std::vector<Mention>& ms,
                              const ArticleGraph& g) {
  std::vector<int> out;
  for (const Mention& m : ms) {
    if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.anaphoric) continue;
    const int p = g.Root(m.entity);
    if (g.entities[p].primary != "Person" || g.entities[p].official) continue;
    if (m.last < sent.last_token && OneOf(t[m.last].norm, "said|says|told|added")) continue;
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

void Offer(int offerer, int person, const Mention& money, uint32_t sentence, const char* rule, ArticleGraph* g) {
  LocalRelation r;
  r.type = "OFFERED_REWARD";
  r.from = offerer;
  r.to = person;
  r.props["amount"] = AmountValue(money);
  r.props["currency"] = Value(money.currency);
  r.source = Source{sentence, rule, 0.7f};
  g->relations.push_back(std::move(r));
}

}  // namespace

void RewardsReferredBack(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  const std::vector<Token>& t = seg.tokens;
  // "... charging A and B. The State Department is offering rewards of up to $10 million each for
  // information leading to their arrest": the persons the sentence before names.
  for (size_t s = 1; s < seg.sentences.size(); ++s) {
    const Sentence& sent = seg.sentences[s];
    bool their = false;
    for (uint32_t k = sent.first_token; k + 1 < sent.last_token; ++k) {
      their |= t[k].norm == "their" && OneOf(t[k + 1].norm, "arrest|capture|conviction|arrests|captures|convictions|"
                                                               "apprehension|whereabouts|extradition");
    }
    const Mention* money = nullptr;
    int offerer = -1;
    if (!their || !NamedPersons(t, sent, mentions[s], *g).empty() ||
        !Announced(t, sent, mentions[s], *g, &money, &offerer)) {
      continue;
    }
    const std::vector<int> persons = NamedPersons(t, seg.sentences[s - 1], mentions[s - 1], *g);
    if (persons.size() < 2) continue;
    for (int p : persons) Offer(offerer, p, *money, static_cast<uint32_t>(s), "infer.reward_their", g);
  }
  for (size_t s = 1; s < seg.sentences.size(); ++s) {
    const Sentence& sent = seg.sentences[s];
    const uint32_t w = sent.first_word;
    if (w + 3 >= sent.last_token || t[w].norm != "the" || !RewardNoun(t[w + 1].norm) ||
        !OneOf(t[w + 2].norm, "target|targets|name|names|cover|covers|are|is|seek|seeks")) {
      continue;
    }
    const Mention* money = nullptr;
    int offerer = -1;
    for (size_t b = s; b-- > 0 && b + 2 >= s && !money;) {
      if (!Announced(t, seg.sentences[b], mentions[b], *g, &money, &offerer)) money = nullptr;
    }
    if (!money) continue;
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.anaphoric || m.first < w + 3) continue;
      const int p = g->Root(m.entity);
      if (g->entities[p].primary != "Person" || g->entities[p].official) continue;
      if (m.last < sent.last_token && OneOf(t[m.last].norm, "said|says|told|added")) continue;
      Offer(offerer, p, *money, static_cast<uint32_t>(s), "infer.reward_referred_back", g);
    }
  }
}

}  // namespace cg::ingest
