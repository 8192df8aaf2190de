// Event targets (event_frames.cc): who an act was done to when the text names
// them through a description.
//
//   PersonOfRole  "arrested the Sinaloa cartel founder, El Mayo", "killed the
//                 leader of the Zetas, X": the person named after an
//                 organization and its role noun;
//   HolderOfPersonsRole "arrested El Chapo's lieutenant X": the person named
//                 after a person's possessive and a role or kin noun;
//   Tally         "the arrest of 28 members of X this year", "so far": a count
//                 of acts over a period, not one event;
//   Including     "dozens were arrested, including X and Y": the persons named
//                 as examples, each an act's target of its own; "designating
//                 eight organizations as FTOs: A, B, and C": a list after a colon;
//   AcrossAppositions "A, <apposition>, and B, <apposition>" (each apposition
//                 maybe followed by its date: ", in May,"): the further
//                 persons after a target;
//   SemicolonList "A, <apposition>; B, <apposition>; and C": a release's list of
//                 targets set off by semicolons;
//   LinkedToGroup "five individuals linked to X": the group unnamed targets
//                 belong to.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "ingest/frames.h"

namespace cg::ingest {

// The item of the person named after organization item t and a role noun (before "of" it or
// after it: "the leader of the Zetas, X", "an alleged Zetas operative, X"), or kNone.
size_t PersonOfRole(const FrameContext& c, size_t t);

// The item of the person a person's possessive at item t describes by a role or kinship noun
// ("Guzmán's lieutenant X", "Lazcano's bodyguard, X,", "his cousin's driver X"), or kNone: the
// possessor is not the one the description names.
size_t HolderOfPersonsRole(const FrameContext& c, size_t t);

// Does the sentence after item t count the acts over a period ("this year", "so far", "to date",
// "since", "throughout", "over the past")?
bool Tally(const FrameContext& c, size_t t);

// The persons (also `labels`) listed after "including" in the clause of trigger i, or the two or
// more entities of `labels` listed after a colon there, or those after "among them".
std::vector<size_t> Including(const FrameContext& c, size_t i, std::string_view labels);

// "designated three of Mexico's most violent gangs -- A, B and C -- as ...": the two or more
// entities of `labels` listed between dashes right after the object of verb i.
std::vector<size_t> DashedList(const FrameContext& c, size_t i, std::string_view labels);

// Nouns of a group's people: "six members of X", "X associates", "companies that launder for X".
inline constexpr std::string_view kGroupWords =
    "members|member|individuals|associates|operatives|leaders|figures|affiliates|targets|entities|businesses|"
    "companies|people|networks|cells|bosses|nationals|persons|suspects|traffickers|firms|lieutenants|financiers|"
    "accomplices|gunmen|hitmen|launderers|enforcers|commanders|smugglers|suppliers|brokers|accountants|operators|"
    "distributors|couriers|facilitators";

// Is the organization at `item` the group unnamed targets belong to: "five individuals linked to X",
// "six members of X", "companies (based in Y) that launder proceeds for X", "individuals who supply
// fentanyl precursors to X"?
bool LinkedToGroup(const FrameContext& c, size_t item);

// Does a noun of members (kGroupWords) follow item t ("X members", "the group's leaders")?
bool MembersAfter(const Clause& cl, size_t t);

// "together with eight alleged members of X", "and four members of X", "with several other suspected
// members of the gang": the criminal group whose counted or described people the phrase opening at
// item `from` names (a few plain words, a noun of members, "of" the group), or kNone.
size_t GroupOfMembersAt(const FrameContext& c, size_t from);

// The persons (or mentions of `labels`) after target t over appositions: "A, a pilot, and B, a
// lawyer," -> B; "X, a firm in Guadalajara that runs its call centers, and Y" -> Y.
// `listed` (designations): also "A, and his brother, B" with no apposition of A's own.
std::vector<size_t> AcrossAppositions(const FrameContext& c, size_t t, std::string_view labels = "Person",
                                      bool listed = false);

// The entities of `labels` that open the further parts of a list set off by semicolons after target
// t ("designated A, also known as X, a commander who ...; B, who directs ...; and C, a stepson of Y"):
// B and C. Each part opens with its name, set off by a comma or ending the list.
std::vector<size_t> SemicolonList(const FrameContext& c, size_t t, std::string_view labels);

}  // namespace cg::ingest
