#include "ingest/reward_anaphora.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ingest/clause.h"
#include "ingest/vocabulary.h"

namespace cg::ingest {
namespace {

constexpr WordList kRewardNouns = "reward|rewards|bounty|bounties";
// Is the token a reward noun (by its vocabulary id: every sentence's words are asked)?
bool RewardNoun(const Token& w) { return kRewardNouns.Has(w.id); }

// The reward a sentence announces: its amount (a money mention within six tokens of a reward noun)
// and the organization named nearest before them, not in the dateline; false when none.
bool Announced(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms, const ArticleGraph& g,
               const Mention** money, int* offerer) {
  for (const Mention& m : ms) {
    if (m.kind != Mention::Kind::kMoney) continue;
    bool reward = false;
    for (uint32_t k = m.first >= s.first_token + 6 ? m.first - 6 : s.first_token; k < s.last_token && k < m.last + 6; ++k) {
      reward |= RewardNoun(t[k]);
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

// Is person p a brother of another of `persons` (a RELATIVE_OF {brother} between them)?
bool BrotherAmong(const ArticleGraph& g, int p, const std::vector<int>& persons) {
  for (const LocalRelation& r : g.relations) {
    auto relation = r.props.find("relation");
    if (r.type != "RELATIVE_OF" || relation == r.props.end() || relation->second.ToString() != "brother") continue;
    const int a = g.Root(r.from), b = g.Root(r.to);
    if ((a == p && std::count(persons.begin(), persons.end(), b)) || (b == p && std::count(persons.begin(), persons.end(), a))) {
      return true;
    }
  }
  return false;
}

// Does sentence s list who it names within its first five words ("The list includes", "They include",
// "Among them are", "The list is headed by")?
bool Listing(const std::vector<Token>& t, const Sentence& s) {
  for (uint32_t k = s.first_word; k < s.last_token && k < s.first_word + 5; ++k) {
    if (OneOf(t[k].norm, "include|includes|included|including|among|headed|topped|tops")) return true;
  }
  return false;
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

// The body that offers in sentence s a second sum after "and" / "while" ("..., and Mexico 30
// million pesos", "while Mexico had put a 30 million peso bounty on his head"), or in a sentence of
// its own ("Mexico had offered 30 million pesos."): the organization (a country: its government)
// named right before the sum, with no person between; its money mention in *money; -1 when none.
int SecondOfferer(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms,
                  const ArticleGraph& g, bool own_sentence, const Mention** money) {
  for (auto m = ms.rbegin(); m != ms.rend(); ++m) {
    if (m->kind != Mention::Kind::kMoney) continue;
    // "30 million pesos, or about $2.4 million": the sum restated in another currency is the one before.
    if (const auto before = std::next(m);
        before != ms.rend() && before->kind == Mention::Kind::kMoney && m->first <= before->last + 4) {
      continue;
    }
    for (auto o = std::make_reverse_iterator(m.base() - 1); o != ms.rend(); ++o) {
      if (o->kind != Mention::Kind::kEntity || o->entity < 0) continue;
      const LocalEntity& e = g.entities[g.Root(o->entity)];
      if (e.primary == "Person" || m->first > o->last + 6) return -1;
      int body = g.Root(o->entity);
      if (e.refining == "Country" && e.stands_for >= 0) body = g.Root(e.stands_for);
      if (g.entities[body].primary != "Organization" || g.entities[body].refining == "Cartel") return -1;
      const uint32_t k = o->first > s.first_token && t[o->first - 1].norm == "the" ? o->first - 1 : o->first;
      const bool opens = own_sentence ? k == s.first_word
                                      : k > s.first_token + 1 && OneOf(t[k - 1].norm, "and|while|whereas") &&
                                            OneOf(t[k - 2].norm, ",|;");
      if (!opens) return -1;
      *money = &*m;
      return body;
    }
    return -1;
  }
  return -1;
}

// The organization that announces rewards in sentence s without stating a sum ("The Department of
// State is offering the following rewards ...:"): the organization named nearest before the first
// reward noun, not in the dateline, not a criminal group; -1 when none or when the sentence has money.
int AnnouncedWithoutSum(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms,
                        const ArticleGraph& g) {
  if (std::any_of(ms.begin(), ms.end(), [](const Mention& m) { return m.kind == Mention::Kind::kMoney; })) return -1;
  uint32_t noun = s.last_token;
  for (uint32_t k = s.first_token; k < s.last_token && noun == s.last_token; ++k) {
    if (RewardNoun(t[k])) noun = k;
  }
  int offerer = -1;
  for (const Mention& o : ms) {
    if (o.kind != Mention::Kind::kEntity || o.entity < 0 || o.first >= noun) continue;
    const int e = g.Root(o.entity);
    if (g.entities[e].primary == "Organization" && g.entities[e].refining != "Cartel") offerer = e;
  }
  return noun == s.last_token ? -1 : offerer;
}

// The money a list item opens with ("- Up to $5 million for X", "$2 million each for A and B"), or
// nullptr.
const Mention* OpeningSum(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms) {
  uint32_t w = s.first_word;
  if (w + 1 < s.last_token && t[w].norm == "up" && t[w + 1].norm == "to") w += 2;
  for (const Mention& m : ms) {
    if (m.kind == Mention::Kind::kMoney && m.first == w) return &m;
  }
  return nullptr;
}

}  // namespace

void RewardsReferredBack(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  const std::vector<Token>& t = seg.tokens;
  // "The State Department had offered $5 million for X, and Mexico 30 million pesos": the second
  // body's sum is for the same person (in the sentence, or in the next one of its own).
  const size_t n = g->relations.size();
  for (size_t i = 0; i < n; ++i) {
    if (g->relations[i].type != "OFFERED_REWARD") continue;  // (before the copy: most relations are not)
    const LocalRelation reward = g->relations[i];  // a copy: the loop appends
    if (reward.from < 0 || reward.to < 0) continue;
    for (const bool own : {false, true}) {
      const size_t s = reward.source.sentence + (own ? 1 : 0);
      if (s >= seg.sentences.size()) continue;
      const Mention* money = nullptr;
      const int body = SecondOfferer(t, seg.sentences[s], mentions[s], *g, own, &money);
      if (body < 0 || g->Root(body) == g->Root(reward.from) ||
          (own && !NamedPersons(t, seg.sentences[s], mentions[s], *g).empty())) {
        continue;
      }
      Offer(body, reward.to, *money, static_cast<uint32_t>(s), "infer.reward_second_offerer", g);
    }
  }
  // "... charging A and B. The State Department is offering rewards of up to $10 million each for
  // information leading to their arrest" (or "for each of them"): the persons the sentence before
  // names.
  for (size_t s = 0; s < seg.sentences.size(); ++s) {
    const Sentence& sent = seg.sentences[s];
    bool their = false;  // "... leading to their arrest", "... for each of them", "for both men"
    size_t count = 0;      // "for the two men": 2
    bool brothers = false;  // "for the two brothers": persons a brother of another of them
    static const uint32_t kTheir = Vocabulary::Global().Id("their"), kEach = Vocabulary::Global().Id("each"),
                          kFor = Vocabulary::Global().Id("for");
    for (uint32_t k = sent.first_token; k + 1 < sent.last_token; ++k) {
      // Every reading below opens with "their", "each" or a "for" before k (a quick no for other words).
      if (t[k].id != kTheir && t[k].id != kEach && !(k > sent.first_token && t[k - 1].id == kFor)) continue;
      their |= t[k].norm == "their" && OneOf(t[k + 1].norm, "arrest|capture|conviction|arrests|captures|convictions|"
                                                               "apprehension|whereabouts|extradition");
      their |= k + 2 < sent.last_token && t[k].norm == "each" && t[k + 1].norm == "of" && t[k + 2].norm == "them";
      their |= k > sent.first_token && t[k - 1].norm == "for" && OneOf(t[k].norm, "both|them") &&
               (t[k].norm == "them" || OneOf(t[k + 1].norm, "men|brothers|of"));
      // "for the two brothers", "for the two men": as many persons as counted.
      if (k > sent.first_token && k + 2 < sent.last_token && t[k - 1].norm == "for" && t[k].norm == "the" &&
          OneOf(t[k + 2].norm, "men|brothers|leaders|fugitives|sons")) {
        count = t[k + 1].norm == "two" ? 2 : t[k + 1].norm == "three" ? 3 : 0;
        brothers = t[k + 2].norm == "brothers";
        their |= count > 0;
      }
      // "for 24 top leaders", "for the 37 fugitives": a count of persons the sentence does not name.
      their |= k > sent.first_token && t[k - 1].norm == "for" &&
               (t[k].is(Token::kNumber) || (t[k].norm == "the" && t[k + 1].is(Token::kNumber)));
    }
    const Mention* money = nullptr;
    int offerer = -1;
    if (!their || !NamedPersons(t, sent, mentions[s], *g).empty() ||
        !Announced(t, sent, mentions[s], *g, &money, &offerer)) {
      continue;
    }
    std::vector<int> persons = s > 0 ? NamedPersons(t, seg.sentences[s - 1], mentions[s - 1], *g) : std::vector<int>{};
    if (brothers) std::erase_if(persons, [&](int p) { return !BrotherAmong(*g, p, persons); });
    // "... for information leading to their capture. The list includes A, B and C": else the persons a
    // listing sentence right after names.
    if (persons.size() < 2 && s + 1 < seg.sentences.size() && Listing(t, seg.sentences[s + 1])) {
      persons = NamedPersons(t, seg.sentences[s + 1], mentions[s + 1], *g);
    }
    if (persons.size() < 2 || (count > 0 && persons.size() != count)) continue;
    for (int p : persons) Offer(offerer, p, *money, static_cast<uint32_t>(s), "infer.reward_their", g);
  }
  // "The Department of State is offering the following rewards ...: - Up to $5 million for A. - Up to
  // $3 million for B.": each list item's sum for the persons it names.
  for (size_t s = 0; s + 1 < seg.sentences.size(); ++s) {
    const int offerer = AnnouncedWithoutSum(t, seg.sentences[s], mentions[s], *g);
    for (size_t n = s + 1; offerer >= 0 && n < seg.sentences.size() && n <= s + 12; ++n) {
      const Mention* money = OpeningSum(t, seg.sentences[n], mentions[n]);
      if (!money) break;
      for (int p : NamedPersons(t, seg.sentences[n], mentions[n], *g)) {
        Offer(offerer, p, *money, static_cast<uint32_t>(n), "infer.reward_listed", g);
      }
    }
  }
  for (size_t s = 1; s < seg.sentences.size(); ++s) {
    const Sentence& sent = seg.sentences[s];
    const uint32_t w = sent.first_word;
    if (w + 3 >= sent.last_token || t[w].norm != "the" || !RewardNoun(t[w + 1]) ||
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
