// SentenceMatcher: the relation rules (rules.h) over one sentence (matcher.h
// ApplyRules). Internal to ingest; its members are defined by concern:
//   matcher.cc          matching a rule's pattern over the sentence's items
//                       (mentions and single words): words, slots and the
//                       lists a slot binds, gaps
//   matcher_outputs.cc  what a match states: the ends and values of the rule's
//                       outputs, read for modality and recorded in the graph
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/clause.h"
#include "ingest/matcher.h"

namespace cg::ingest {

class SentenceMatcher {
 public:
  SentenceMatcher(const Lexicon& words, const std::vector<Token>& tokens, const std::string& text, uint32_t index,
                  const Sentence& s, const std::vector<Mention>& mentions, const SentenceContext& context,
                  ArticleGraph* g);

  // The vocabulary ids of the sentence's words, sorted, each once.
  const std::vector<uint32_t>& ids() const { return ids_; }

  // Records what each match of `rule` in the sentence states (from each item a match may start at).
  void Apply(const Rule& rule);

 private:
  using Item = Clause::Item;

  // What a slot bound: the mention (an index into the sentence's mentions) and the entity it
  // stands for there (-1: none).
  struct Bound {
    int mention = -1;
    int entity = -1;
  };

  // A match so far: what each slot bound, and the items [begin, end) it spans.
  struct Binding {
    std::map<std::string, std::vector<Bound>, std::less<>> slots;
    std::map<std::string, std::pair<uint32_t, uint32_t>, std::less<>> words;  // token ranges
    size_t begin = 0, end = 0;                                               // items
  };

  // What item `item` offers a slot: the types it fills (SlotTypeBit) and the entity it stands for there
  // (-1 for a date, an amount, a designation or a nationality: no entity); for a country used as an
  // actor, also the types its government fills, standing for the government.
  struct Offer {
    uint64_t bits = 0;
    int entity = -1;
    uint64_t government_bits = 0;
    int government = -1;
  };

  // matcher.cc
  // Whether a match may start at `item`: the first element that is not
  // optional, or an optional one before it, takes it (a cheap test of what
  // Match would try first; Match decides). Inline in matcher.cc: ~500 k
  // questions per 0.3 MB, two passes.
  bool CanStart(const Rule& rule, size_t item) const;
  // The items CanStart may take for `rule`, ascending: the single words
  // that a leading word sequence opens with and, for a leading slot, the
  // mentions (every item when a gap, free words or an empty sequence may
  // lead). Looked up, not tested item by item.
  void Starts(const Rule& rule, std::vector<uint32_t>* out) const;
  bool IsEntityItem(const Item& it) const;
  // An entity mention of a person, an organization or a place.
  bool IsActorItem(const Item& it) const;
  // A person's mention by name (not a pronoun or a description).
  bool IsNamedPerson(const Item& it) const;
  // Is the item's entity one the match already bound (an apposition naming it again)?
  bool IsBound(const Item& it, const Binding& b) const;
  // A list member followed by a verb is a new clause's subject ("..., and the U.S. played").
  bool StartsClause(size_t item) const;
  // Is `item` the complement of a lower-case noun: "of", "to" or "for" (after determiners) with a
  // word before it ("a son of X", "the wife of the X", "a top aide to X")?
  bool ComplementOfNoun(size_t item) const;
  // Does `item` end a phrase inside the subject's apposition or relative clause: a word before it,
  // a comma and an auxiliary after it ("A, whose son testified against X, was arrested")?
  bool EndsPhrase(size_t item) const;
  // "A, a police commander, and B", "A, a trucking firm, B and C": the comma closing a member's
  // apposition (a determiner or possessive first; no mention the slot `bits` takes nor person inside)
  // that opens at the comma `comma`, when "and"/"or" follows it or a member the slot takes that ends
  // the list or goes on with it; `comma` itself otherwise.
  size_t PastApposition(size_t comma, uint64_t bits) const;
  // The item after a gloss in parentheses that opens at `item` ("La Mano con Ojos (\"The Hand with
  // Eyes\"), a splinter group of ..."): words and quotes only, no mention; `item` itself otherwise.
  size_t PastGloss(size_t item) const;
  // Is the item a subordinating conjunction that opens an adverbial clause ("after", "when")?
  bool OpensAdverbialClause(const Item& it) const;
  // Does the pattern open with a slot, then an apposition skipped by a gap (", ^30 ,")?
  static bool SkipsApposition(const Rule& rule);
  // Does a pattern element match only a comma?
  static bool OpensWithComma(const PatternElem& e);
  // The vocabulary id of ",".
  static uint32_t CommaId();
  // The slot types an entity of these labels fills (its primary and refining labels).
  static uint64_t LabelBits(const LocalEntity& ent);
  // What item `item` (a mention) offers now.
  Offer ReadOffer(size_t item) const;
  // ReadOffer's answer, kept until the next Emit (matching does not change the graph).
  const Offer& OfferOf(size_t item) const;
  // The entity offer `o` stands for in a slot of types `bits` (-1: none), or nullopt when it fills none.
  // (Here, and OfferOf and Accepts inline in matcher.cc: CanStart asks ~100 a sentence.)
  static std::optional<int> Fills(const Offer& o, uint64_t bits) {
    if (o.bits & bits) return o.entity;
    if (o.government_bits & bits) return o.government;
    return std::nullopt;
  }
  // Does `item` fill a slot of types `bits` (PatternElem::type_bits)? The entity it stands for there,
  // or -1 for a date, an amount, a designation or a nationality (no entity); nullopt when it does not
  // fill the slot.
  std::optional<int> Accepts(size_t item, uint64_t bits) const;
  // Do tokens [first, last) end in a role noun (lexicon/rules/roles.words) that makes its holder a
  // member: relation=MEMBER_OF, or a rank (lead=agency) in a group ("a teenager", "founder" do not)?
  bool EndsInMemberRole(uint32_t first, uint32_t last) const;
  // (IsSingleToken, IsSingleWordOf and IsSingleWord inline below: ~500 k, ~90 k and ~690 k
  // questions per 0.3 MB, two passes.)
  // Is the item the single token `norm`?
  bool IsSingleToken(const Item& it, std::string_view norm) const;
  // Is the item a single token, one of `words`?
  bool IsSingleWordOf(const Item& it, WordList words) const;
  // The same test by vocabulary id.
  bool IsSingleWord(const Item& it, uint32_t id) const;
  // Does the pattern from element `pe` match from `item` on (extending *b, its end set on success)?
  bool Match(const Rule& rule, size_t pe, size_t item, Binding* b);
  // Does element `e` (the pattern's `pe`-th) take `item` and the pattern's rest match after it?
  bool MatchElem(const Rule& rule, const PatternElem& e, size_t pe, size_t item, Binding* b);
  // Is place `outer` the state or country of place `inner` by kind (a city's state or country, a
  // state's country)?
  bool Contains(int outer, int inner) const;
  // A word in "-ing" that is a participle (not "sibling", "offspring").
  static bool Participial(std::string_view w);

  // matcher_outputs.cc
  // The text of tokens [first, last).
  std::string TextOf(uint32_t first, uint32_t last) const;
  // The date a value "@date" means: one in the match, else the one nearest it in the sentence not
  // of a report.
  const Mention* DateIn(const Binding& b) const;
  // Resolves one output value; returns false when it has none (the property is skipped).
  bool Resolve(const std::string& spec, const Binding& b, PropertyMap* props, const std::string& key) const;
  // The entities an output end names: a slot ("B"), a slot's members of one
  // label ("B:MilitaryUnit"), @event, or @last:Label.
  std::vector<int> Ends(const std::string& spec, const Binding& b) const;
  // Records each output of `rule` for match `b`, read for modality: hedges and negations, an
  // obligation ("must", "should"), an event that has not happened or is one of two alternatives.
  void Emit(const Rule& rule, const Binding& b);

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
  IdSet id_set_;  // ids_ as a set: Rule::MayMatch
  std::vector<std::pair<uint32_t, uint32_t>> words_at_;  // (vocabulary id, item) of each single-word item, sorted
  std::vector<uint32_t> mention_items_;                  // the items that are mentions, ascending
  std::vector<uint32_t> starts_;                         // Apply's Starts, kept for its capacity
  // By item: a possessive pronoun before its noun ("his deputy was detained"), which is not the entity
  // the phrase names, so no slot takes it.
  std::vector<bool> possessive_;
  mutable std::vector<std::optional<Offer>> offers_;  // by item, OfferOf's answers since the last Emit
};

inline bool SentenceMatcher::IsSingleToken(const Item& it, std::string_view norm) const {
  return it.last == it.first + 1 && t_[it.first].norm == norm;
}

inline bool SentenceMatcher::IsSingleWordOf(const Item& it, WordList words) const {
  return it.last == it.first + 1 && words.Has(t_[it.first].id);
}

inline bool SentenceMatcher::IsSingleWord(const Item& it, uint32_t id) const {
  return it.last == it.first + 1 && t_[it.first].id == id;
}

}  // namespace cg::ingest
