// Money frames (frames.h): money offered for a person (OFFERED_REWARD) and
// money given to a program (FUNDED).
#include "ingest/frames.h"

#include <algorithm>

#include "ingest/modality.h"

namespace cg::ingest {
namespace {

// Plural nouns of persons a reward may be for ("for both men", "for the two fugitive kingpins").
constexpr std::string_view kPersonPlurals = "men|brothers|sons|kingpins|fugitives|leaders|suspects|traffickers|bosses|capos|cousins|lords";

// What a reward pays for, after "his" or "their": "leading to his capture", "on his head".
constexpr std::string_view kSoughtNouns = "arrest|capture|conviction|extradition|whereabouts|location|head|apprehension";

// The money mention near item i ([i-4, i+6]), or kNone.
size_t MoneyNear(const Clause& cl, size_t i) {
  for (size_t k = i >= 4 ? i - 4 : 0; k < cl.size() && k <= i + 6; ++k) {
    const Mention* m = cl.mention(k);
    if (m && m->kind == Mention::Kind::kMoney) return k;
  }
  // "increased its reward for information leading to X's arrest to up to $15 million": the new sum.
  const bool raised = (i >= 1 && cl.IsAny(i - 1, "increased|raised|doubled|boosted")) ||
                      (i >= 2 && cl.IsAny(i - 2, "increased|raised|doubled|boosted"));
  for (size_t k = i + 7; raised && k < cl.size() && k <= i + 20 && !cl.Break(k); ++k) {
    const Mention* m = cl.mention(k);
    if (m && m->kind == Mention::Kind::kMoney && cl.Is(k - 1, "to")) return k;
  }
  return kNone;
}

PropertyMap AmountOf(const Mention& m) {
  PropertyMap props;
  props["amount"] = AmountValue(m);
  props["currency"] = Value(m.currency);
  return props;
}

// "The State Department offered up to $5 million for information leading to
// the arrest of X"; "a $10 million reward for X".
class RewardReader : FrameReader {
 public:
  using FrameReader::FrameReader;

  void Run() {
    for (size_t i = 0; i < cl_.size(); ++i) {
      if (!c_.WordAt(i, "reward")) continue;
      const size_t money = MoneyNear(cl_, i);
      if (money == kNone) continue;
      size_t offerer = kNone;
      int modifier = -1;  // "a $5 million U.S. bounty": the country's government
      if (money + 1 < cl_.size() && cl_.EntityAs(money + 1, "Organization") >= 0) {
        offerer = money + 1;  // "a $5 million State Department reward"
      } else if (const int country = money + 2 < cl_.size() && c_.WordAt(money + 2, "reward")
                                         ? cl_.EntityAs(money + 1, "Country")
                                         : -1;
                 country >= 0 && c_.graph->entities[c_.graph->Root(country)].stands_for >= 0) {
        modifier = c_.graph->Root(c_.graph->entities[c_.graph->Root(country)].stands_for);
      } else {
        offerer = cl_.SubjectBefore(std::min(i, money), "Organization", 16);
        for (size_t k = offerer; offerer != kNone && k < std::min(i, money); ++k) {
          // "The Department of State, through its Narcotics Rewards Program, is offering": over a
          // phrase the subject's commas set off.
          if (k == offerer + 1 && cl_.Is(k, ",") && cl_.IsAny(k + 1, "through|via|under|with|in")) {
            size_t close = k + 1;
            while (close < std::min(i, money) && !cl_.Is(close, ",") && !cl_.Break(close)) ++close;
            if (close < std::min(i, money) && cl_.Is(close, ",")) {
              k = close;
              continue;
            }
          }
          // The offerer is the clause's own subject, or the antecedent of its relative pronoun
          // ("sought by U.S. authorities, who offered a reward").
          if (cl_.IsAny(k, ",|--|(") && !(cl_.Is(k, ",") && cl_.IsAny(k + 1, "who|which"))) offerer = kNone;
        }
        // "The FBI added X, a gang leader, to its list and offered a reward of $100,000 for his capture":
        // the verb of offering after "and" shares the subject of the phrase before.
        for (size_t v = std::min(i, money); offerer == kNone && v-- > 0 && v + 4 > std::min(i, money);) {
          if (!cl_.IsAny(v, "offered|offers|offering|posted|announced")) continue;
          const size_t shared = cl_.CoordinatedSubject(v, kNone, "Organization");
          if (shared != kNone && cl_.EntityAs(shared, "Organization") >= 0 &&
              c_.graph->entities[c_.graph->Root(cl_.EntityAs(shared, "Organization"))].refining != "Cartel") {
            offerer = shared;
          }
          break;
        }
        // "a reward was offered by the State Department".
        if (offerer == kNone && cl_.Passive(i)) offerer = cl_.ObjectAfter(i, "Organization", "by", 4);
        // "A reward of up to $20 million is being offered by the State Department for X".
        if (const size_t v = offerer == kNone ? PassiveOffer(i, money) : kNone; v != kNone) {
          offerer = cl_.ObjectAfter(v, "Organization", "by", 4);
        }
        // "X has a $2 million reward on his head from the State Department".
        if (offerer == kNone && cl_.EntityAs(money + 1, "Organization") < 0) {
          offerer = cl_.ObjectAfter(std::max(i, money), "Organization", "from", 8);
        }
        // "A reward ... is being offered for X, the State Department said", "Rewards ... are available
        // for X, the department said": the body that reports it.
        if (offerer == kNone && (OfferedPassive(i, money) || AvailableFor(money))) offerer = Reporter();
      }
      size_t person = PersonAfter(std::max(i, money));
      // "raised the reward for X to $15 million"
      if (person == kNone && money > i) person = ForPersonBetween(i, money);
      if (person == kNone && offerer != kNone) person = ForWhom(offerer);  // "X, for whom the DEA offers"
      // "X is wanted by the Attorney General's Office, which has offered 30 million pesos": the
      // person wanted, before the offerer (the span read for modality runs from that person).
      const size_t wanted = person == kNone && offerer != kNone ? WantedBy(offerer) : kNone;
      if (wanted != kNone) person = wanted;
      // "X, who carries a $5 million U.S. bounty", "X has a $2 million reward on his head": the bearer.
      const size_t bearer = Bearer(std::min(i, money));
      if (bearer != kNone && (person == kNone || Owner(person) == cl_.EntityAs(bearer, "Person"))) person = bearer;
      // "Rewards of 15 million pesos were offered for A and B", "A reward of up to $5 million is
      // available for X": no body in the sentence, the one that offered the article's last reward.
      const int body = offerer != kNone                                   ? cl_.EntityAs(offerer, "Organization")
                       : modifier >= 0                                    ? modifier
                       : OfferedPassive(i, money) || AvailableFor(money) ? LastOfferer()
                                                                          : -1;
      const uint32_t from = cl_.item(offerer != kNone ? std::min(offerer, i) : std::min(i, money)).first;
      if (body >= 0 && person == kNone) {
        for (int p : ForThePair(money)) {
          c_.Relate("OFFERED_REWARD", body, p, AmountOf(*cl_.mention(money)), "frame.reward.pair", 0.7f, from,
                    cl_.item(money).last);
        }
        for (int p : EachOfTheirs(money)) {
          c_.Relate("OFFERED_REWARD", body, p, AmountOf(*cl_.mention(money)), "frame.reward.their", 0.7f, from,
                    cl_.item(money).last);
        }
      }
      if (body < 0 || person == kNone) continue;
      // "The United States and Mexico have offered a combined $15 million for X": each offerer the
      // subject coordinates.
      std::vector<int> bodies{body};
      if (offerer != kNone && offerer < std::min(i, money)) {
        for (size_t o : cl_.Coordinated(offerer, "Organization|Country")) {
          const int b = cl_.EntityAs(o, "Organization");
          if (b >= 0 && std::find(bodies.begin(), bodies.end(), b) == bodies.end()) bodies.push_back(b);
        }
      }
      for (int b : bodies) {
        for (int p : Persons(person)) {
          if (wanted != kNone) {
            c_.Relate("OFFERED_REWARD", b, p, AmountOf(*cl_.mention(money)), "frame.reward.wanted_by", 0.75f,
                      cl_.item(person).first, cl_.item(money).last);
          } else {
            c_.Relate("OFFERED_REWARD", b, p, AmountOf(*cl_.mention(money)), "frame.reward", 0.8f, from,
                      cl_.item(person).last);
          }
        }
      }
      // "rewards of up to $15 million for A and $5 million for B", "a $5 million bounty on A and a
      // $2 million reward for B": each further amount for its person.
      for (size_t k = person + 1; k < cl_.size() && !cl_.Break(k); ++k) {
        const Mention* m = cl_.mention(k);
        if (!m || m->kind != Mention::Kind::kMoney) continue;
        size_t prep = k + 1 + (c_.WordAt(k + 1, "reward") ? 1 : 0);
        if (cl_.Is(prep, "each")) ++prep;  // "and up to $5 million each for A and B"
        // "... and up to $3 million for his brother, Y": over a possessive description; "... and up to
        // $4 million for information on Y": over what the money pays for.
        size_t who = prep + 1;
        if (cl_.IsAny(who, "his|her|their") && cl_.PlainWord(who + 1)) who += cl_.Is(who + 2, ",") ? 3 : 2;
        if (cl_.Is(who, "information")) {
          for (size_t n = who + 1; n < cl_.size() && n <= who + 10 && !cl_.Break(n) && !cl_.Is(n, ","); ++n) {
            if (cl_.EntityAs(n, "Person") >= 0) {
              who = n;
              break;
            }
          }
        }
        // "..., and Mexico's Attorney General's Office up to 30 million pesos": a second offerer
        // of a reward for the same persons.
        size_t g = k;
        while (g > person + 1 && cl_.IsAny(g - 1, "up|to|as|much")) --g;
        const int second = g > person + 2 ? cl_.EntityAs(g - 1, "Organization") : -1;
        const size_t opens = cl_.Is(g - 2, "'s") && g >= person + 5 ? g - 4 : g - 2;
        if (second >= 0 && cl_.Is(opens, "and") && !cl_.IsAny(prep, "for|on")) {
          for (int p : Persons(person)) {
            c_.Relate("OFFERED_REWARD", second, p, AmountOf(*m), "frame.reward.gapped", 0.7f, cl_.item(opens).first,
                      cl_.item(k).last);
          }
          continue;
        }
        if (!cl_.IsAny(prep, "for|on") || cl_.EntityAs(who, "Person") < 0) continue;
        for (size_t p : cl_.Coordinated(who, "Person")) {
          c_.Relate("OFFERED_REWARD", body, cl_.EntityAs(p, "Person"), AmountOf(*m), "frame.reward.each", 0.75f, from,
                    cl_.item(p).last);
        }
      }
      return;  // one reward statement a sentence
    }
  }

 private:
  // Is a form of "offer" / "post" in the passive near the reward ("a reward ... is being offered")?
  bool OfferedPassive(size_t i, size_t money) const { return PassiveOffer(i, money) != kNone; }

  // The passive verb of offering after the reward ("A reward of up to $5 million is being offered"),
  // or kNone.
  size_t PassiveOffer(size_t i, size_t money) const {
    for (size_t k = std::max(i, money) + 1; k < cl_.size() && k <= std::max(i, money) + 4; ++k) {
      if (cl_.IsAny(k, "offered|posted") && cl_.Passive(k)) return k;
    }
    return kNone;
  }

  // "A reward of up to $5 million is available for X", "A $15 million reward for X remains in
  // effect": the money's reward is on offer.
  bool AvailableFor(size_t money) const {
    for (size_t k = money + 1; k + 1 < cl_.size() && k <= money + 12 && !cl_.Break(k); ++k) {
      if (cl_.IsAny(k, "is|are|remains|remain|stands") && cl_.IsAny(k + 1, "available|outstanding|on|in|active|valid")) {
        return true;
      }
    }
    return false;
  }

  // The body that offered the last reward the article told in the three sentences before, or -1.
  int LastOfferer() const {
    int body = -1;
    uint32_t at = 0;
    for (const LocalRelation& r : c_.graph->relations) {
      if (r.type != "OFFERED_REWARD" || r.source.sentence >= c_.index || r.source.sentence + 3 < c_.index) continue;
      if (body < 0 || r.source.sentence >= at) {
        body = c_.graph->Root(r.from);
        at = r.source.sentence;
      }
    }
    return body;
  }

  // The organization that says the sentence: ", the State Department said" after the clause.
  size_t Reporter() const {
    for (size_t k = 2; k < cl_.size(); ++k) {
      if (!cl_.IsAny(k, "said|says|announced|stated")) continue;
      const size_t org = k - 1;
      size_t before = org;
      while (before > 0 && cl_.IsAny(before - 1, "the|a|an")) --before;
      if (before > 0 && cl_.Is(before - 1, ",") && cl_.EntityAs(org, "Organization") >= 0) return org;
    }
    return kNone;
  }

  // "X, for whom the State Department offers $5 million", "X, a Zetas commander, for whom ...", "X,
  // who remains at large and for whom ...": the
  // person the clause of the offerer at item `offerer` is about, or kNone.
  size_t ForWhom(size_t offerer) const {
    const size_t k = offerer - (offerer >= 1 && cl_.Is(offerer - 1, "the") ? 2 : 1);
    if (offerer < 4 || k < 3 || !cl_.Is(k, "whom") || !cl_.Is(k - 1, "for") || !cl_.IsAny(k - 2, ",|and")) return kNone;
    // Over the person's apposition: "X, a Zetas commander in Nuevo Laredo, for whom ...".
    for (size_t j = k - 3, n = 0; n < 14 && !cl_.Break(j); --j, ++n) {
      if (cl_.EntityAs(j, "Person") >= 0) return j;
      if (j == 0) break;
    }
    return kNone;
  }

  // "X is wanted by the Attorney General's Office, which has offered a reward", "X, who is sought by
  // Mexico's government, which offers ...": the person the clause says is wanted by the offerer at
  // item `offerer`, when the reward is told in the offerer's own relative clause; or kNone.
  size_t WantedBy(size_t offerer) const {
    if (!cl_.Is(offerer + 1, ",") || !cl_.IsAny(offerer + 2, "which|who")) return kNone;
    size_t k = offerer;
    if (k >= 2 && cl_.Is(k - 1, "'s") && cl_.EntityAs(k - 2, "Country") >= 0) k -= 2;  // "Mexico's ..."
    if (k >= 1 && cl_.Is(k - 1, "the")) --k;
    if (k < 3 || !cl_.Is(k - 1, "by") || !cl_.IsAny(k - 2, "wanted|sought|hunted")) return kNone;
    return cl_.SubjectBefore(k - 2, "Person", 12);
  }

  // "X, who carries a $5 million U.S. bounty", "X has a $2 million reward on his head": the person
  // subject of "carries" / "has" / "faces" (right before it, or the antecedent of "who") before the
  // reward's phrase opening at item `from` ("a", "up to"), or kNone.
  size_t Bearer(size_t from) const {
    size_t v = from;
    while (v > 0 && cl_.IsAny(v - 1, "a|an|up|to|the|of")) --v;
    if (v < 2 || !cl_.IsAny(v - 1, "carries|carry|carried|carrying|has|had|have|having|faces|faced|facing")) {
      return kNone;
    }
    if (cl_.EntityAs(v - 2, "Person") >= 0) return v - 2;  // the verb's own subject, right before it
    return cl_.Is(v - 2, "who") ? cl_.SubjectBefore(v - 1, "Person", 12) : kNone;
  }

  // "increased the reward for X to $15 million", "offered a reward for X of up to $5 million": the person
  // after "for" or "on" between the trigger at i and the money after it, or kNone.
  size_t ForPersonBetween(size_t i, size_t money) const {
    for (size_t k = i + 1; k < money; ++k) {
      if (cl_.Break(k)) return kNone;
      // "for X", "for information leading to X's arrest"
      const bool leading = cl_.Is(k - 1, "to") && k >= 2 && cl_.IsAny(k - 2, "leading|lead|leads");
      if ((cl_.IsAny(k - 1, "for|on") || leading) && (cl_.EntityAs(k, "Person") >= 0 || Owner(k) >= 0)) return k;
    }
    return kNone;
  }

  size_t PersonAfter(size_t from) const {
    for (size_t k = from + 1; k < cl_.size() && k <= from + 24; ++k) {
      if (cl_.IsAny(k, ".|;")) return kNone;
      if (cl_.EntityAs(k, "Person") >= 0 || Owner(k) >= 0) return k;
    }
    return kNone;
  }

  // "The Zetas are led by A. His second-in-command is B. ... rewards of up to $5 million each for
  // information leading to their capture": with "each" after the amount, "their" before an
  // arrest-like noun is the persons the two sentences before name in the same paragraph (two to
  // four; none when this sentence names a person or a plural group first).
  std::vector<int> EachOfTheirs(size_t money) const {
    if (!cl_.Is(money + 1, "each")) return {};
    size_t their = kNone;
    for (size_t k = money + 2; k + 1 < cl_.size() && k <= money + 12 && !cl_.Break(k); ++k) {
      // (the noun may be an act's mention: its word)
      if (cl_.Is(k, "their") &&
          OneOf(c_.tokens[cl_.item(k + 1).first].norm, kSoughtNouns)) {
        their = k;
        break;
      }
      if (cl_.EntityAs(k, "Person") >= 0 || cl_.EntityAs(k, "Organization") >= 0) return {};
    }
    if (their == kNone) return {};
    for (size_t k = 0; k < money; ++k) {
      if (cl_.EntityAs(k, "Person") >= 0) return {};
    }
    std::vector<int> out;
    const std::vector<Sentence>& sentences = c_.graph->sentences;
    for (uint32_t s = c_.index; s-- > 0 && c_.index - s <= 2;) {
      if (s >= c_.discourse.persons.size() || s >= sentences.size() ||
          sentences[s].paragraph != c_.sentence.paragraph) {
        break;
      }
      for (int p : c_.discourse.persons[s]) {
        if (p >= 0 && std::find(out.begin(), out.end(), c_.graph->Root(p)) == out.end()) out.insert(out.begin(), c_.graph->Root(p));
      }
    }
    return out.size() >= 2 && out.size() <= 4 ? out : std::vector<int>{};
  }

  // "The State Department has offered up to $5 million for each of them", "... each for the two
  // fugitive kingpins", "... for both men": a plural phrase of persons right after the money (and
  // "each") is the two to four persons the sentence coordinates before the money, else those the
  // nearest of the two sentences before coordinates in the same paragraph (discourse.h person_sets).
  std::vector<int> ForThePair(size_t money) const {
    size_t k = money + 1 + (cl_.Is(money + 1, "each") ? 1 : 0);
    if (!cl_.Is(k, "for")) return {};
    ++k;
    if (cl_.Is(k, "each") && cl_.Is(k + 1, "of")) k += 2;
    size_t end = k;
    if (cl_.IsAny(k, "them|both")) {
      end = k + 1;
      if (cl_.Is(k, "both") && cl_.IsAny(end, kPersonPlurals)) ++end;  // "both men"
    } else if (cl_.IsAny(k, "the|these|those")) {
      // The plural noun, a word of its own or a one-word mention ("the two fugitive kingpins": the
      // lexicon's designation word).
      auto plural = [&](size_t n) {
        return n < cl_.size() && cl_.item(n).last == cl_.item(n).first + 1 &&
               OneOf(c_.tokens[cl_.item(n).first].norm, kPersonPlurals);
      };
      size_t n = k + 1;
      if (cl_.IsAny(n, "two|three|four")) ++n;
      for (int w = 0; w < 2 && cl_.PlainWord(n) && !plural(n); ++w) ++n;
      if (!plural(n)) return {};
      end = n + 1;
    } else {
      return {};
    }
    if (end < cl_.size() && !cl_.Break(end) && !cl_.IsAny(end, ",|.|;|--|and|who|in")) return {};
    auto fits = [](const std::vector<int>& set) { return set.size() >= 2 && set.size() <= 4; };
    if (std::vector<int> here = PersonSetBefore(cl_, money); fits(here)) return here;
    for (size_t s = c_.index, n = 0; s-- > 0 && n < 2; ++n) {
      if (s >= c_.discourse.person_sets.size() || s >= c_.graph->sentences.size() ||
          c_.graph->sentences[s].paragraph != c_.sentence.paragraph) {
        break;
      }
      if (fits(c_.discourse.person_sets[s])) return c_.discourse.person_sets[s];
      if (!c_.discourse.persons[s].empty()) break;  // the nearest sentence that names anyone
    }
    return {};
  }

  // "for information leading to his capture": the person a possessive pronoun refers to, when an
  // arrest-like noun follows it.
  int Owner(size_t k) const {
    const Mention* m = cl_.mention(k);
    if (!m || !m->anaphoric || m->entity < 0 || !cl_.PossessiveDeterminer(k)) return -1;
    if (!cl_.IsAny(k + 1, kSoughtNouns)) return -1;
    const int e = c_.graph->Root(m->entity);
    return c_.graph->entities[e].primary == "Person" ? e : -1;
  }

  std::vector<int> Persons(size_t first) const {
    if (const int owner = Owner(first); owner >= 0) return {owner};
    std::vector<int> out;
    for (size_t p : cl_.Coordinated(first, "Person")) out.push_back(cl_.EntityAs(p, "Person"));
    // "for three men described as its top commanders: A, known as "T"; B, known as "C"; and C, the
    // leader of Y": a list after a colon whose members (each with its description) are set apart
    // by semicolons.
    if (first >= 1 && cl_.Is(first - 1, ":")) {
      for (size_t k = first + 1; k + 1 < cl_.size() && !cl_.Is(k, "."); ++k) {
        if (!cl_.Is(k, ";")) continue;
        const size_t next = k + 1 + (cl_.Is(k + 1, "and") ? 1 : 0);
        if (cl_.EntityAs(next, "Person") >= 0) out.push_back(cl_.EntityAs(next, "Person"));
      }
    }
    return out;
  }
};

// Money given to a program: "the United States has provided $1.5 billion through the Mérida
// Initiative", "the Mérida Initiative, $1.5 billion we have sent", "Congress appropriated $400
// million for the program" -> FUNDED {amount}. In a first-person text "we" is the speaking
// government (discourse.h), never the recipient ("we gave Mexico").
class FundingReader : FrameReader {
 public:
  using FrameReader::FrameReader;

  void Run() {
    if (BillFunds()) return;
    for (size_t i = 0; i < cl_.size(); ++i) {
      if (!c_.WordAt(i, "funding")) continue;
      const size_t money = MoneyNear(cl_, i);
      if (money == kNone) continue;
      const uint32_t first = cl_.item(std::min(i, money)).first;
      if (CueBefore(c_.words, c_.tokens, c_.sentence.first_token, first, "hypothetical", 4)) continue;
      const size_t program = ProgramOf(std::max(i, money), money);
      if (program == kNone) continue;
      const int funder = Funder(i, money);
      if (funder < 0) continue;
      c_.Relate("FUNDED", funder, cl_.EntityAs(program, "Program"), AmountOf(*cl_.mention(money)), "frame.funded",
                0.75f, std::min(first, cl_.item(program).first), std::max(cl_.item(i).last, cl_.item(program).last));
      return;  // one funding statement a sentence
    }
  }

 private:
  // "The bill pays for 1,000 new Border Patrol agents ... and 250 agents for Immigration and Customs
  // Enforcement", "This bill gives ATF the agents it needs to ...", "The supplemental sends money to
  // the Department of Justice so that ...": a bill's subject clause names what the Congress the
  // article names pays for -> FUNDED Congress -> each body or program named after the verb, up to
  // where the clause turns to a purpose or a relative ("so that", "to expand", "which"). True when
  // the sentence says what a bill pays for.
  bool BillFunds() const {
    for (size_t i = 2; i < cl_.size(); ++i) {
      if (!cl_.IsAny(i, "pays|paid|provides|provided|gives|gave|sends|sent|funds|funded|includes|included")) continue;
      const size_t noun = i - 1 - (cl_.IsAny(i - 1, "also|now") ? 1 : 0);
      if (noun < 1 || !cl_.IsAny(noun, "bill|legislation|measure|supplemental|package") ||
          !cl_.IsAny(noun - 1, "the|this|our")) {
        continue;
      }
      const int congress = Congress();
      if (congress < 0) return false;
      for (size_t k = i + 1; k < cl_.size() && !cl_.Break(k); ++k) {
        if (cl_.IsAny(k, "so|that|which|who|whose|because|while|but|if")) break;
        if (cl_.Is(k, "to") && !cl_.Is(k + 1, "the") && !cl_.IsEntity(k + 1)) break;  // "to expand": a purpose
        const int body = cl_.EntityAs(k, "Agency|MilitaryUnit|TaskForce|Program");
        if (body < 0 || cl_.Possessor(k)) continue;
        c_.Relate("FUNDED", congress, body, {}, "frame.funded.bill", 0.7f, cl_.item(noun - 1).first, cl_.item(k).last);
      }
      return true;
    }
    return false;
  }

  // The article's Congress (the lexicon's "Congress"), or -1 when the text names none.
  int Congress() const {
    const ArticleGraph& g = *c_.graph;
    for (size_t e = 0; e < g.entities.size(); ++e) {
      const LocalEntity& x = g.entities[e];
      if (x.merged_into < 0 && x.primary == "Organization" && x.name == "Congress") return static_cast<int>(e);
    }
    return -1;
  }

  // The program: after the money or verb ("for", "through", "under", "to"), or the name the money
  // stands in apposition to ("the Mérida Initiative, $1.5 billion ...").
  size_t ProgramOf(size_t after, size_t money) const {
    if (money >= 2 && cl_.Is(money - 1, ",") && cl_.EntityAs(money - 2, "Program") >= 0) return money - 2;
    // "Through the Mérida Initiative, Congress has appropriated $700 million": a program the clause
    // opens with, set off by a comma.
    if (cl_.IsAny(0, "through|under|via")) {
      const size_t p = cl_.Is(1, "the") ? 2 : 1;
      if (cl_.EntityAs(p, "Program") >= 0 && cl_.Is(p + 1, ",") && p + 1 < money) return p;
    }
    return cl_.ObjectAfter(after, "Program", "for|to|through|under|in|via|into|toward|towards|on", 12, true);
  }

  // Who gives: "we" before the verb in a statement, else the clause's subject (a country stands
  // for its government).
  int Funder(size_t i, size_t money) const {
    const size_t from = std::min(i, money);
    for (size_t k = i, n = 0; k-- > 0 && n < 4; ++n) {  // "$1.4 billion we have sent"
      if (cl_.Break(k) || cl_.Is(k, ",")) break;
      if (cl_.IsAny(k, "we|our") && c_.discourse.first_person) return SpeakerNotIn();
      if (k == money) n = 0;
    }
    const size_t s = cl_.SubjectBefore(from, "Organization", 12);
    return s == kNone ? -1 : cl_.EntityAs(s, "Organization");
  }

  // The most named government that the sentence does not name (the recipient: "giving checks to
  // Mexico, as we have done").
  int SpeakerNotIn() const {
    std::vector<int> named;
    for (size_t k = 0; k < cl_.size(); ++k) named.push_back(cl_.EntityAs(k, "Organization"));
    return c_.discourse.SpeakerOtherThan(named, *c_.graph);
  }
};

}  // namespace

void ReadRewards(const FrameContext& c) {
  RewardReader(c).Run();
  FundingReader(c).Run();
}

}  // namespace cg::ingest
