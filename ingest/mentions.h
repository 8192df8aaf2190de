// Mentions: where a sentence names an entity (or a date, an amount of money,
// a designation, a nationality), found left to right, never overlapping.
//
// Sources, in order of preference: the lexicon (known cartels, agencies,
// places, ...; the longest name wins; "Sinaloa" is the state after "in", the
// cartel elsewhere); titles ("Mexican President Claudia Sheinbaum" is a
// person, and states a LEADS); person names (a known given name, "El"/"La"
// nicknames, a quoted name after "known as"/"alias"/"a.k.a.", "X
// administration", names the database already knows); acronyms defined in
// parentheses ("Jalisco New Generation Cartel (CJNG)"); organization heads
// ("... Cartel", "... Task Force", "... drug family"); generic noun phrases
// ("a U.S. military-led task force", "CJNG's drone warfare program"); event
// triggers ("raid", "was killed", "extradited").
//
// Light coreference, only where it is safe: a surname alone names the one
// person of the article with that surname (never when two share it); "he",
// "his", "she", "her" the last person of the paragraph (or of the previous
// paragraph, for a paragraph's first sentence); "the cartel" the last cartel;
// "the operation" the last operation.
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
  double amount = 0;             // kMoney (currency USD unless stated)
  std::string currency;
};

// Mentions of each sentence (same order as seg.sentences). Creates the local
// entities in `graph` and the relations titles and kinship state.
std::vector<std::vector<Mention>> FindMentions(const Document& doc, const Segmented& seg,
                                               const std::vector<std::vector<DateMention>>& dates,
                                               const Lexicon& lexicon, const ExtractOptions& options,
                                               ArticleGraph* graph);

}  // namespace cg::ingest
