// Discourse: what the structural reader (frames.h) needs to know about the
// whole article before it reads one sentence.
//
//   governments    who speaks in an institutional text ("we coordinated with
//                  Mexico", "our partnership with the government of Mexico",
//                  "cooperation with Mexico has yielded"): the national
//                  governments the article names, most named first (a country
//                  used as an actor counts for its government). A frame takes
//                  the first that is not the relation's other end ("we" in a
//                  U.S. statement about cooperation with Mexico is the U.S.; in
//                  a Mexican one, Mexico).
//   first_person   the text itself says "we" or "our" outside quotation marks:
//                  a statement, not a report; "I" is the one person its headline
//                  names as speaker ("Remarks by President X", speaker_person).
//   groups         per sentence, the last coordination of organizations in it
//                  ("the Zetas and the Gulf Cartel"): what "they" at the start
//                  of the next sentence, or "the rival cartels" in the next
//                  three ("the two cartels", stating their number, in the next
//                  ten), refers to;
//   organizations  per sentence, the organizations it names: what "its" or
//                  "their" refers to when they name one only (an unnamed part,
//                  "a cell of the Gulf Cartel", counts as one more);
//   persons        per sentence, the persons it names: the two "both of them"
//                  in the next sentence refers to;
//   person_sets    per sentence, the last coordination of persons in it ("A and
//                  B", "X's sons A and B") when nothing plural follows it: what
//                  "their" opening the next sentence refers to ("... Their uncle, C").
#pragma once

#include <string>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/lexicon.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"

namespace cg::ingest {

struct Discourse {
  std::vector<int> governments;
  // The country whose institutions (agencies, forces, legislatures: lexicon
  // entries with a country) the text names most without saying whose they are
  // ("the Treasury Department", not "the Mexican military" or "Mexico's
  // Financial Intelligence Unit"), strictly ahead of any other, or "": whose
  // statement it is. A White House release is the United States'.
  std::string home_country;
  bool issued_by_home = false;  // the home country is the issuer's ("THE WHITE HOUSE" heads the release)
  bool first_person = false;
  // The person who speaks as "I": the one person a headline of remarks or a statement names
  // after "by" or "from" ("Remarks by President Trump in ...", "Statement from President Joe
  // Biden on ..."), or -1.
  int speaker_person = -1;
  std::vector<std::vector<int>> groups;  // one entry per sentence (entity ids, empty if none)
  std::vector<std::vector<int>> organizations;  // one entry per sentence: distinct roots (-1: a part), in order
  std::vector<std::vector<int>> persons;  // one entry per sentence: the persons it names by name, distinct roots, in order
  std::vector<std::vector<int>> person_sets;  // one entry per sentence: PersonSetBefore(its clause, its end)
  std::vector<std::vector<int>> places;  // one entry per sentence: the places it names (roots), in order

  // The two persons "both of them", "the two men" at the start of sentence `sentence` refer to: the
  // persons the sentence before names, when it names exactly two (a possessor, "X, one of El Chapo's
  // sons", is not one of them); empty otherwise.
  std::vector<int> PairBefore(uint32_t sentence) const;
  // The persons "They" opening sentence `sentence` refers to: the last coordination of persons in the
  // sentence before (person_sets), when that sentence coordinates no organizations; empty otherwise.
  std::vector<int> PersonSetBefore(uint32_t sentence) const;

  // The group a plural description in sentence `sentence` refers to ("the two cartels", "both
  // groups"): the last coordination of organizations in the `back` sentences before it, with
  // `count` members when the description counts them (0: any); empty if none.
  std::vector<int> RecentGroup(uint32_t sentence, size_t count, uint32_t back = 3) const;
  // The one organization sentence `sentence` names, or -1 (none, or several).
  int OnlyOrganization(uint32_t sentence) const;
  // The speaking government: the most named of `governments` that is none of `others` (entity ids,
  // compared by root in `g`: "cooperation with Mexico" in a U.S. statement is the U.S.), or -1.
  int SpeakerOtherThan(const std::vector<int>& others, const ArticleGraph& g) const;
  // Who "I" or "we" at token t of `sentence` is, outside quotation marks in a first-person text:
  // "I" the speaker_person, "we" the speaking government other than `others`; -1 otherwise.
  int FirstPersonAgent(const std::vector<Token>& tokens, const Sentence& sentence, uint32_t t,
                       const std::vector<int>& others, const ArticleGraph& g) const;
};

// In a statement a government makes in the first person, "President X" with no
// country is the speaking government's president: LEADS X -> the government of
// `home_country` (added to the graph if the text does not name it), when the text names one such president only ("President Bush
// and President Calderon" name no country for either) and he leads no
// government already. A legislator's floor speech (a sentence opens "Mr.
// President," or "Madam Speaker,") is no government's statement: no LEADS.
void PresidentOfSpeaker(const Discourse& discourse, const Lexicon& lexicon, const Segmented& seg,
                        const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

// "the White House Office of National Drug Control Policy": a body named after the White House is
// PART_OF the administration the article names, when it names exactly one ("the Trump
// Administration").
void WhiteHouseBodies(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

class Clause;

// The persons a plural possessive ("their") after items [0, end) of clause `cl` may refer to: the
// last coordination of two or more persons named by name ("A and B", "X's sons, A and B"), unless
// something plural follows it -- a coordination of organizations, a plural group noun ("the
// cartels", "soldiers", "Mexican authorities") -- or another person is named before or after it
// (a complement, "sons of C", or a kin noun's owner, "C's sons", does not count); empty then, or
// when there is no such coordination. *plural (when not null): whether a coordination (of persons
// or organizations) or a plural group noun comes before `end` at all -- when none does, "their"
// may mean a set named earlier.
std::vector<int> PersonSetBefore(const Clause& cl, size_t end, bool* plural = nullptr);

Discourse FindDiscourse(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions,
                        const ArticleGraph& g, const Lexicon& lexicon);

// In a first-person text of `home_country` ("We have a strong partnership with Mexico" in a U.S.
// statement that names U.S. agencies only), the home country's government may speak even when the
// text never names it: its entity (added unmentioned: written only when a fact uses it) joins
// `governments` last, so that a government the text names still speaks first (a Canadian
// statement that names the U.S. Border Patrol).
void AddHomeGovernment(const Lexicon& lexicon, ArticleGraph* g, Discourse* discourse);

}  // namespace cg::ingest
