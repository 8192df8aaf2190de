// Mentions: where a sentence names an entity (or a date, an amount of money,
// a designation, a nationality), found left to right, never overlapping.
//
// Sources, in order of preference: the lexicon (known cartels, agencies,
// places, ...; the longest name wins; "Sinaloa" is the state after "in", the
// cartel elsewhere; a known name may open a longer one: "Tamaulipas State
// Police"); titles ("Mexican President Claudia Sheinbaum" is a person, and
// states a LEADS); then names the lexicon does not know, by their shape and
// the words around them (mention_finder.h): organization head words ("...
// Police", "Ministry of ...", "the ... newspaper"), acronyms of initials,
// facility heads, place cues ("X, Jalisco", "the town of X", "arrested in
// X"), person cues (given names, role nouns, appositions, quoted nicknames,
// "alias"); generic noun phrases ("a U.S. military-led task force", "CJNG's
// drone warfare program"); event triggers ("raid", "was killed").
// Headlines, capitals-only labels, laws and month names name nobody.
//
// Light coreference, only where it is safe (entity_table.h): a surname (or a
// double surname) alone names the one person of the article with it (never
// when two share it); "he", "his", "she", "her" the last person of the
// paragraph (or of the previous paragraph, for a paragraph's first sentence);
// "the cartel", "the group", "the kingpin", "the ministry" the last entity of
// that label; a described relative ("his brother") is the person named right
// after it, or a node only when an event is reported about it.
#pragma once

#include <vector>

#include "ingest/article_graph.h"
#include "ingest/dates.h"
#include "ingest/extract.h"

namespace cg::ingest {

struct Mention {
  enum class Kind : uint8_t { kEntity, kDate, kMoney, kDesignation, kDemonym };
  Kind kind = Kind::kEntity;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  int entity = -1;               // kEntity: local entity; kDemonym: the country's
  bool anaphoric = false;        // a pronoun or "the cartel": resolved, not named
  std::string value;             // kDesignation: canonical name; kDemonym: the country's canonical name
  Date date;                     // kDate
  bool bound = false;            // kDate: the bound of a period ("since 2021")
  bool report = false;           // kDate: the date of a report ("the navy said Thursday")
  double amount = 0;             // kMoney (currency USD unless stated)
  std::string currency;

  // A kDate that is not when an act happened: a period's bound or a report's date.
  bool Aside() const { return bound || report; }
};

// A kMoney mention's amount as a property value: an integer when it is whole
// and within int64's range, else a float (never an out-of-range conversion).
Value AmountValue(const Mention& money);

// Mentions of each sentence (same order as seg.sentences). Creates the local
// entities in `graph` and the relations titles and kinship state.
std::vector<std::vector<Mention>> FindMentions(const Document& doc, const Segmented& seg,
                                               const std::vector<std::vector<DateMention>>& dates,
                                               const Lexicon& lexicon, const ExtractOptions& options,
                                               ArticleGraph* graph);

}  // namespace cg::ingest
