// Territory places (relation_frames.cc): where an OPERATES_IN trigger puts a
// group when its place is not the plain object of one of its prepositions.
//
//   PlaceBefore    "Tamaulipas, a state controlled by X": the place a passive
//                  participle describes;
//   PlaceIncluded  "operates in 40 countries, including Mexico": the places a
//                  plural place noun lists;
//   ListedPlace    "states, including A and B", "U.S. cities, such as A",
//                  "countries, among them A": the first place the list after a
//                  plural place noun names;
//   FrontedPlace   "In Michoacán, the Knights Templar control ...", "In Sonora and
//                  Chihuahua, X ...": the place that opens the sentence before
//                  the subject;
//   PlaceInList    "cells in Europe, Asia, and Colombia", "recruiting in Laredo,
//                  Texas": a country or state of a list of places, or the one
//                  a city is written with;
//   GroupModifier  "CJNG operations in Jalisco": the group whose name modifies
//                  the territory noun;
//   GroupComplement "the presence of the Sinaloa Cartel in Sonora": the group
//                  named right after the territory noun;
//   PlaceUnder     "areas of Michoacán under the control of X": the place said
//                  to be under a group's control;
//   WherePlace     "Durango, where the cartel runs labs", "Colima, a small state
//                  where A and B clash": the place a "where" clause refers to;
//   ApposedPlace   "Tamaulipas, a Gulf Cartel stronghold", "Michoacán has long
//                  been a bastion of X": the place a territory noun describes;
//   SellersPlace   "from chemical brokers in China": the place of those the group
//                  buys from, not the group's.
#pragma once

#include <cstddef>
#include <string>

#include "ingest/frames.h"

namespace cg::ingest {

// The item of the place (`labels`) the passive participle at item i describes, or kNone.
size_t PlaceBefore(const FrameContext& c, size_t i, const std::string& labels);

// The first place (`labels`) a plural place noun or a region ("Central America, particularly
// Guatemala") within eight items after item end lists after "including" / "notably" / ..., or kNone.
size_t PlaceIncluded(const FrameContext& c, size_t end, const std::string& labels);

// When item noun is a plural place noun ("states", "cities", ...) followed by ", including" /
// ", such as" / ", among them" / ", notably" ..., the item of the first place (`labels`) listed;
// else kNone.
size_t ListedPlace(const Clause& cl, size_t noun, const std::string& labels);

// The place (`labels`) of an "In X," that opens the sentence right before item subject, or kNone.
size_t FrontedPlace(const FrameContext& c, size_t subject, const std::string& labels);

// A place (`labels`) of the list that is the object of one of `preps` after item end (with its
// further phrases: "in Nuevo Laredo and in Laredo, Texas"), or the state or country after a city
// of it ("Laredo, Texas"); kNone when none.
size_t PlaceInList(const FrameContext& c, size_t end, const std::string& preps, const std::string& labels);

// The item of the group (`labels`) named right before the territory noun at item i, over at most
// one lower-case word ("CJNG operations", "Sinaloa Cartel trafficking routes"), or kNone; whatever
// governs the phrase ("raids against Zetas cells in Veracruz"), the noun is the group's. Not a
// possessor ("the cartel's operations": relation_frames.cc reads those).
size_t GroupModifier(const FrameContext& c, size_t i, const std::string& labels);

// The criminal group after "of" right after the territory noun ending at item end ("the presence
// of the Sinaloa Cartel in Sonora", "the control of the Knights Templar"), or kNone.
size_t GroupComplement(const FrameContext& c, size_t end);

// The place (`labels`) before "under" when the territory noun at item i ends a phrase opened by it
// ("Michoacán remained under the control of X", "areas of Sinaloa under Los Chapitos' control"), the
// nearest within eight items of its clause; kNone otherwise.
size_t PlaceUnder(const FrameContext& c, size_t i, const std::string& labels);

// The place (`labels`) the "where" that opens the clause of item subject (with its coordination)
// refers to: the place right before it ("Sonora, where"), or the one a place noun apposed to that
// place names ("Colima, a small Pacific state where"); kNone when no "where" opens the clause.
size_t WherePlace(const FrameContext& c, size_t subject, const std::string& labels);

// The place (`labels`) that the noun phrase of the territory noun at item i is apposed to
// ("Tamaulipas, the Gulf Cartel's home state") or predicated of ("Sinaloa is a Sinaloa Cartel
// stronghold", "Durango, a rugged state ..., has become a battleground"): a phrase opened by a
// determiner or a possessor, its words before the noun adjectives or a group's name; kNone otherwise.
size_t ApposedPlace(const FrameContext& c, size_t i, const std::string& labels);

// Is the place at item `place` that of the sellers a group buys from ("controls the supply chain from
// the chemical brokers in China", "precursors purchased from suppliers in India"), or where its people
// were held or bought ("members of the cartel were arrested in Texas", "bought weapons in Arizona")?
bool SellersPlace(const FrameContext& c, size_t place);

}  // namespace cg::ingest
