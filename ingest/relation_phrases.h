// Relation phrases (relation_frames.cc): shapes of the words around a
// trigger that decide whom a relation frame reads.
//
//   Thanked        "We thank the Government of Mexico for its partnership";
//   Between        the members of a list after "between"/"among";
//   GovernedNoun   "shot by smugglers working for": a participle's noun that is
//                  an object, so no earlier name is the participle's subject;
//   Based          "a Mexico-based group";
//   AppositionHead the organization a modifier phrase describes;
//   KnownAsAfter   "leads a faction known as X": the name of a described object;
//   MoreTerritory  "from Guerrero into Morelos", "in Mexico's Sonora state": the
//                  other end of a route, the place a possessor's name qualifies,
//                  "in several U.S. states, including Texas": the states listed;
//   PortionPlace   "ran the Gulf Cartel's operations in Matamoros": a group's
//                  portion in a place;
//   PartnerAfter   "cooperated closely with X": a cooperation verb's partner;
//   PartLed        "headed a cell of the Gulf Cartel", "ran drug shipments for X": a
//                  part of a group led, or its work (the member's role in *part);
//   TitledSubjects, NounOwner: a relative clause's subjects, a noun's possessor.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/clause.h"

namespace cg::ingest {

// Words that may open a noun phrase naming a part or kind of an organization ("its armed wing").
inline constexpr std::string_view kRelationDeterminers = "a|an|the|one|its|their|his|her|itself|part|key|main|armed|military|financial|"
                                          "criminal|violent|powerful|splinter|breakaway|local|regional|enforcement|two|three|four|both|warring|rival|competing";

// Is `subject` the one the sentence thanks for the noun at item i ("for its/their" right before it)?
bool Thanked(const Clause& cl, size_t i, size_t subject);

// The members (`labels`) of a list after the "between"/"among" at item prep, over possessors
// ("Mexico's UIF") and parenthesized acronyms ("(DEA)").
std::vector<size_t> Between(const Clause& cl, size_t prep, const std::string& labels);

// Is the plain noun phrase ending at item `noun` a preposition's or a past verb's object ("by
// smugglers", "arrested three men")? Not a group noun, which is the reader's own anaphor.
bool GovernedNoun(const Clause& cl, size_t noun);

// Is item i "based" in "<place>-based" (the place of `object_labels`)?
bool Based(const Clause& cl, size_t i, const std::string& object_labels);

// The organization (`labels`) the modifier phrase at item phrase describes: the entity the
// apposition it opens follows ("X, a Mexico-based group"), or the head after it; kNone when none.
size_t AppositionHead(const Clause& cl, size_t phrase, const std::string& labels);

// The name (`labels`) a description after the trigger ending at item `end` is known by: "leads a
// faction known as Los Chapitos", "at war with Zambada's loyalists, known as La Mayiza" (after one
// of `preps`, or right after the trigger when they hold "-"); kNone when none.
size_t KnownAsAfter(const Clause& cl, size_t end, const std::string& labels, std::string_view preps);

// Adds to the territories (`labels`) read after a trigger the other end of a route from the last one
// ("spread from Guerrero into Morelos", "corridors from Tamaulipas to Texas") and the place it
// qualifies as a possessor ("in Mexico's Sonora state"), and the place of a further phrase after
// "and" or "as well as" that a place noun or a portion governs ("as well as in parts of the northern
// state of Sonora").
void MoreTerritory(const Clause& cl, const std::string& labels, std::vector<size_t>* objects);

// The city or state of a group's portion named after its possessive at item `group` ("the Gulf
// Cartel's operations in Matamoros", "the cartel's cell in Sonora"): one to three plain words,
// "in", the place; kNone otherwise.
size_t PortionPlace(const Clause& cl, size_t group);

// The part of a group's work or people named after the group at item `group`, by its possessive
// or as a compound ("the Gulf Cartel's smuggling operations", "CJNG operatives", "the cartel's
// finances"): one to three plain words ending in such a noun; "" otherwise. Who runs it is a member.
std::string GroupPortion(const Clause& cl, size_t group);

// Does a partner follow the verb at items [i, end] ("cooperated closely with local ranchers")?
// Without one, "The FBI and the Attorney General's Office cooperated in the inquiry" works
// between its subjects; "worked together" always does, "worked on the case" never.
bool PartnerAfter(const Clause& cl, size_t i, size_t end);

// The group (`labels`) whose part a leading verb ending at item `end` takes as its object: "headed a
// cell of the Gulf Cartel", "ran a Zetas cell", "led Sinaloa Cartel factions in Sonora" (a
// determiner, up to two plain words, the part's noun, "of" and the group; or the group's name then
// the noun), not a part named after it ("known as X"); kNone otherwise. *part gets the part's noun, singular ("cell").
size_t PartLed(const Clause& cl, size_t end, const std::string& labels, std::string* part);

// The coordinated subjects of a relative clause ending at item `last`, over their titles: "that
// President Bush and President Calderón put together" -> Bush, Calderón.
std::vector<size_t> TitledSubjects(const Clause& cl, size_t last, const std::string& labels);

// The possessor of the noun at item i: "the group's operations", "its rivals", "the cartel's former
// armed wing" (up to two plain words between), the name before ", whose" ("X, whose territory"), or
// kNone.
size_t NounOwner(const Clause& cl, size_t i);

}  // namespace cg::ingest
