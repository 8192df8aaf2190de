// Clause: a shallow syntactic view of one sentence for the structural reader
// (frames.h). The sentence is a row of items — an entity mention (one item,
// however many tokens) or a single token — and the view answers the
// questions a relation frame asks about its structure:
//
//   SubjectBefore   the subject of a verb or role noun: the nearest fitting
//                   mention to the left in the same clause, stepping over
//                   parentheses, appositions (", the leader of X,"), relative
//                   pronouns (", who was ...") and mentions of other labels;
//   ObjectAfter     the object: the first fitting mention to the right, direct
//                   or after one of the given prepositions, before the clause ends;
//   Coordinated     the members of a coordination "A, B, and C" around an item;
//   CoordinatedPhrases  ... and those of further phrases of the same prepositions
//                   ("in Mexico and across the United States");
//   Passive         a participle after a form of "be"/"get" ("was arrested");
//   Nominal         a noun use ("the arrest of", "X's capture").
//
// Labels are ontology labels (primary or refining), several joined by "|";
// a country used as an actor stands for its government ("Mexico extradited").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/mentions.h"
#include "ingest/word_list.h"

namespace cg::ingest {

inline constexpr size_t kNone = static_cast<size_t>(-1);

// Verbs by which a speaker thanks or praises someone ("We commend President X", "thanks Mexico for its
// partnership"): the one thanked is another party, not the speaker's own.
inline constexpr std::string_view kThanksVerbs =
    "thank|thanks|thanked|commend|commends|commended|congratulate|congratulates|congratulated|applaud|applauds|"
    "applauded|praise|praises|praised|salute|salutes|saluted|welcome|welcomes|recognize|recognizes|appreciate|"
    "appreciates";

// Is `word` one of the "|"-separated `words` ("Country|State", "is|was")?
bool OneOf(std::string_view word, std::string_view words);

// Is this word a past participle ("arrested", "run", "led", "bought", "born")?
bool Participle(std::string_view norm);

// Is mention m a possessive pronoun before its noun ("his deputy", "their brothers")? `next` is the
// token after m when no mention starts there, else null. Such a pronoun is not the entity its
// phrase names (frames and rules alike).
bool PossessivePronoun(const Mention& m, const std::vector<Token>& t, const Token* next);

// Nouns of an unnamed part of a group: "a cell of the Gulf Cartel", "a Zetas faction", "the head of
// a Juárez Cartel cell" (its head is a member of the group; "its" after it is ambiguous).
inline constexpr std::string_view kGroupParts =
    "cell|cells|faction|factions|wing|wings|unit|units|branch|branches|plaza|plazas|network|networks";

// Nouns of a plural group "their" may mean rather than a set of persons named before it.
inline constexpr std::string_view kPluralGroups =
    "cartels|gangs|groups|organizations|factions|cells|syndicates|clans|authorities|officials|soldiers|troops|"
    "marines|police|policemen|officers|agents|gunmen|hitmen|prosecutors|investigators|rivals|residents|victims|"
    "governments|countries|agencies";

// The plural kin nouns ("X's sons A and B", "their brothers C and D").
inline constexpr std::string_view kPluralKin = "sons|daughters|brothers|sisters|nephews|nieces|cousins";

class Clause {
 public:
  Clause(const std::vector<Token>& tokens, const Sentence& sentence, const std::vector<Mention>& mentions,
         const ArticleGraph& graph);

  struct Item {
    uint32_t first = 0, last = 0;  // tokens [first, last)
    int mention = -1;              // index into the sentence's mentions, or -1
  };

  size_t size() const { return items_.size(); }
  const std::vector<Item>& items() const { return items_; }
  const Item& item(size_t i) const { return items_[i]; }
  const Mention* mention(size_t i) const {
    return i < items_.size() && items_[i].mention >= 0 ? &mentions_[items_[i].mention] : nullptr;
  }
  // The item that holds token `t`.
  size_t ItemOf(uint32_t token) const;
  // The norm of a one-token item ("" for mentions). (Norm and IsAny inline: the readers ask ~300
  // and ~250 a sentence, and the calls cost more than the answers.)
  std::string_view Norm(size_t i) const {
    if (i >= items_.size() || items_[i].mention >= 0) return {};
    return t_[items_[i].first].norm;
  }
  bool Is(size_t i, std::string_view norm) const { return i < items_.size() && Norm(i) == norm; }
  // Is item i one of the words "a|b|c"?
  bool IsAny(size_t i, WordList words) const {
    if (i >= items_.size() || items_[i].mention >= 0) return false;
    const Token& token = t_[items_[i].first];
    if (token.norm.empty()) return false;
    return token.id != 0 ? words.Has(token.id) : OneOf(token.norm, words.text());
  }
  // The same for a list that is not a constant (the lexicon's, a caller's): a search of the text.
  bool IsAnyOf(size_t i, std::string_view words) const;

  // The entity item i names, seen as `labels` ("Organization|Place"), or -1. A nationality names
  // its government before an authority noun ("Mexican authorities") and its country before a
  // plural territorial noun ("in 17 Mexican states").
  int EntityAs(size_t i, std::string_view labels) const;
  bool IsEntity(size_t i) const;
  bool Anaphoric(size_t i) const { return mention(i) && mention(i)->anaphoric; }

  // any_position: also a verb's object ("six businesses operating in Mexico": a reduced relative).
  size_t SubjectBefore(size_t from, std::string_view labels, size_t max_items = 14, bool any_position = false) const;
  // across_commas: look past appositions ("arrested X, a trafficker, near Y").
  size_t ObjectAfter(size_t from, std::string_view labels, std::string_view preps, size_t max_items = 10,
                     bool across_commas = false) const;
  // The subject of verb i when it ends a series of verb phrases that share one subject ("X was
  // arrested in 2009, extradited in 2012 and later led Y"; "X fled, hid for months and ran Y"): the
  // subject before the series' first comma; kNone when verb i ends no such series.
  size_t SeriesSubject(size_t i, std::string_view labels) const;
  // The subject of verb i given `subject`, the one SubjectBefore found: when the verb (over its
  // auxiliaries and adverbs) follows "and" or "to", it shares the subject of the phrase before, so a
  // preposition's object in that phrase is none ("X met with Y and later became the head of Z",
  // "X allied with Y to fight Z": X); the series' subject, or the subject before the preposition,
  // is; when `subject` is kNone, the subject before "and" however long the phrase. Otherwise
  // `subject` as it is.
  size_t CoordinatedSubject(size_t i, size_t subject, std::string_view labels) const;
  std::vector<size_t> Coordinated(size_t i, std::string_view labels) const;
  // Does the list go on after member m (over its own apposition): punctuation, a preposition, a date --
  // not a verb of its own clause?
  bool ListGoesOn(size_t m) const;
  // Coordinated(i), then the members of further phrases of one of `preps` ("|"-separated) that
  // follow at once or after "and" ("from A into B and C", "into A and later into B").
  std::vector<size_t> CoordinatedPhrases(size_t i, std::string_view labels, std::string_view preps) const;
  // Is item k a word of "along with", "together with" or "as well as" (which add a list member)?
  bool AdditiveWord(size_t k) const;
  // "Colombia's Minister of the Interior X", "Mexico's former Secretary of Public Security X": the item of
  // the person a country's (or its government's) possessive at item k and a title of up to six words
  // (one of clause_words kTitleWords among them) lead to, when `labels` takes a person; else kNone.
  size_t TitledPersonAfterCountry(size_t k, std::string_view labels) const;
  // Is item k a lower-case word that no mention covers?
  bool PlainWord(size_t k) const;
  // Does the dash at item `dash` end a dateline ("CULIACÁN, Mexico (Wire) --")?
  bool DatelineBefore(size_t dash) const;
  // The item that opens the phrase naming a partner or helper at item j ("working with the FBI", "in
  // cooperation with X", "backed by Y", "with the support of Y", "acting on intelligence from Y", "acting
  // on Y intelligence"), or kNone.
  size_t CompanionPhrase(size_t j) const;
  // Is the conjunction at item j a preposition before an act or a date ("until his arrest in 2003")?
  bool BeforeActOrDate(size_t j) const;
  // Is item x (with the coordination it ends: "the Governments of Mexico and Canada") the object of a
  // preposition? *start: the coordination's first item.
  bool PrepositionObject(size_t x, std::string_view labels, size_t* start) const;
  // Does the comma at item `comma` join plain words of a list ("cocaine, heroin and methamphetamine")?
  bool PlainList(size_t comma) const;
  bool Passive(size_t i) const;
  // The item before the verb group of verb i (its auxiliaries and adverbs), or kNone.
  size_t BeforeVerbGroup(size_t i) const;
  // Is the subject of verb i a noun phrase that names nobody ("his bodyguards were arrested",
  // "23,000 Mexicans have been killed")? A mention, an apposition's comma or a relative
  // pronoun before the verb group means it may be named.
  bool UnnamedSubject(size_t i) const;
  // Is item j a person complementing a lower-case noun ("the wife of X", "a son of the X")? Such a
  // person is never the subject of the verb after the noun phrase.
  bool PersonComplement(size_t j) const;
  bool Nominal(size_t i) const;
  // "Mexican authorities": the nationality item when k is its authority noun, else k.
  size_t HeadBefore(size_t k) const;
  // Is the mention at i the possessor of the noun after it ("Mexico's Navy", "the Mexican army's
  // special forces")?
  bool Possessor(size_t i) const;
  // "by the Treasury Department's Office of Foreign Assets Control": the body item i's possessive
  // names (i + 2) when it is one of `labels`, else i (kNone stays kNone).
  size_t PossessedBody(size_t i, std::string_view labels) const;
  // "his brothers": a possessive pronoun before its noun is not the entity the phrase names.
  bool PossessiveDeterminer(size_t i) const;
  // The noun an object relative clause modifies when item `subject` is that clause's subject (with
  // its titles and coordination): "the Gulf Cartel, which X led", "X, whom the Treasury designated",
  // "the Mérida Initiative that Bush and Calderón put together"; kNone when the head is not one of
  // `labels` or no relative pronoun opens the subject.
  size_t RelativeHead(size_t subject, std::string_view labels) const;
  // Do items k, k + 1, k + 2 read "all of which" ("both of whom", "each of which", ...)?
  bool QuantifiedRelative(size_t k) const;
  // A clause break: . ; : or the end of the sentence.
  bool Break(size_t i) const;
  // Is the country at j a modifier of the noun after it ("U.S. agencies"), not an actor? Not
  // before a plural territorial noun: "U.S. cities" are the country's territory. A place before
  // a place noun and "of" is one too ("the Sinaloa state capital of Culiacán"), and so is any
  // entity that opens a compound adjective ("Mexico-based individuals").
  bool Modifier(size_t j) const;
  // The head before the apposition that ends at the comma at item `comma` ("Marines, backed by U.S.
  // intelligence, killed X": Marines), or kNone when no apposition ends there.
  size_t SkipBackApposition(size_t comma) const;
  // Item k is a plain word of a singular finite verb ("runs", "heads", "was", "has").
  bool SingularVerb(size_t k) const;
  // The verb group after "who" at item j, ending at the verb at item `verb`, is plural ("who now
  // lead", "who are", "who have run"): no one person's.
  bool PluralAfterWho(size_t j, size_t verb) const;
  // Item k is an organization that people are the complement of ("deserters from the army's special
  // forces", "members of the Federal Police").
  bool PeopleFrom(size_t k) const;
  // The part of the group at item j that a name after it names: "a faction of the cartel known as Los
  // Chapitos", "the Sinaloa Cartel faction known as Los Chapitos" (that name's item), else j.
  size_t NamedPart(size_t j) const;

 private:
  // The token after a nickname parenthesis at token i (', alias "A" or "B"', ', also known as "A,"')
  // that a comma closes (the comma excluded unless inside the quotes); i when none starts there.
  uint32_t AliasEnd(uint32_t i, uint32_t last) const;
  // Extends the last item (a mention) over other names of its entity that follow it at token i (an
  // acronym in parentheses, a nickname parenthesis), moving *m past the mentions taken; the token
  // to go on from.
  uint32_t FoldOtherNames(uint32_t i, uint32_t last, const std::vector<Mention>& mentions, const ArticleGraph& graph,
                          size_t* m);
  bool OpensApposition(size_t i) const;
  // Is the mention at j the object of a word before it ("fought the Zetas", "succeeded X")?
  bool ObjectPosition(size_t j) const;
  // Are items a and b names of one kind (two places, two persons), as in a list?
  bool SameKind(size_t a, size_t b) const;
  // The name an apposition [first, last) gives its noun: "the man, identified as X," -> X, or kNone.
  size_t NamedIn(size_t first, size_t last, std::string_view labels) const;

  const std::vector<Token>& t_;
  const std::vector<Mention>& mentions_;
  const ArticleGraph& g_;
  std::vector<Item> items_;
};

}  // namespace cg::ingest
