#include "ingest/matcher.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/vocabulary.h"

namespace cg::ingest {
namespace {

// Nouns of a group's part or people: a group name right before one modifies it ("a Gulf Cartel
// cell", "Zetas members").
constexpr const char* kPartNouns[] = {"cell", "cells", "faction", "factions", "unit", "wing", "branch", "plaza",
                                      "network", "splinter", "offshoot", "member", "members", "operative",
                                      "operatives", "gunmen", "hitmen"};

using Item = Clause::Item;

struct Bound {
  int mention = -1;
  int entity = -1;
};

struct Binding {
  std::map<std::string, std::vector<Bound>, std::less<>> slots;
  std::map<std::string, std::pair<uint32_t, uint32_t>, std::less<>> words;  // token ranges
  size_t begin = 0, end = 0;                                               // items
};

class SentenceMatcher {
 public:
  SentenceMatcher(const Lexicon& words, const std::vector<Token>& tokens, const std::string& text, uint32_t index,
                  const Sentence& s, const std::vector<Mention>& mentions, const SentenceContext& context,
                  ArticleGraph* g)
      : words_(words), t_(tokens), text_(text), index_(index), sentence_first_(s.first_token), mentions_(mentions),
        context_(context), g_(g), items_(Clause(tokens, s, mentions, *g).items()) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) ids_.push_back(t_[i].id);
    std::sort(ids_.begin(), ids_.end());
    ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
  }

  // The vocabulary ids of the sentence's words, sorted, each once.
  const std::vector<uint32_t>& ids() const { return ids_; }

  void Apply(const Rule& rule) {
    if (!rule.MayMatch(ids_)) return;
    for (size_t start = 0; start < items_.size(); ++start) {
      if (!CanStart(rule, start)) continue;
      Binding b;
      b.begin = start;
      if (Match(rule, 0, start, &b)) {
        Emit(rule, b);
        offers_.clear();  // Emit may merge entities or change their labels
      }
    }
  }

 private:
  // Whether a match may start at `item`: the first element that is not
  // optional, or an optional one before it, takes it (a cheap test of what
  // Match would try first; Match decides).
  bool CanStart(const Rule& rule, size_t item) const {
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

  bool IsEntityItem(const Item& it) const {
    return it.mention >= 0 && mentions_[it.mention].kind == Mention::Kind::kEntity;
  }
  bool IsActorItem(const Item& it) const {
    if (!IsEntityItem(it)) return false;
    const std::string& p = g_->entities[g_->Root(mentions_[it.mention].entity)].primary;
    return p == "Person" || p == "Organization" || p == "Place";
  }

  bool IsNamedPerson(const Item& it) const {
    return IsEntityItem(it) && !mentions_[it.mention].anaphoric &&
           g_->entities[g_->Root(mentions_[it.mention].entity)].primary == "Person";
  }

  // Is the item's entity one the match already bound (an apposition naming it again)?
  bool IsBound(const Item& it, const Binding& b) const {
    const int e = g_->Root(mentions_[it.mention].entity);
    for (const auto& [name, bounds] : b.slots) {
      for (const Bound& bound : bounds) {
        if (bound.entity >= 0 && g_->Root(bound.entity) == e) return true;
      }
    }
    return false;
  }

  // A list member followed by a verb is a new clause's subject ("..., and the U.S. played").
  bool StartsClause(size_t item) const {
    if (item + 1 >= items_.size()) return false;
    const Item& next = items_[item + 1];
    if (next.mention >= 0 || next.last != next.first + 1) return false;
    static const std::set<std::string, std::less<>> kVerbs = {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "played", "confirmed",
        "reported", "announced", "denied", "did", "does", "can", "could", "may", "might", "must", "should"};
    return kVerbs.count(t_[next.first].norm) > 0;
  }

  // Is `item` the complement of a lower-case noun: "of", "to" or "for" (after determiners) with a
  // word before it ("a son of X", "the wife of the X", "a top aide to X")?
  bool ComplementOfNoun(size_t item) const {
    size_t p = item;
    while (p > 0 && (IsSingleToken(items_[p - 1], "the") || IsSingleToken(items_[p - 1], "a"))) --p;
    if (p < 2 || !(IsSingleToken(items_[p - 1], "of") || IsSingleToken(items_[p - 1], "to") ||
                   IsSingleToken(items_[p - 1], "for"))) {
      return false;  // "the wife of X", "a top aide to X", "an accountant for X"
    }
    const Item& noun = items_[p - 2];
    return noun.mention < 0 && noun.last == noun.first + 1 && t_[noun.first].word() &&
           !t_[noun.first].is(Token::kCapitalized);
  }
  // Does `item` end a phrase inside the subject's apposition or relative clause: a word before it,
  // a comma and an auxiliary after it ("A, whose son testified against X, was arrested")?
  bool EndsPhrase(size_t item) const {
    if (item == 0 || item + 2 >= items_.size() || !IsSingleToken(items_[item + 1], ",")) return false;
    const Item& before = items_[item - 1];
    if (before.mention >= 0 || before.last != before.first + 1 || !t_[before.first].word() ||
        t_[before.first].is(Token::kCapitalized)) {
      return false;
    }
    const Item& next = items_[item + 2];
    if (next.mention >= 0 || next.last != next.first + 1) return false;
    const std::string& n = t_[next.first].norm;
    return n == "was" || n == "were" || n == "is" || n == "are" || n == "has" || n == "have" || n == "had";
  }
  // Is the item a subordinating conjunction that opens an adverbial clause ("after", "when")?
  bool OpensAdverbialClause(const Item& it) const {
    static const std::set<std::string, std::less<>> kSubordinators = {
        "after", "when", "before", "because", "while", "until", "although", "though", "whereas", "whenever"};
    return it.mention < 0 && it.last == it.first + 1 && kSubordinators.count(t_[it.first].norm) > 0;
  }
  // Does the pattern open with a slot, then an apposition skipped by a gap (", ^30 ,")?
  static bool SkipsApposition(const Rule& rule) {
    const std::vector<PatternElem>& p = rule.pattern;
    return p.size() >= 4 && OpensWithComma(p[1]) && p[2].kind == PatternElem::Kind::kFreeGap && OpensWithComma(p[3]);
  }
  // Does a pattern element match only a comma?
  static bool OpensWithComma(const PatternElem& e) {
    if (e.kind != PatternElem::Kind::kWords || e.optional) return false;
    for (const auto& seq : e.alternatives) {
      if (seq.size() != 1 || seq[0] != CommaId()) return false;
    }
    return !e.alternatives.empty();
  }
  static uint32_t CommaId() {
    static const uint32_t id = Vocabulary::Global().Id(",");
    return id;
  }

  // What item `item` offers a slot: the types it fills (SlotTypeBit) and the entity it stands for there
  // (-1 for a date, an amount, a designation or a nationality: no entity); for a country used as an
  // actor, also the types its government fills, standing for the government.
  struct Offer {
    uint64_t bits = 0;
    int entity = -1;
    uint64_t government_bits = 0;
    int government = -1;
  };
  static uint64_t LabelBits(const LocalEntity& ent) {
    return SlotTypeBit(ent.primary) | (ent.refining.empty() ? 0 : SlotTypeBit(ent.refining));
  }
  // What item `item` (a mention) offers now.
  Offer ReadOffer(size_t item) const {
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
  // ReadOffer's answer, kept until the next Emit (matching does not change the graph).
  const Offer& OfferOf(size_t item) const {
    if (offers_.size() != items_.size()) offers_.assign(items_.size(), std::nullopt);
    std::optional<Offer>& cached = offers_[item];
    if (!cached) cached = ReadOffer(item);
    return *cached;
  }
  static std::optional<int> Fills(const Offer& o, uint64_t bits) {
    if (o.bits & bits) return o.entity;
    if (o.government_bits & bits) return o.government;
    return std::nullopt;
  }

  // Does `item` fill a slot of types `bits` (PatternElem::type_bits)? The entity it stands for there,
  // or -1 for a date, an amount, a designation or a nationality (no entity); nullopt when it does not
  // fill the slot.
  std::optional<int> Accepts(size_t item, uint64_t bits) const {
    if (items_[item].mention < 0 || PossessiveDeterminer(item)) return std::nullopt;
    return Fills(OfferOf(item), bits);
  }

  // "His deputy was detained": a possessive pronoun before its noun is not the entity the phrase names.
  bool PossessiveDeterminer(size_t item) const {
    const Token* next =
        item + 1 < items_.size() && items_[item + 1].mention < 0 ? &t_[items_[item + 1].first] : nullptr;
    return PossessivePronoun(mentions_[items_[item].mention], t_, next);
  }

  // Do tokens [first, last) end in a role noun (lexicon/rules/roles.words) that makes its holder a
  // member: relation=MEMBER_OF, or a rank (lead=agency) in a group ("a teenager", "founder" do not)?
  bool EndsInMemberRole(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k < last; ++k) {
      for (const LexMatch& m : words_.MatchAt(t_, k, last, "role")) {
        if (k + m.length != last) continue;
        if (m.entry->attr("relation") == "MEMBER_OF" || m.entry->attr("lead") == "agency") return true;
      }
    }
    return false;
  }

  bool IsSingleToken(const Item& it, const std::string& norm) const {
    return it.last == it.first + 1 && t_[it.first].norm == norm;
  }
  // The same test by vocabulary id.
  bool IsSingleWord(const Item& it, uint32_t id) const { return it.last == it.first + 1 && t_[it.first].id == id; }

  bool Match(const Rule& rule, size_t pe, size_t item, Binding* b) {
    if (pe == rule.pattern.size()) {
      b->end = item;
      return true;
    }
    const PatternElem& e = rule.pattern[pe];
    if (MatchElem(rule, e, pe, item, b)) return true;
    return e.optional && Match(rule, pe + 1, item, b);
  }

  bool MatchElem(const Rule& rule, const PatternElem& e, size_t pe, size_t item, Binding* b) {
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
            // _N: plain words only, no mention and no punctuation ("the death, X" is no death of X).
            if (e.kind == PatternElem::Kind::kWordGap && (it.mention >= 0 || !t_[it.first].word())) return false;
            if (e.kind == PatternElem::Kind::kGap && IsActorItem(it)) return false;
            if (e.kind == PatternElem::Kind::kAnyGap && IsNamedPerson(it) && !IsBound(it, *b)) return false;
            // The apposition a gap skips ends where an adverbial clause opens: in "X, 44, took over
            // after its founder, Y, was killed" the killed one is Y's, not X's.
            if (e.kind == PatternElem::Kind::kFreeGap && pe == 2 && SkipsApposition(rule) && OpensAdverbialClause(it))
              return false;
            if (it.last == it.first + 1 && (t_[it.first].norm == "." || t_[it.first].norm == ";" ||
                                            t_[it.first].norm == "--")) return false;
            // "trains Mexican inspectors, and the FBI has ...": ", and" / ", but" opens another clause.
            if ((e.kind == PatternElem::Kind::kGap || e.kind == PatternElem::Kind::kAnyGap) && it.mention < 0 &&
                it.last == it.first + 1 && (t_[it.first].norm == "and" || t_[it.first].norm == "but") &&
                item + skip >= 2 && IsSingleToken(items_[item + skip - 2], ",")) {
              return false;
            }
            // "..., and we work with X": a first-person subject opens another clause.
            if (it.mention < 0 && it.last == it.first + 1 && (t_[it.first].norm == "we" || t_[it.first].norm == "i"))
              return false;
            // "X said the suspect was detained": a verb of saying opens the reported clause, whose
            // subject is another unless a pronoun takes up X's ("X said it would coordinate with Y");
            // a gap ^N that skips an apposition may still cross one.
            if (e.kind != PatternElem::Kind::kFreeGap && it.mention < 0 && it.last == it.first + 1 &&
                OneOf(t_[it.first].norm, "said|says|told|added|stated|announced|confirmed")) {
              const size_t next = item + skip;
              const bool pronoun = next < items_.size() && items_[next].last == items_[next].first + 1 &&
                                   OneOf(t_[items_[next].first].norm, "it|he|she|they|we");
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
        const std::optional<int> accepted = Accepts(item, e.type_bits);
        if (!accepted) return false;
        const int first = *accepted;
        // A possessor ending the pattern modifies a noun after it ("a spokesman for the Gulf
        // Cartel's victims"): it is not what the rule is about.
        if (pe + 1 == rule.pattern.size() && !e.list && item + 1 < items_.size() &&
            IsSingleToken(items_[item + 1], "'s")) {
          return false;
        }
        // So is a group ending it before a part's noun: "the head of a Juárez Cartel cell".
        if (pe + 1 == rule.pattern.size() && !e.list && item + 1 < items_.size() &&
            std::any_of(std::begin(kPartNouns), std::end(kPartNouns),
                        [&](const char* w) { return IsSingleToken(items_[item + 1], w); })) {
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
        if (e.list) {
          // "A, B, and C", "A and B", ", and others"
          while (next < items_.size()) {
            size_t k = next;
            bool sep = false, conjunction = false, comma = false;
            if (IsSingleToken(items_[k], ",")) ++k, sep = comma = true;
            if (k < items_.size() && (IsSingleToken(items_[k], "and") || IsSingleToken(items_[k], "or"))) {
              ++k, sep = conjunction = true;
            }
            if (k < items_.size() && IsSingleToken(items_[k], "the")) ++k;
            if (!sep || k >= items_.size()) break;
            // "A and B had provided": without a comma the pair is one subject.
            const std::optional<int> ent = comma && StartsClause(k) ? std::nullopt : Accepts(k, e.type_bits);
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
        auto saved = b->slots.find(e.slot) == b->slots.end() ? std::vector<Bound>() : b->slots[e.slot];
        b->slots[e.slot] = members;
        if (Match(rule, pe + 1, next, b)) return true;
        if (e.list && members.size() > 1) {
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

  // Is place `outer` the state or country of place `inner` by kind (a city's state or country, a
  // state's country)?
  bool Contains(int outer, int inner) const {
    if (outer < 0 || inner < 0) return false;
    const std::string& o = g_->entities[g_->Root(outer)].refining;
    const std::string& in = g_->entities[g_->Root(inner)].refining;
    return (in == "City" && (o == "State" || o == "Country")) || (in == "State" && o == "Country");
  }

  static bool Participial(std::string_view w) {
    return w.size() > 5 && w.ends_with("ing") && w != "underling" && w != "sibling" && w != "offspring";
  }

  std::string TextOf(uint32_t first, uint32_t last) const {
    return text_.substr(t_[first].begin, t_[last - 1].end - t_[first].begin);
  }

  // The date a value "@date" means: one in the match, else one in the sentence not of a report.
  const Mention* DateIn(const Binding& b) const {
    const Mention* any = nullptr;
    for (size_t i = 0; i < items_.size(); ++i) {
      const Item& it = items_[i];
      if (it.mention < 0 || mentions_[it.mention].kind != Mention::Kind::kDate) continue;
      if (i >= b.begin && i < b.end) return &mentions_[it.mention];
      if (!any && !mentions_[it.mention].report) any = &mentions_[it.mention];
    }
    return any;
  }

  // Resolves one output value; returns false when it has none (the property is skipped).
  bool Resolve(const std::string& spec, const Binding& b, PropertyMap* props, const std::string& key) const {
    if (spec == "@date") {
      const Mention* d = DateIn(b);
      if (!d) return false;
      (*props)[key] = Value(d->date);
      return true;
    }
    if (spec.size() > 1 && spec[0] == '$') {
      const std::string slot = spec.substr(1);
      if (auto w = b.words.find(slot); w != b.words.end()) {
        (*props)[key] = Value(TextOf(w->second.first, w->second.second));
        return true;
      }
      auto s = b.slots.find(slot);
      if (s == b.slots.end() || s->second.empty()) return false;
      const Mention& m = mentions_[s->second[0].mention];
      switch (m.kind) {
        case Mention::Kind::kDate: (*props)[key] = Value(m.date); return true;
        case Mention::Kind::kMoney: {
          (*props)[key] = AmountValue(m);
          if (key == "amount") (*props)["currency"] = Value(m.currency);
          return true;
        }
        case Mention::Kind::kDesignation:
        case Mention::Kind::kDemonym: (*props)[key] = Value(m.value); return true;
        case Mention::Kind::kEntity: (*props)[key] = Value(g_->entities[s->second[0].entity].name); return true;
      }
      return false;
    }
    (*props)[key] = Value(spec);
    return true;
  }

  // The entities an output end names: a slot ("B"), a slot's members of one
  // label ("B:MilitaryUnit"), @event, or @last:Label.
  std::vector<int> Ends(const std::string& spec, const Binding& b) const {
    if (spec == "@event") {
      return {context_.focus_event >= 0 ? g_->Root(context_.focus_event) : kMainEvent};
    }
    if (spec.starts_with("@last:")) {
      // A sentence that names its own actor of that label after the match does not reach back
      // ("In cooperation with X, the DEA arrested ...": the DEA, not the agency of the sentence before).
      // (Read now: an earlier output of the match may have merged entities.) A label outside the
      // ontology has no bit, and no entity carries it.
      const uint64_t label = SlotTypeBit(std::string_view(spec).substr(6));
      for (size_t k = b.end; k < items_.size(); ++k) {
        if (items_[k].mention >= 0 && Fills(ReadOffer(k), label)) return {};
      }
      auto it = context_.previous.find(spec.substr(6));
      return it == context_.previous.end() ? std::vector<int>{} : std::vector<int>{g_->Root(it->second)};
    }
    const size_t colon = spec.find(':');
    const std::string name = spec.substr(0, colon);
    const std::string label = colon == std::string::npos ? "" : spec.substr(colon + 1);
    std::vector<int> out;
    auto it = b.slots.find(name);
    if (it == b.slots.end()) return out;
    for (const Bound& bound : it->second) {
      const int e = bound.mention >= 0 && mentions_[bound.mention].kind == Mention::Kind::kDemonym
                        ? mentions_[bound.mention].entity
                        : bound.entity;
      if (e < 0) continue;
      const LocalEntity& ent = g_->entities[g_->Root(e)];
      if (label.empty() || OneOf(ent.primary, label) || (!ent.refining.empty() && OneOf(ent.refining, label))) {
        out.push_back(g_->Root(e));
      }
    }
    return out;
  }

  void Emit(const Rule& rule, const Binding& b) {
    const Source source{index_, rule.id, rule.confidence};
    const uint32_t first = items_[b.begin].first;
    const uint32_t last = b.end > b.begin ? items_[b.end - 1].last : first;
    Modality modality = ReadModality(words_, t_, sentence_first_, first, last);
    // "DHS must work with Mexico", "we should fund the program": an obligation states no fact.
    for (uint32_t k = first; k < last && !modality.negated; ++k) {
      if (t_[k].norm == "must" || t_[k].norm == "should") {
        modality.negated = true;
        modality.cue = t_[k].norm;
        modality.why = "hypothetical";
      }
    }
    // An event that has not happened ("information leading to the arrest of X") has no participants.
    for (const auto& [slot, bounds] : b.slots) {
      for (const Bound& bound : bounds) {
        if (bound.mention < 0 || bound.entity < 0 || g_->entities[g_->Root(bound.entity)].primary != "Event") continue;
        std::string cue;
        if (HypotheticalAct(words_, t_, sentence_first_, mentions_[bound.mention].first,
                            g_->entities[g_->Root(bound.entity)].refining, &cue)) {
          modality.negated = true;
          modality.cue = cue;
          modality.why = "hypothetical event";
        }
        const Mention& m = mentions_[bound.mention];
        if (AlternativeActs(words_, t_, sentence_first_, m.first, m.last)) {
          modality.negated = true;
          modality.cue = "or";
          modality.why = "alternative acts";
        }
      }
    }
    // An act and what it sets (status) are not hedged by an attributive cue ("the alleged leader").
    Modality act = modality;
    if (act.hedged && !act.negated) act.hedged = ReadModality(words_, t_, sentence_first_, first, last, 4, true).hedged;
    for (const RuleOutput& out : rule.outputs) {
      PropertyMap props;
      for (const auto& [key, spec] : out.props) Resolve(spec, b, &props, key);
      const std::vector<int> from = Ends(out.from, b);
      if (out.kind == RuleOutput::Kind::kSet) {
        for (int e : from) {
          for (const auto& [key, value] : props) AssertFact(g_, LocalFact{e, key, value, source}, act);
        }
        continue;
      }
      const std::vector<int> to = Ends(out.to, b);
      for (int a : from) {
        for (int z : to) {
          if (a >= 0 && z >= 0 && g_->Root(a) == g_->Root(z)) continue;
          if (out.kind == RuleOutput::Kind::kAlias) {
            MergeEntities(g_, z, a);
            continue;
          }
          Assert(g_, LocalRelation{out.type, a, z, props, source}, ReportsAct(out.type) ? act : modality);
        }
      }
    }
  }

  const Lexicon& words_;
  const std::vector<Token>& t_;
  const std::string& text_;
  uint32_t index_;
  uint32_t sentence_first_;
  const std::vector<Mention>& mentions_;
  const SentenceContext& context_;
  ArticleGraph* g_;
  std::vector<Item> items_;
  std::vector<uint32_t> ids_;
  mutable std::vector<std::optional<Offer>> offers_;  // by item, OfferOf's answers since the last Emit
};

}  // namespace

void ApplyRules(const RuleSet& rules, const std::vector<Token>& tokens, const std::string& text,
                uint32_t sentence_index, const Sentence& sentence, const std::vector<Mention>& mentions,
                const SentenceContext& context, ArticleGraph* graph) {
  SentenceMatcher matcher(rules.words(), tokens, text, sentence_index, sentence, mentions, context, graph);
  std::vector<uint32_t> candidates;
  rules.Candidates(matcher.ids(), &candidates);
  for (uint32_t rule : candidates) matcher.Apply(rules.rules()[rule]);
}

}  // namespace cg::ingest
