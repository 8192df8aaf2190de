#include "ingest/matcher.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <optional>

#include "ingest/clause_words.h"
#include "ingest/modality.h"
#include "ingest/sentence_matcher.h"
#include "ingest/vocabulary.h"

namespace cg::ingest {
namespace {

// Nouns of a group's part or people: a group name right before one modifies it ("a Gulf Cartel
// cell", "Zetas members").
constexpr WordList kPartNouns =
    "cell|cells|faction|factions|unit|wing|branch|plaza|network|splinter|offshoot|member|members|operative|"
    "operatives|gunmen|hitmen";
// The possessives of a described member ("and his driver, B").
constexpr WordList kPossessives = "his|her|their|its";
// Words after a list's last member that do not make it a clause's subject.
constexpr WordList kAfterMember = "and|or|in|on|at|of|for|from|to|with|by|near|during|after|before|as|were|are|was|is|who";
// Verbs of saying, which open a reported clause, and the pronouns that take up its speaker.
constexpr WordList kSayingVerbs = "said|says|told|added|stated|announced|confirmed";
constexpr WordList kSpeakerPronouns = "it|he|she|they|we";
// Words that describe a place before its name ("western Chihuahua", "neighboring Guanajuato").
constexpr WordList kPlaceAdjectives = clause_words::kPlaceAdjectives;
// The people a country names before them ("U.S. officials", "Mexican authorities").
constexpr WordList kCountrysPeople =
    "officials|authorities|prosecutors|agents|officers|investigators|lawmakers|troops|soldiers|forces|diplomats|"
    "sources|analysts|senators|legislators|marshals|police";
// Nouns of a place a state's name modifies before "of" ("the Sinaloa town of Badiraguato").
constexpr WordList kPlaceNounsOf = "town|city|port|village|municipality|resort|township|hamlet";
// Words that may follow a place's name when it is no compound's modifier.
constexpr WordList kAfterPlace =
    "and|or|but|in|on|at|from|to|into|since|for|where|while|after|before|during|with|as|by|than|until|when";

}  // namespace

SentenceMatcher::SentenceMatcher(const Lexicon& words, const std::vector<Token>& tokens, const std::string& text,
                                 uint32_t index, const Sentence& s, const std::vector<Mention>& mentions,
                                 const SentenceContext& context, ArticleGraph* g)
    : words_(words), t_(tokens), text_(text), index_(index), sentence_first_(s.first_token), mentions_(mentions),
      context_(context), g_(g), items_(Clause(tokens, s, mentions, *g).items()) {
  ids_.reserve(s.last_token - s.first_token);
  for (uint32_t i = s.first_token; i < s.last_token; ++i) ids_.push_back(t_[i].id);
  std::sort(ids_.begin(), ids_.end());
  ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
  id_set_ = IdSet(ids_);
  mention_items_.reserve(mentions_.size());
  words_at_.reserve(items_.size());
  for (uint32_t k = 0; k < items_.size(); ++k) {
    const Item& it = items_[k];
    if (it.mention >= 0) mention_items_.push_back(k);
    if (it.last == it.first + 1) words_at_.emplace_back(t_[it.first].id, k);
  }
  std::sort(words_at_.begin(), words_at_.end());
  offers_.assign(items_.size(), std::nullopt);
  possessive_.assign(items_.size(), false);
  for (const uint32_t k : mention_items_) {
    const Token* next = k + 1 < items_.size() && items_[k + 1].mention < 0 ? &t_[items_[k + 1].first] : nullptr;
    possessive_[k] = PossessivePronoun(mentions_[items_[k].mention], t_, next);
  }
}

void SentenceMatcher::Apply(const Rule& rule) {
  if (!rule.MayMatch(id_set_)) return;
  Starts(rule, &starts_);
  for (const uint32_t start : starts_) {
    if (!CanStart(rule, start)) continue;
    Binding b;
    b.begin = start;
    if (Match(rule, 0, start, &b)) {
      Emit(rule, b);
      offers_.assign(items_.size(), std::nullopt);  // Emit may merge entities or change their labels
    }
  }
}

void SentenceMatcher::Starts(const Rule& rule, std::vector<uint32_t>* out) const {
  out->clear();
  const auto every_item = [&] {
    out->resize(items_.size());
    std::iota(out->begin(), out->end(), 0u);
  };
  for (const PatternElem& e : rule.pattern) {
    const size_t before = out->size();
    switch (e.kind) {
      case PatternElem::Kind::kWords:
        for (const auto& seq : e.alternatives) {
          if (seq.empty()) return every_item();
          const auto lo = std::lower_bound(words_at_.begin(), words_at_.end(), std::pair{seq[0], 0u});
          for (auto it = lo; it != words_at_.end() && it->first == seq[0]; ++it) out->push_back(it->second);
        }
        break;
      case PatternElem::Kind::kSlot: out->insert(out->end(), mention_items_.begin(), mention_items_.end()); break;
      default: return every_item();
    }
    if (!e.optional) {
      // The items of one source alone (the mentions, or one word's) are already in order, each once.
      if (before > 0 || (e.kind == PatternElem::Kind::kWords && e.alternatives.size() > 1)) {
        std::sort(out->begin(), out->end());
        out->erase(std::unique(out->begin(), out->end()), out->end());
      }
      return;
    }
  }
  every_item();  // every element optional: CanStart takes any item
}

inline bool SentenceMatcher::CanStart(const Rule& rule, size_t item) const {
  for (const PatternElem& e : rule.pattern) {
    bool takes = false;
    switch (e.kind) {
      case PatternElem::Kind::kWords:
        for (const auto& seq : e.alternatives) {
          takes = seq.empty() || IsSingleWord(items_[item], seq[0]);
          if (takes) break;
        }
        break;
      case PatternElem::Kind::kSlot: takes = Accepts(item, e.type_bits).has_value(); break;
      default: return true;  // gaps and free words: Match decides
    }
    if (takes) return true;
    if (!e.optional) return false;
  }
  return true;
}


uint32_t SentenceMatcher::CommaId() {
  static const uint32_t id = Vocabulary::Global().Id(",");
  return id;
}

uint64_t SentenceMatcher::LabelBits(const LocalEntity& ent) {
  return SlotTypeBit(ent.primary) | (ent.refining.empty() ? 0 : SlotTypeBit(ent.refining));
}

SentenceMatcher::Offer SentenceMatcher::ReadOffer(size_t item) const {
  Offer o;
  const Mention& m = mentions_[items_[item].mention];
  static const uint64_t kDate = SlotTypeBit("Date"), kMoney = SlotTypeBit("Money"),
                        kDesignation = SlotTypeBit("Designation"), kDemonym = SlotTypeBit("Demonym"),
                        kAny = SlotTypeBit("Any");
  switch (m.kind) {
    case Mention::Kind::kDate: o.bits = kDate; return o;
    case Mention::Kind::kMoney: o.bits = kMoney; return o;
    case Mention::Kind::kDesignation: o.bits = kDesignation; return o;
    case Mention::Kind::kDemonym: o.bits = kDemonym; return o;
    case Mention::Kind::kEntity: break;
  }
  o.entity = g_->Root(m.entity);
  const LocalEntity& ent = g_->entities[o.entity];
  o.bits = kAny | LabelBits(ent);
  // A country as an actor stands for its government.
  if (ent.stands_for >= 0) {
    o.government = g_->Root(ent.stands_for);
    o.government_bits = LabelBits(g_->entities[o.government]);
  }
  return o;
}

inline const SentenceMatcher::Offer& SentenceMatcher::OfferOf(size_t item) const {
  std::optional<Offer>& cached = offers_[item];
  if (!cached) cached = ReadOffer(item);
  return *cached;
}

inline std::optional<int> SentenceMatcher::Accepts(size_t item, uint64_t bits) const {
  if (items_[item].mention < 0 || possessive_[item]) return std::nullopt;
  return Fills(OfferOf(item), bits);
}

bool SentenceMatcher::EndsInMemberRole(uint32_t first, uint32_t last) const {
  for (uint32_t k = first; k < last; ++k) {
    for (const LexMatch& m : words_.MatchAt(t_, k, last, "role")) {
      if (k + m.length != last) continue;
      if (m.entry->attr("relation") == "MEMBER_OF" || m.entry->attr("lead") == "agency") return true;
    }
  }
  return false;
}

// Whether the slot is the containing place of an OPERATES_IN or a LOCATED_IN the rule writes.
static bool ContainingPlaceSlot(const Rule& rule, const PatternElem& e) {
  return std::any_of(rule.outputs.begin(), rule.outputs.end(), [&](const RuleOutput& o) {
    return o.kind == RuleOutput::Kind::kRelation && (o.type == "OPERATES_IN" || o.type == "LOCATED_IN") &&
           o.to == e.slot;
  });
}

bool SentenceMatcher::Match(const Rule& rule, size_t pe, size_t item, Binding* b) {
  if (pe == rule.pattern.size()) {
    b->end = item;
    return true;
  }
  const PatternElem& e = rule.pattern[pe];
  if (MatchElem(rule, e, pe, item, b)) return true;
  return e.optional && Match(rule, pe + 1, item, b);
}

bool SentenceMatcher::MatchElem(const Rule& rule, const PatternElem& e, size_t pe, size_t item, Binding* b) {
  switch (e.kind) {
    case PatternElem::Kind::kWords:
      for (const auto& seq : e.alternatives) {
        if (item + seq.size() > items_.size()) continue;
        bool ok = true;
        for (size_t k = 0; k < seq.size() && ok; ++k) ok = IsSingleWord(items_[item + k], seq[k]);
        if (ok && Match(rule, pe + 1, item + seq.size(), b)) return true;
      }
      return false;
    case PatternElem::Kind::kGap:
    case PatternElem::Kind::kAnyGap:
    case PatternElem::Kind::kFreeGap:
    case PatternElem::Kind::kWordGap:
      for (int skip = 0; skip <= e.max && item + skip <= items_.size(); ++skip) {
        if (skip > 0) {
          const Item& it = items_[item + skip - 1];
          // "Héctor, who took over after Arturo's death, was captured": a gap that opens with a
          // possessive ("'s") ends at the comma that closes the possessor's phrase.
          if ((e.kind == PatternElem::Kind::kGap || e.kind == PatternElem::Kind::kAnyGap) && skip > 1 &&
              IsSingleToken(items_[item], "'s") && IsSingleToken(it, ",")) {
            return false;
          }
          // _N: plain words only, no mention and no punctuation ("the death, X" is no death of X).
          if (e.kind == PatternElem::Kind::kWordGap && (it.mention >= 0 || !t_[it.first].word())) return false;
          // _N spans a noun phrase's words, never the time clause "since" opens: "the highest-ranking
          // officer slain since President X took office" is no killing of X.
          if (e.kind == PatternElem::Kind::kWordGap && IsSingleWordOf(it, "since")) return false;
          if (e.kind == PatternElem::Kind::kGap && IsActorItem(it)) return false;
          if (e.kind == PatternElem::Kind::kAnyGap && IsNamedPerson(it) && !IsBound(it, *b)) return false;
          // The apposition a gap skips ends where an adverbial clause opens: in "X, 44, took over
          // after its founder, Y, was killed" the killed one is Y's, not X's.
          if (e.kind == PatternElem::Kind::kFreeGap && pe == 2 && SkipsApposition(rule) && OpensAdverbialClause(it))
            return false;
          const bool single = it.last == it.first + 1;
          const std::string_view norm = t_[it.first].norm;
          if (single && (norm == "." || norm == ";" || norm == "--")) return false;
          // "trains Mexican inspectors, and the FBI has ...": ", and" / ", but" opens another clause.
          if ((e.kind == PatternElem::Kind::kGap || e.kind == PatternElem::Kind::kAnyGap) && it.mention < 0 &&
              single && (norm == "and" || norm == "but") && item + skip >= 2 &&
              IsSingleToken(items_[item + skip - 2], ",")) {
            return false;
          }
          // "..., and we work with X": a first-person subject opens another clause.
          if (it.mention < 0 && single && (norm == "we" || norm == "i")) return false;
          // "X said the suspect was detained": a verb of saying opens the reported clause, whose
          // subject is another unless a pronoun takes up X's ("X said it would coordinate with Y");
          // a gap ^N that skips an apposition may still cross one.
          if (e.kind != PatternElem::Kind::kFreeGap && it.mention < 0 && IsSingleWordOf(it, kSayingVerbs)) {
            const size_t next = item + skip;
            const bool pronoun = next < items_.size() && IsSingleWordOf(items_[next], kSpeakerPronouns);
            if (!pronoun) return false;
          }
        }
        if (Match(rule, pe + 1, item + skip, b)) return true;
      }
      return false;
    case PatternElem::Kind::kFreeWords: {
      // One to five plain words, the longest that lets the rest match.
      size_t n = 0;
      while (n < 5 && item + n < items_.size() && items_[item + n].mention < 0 &&
             t_[items_[item + n].first].word()) {
        ++n;
      }
      for (; n >= 1; --n) {
        if (e.member_role && !EndsInMemberRole(items_[item].first, items_[item + n - 1].last)) continue;
        // "a lawyer working for": a participle opens a reduced relative, past the noun phrase.
        if (n > 1 && Participial(t_[items_[item + n - 1].first].norm)) continue;
        b->words[e.slot] = {items_[item].first, items_[item + n - 1].last};
        if (Match(rule, pe + 1, item + n, b)) return true;
      }
      b->words.erase(e.slot);
      return false;
    }
    case PatternElem::Kind::kSlot: {
      if (item >= items_.size()) return false;
      std::optional<int> accepted = Accepts(item, e.type_bits);
      // "including Mexico's Financial Intelligence Unit": a possessor the slot does not take, before a
      // body it does, stands for nothing of its own.
      if (!accepted && items_[item].mention >= 0 && item + 2 < items_.size() && IsSingleToken(items_[item + 1], "'s") &&
          Accepts(item + 2, e.type_bits)) {
        item += 2;
        accepted = Accepts(item, e.type_bits);
      }
      // "is strong in western Chihuahua", "Torreón, in northern Coahuila": a group's ground and a
      // place's container take the whole place a part's adjective names (an event's place stays the
      // most specific one the text names alone).
      if (!accepted && items_[item].mention < 0 && IsSingleWordOf(items_[item], kPlaceAdjectives) &&
          item + 1 < items_.size() && ContainingPlaceSlot(rule, e)) {
        const std::optional<int> place = Accepts(item + 1, e.type_bits);
        // Not a compound's modifier ("in northern Mexico prison brawl"): a word of its own ends it.
        const bool compound = item + 2 < items_.size() && items_[item + 2].mention < 0 &&
                              t_[items_[item + 2].first].word() && !IsSingleWordOf(items_[item + 2], kAfterPlace);
        if (place && *place >= 0 && g_->entities[*place].primary == "Place" && !compound) accepted = place, ++item;
      }
      if (!accepted) return false;
      const int first = *accepted;
      // A possessor ending the pattern modifies a noun after it ("a spokesman for the Gulf
      // Cartel's victims"): it is not what the rule is about.
      if (pe + 1 == rule.pattern.size() && !e.list && item + 1 < items_.size() &&
          IsSingleToken(items_[item + 1], "'s")) {
        return false;
      }
      // So is a country ending it before the people it names: "in Sinaloa state, U.S. officials said".
      if (pe + 1 == rule.pattern.size() && !e.list && item + 1 < items_.size() && first >= 0 &&
          g_->entities[first].refining == "Country" && IsSingleWordOf(items_[item + 1], kCountrysPeople)) {
        return false;
      }
      // So is an act's place ending it before a place noun's "of": "raided a ranch in the Sinaloa town
      // of Badiraguato" is in the town the phrase names after it (what contains the town, or a group's
      // ground, is still the state).
      if (pe + 1 == rule.pattern.size() && !e.list && item + 2 < items_.size() && first >= 0 &&
          g_->entities[first].primary == "Place" && IsSingleWordOf(items_[item + 1], kPlaceNounsOf) &&
          IsSingleToken(items_[item + 2], "of") && !ContainingPlaceSlot(rule, e)) {
        return false;
      }
      // So is a group ending it before a part's noun: "the head of a Juárez Cartel cell".
      if (pe + 1 == rule.pattern.size() && !e.list && item + 1 < items_.size() &&
          IsSingleWordOf(items_[item + 1], kPartNouns)) {
        return false;
      }
      // A person opening the pattern as the complement of a noun ("the wife of X", "a son of
      // X") is not the subject of the predicate after it ("..., was arrested"); only an
      // apposition pattern (", the leader of") may start there, and not one that skips the
      // apposition to a predicate after it ("X , ^30 , was arrested": in "Y, a lieutenant of X,
      // the cartel's leader, was arrested" that is Y's).
      if (pe == 0 && first >= 0 && (ComplementOfNoun(item) || EndsPhrase(item)) &&
          g_->entities[first].primary == "Person" &&
          !(pe + 1 < rule.pattern.size() && OpensWithComma(rule.pattern[pe + 1]) && !SkipsApposition(rule))) {
        return false;
      }
      // A person's possessive opening the pattern before a plain noun ("Guzmán's sons could also vie for
      // control of the organization") is not the subject: the noun is (unless the pattern goes on with "'s").
      if (pe == 0 && first >= 0 && g_->entities[first].primary == "Person" && item + 2 < items_.size() &&
          IsSingleToken(items_[item + 1], "'s") && items_[item + 2].mention < 0 &&
          items_[item + 2].last == items_[item + 2].first + 1 && t_[items_[item + 2].first].word()) {
        bool goes_on = false;  // the pattern's own "'s"
        if (pe + 1 < rule.pattern.size() && rule.pattern[pe + 1].kind == PatternElem::Kind::kWords) {
          for (const std::vector<uint32_t>& seq : rule.pattern[pe + 1].alternatives) {
            goes_on |= seq.size() == 1 && seq[0] == t_[items_[item + 1].first].id;
          }
        }
        if (!goes_on) return false;
      }
      std::vector<Bound> members{Bound{items_[item].mention, first}};
      size_t next = item + 1;
      // "worked with Mexico's Financial Intelligence Unit": a possessor of a body the slot also
      // takes is not the one meant, the body is (unless the pattern itself goes on with "'s").
      const bool possessor = item + 2 < items_.size() && IsSingleToken(items_[item + 1], "'s");
      bool pattern_possessive = false;
      if (possessor && pe + 1 < rule.pattern.size() && rule.pattern[pe + 1].kind == PatternElem::Kind::kWords) {
        for (const std::vector<uint32_t>& seq : rule.pattern[pe + 1].alternatives) {
          pattern_possessive |= seq.size() == 1 && seq[0] == t_[items_[item + 1].first].id;
        }
      }
      if (possessor && !pattern_possessive) {
        if (const std::optional<int> body = Accepts(item + 2, e.type_bits)) {
          members[0] = Bound{items_[item + 2].mention, *body};
          next = item + 3;
        }
      }
      next = PastGloss(next);
      if (e.list) {
        // "A, B, and C", "A and B", ", and others"
        while (next < items_.size()) {
          // "the Drug Enforcement Administration (DEA) and the FBI": over a member's acronym.
          if (next + 2 < items_.size() && IsSingleToken(items_[next], "(") && IsSingleToken(items_[next + 2], ")")) {
            next += 3;
          }
          // "A, a police commander, and B", "A, a trucking firm, B and C": over a member's apposition.
          const size_t apposition = next;
          next = PastApposition(next, e.type_bits);
          const bool past_apposition = next != apposition;
          size_t k = next;
          bool sep = false, conjunction = false, comma = false;
          if (IsSingleToken(items_[k], ",")) ++k, sep = comma = true;
          if (k < items_.size() && (IsSingleToken(items_[k], "and") || IsSingleToken(items_[k], "or"))) {
            ++k, sep = conjunction = true;
          }
          if (k < items_.size() && IsSingleToken(items_[k], "the")) ++k;
          // "and his driver, B": a member after its possessive description (one to three plain words).
          if (conjunction && k + 3 < items_.size() && IsSingleWordOf(items_[k], kPossessives)) {
            size_t w = k + 1;
            while (w < items_.size() && w < k + 4 && items_[w].mention < 0 && items_[w].last == items_[w].first + 1 &&
                   t_[items_[w].first].word() && !t_[items_[w].first].is(Token::kCapitalized)) {
              ++w;
            }
            if (w > k + 1 && w + 1 < items_.size() && IsSingleToken(items_[w], ",") && Accepts(w + 1, e.type_bits)) k = w + 1;
          }
          if (!sep || k >= items_.size()) break;
          // "the DEA and U.S. Immigration and Customs Enforcement": a country qualifying the
          // organization after it is no member;
          // "... and Mexico's Federal Commission for ...": so does a country's possessive.
          const size_t body = k + 2 < items_.size() && IsSingleToken(items_[k + 1], "'s") ? k + 2 : k + 1;
          if (body < items_.size() && items_[k].mention >= 0 && items_[body].mention >= 0 &&
              mentions_[items_[k].mention].entity >= 0 && mentions_[items_[body].mention].entity >= 0 &&
              g_->entities[g_->Root(mentions_[items_[k].mention].entity)].refining == "Country" &&
              g_->entities[g_->Root(mentions_[items_[body].mention].entity)].primary == "Organization") {
            k = body;
          }
          // "A and B, El Chapo's sons", "A, El Chapo's brother": a possessor of what the slot does not
          // take is an apposition's, no member.
          const bool apposed = k + 2 < items_.size() && IsSingleToken(items_[k + 1], "'s") && !Accepts(k + 2, e.type_bits);
          // "A and B had provided": without a comma the pair is one subject.
          // (Past an apposition, a member with a verb of its own after it opens a clause: "founded by X, a
          // former officer, and Y took control".)
          const bool own_clause = past_apposition && k + 1 < items_.size() && items_[k + 1].mention < 0 &&
                                  items_[k + 1].last == items_[k + 1].first + 1 && t_[items_[k + 1].first].word() &&
                                  !t_[items_[k + 1].first].is(Token::kCapitalized) && !IsSingleWordOf(items_[k + 1], kAfterMember);
          const std::optional<int> ent =
              (comma && StartsClause(k)) || apposed || own_clause ? std::nullopt : Accepts(k, e.type_bits);
          if (!ent && comma) {
            // "soldiers, state police and the FBI": an unnamed member (one or two plain lower-case
            // words) between named ones is passed over, when a named member follows it.
            size_t u = k;
            while (u < items_.size() && u < k + 2 && items_[u].mention < 0 && items_[u].last == items_[u].first + 1 &&
                   t_[items_[u].first].word() && !t_[items_[u].first].is(Token::kCapitalized) &&
                   !IsSingleToken(items_[u], "and") && !IsSingleToken(items_[u], "or")) {
              ++u;
            }
            size_t n = u;
            if (n < items_.size() && IsSingleToken(items_[n], ",")) ++n;
            const bool joined = n < items_.size() && IsSingleToken(items_[n], "and");
            if (joined) ++n;
            const bool separated = n > u;  // "the leaders of the X" is no member
            if (n < items_.size() && IsSingleToken(items_[n], "the")) ++n;
            if (u > k && separated && n < items_.size() && !StartsClause(n)) {
              if (const std::optional<int> after = Accepts(n, e.type_bits)) {
                members.push_back(Bound{items_[n].mention, *after});
                next = n + 1;
                if (joined) break;
                continue;
              }
            }
          }
          if (!ent) {
            if (IsSingleToken(items_[k], "others") || IsSingleToken(items_[k], "more")) next = k + 1;
            break;
          }
          next = k + 1;
          // "in San Fernando, Tamaulipas, and Monterrey": a city's state after a comma is where it
          // is, not another member.
          if (!conjunction && Contains(*ent, members.back().entity)) continue;
          members.push_back(Bound{items_[k].mention, *ent});
        }
      }
      // The binding takes the members; a list keeps a copy for the shorter lists tried after.
      const bool shorter = e.list && members.size() > 1;
      std::vector<Bound> list = shorter ? members : std::vector<Bound>();
      b->slots[e.slot] = std::move(members);
      if (Match(rule, pe + 1, next, b)) return true;
      if (shorter) {
        members = std::move(list);
        // Retry with shorter lists (the rest of the pattern may need a member).
        while (members.size() > 1) {
          members.pop_back();
          b->slots[e.slot] = members;
          size_t end = item;
          for (; end < items_.size(); ++end) {
            if (items_[end].mention == members.back().mention) break;
          }
          if (Match(rule, pe + 1, end + 1, b)) return true;
        }
      }
      b->slots.erase(e.slot);
      return false;
    }
  }
  return false;
}

bool SentenceMatcher::Contains(int outer, int inner) const {
  if (outer < 0 || inner < 0) return false;
  const std::string& o = g_->entities[g_->Root(outer)].refining;
  const std::string& in = g_->entities[g_->Root(inner)].refining;
  return (in == "City" && (o == "State" || o == "Country")) || (in == "State" && o == "Country");
}

bool SentenceMatcher::Participial(std::string_view w) {
  return w.size() > 5 && w.ends_with("ing") && w != "underling" && w != "sibling" && w != "offspring";
}

void ApplyRules(const RuleSet& rules, const std::vector<Token>& tokens, const std::string& text,
                uint32_t sentence_index, const Sentence& sentence, const std::vector<Mention>& mentions,
                const SentenceContext& context, ArticleGraph* graph) {
  SentenceMatcher matcher(rules.words(), tokens, text, sentence_index, sentence, mentions, context, graph);
  std::vector<uint32_t> candidates;
  rules.Candidates(matcher.ids(), &candidates);
  for (uint32_t rule : candidates) matcher.Apply(rules.rules()[rule]);
}

}  // namespace cg::ingest
