// Relation rules: declarative patterns over a sentence's tokens and entity
// mentions, loaded from lexicon/rules/*.rules so that a researcher can add
// phrasings without touching the engine. One rule a line:
//
//   <id> [<confidence>]: <pattern> => <output> [; <output> ...]
//
//   leads.head_of 0.8: {P:Person} ~12 (head|leader|boss) of ~3 {O:Cartel} => LEADS P->O
//
// Pattern elements (whitespace separated):
//   word          a token with this normalized form (case and accents folded)
//   (a|b c|d)     one of several words or word sequences
//   elem? ?elem   the element is optional
//   {X:Type}      a mention whose label is Type: a primary or refining label
//                 (Person, Cartel, Agency|MilitaryUnit, Place, Event, Raid ...),
//                 Date, Money, Designation, Demonym, or Any (any entity)
//   {X:Type+}     a list of such mentions: "A, B and C", "A, B, and others"
//   {X:words}     one to five plain words (a role: "as an {R:words}")
//   ~N            up to N tokens that are not person, organization or place mentions
//   *N            up to N tokens that are not named persons (other than ones bound)
//   ^N            up to N tokens of any kind (inside an apposition: "X, the son of Y, was")
//                 (no gap crosses "--", ";" or ".": dashes close appositions)
//   , ( ) " 's -- punctuation tokens
//
// Outputs:
//   TYPE A->B key=value ...   a relationship between the entities of slots A and B
//                             (a list slot yields one relationship per member;
//                             B:Label keeps the members of that label only;
//                             @event names the event the paragraph is about, or
//                             the article's main event; @event:Label that event
//                             when it has the label, else the last event of the
//                             label named before; @last:Label the last
//                             entity of that label named in an earlier sentence)
//   SET A key=value ...       node properties of A's entity (recorded as claims)
//   ALIAS A=B                 A and B are one entity
// Values: text, $X (slot X: its text, date, amount or designation), @date
// (the date expressed in the match, else in the sentence).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/id_set.h"
#include "ingest/lexicon.h"
#include "schema/status.h"

namespace cg::ingest {

struct PatternElem {
  enum class Kind { kWords, kSlot, kFreeWords, kGap, kAnyGap, kFreeGap, kWordGap };
  Kind kind = Kind::kWords;
  bool optional = false;
  std::vector<std::vector<uint32_t>> alternatives;  // kWords: sequences of token norms' vocabulary ids
  std::string slot;                                    // kSlot, kFreeWords
  std::vector<std::string> types;                      // kSlot
  uint64_t type_bits = 0;                              // kSlot: SlotTypeBit of every type
  bool list = false;                                   // kSlot
  bool member_role = false;                            // kFreeWords {X:role}: ends in a member's role noun
  int max = 0;                                         // gaps
};

// The bit of a slot type ({X:Type}): of every ontology label, primary or
// refining, and of Any, Date, Money, Designation and Demonym, each its own
// (one name, one bit: "Designation" the mention kind and the Event
// refinement share it); 0 for any other name. The matcher tests a slot
// against the bits an item offers with one AND instead of comparing names.
uint64_t SlotTypeBit(std::string_view type);

struct RuleOutput {
  enum class Kind { kRelation, kSet, kAlias };
  Kind kind = Kind::kRelation;
  std::string type;          // kRelation
  std::string from, to;      // slot names or "@event"
  std::vector<std::pair<std::string, std::string>> props;
};

struct Rule {
  std::string id;
  float confidence = 0.7f;
  std::vector<PatternElem> pattern;
  std::vector<RuleOutput> outputs;
  std::vector<uint32_t> required_words;     // vocabulary ids of words every match contains (prefilter)
  // For each word element a match needs that has other than one alternative (none empty): their first
  // words' ids, one of which every match contains (prefilter; one alternative: required_words).
  std::vector<std::vector<uint32_t>> required_firsts;
  std::string source;                       // file:line

  // Whether a sentence whose distinct token ids are `ids` can hold a match: it
  // has every required word and, for every word element a match needs, the
  // first word of one of its alternatives.
  bool MayMatch(const IdSet& ids) const;
};

// The rule set also holds the word lists the structural reader uses
// (lexicon/rules/*.words, phrase-table format of lexicon.h): role nouns,
// trigger verbs and nouns, hedge and negation cues. They live beside the
// rules, not in the entity lexicon, so that they never compete with names.
class RuleSet {
 public:
  RuleSet();
  // Loads every *.rules and *.words file under `dir` (recursively, in name order).
  static Status Load(const std::string& dir, std::unique_ptr<RuleSet>* out);
  // Parses one file's text; `source` names it in messages.
  Status AddText(std::string_view text, const std::string& source);
  // Parses one word-list file's text.
  Status AddWords(std::string_view text, const std::string& source) { return words_->AddText(text, source); }
  const std::vector<Rule>& rules() const { return rules_; }
  const Lexicon& words() const { return *words_; }
  // The indices (ascending) of the rules that can match a sentence whose
  // distinct token ids are `ids` (sorted): those anchored on one of the ids,
  // and those without an anchor. A rule's anchor is one word element every
  // match needs (the rarest-looking): a sentence without the first word of
  // any of its alternatives cannot match it. Exactly the rules the matcher's
  // MayMatch lets through are among them.
  void Candidates(const std::vector<uint32_t>& ids, std::vector<uint32_t>* out) const;

 private:
  void Index(uint32_t rule);

  std::vector<Rule> rules_;
  std::vector<std::vector<uint32_t>> by_anchor_;  // by word id: the rules anchored on it
  std::vector<uint32_t> unanchored_;                               // rules without a word element
  std::unique_ptr<Lexicon> words_;
};

}  // namespace cg::ingest
