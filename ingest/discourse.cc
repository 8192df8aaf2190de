#include "ingest/discourse.h"

#include <algorithm>
#include <map>
#include <set>

#include "ingest/clause.h"
#include "ingest/entity_table.h"
#include "ingest/lexicon.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

bool FirstPerson(const Segmented& seg) {
  int count = 0;
  for (const Sentence& s : seg.sentences) {
    bool quoted = false;  // quotation marks open and close within a sentence or run to its end
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      const std::string& n = seg.tokens[t].norm;
      if (n == "\"") quoted = !quoted;
      if (!quoted && (n == "we" || n == "our")) ++count;
    }
  }
  return count >= 2;
}

// A legislator's floor speech: a sentence opens by addressing the chair ("Mr. President, I rise",
// "Madam Speaker,"). Its speaker is no president's spokesman: "President X" there names no country.
// A release headed by its issuer: one of the first five sentences is "THE WHITE HOUSE" (a readout
// or a fact sheet says "President X" of its own president without a "we").
bool IssuedByWhiteHouse(const Segmented& seg) {
  for (size_t i = 0; i < seg.sentences.size() && i < 5; ++i) {
    const Sentence& s = seg.sentences[i];
    std::string words;
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      if (seg.tokens[t].word()) words += (words.empty() ? "" : " ") + seg.tokens[t].norm;
    }
    if (words == "the white house") return true;
  }
  return false;
}

bool FloorSpeech(const Segmented& seg) {
  for (const Sentence& s : seg.sentences) {
    uint32_t t = s.first_token;
    if (t + 2 >= s.last_token) continue;
    const std::string& title = seg.tokens[t].norm;
    if (title != "mr." && title != "mr" && title != "madam" && title != "mrs." && title != "ms.") continue;
    if (seg.tokens[t + 1].norm == ".") ++t;
    const std::string& chair = seg.tokens[t + 1].norm;
    if ((chair == "president" || chair == "speaker" || chair == "chairman") && seg.tokens[t + 2].norm == ",") return true;
  }
  return false;
}

std::vector<int> Governments(const std::vector<std::vector<Mention>>& mentions, const ArticleGraph& g) {
  std::map<int, int> count;
  for (const std::vector<Mention>& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0) continue;
      const int e = g.Root(m.entity);
      const LocalEntity& ent = g.entities[e];
      // A country's government, not its legislature, courts or an administration.
      if (ent.refining == "Government" && ent.name.find("overnment") != std::string::npos) ++count[e];
      if (ent.stands_for >= 0) ++count[g.Root(ent.stands_for)];
    }
  }
  std::vector<int> out;
  for (const auto& [e, n] : count) out.push_back(e);
  std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return count[a] > count[b]; });
  return out;
}

// Does the institution mention m say whose it is: a nationality or a country in it or just before
// it ("Mexican military", "Mexico's Financial Intelligence Unit")?
bool CountryNamed(const Segmented& seg, const Lexicon& lex, const Mention& m) {
  for (uint32_t k = m.first >= 2 ? m.first - 2 : 0; k < m.last; ++k) {
    for (const LexMatch& x : lex.MatchAt(seg.tokens, k, m.last)) {
      if (x.entry->kind == "demonym" || x.entry->refining == "Country") return true;
    }
  }
  return false;
}

std::string HomeCountry(const Segmented& seg, const Lexicon& lex, const std::vector<std::vector<Mention>>& mentions,
                        const ArticleGraph& g) {
  std::map<std::string, int> count;
  for (const std::vector<Mention>& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0) continue;
      const LocalEntity& e = g.entities[g.Root(m.entity)];
      const bool institution = e.refining == "Agency" || e.refining == "MilitaryUnit" || e.refining == "TaskForce" ||
                               (e.refining == "Government" && e.name.find("overnment") == std::string::npos);
      if (!e.lex || !institution || CountryNamed(seg, lex, m)) continue;  // the lexicon's scan last
      const std::string_view country = e.lex->attr("country");
      if (!country.empty()) ++count[std::string(country)];
    }
  }
  std::string best;
  int first = 0, second = 0;
  for (const auto& [country, n] : count) {
    if (n > first) {
      second = first;
      first = n;
      best = country;
    } else if (n > second) {
      second = n;
    }
  }
  return first > second ? best : std::string();
}

std::vector<int> LastGroup(const Clause& clause, const ArticleGraph& g) {
  std::vector<int> out;
  for (size_t i = 0; i < clause.size(); ++i) {
    if (clause.EntityAs(i, "Organization") < 0) continue;
    const std::vector<size_t> members = clause.Coordinated(i, "Organization");
    if (members.size() < 2 || members.front() != i) continue;
    out.clear();
    for (size_t m : members) out.push_back(clause.EntityAs(m, "Organization"));
    i = members.back();
  }
  if (!out.empty()) return out;
  // "The Zetas served as the Gulf cartel's armed wing until 2010, when the two groups split.": the
  // two criminal groups the sentence names, when it describes them as two.
  bool two = false;
  for (size_t i = 0; i + 2 < clause.size(); ++i) {
    two |= clause.Is(i, "the") && clause.Is(i + 1, "two") && clause.IsAny(i + 2, "cartels|groups|organizations|gangs|factions");
  }
  if (!two) return out;
  for (size_t i = 0; i < clause.size(); ++i) {
    const int e = clause.EntityAs(i, "Cartel");
    if (e >= 0 && std::find(out.begin(), out.end(), g.Root(e)) == out.end()) out.push_back(g.Root(e));
  }
  return out.size() == 2 ? out : std::vector<int>{};
}

// The one person a headline of remarks or a statement names after "by" or "from" ("Remarks by
// President Trump in Joint Address", "Statement from President Joe Biden on the Arrest of ..."):
// the headline is the first sentence with a word, and names no second person.
int HeadlineSpeaker(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, const ArticleGraph& g) {
  for (size_t s = 0; s < seg.sentences.size() && s < mentions.size(); ++s) {
    const Sentence& sentence = seg.sentences[s];
    uint32_t k = sentence.first_token;
    while (k < sentence.last_token && !seg.tokens[k].word()) ++k;
    if (k == sentence.last_token || seg.tokens[k].norm == "date") continue;  // front matter
    if (!OneOf(seg.tokens[k].norm, "remarks|statement|address|message|testimony|letter")) return -1;
    int speaker = -1;
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || g.entities[g.Root(m.entity)].primary != "Person") continue;
      if (speaker >= 0 && g.Root(m.entity) != speaker) return -1;  // "Remarks by A and B"
      bool after_by = false;
      for (uint32_t j = k + 1; j < m.first; ++j) after_by |= OneOf(seg.tokens[j].norm, "by|from");
      if (!after_by) return -1;
      speaker = g.Root(m.entity);
    }
    return speaker;
  }
  return -1;
}

// The organizations sentence s names (mentions of an Organization, not a country standing for its
// government), distinct, in order; -1 for an unnamed part of one ("a cell of the Gulf Cartel", "a
// Zetas faction"), which "its" after it may mean as well.
std::vector<int> Organizations(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                               const ArticleGraph& g) {
  auto part = [&](uint32_t t) { return t < tokens.size() && OneOf(tokens[t].norm, kGroupParts); };
  // A wire dateline's agency ("(AP)", "(Reuters)") and capital ("WASHINGTON --" for the government)
  // tell where the report comes from: no organization "its" in the next sentence may mean.
  auto dateline = [&](const Mention& m, int e) {
    const bool enclosed = m.first >= 1 && m.last < tokens.size() && tokens[m.first - 1].norm == "(" &&
                          tokens[m.last].norm == ")";
    const bool capital = &m == &mentions.front() && g.entities[e].refining == "Government" &&
                         tokens[m.first].is(Token::kAllCaps) && m.last < tokens.size() &&
                         OneOf(tokens[m.last].norm, "(|--|-|—|–|,");
    return (enclosed && g.entities[e].refining == "Media") || capital;
  };
  std::vector<int> out;
  for (const Mention& m : mentions) {
    if (m.kind != Mention::Kind::kEntity || m.entity < 0) continue;
    const int e = g.Root(m.entity);
    if (g.entities[e].primary != "Organization" || dateline(m, e)) continue;
    uint32_t of = m.first >= 1 && tokens[m.first - 1].norm == "the" ? m.first - 1 : m.first;
    const bool unnamed_part = part(m.last) || (of >= 2 && tokens[of - 1].norm == "of" && part(of - 2));
    for (const int found : unnamed_part ? std::vector<int>{-1, e} : std::vector<int>{e}) {
      if (std::find(out.begin(), out.end(), found) == out.end()) out.push_back(found);
    }
  }
  return out;
}

// The entity of the government of the discourse's home country (new when the article has none), or -1.
int HomeGovernment(const Discourse& discourse, const Lexicon& lexicon, ArticleGraph* g) {
  const LexEntry* country = lexicon.FindEntity(discourse.home_country);
  const LexEntry* entry = country ? lexicon.FindEntity(country->attr("government")) : nullptr;
  return entry ? EntityForLex(g, entry, false) : -1;
}
}  // namespace

std::vector<int> Discourse::RecentGroup(uint32_t sentence, size_t count, uint32_t back) const {
  for (uint32_t s = sentence; s-- > 0 && sentence - s <= back && s < groups.size();) {
    if (groups[s].empty()) continue;
    if (count == 0 || groups[s].size() == count) return groups[s];
    return {};
  }
  return {};
}

std::vector<int> Discourse::PairBefore(uint32_t sentence) const {
  if (sentence == 0 || sentence > persons.size()) return {};
  const std::vector<int>& before = persons[sentence - 1];
  return before.size() == 2 ? before : std::vector<int>{};
}

std::vector<int> Discourse::PersonSetBefore(uint32_t sentence) const {
  if (sentence == 0 || sentence > person_sets.size() || !groups[sentence - 1].empty()) return {};
  return person_sets[sentence - 1];
}

int Discourse::OnlyOrganization(uint32_t sentence) const {
  return sentence < organizations.size() && organizations[sentence].size() == 1 ? organizations[sentence][0] : -1;
}

int Discourse::SpeakerOtherThan(const std::vector<int>& others, const ArticleGraph& g) const {
  for (int gov : governments) {
    const bool other = std::any_of(others.begin(), others.end(), [&](int e) { return e >= 0 && g.Root(e) == g.Root(gov); });
    if (!other) return gov;
  }
  return -1;
}

int Discourse::FirstPersonAgent(const std::vector<Token>& tokens, const Sentence& sentence, uint32_t t,
                                const std::vector<int>& others, const ArticleGraph& g) const {
  if (!first_person) return -1;
  const std::string& w = tokens[t].norm;
  if (w != "i" && w != "we") return -1;
  bool quoted = false;
  for (uint32_t k = sentence.first_token; k < t; ++k) quoted ^= tokens[k].norm == "\"";
  if (quoted) return -1;
  return w == "i" ? speaker_person : SpeakerOtherThan(others, g);
}

std::vector<int> PersonSetBefore(const Clause& cl, size_t end, bool* plural) {
  std::vector<int> out;
  bool any = false;
  bool other = false;  // a person named before, whom "their" may mean as well ("X met A and B")
  for (size_t i = 0; i < end && i < cl.size(); ++i) {
    const char* label = cl.EntityAs(i, "Person") >= 0         ? "Person"
                        : cl.EntityAs(i, "Organization") >= 0 ? "Organization"
                                                              : nullptr;
    if (!label) {
      // A plural noun of people clears the set, not the reporters of a tail ("..., officials said";
      // "according to police"): they are no participants "them" or "both" may mean.
      const bool reporters = cl.IsAny(i + 1, "said|say|says|told|reported|added") ||
                             (i >= 2 && cl.Is(i - 1, "to") && cl.Is(i - 2, "according"));
      if (cl.IsAny(i, kPluralGroups) && !reporters) {
        out.clear();
        any = true;
      }
      continue;
    }
    std::vector<size_t> members = cl.Coordinated(i, label);
    std::erase_if(members, [&](size_t m) { return m >= end; });
    if (members.empty() || members.front() != i) continue;
    const bool persons = label == std::string_view("Person");
    if (members.size() < 2) {
      // One more person ("A and B met C") may be meant too; a complement ("sons of C") or the
      // owner of a kin noun ("X's sons A and B") is not.
      if (persons && !cl.Anaphoric(i) && !cl.PersonComplement(i) && !(cl.Possessor(i) && cl.IsAny(i + 2, kPluralKin))) {
        other = true;
        out.clear();
      }
      continue;
    }
    any = true;
    out.clear();
    for (size_t m : members) {
      if (!persons || other || cl.Anaphoric(m)) {
        out.clear();
        break;
      }
      out.push_back(cl.EntityAs(m, "Person"));
    }
    i = members.back();
  }
  if (plural) *plural = any;
  return out;
}

Discourse FindDiscourse(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions,
                        const ArticleGraph& g, const Lexicon& lexicon) {
  Discourse d;
  d.first_person = FirstPerson(seg);
  d.governments = Governments(mentions, g);
  // A release of the White House speaks for the United States, whatever bodies it reports on.
  d.issued_by_home = IssuedByWhiteHouse(seg);
  d.home_country = d.issued_by_home ? std::string("United States") : HomeCountry(seg, lexicon, mentions, g);
  d.speaker_person = HeadlineSpeaker(seg, mentions, g);
  d.groups.resize(seg.sentences.size());
  d.organizations.resize(seg.sentences.size());
  d.persons.resize(seg.sentences.size());
  d.person_sets.resize(seg.sentences.size());
  d.places.resize(seg.sentences.size());
  for (size_t s = 0; s < seg.sentences.size() && s < mentions.size(); ++s) {
    const Clause clause(seg.tokens, seg.sentences[s], mentions[s], g);
    d.groups[s] = LastGroup(clause, g);
    d.person_sets[s] = PersonSetBefore(clause, clause.size());
    d.organizations[s] = Organizations(seg.tokens, mentions[s], g);
    for (const Mention& m : mentions[s]) {
      // (Not a place in a compound adjective: "the Texas-born enforcer", "a Sinaloa-based group".)
      const bool compound = m.last + 1 < seg.tokens.size() && seg.tokens[m.last].norm == "-" &&
                            seg.tokens[m.last + 1].word() && !seg.tokens[m.last + 1].is(Token::kCapitalized);
      if (m.kind == Mention::Kind::kEntity && m.entity >= 0 && g.entities[g.Root(m.entity)].primary == "Place" && !compound) {
        d.places[s].push_back(g.Root(m.entity));
      }
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.anaphoric || g.entities[g.Root(m.entity)].primary != "Person") continue;
      // "X, one of El Chapo's sons": a possessor only anchors a description of another person.
      if (m.last < seg.tokens.size() && seg.tokens[m.last].norm == "'s") continue;
      if (std::find(d.persons[s].begin(), d.persons[s].end(), g.Root(m.entity)) == d.persons[s].end()) {
        d.persons[s].push_back(g.Root(m.entity));
      }
    }
  }
  return d;
}

void AddHomeGovernment(const Lexicon& lexicon, ArticleGraph* g, Discourse* discourse) {
  if (!discourse->first_person || discourse->home_country.empty()) return;
  const int government = HomeGovernment(*discourse, lexicon, g);
  if (government < 0) return;
  // An issuer's release speaks as "we" for its own government before any other it names more often
  // ("Today, the Government of Mexico transferred ... We also sanctioned X" from the White House).
  if (discourse->issued_by_home) {
    std::erase_if(discourse->governments, [&](int e) { return g->Root(e) == g->Root(government); });
    discourse->governments.insert(discourse->governments.begin(), government);
    return;
  }
  for (int e : discourse->governments) {
    if (g->Root(e) == g->Root(government)) return;
  }
  discourse->governments.push_back(government);
}

void PresidentOfSpeaker(const Discourse& discourse, const Lexicon& lexicon, const Segmented& seg,
                        const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  if (!(discourse.first_person || IssuedByWhiteHouse(seg)) || discourse.home_country.empty() || FloorSpeech(seg)) return;
  auto leads_government = [&](int person) {
    for (const LocalRelation& r : g->relations) {
      if (r.type == "LEADS" && g->Root(r.from) == person &&
          g->entities[g->Root(r.to)].name.find("overnment") != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  std::set<int> presidents;
  uint32_t sentence = 0;
  for (size_t s = 0; s < mentions.size(); ++s) {
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity || m.first < 1 || seg.tokens[m.first - 1].norm != "president") continue;
      if (g->entities[g->Root(m.entity)].primary != "Person") continue;
      // Not "Vice President X", nor "Mexican President X" (the title names its country).
      const bool qualified = m.first >= 2 && (seg.tokens[m.first - 2].norm == "vice" ||
                                              std::any_of(mentions[s].begin(), mentions[s].end(), [&](const Mention& q) {
                                                return q.last == m.first - 1;
                                              }));
      // "We commend President X": one the speaker praises or thanks is another country's.
      const bool addressed = m.first >= 3 && OneOf(seg.tokens[m.first - 2].norm, kThanksVerbs) &&
                             (OneOf(seg.tokens[m.first - 3].norm, "we|i") ||
                              (m.first >= 4 && OneOf(seg.tokens[m.first - 4].norm, "we|i")));
      // "President X received the U.S. delegation": one who hosts the speaker's country is another's.
      bool hosts = false;
      for (const Mention& q : mentions[s]) {
        if (q.kind != Mention::Kind::kEntity || q.entity < 0 || q.first <= m.last || q.first > m.last + 6) continue;
        if (g->entities[g->Root(q.entity)].name != discourse.home_country) continue;
        for (uint32_t t = m.last; t < q.first; ++t) {
          hosts |= OneOf(seg.tokens[t].norm, "received|receives|hosted|hosts|welcomed|welcomes|greeted|greets|met");
        }
      }
      // "President López Obrador of Mexico" leads his own government already.
      if (qualified || addressed || hosts || leads_government(g->Root(m.entity))) continue;
      if (presidents.insert(g->Root(m.entity)).second && presidents.size() == 1) sentence = static_cast<uint32_t>(s);
    }
  }
  if (presidents.size() != 1) return;
  const int president = *presidents.begin();
  // The home country's government: the article's entity for it, or a new one from the lexicon.
  const int government = HomeGovernment(discourse, lexicon, g);
  if (government < 0) return;
  g->relations.push_back(LocalRelation{"LEADS", president, government, {},
                                       {sentence, "discourse.president_of_speaker", 0.75f}});
}

void WhiteHouseBodies(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  std::set<int> administrations;
  for (const std::vector<Mention>& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0) continue;
      const LocalEntity& e = g->entities[g->Root(m.entity)];
      if (e.refining == "Government" && NormalizeName(e.name).ends_with("administration")) {
        administrations.insert(g->Root(m.entity));
      }
    }
  }
  if (administrations.size() != 1) return;
  const int administration = *administrations.begin();
  for (size_t s = 0; s < mentions.size(); ++s) {
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.first < 2) continue;
      if (seg.tokens[m.first - 2].norm != "white" || seg.tokens[m.first - 1].norm != "house") continue;
      const int body = g->Root(m.entity);
      if (body == administration || g->entities[body].primary != "Organization") continue;
      g->relations.push_back(LocalRelation{"PART_OF", body, administration, {},
                                           {static_cast<uint32_t>(s), "discourse.white_house", 0.75f}});
    }
  }
}

}  // namespace cg::ingest
