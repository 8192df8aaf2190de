// Event objects (event_frames.cc): what an act was done to when no named
// target says it — a count, an unnamed person, a thing — and where that phrase
// ends, so that the event can be named as the text names it.
//
//   CountedObject     "extradited 29 cartel figures", "killed five soldiers";
//   IndefiniteObject  "extradited to the United States a man accused of";
//   DescribedObject   "captured the brother of one of Mexico's drug lords";
//   KinObject         "detained his mother and sister";
//   ObjectEnd         the end of such a phrase ("29 Mexican drug cartel bosses"
//                     | "to the United States");
//   ThingObject       an attack named after the thing it hit ("the downing of a
//                     military helicopter", "the torching of two buses"):
//                     triggers marked `named=object` (lexicon/rules/triggers.words);
//   AppositionClose   where a named target's apposition ends ("killed X, a
//                     founder of Y who was reported dead in 2010, in Z");
//   InApposition, OtherPredicateBefore, InDateline, DateNear, ShiftedObject: where an item stands
//                     relative to the act's verb;
//   DiedInClash, DiedAgain, WordsAfter: what a trigger needs after it (voice=passive,
//                     tail=).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "ingest/frames.h"

namespace cg::ingest {

// The labels of an act's place.
inline constexpr std::string_view kPlace = "City|State|Country|Facility";
// Words that open an apposition after a comma ("X, a smuggler wanted in Arizona,").
inline constexpr std::string_view kAppositionOpeners =
    "a|an|the|one|who|whom|which|whose|wanted|accused|known|alias|his|her|their";

// The count the object of verb i opens with (not "a", "an", "one"), past "to <place>", if one.
std::optional<int> ObjectCount(const FrameContext& c, size_t i);

// Is the object of verb i a count (ObjectCount)?
bool CountedObject(const FrameContext& c, size_t i);

// Is the object of verb i a count of people ("429 individuals", "five federal police officers"), not
// of things ("two tons of cocaine")? A force's people ("12 federal police officers") and a
// nationality's plural ("four Americans") are people.
bool CountedPeople(const FrameContext& c, size_t i);

// "Gunmen burst into a party in Ciudad Juárez on Saturday and killed six people": the place of the
// verb the active act at item i is coordinated with, for an act on a count of people; kNone when none.
size_t CoordinatedPlace(const FrameContext& c, size_t i, std::string_view form);

// "Gunmen in Ciudad Juárez killed X", "Police in Culiacán arrested X": the place of the active act at
// item i's subject, a force's or attackers' plain noun and "in" a city or state right before the verb
// (not a country: "police in Paraguay" tells whose police); kNone.
size_t SubjectPlace(const FrameContext& c, size_t i, std::string_view form);

// The first of the names a counted object of verb (or "and") i is apposed to ("designated two Mexican
// nationals, A and B, for ...", "arrested three suspects, A, B and C", "X and three of his associates,
// A, B and C", "three companies: A, B and C"): its item, or kNone.
size_t CountedNames(const FrameContext& c, size_t i, std::string_view labels);

// Is the object of verb i a count of people held or accused ("sent 29 defendants", "26 suspected
// members of drug cartels", "29 cartel leaders"), not of officials or troops ("500 agents")?
bool CountedAccused(const FrameContext& c, size_t i);

// Is the sentence a headline: one of the article's first lines, with no final punctuation?
bool HeadlineLine(const FrameContext& c);

// Is act i a sending abroad: to a country ("transferred X to the United States"), or a count of
// people sent "north" ("sent 29 prisoners north")?
bool SentAbroad(const FrameContext& c, size_t i);

// Is the object of verb i an unnamed person ("a man", "a suspected trafficker"; in a headline also
// with no article: "Marines capture cartel boss"), past "to <place>"?
bool IndefiniteObject(const FrameContext& c, size_t i);

// Is the object of verb i a person described, not named: "the" and a role or kinship noun of someone
// or something ("captured the leader of La Línea", "the brother of one of Mexico's drug lords")?
bool DescribedObject(const FrameContext& c, size_t i);

// Is the object of verb i someone's kin or aide, unnamed ("detained his mother and sister", "arrested
// two of her bodyguards")? The act is aimed at another person than those named beside it.
bool KinObject(const FrameContext& c, size_t i);

// The item after the unnamed object phrase starting at item `object`: it ends before a mention
// (demonyms aside), a preposition, a comma, a relative pronoun or the clause's end, 8 items at most.
size_t ObjectEnd(const FrameContext& c, size_t object);

// Is act i in `form` "nominal" a `named=object` trigger followed by "of" and a determiner or a
// count and at least one word ("the bombing of a police station")?
bool ThingObject(const FrameContext& c, size_t i, const LexEntry& trigger, std::string_view form);

// The comma that closes the apposition opened right after the named target at item `target`
// (", a founder of Y who had been reported dead in 2010,"; also after an age and an alias: ", 44,
// alias "El Contador," the treasurer of Y,", or a bare nickname: ', "El Chato," one of'; a nickname
// alone before a preposition closes at its quote: ', "La Tuta," in Morelia', as does one ending in a
// quoted name: ', a Texas-born enforcer known as "El Tigre," at a ranch'), or kNone when none opens
// there or it does not close within 30 items of the clause.
size_t AppositionClose(const FrameContext& c, size_t target);

// "X died in a gunfight with marines": is trigger i a verb whose subject the act was done to
// (voice=passive) with a fight (event_agents.h kClashes) within five tokens after it?
bool DiedInClash(const FrameContext& c, size_t i, const LexEntry& trigger);

// "Police killed X in a gunbattle ... X died late Thursday near the town of Y": is trigger i a verb
// whose subject the act was done to (voice=passive) with a subject whose killing an earlier sentence
// told (the same act told again: its date and place), and no cause of its own ("died of cancer")?
bool DiedAgain(const FrameContext& c, size_t i, const LexEntry& trigger);

// Do the words of `words` (space-separated) follow item i ("into custody" after "took X")?
bool WordsAfter(const Clause& cl, size_t i, std::string_view words);

// Is item p inside an apposition opened after trigger i ("arrested X, a smuggler wanted in Arizona")?
bool InApposition(const FrameContext& c, size_t i, size_t p);

// Does another predicate open between trigger i and place p, whose place p is ("was extradited in
// 2008 and pleaded guilty in Miami", "was sentenced to 20 years for laundering money through a
// business in Oklahoma", "the rifles that killed X were bought in Y")? A coordinated past verb that
// is no event mention, "for" before a verb's -ing form, or a passive verb after the act's object
// (another act's too: "X was killed in 2019, and his brother was arrested in Y"); the subject of a
// clause after ", and" ("..., and a judge in Y sentenced him"); a rank's place ("whom officials
// described as the cartel's boss in Y").
bool OtherPredicateBefore(const FrameContext& c, size_t i, size_t p);

// Is item a part of a dateline ("HERMOSILLO, Mexico (Wire) -- Soldiers captured ...")?
bool InDateline(const FrameContext& c, size_t a);

// Is a date (not a period's bound) written within a few items before trigger i, or after it in
// its clause ("killed X in a gunfight in the border city of Y on Wednesday")?
bool DateNear(const FrameContext& c, size_t i);

// "Mexico extradited to the United States X": the object (`labels`) after a place the verb at
// item i sends someone to, or kNone.
size_t ShiftedObject(const FrameContext& c, size_t i, std::string_view labels);

// Is act i a hand-over to prosecutors, a judge or a court that no country or foreign body names
// ("handed over to federal prosecutors", "handed X over to a judge") or to a prosecutor's office of no
// foreign country ("handed over to the Attorney General's Office")? Not so for "to U.S. marshals".
bool ToDomesticJustice(const FrameContext& c, size_t i);

}  // namespace cg::ingest
