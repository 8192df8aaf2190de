// Event agents (event_frames.cc): who did an act when the text names the doer
// by a phrase rather than a name.
//
//   AgentOfNoun   "the killing of X by police" — the "by" belongs to the event
//                 noun, not to a verb after it ("X's death was confirmed by
//                 the ministry");
//   ForceOf       a force named by a bare noun ("Federal police arrested X",
//                 "the army killed X", "was captured by soldiers", "the arrest
//                 of X by marines") is the lexicon's body with that noun among
//                 its `force=` words in the country where the act happened: the
//                 country of the act's place, else of the article's dateline
//                 ("CULIACÁN, Mexico --"), or of a nationality before the noun
//                 ("Mexican federal police"). Without such a country it is nobody;
//                 the force's people after the noun are the force ("army troops");
//                 after a passive, "in a gunfight with federal police" names it too.
//   CooperationSides  an act given as an example of a cooperation ("collaboration
//                 with Mexico has yielded ..., such as the extradition of X")
//                 was supported by both of its sides.
//   AgentsOf      "killed by gunmen from the Gulf Cartel": the group of the
//                 people who did it.
//   SendingCountry  "was extradited from Mexico": the sending country.
//   SpeakerAgent  "I designated", "we extradited": the speaker of a
//                 first-person text (discourse.h FirstPersonAgent).
//   ReportingBody "The Mexican Navy said it had captured X": the body whose
//                 report "it" stands in.
//   ActAnaphor    "This action was a result of collaboration between A and B":
//                 the act a clause's subject refers back to.
//   HeadsDesignate "I designated this gang as a terrorist organization" said by
//                 the President: the government he heads designated it.
//
// (event_agents.cc; the heads of governments and agencies, HeadsDesignate and
// HeadSubject, in event_heads.cc.)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/frames.h"

namespace cg::ingest {

// Nouns of a fight or an operation whose "with X" names the side that fought the target ("killed
// in a gunfight with Mexican marines").
inline constexpr std::string_view kClashes =
    "gunfight|gunbattle|shootout|firefight|clash|clashes|confrontation|battle|raid|operation";

// Is the "with" at item k the side of a fight named just before it ("in a gunfight with", "in a
// shootout with", also when "died in a gunfight" is one event mention)?
bool WithClash(const FrameContext& c, size_t k);

// Is the "by" at item a the agent of the event noun at item i?
bool AgentOfNoun(const Clause& cl, size_t i, size_t a);

// The longest bare force phrase at item k (after an optional "the"), its last item in *end; "" when none.
std::string ForcePhrase(const FrameContext& c, size_t k, size_t* end);

// The first item of a quantity of a force's people ending right before item k ("hundreds of",
// "about 40", "more than 200", "a patrol of about 30"), k itself when none (force_quantity.cc).
size_t QuantityStart(const FrameContext& c, size_t k);

// The body a bare force phrase right before item k names ("Navy spokesman X", "Mexican army
// spokesman X", "government security spokesman X": a government, one portfolio word between):
// in the country of a nationality before the phrase, else of the dateline; its first item (the
// nationality's, when there is one) in *first; nullptr when none.
const LexEntry* ForceBefore(const FrameContext& c, size_t k, size_t* first);

// The body a bare force did act i with (form "active", "passive" or "nominal") names, in the
// country of `place` (an entity, or -1) or of the dateline; its phrase's first item in *first.
const LexEntry* ForceOf(const FrameContext& c, size_t i, std::string_view form, int place, size_t* first);

// "Gunmen killed five federal police officers", "detained 12 federal police officers", "killing
// three marines", "four federal police officers were shot dead": the body of the force whose counted
// people are the object of active act i or the subject of passive act i, opening its clause (in the
// country of a nationality before them, else of `place` or the dateline), or nullptr.
const LexEntry* MembersForce(const FrameContext& c, size_t i, std::string_view form, int place);

// "Gunmen attacked federal police stations", "ambushed an army convoy", "ambushed a convoy of state
// police": the body of the force whose posts, convoys or vehicles are the object of active attack i
// (a body the text names, else the force of a bare noun in the country of a nationality before it,
// of `place` or of the dateline), or -1.
int ForceThingAttacked(const FrameContext& c, size_t i, int place);

// "The Public Safety Secretariat said federal police arrested X": does a verb of reporting with a
// subject of its own ("federal police", not "it" or "that") come between subject item a and act i?
// Then a is not the act's agent (the force is: PlaceAndForces).
bool ReportsAnothersAct(const Clause& cl, size_t a, size_t i);

// "Soldiers and federal police arrested X": the body of the force coordinated before the one
// ForceOf found at item `first` (in the same country rule), its first item in *other_first;
// nullptr when none.
const LexEntry* CoordinatedForce(const FrameContext& c, size_t first, int place, size_t* other_first);

// "arrested by federal police and soldiers": the body of the force coordinated after the one
// ForceOf found at item `first` (in the same country rule), its first item in *other_first;
// nullptr when none.
const LexEntry* FollowingForce(const FrameContext& c, size_t first, int place, size_t* other_first);

// The sides of the cooperation the nominal act at item i is given as an example of, in its
// sentence: "Mexico's cooperation with the DEA, including the arrest of X" -> the partners after
// "with" and the noun's possessor (items). With neither a possessor nor an organization before
// the noun, "our cooperation with" / "cooperation with" in a first-person text, and "bilateral
// cooperation with" in any text, is the speaking government's (*speaker, Discourse::
// SpeakerOtherThan; -1 otherwise). Empty unless "including" or "such as" stands between the noun
// and the act.
std::vector<size_t> CooperationSides(const FrameContext& c, size_t i, int* speaker);

// The "by" that names the agent of the passive verb at item i, past places, dates and the commas
// that set a place off ("was arrested in El Paso, Texas, by the FBI"), not past another clause, a
// participle or a report ("according to a statement by"); kNone when none.
size_t PassiveBy(const Clause& cl, size_t i);

// "killed by gunmen from the Gulf Cartel", "arrested by agents of the DEA" after the passive verb
// at item i: the item of the organization of the people who did it, or kNone.
size_t AgentsOf(const FrameContext& c, size_t i);

// "Today, at the direction of President X, the Treasury sanctioned Y", "the State Department designated Y,
// as directed by President X": the item of the person or government whose direction the act at item i
// followed (in its clause, at most 30 items from it), or kNone. He decided the act: its supporter.
size_t DirectedBy(const FrameContext& c, size_t i);

// "Gunmen from the Gulf Cartel killed X": the organization of the people who are the subject of the
// active verb at item i, or kNone.
size_t SubjectAgents(const FrameContext& c, size_t i);

// "was extradited from Mexico to the United States" (passive verb at item i): the item of the
// country it was sent from (it stands for its government, the conductor), or kNone.
size_t SendingCountry(const FrameContext& c, size_t i);

// The speaker of a first-person text who is the subject of the active verb at item i ("I
// designated", "we extradited"), other than `others` (entity ids); -1 when the subject is anyone
// else.
int SpeakerAgent(const FrameContext& c, size_t i, const std::vector<int>& others);

// The organization that reports the active verb at item i done by "it" ("X said (that) it had
// captured ..."): its item, or kNone.
size_t ReportingBody(const FrameContext& c, size_t i);

// The act the clause of item i (after its subject) is about when that subject names one ("His
// extradition is the result of ...": the event mention, then "is|was" and plain words up to item i)
// or refers back to one: "This action was ...", "These designations were ...", "Today's operation was ..." (a demonstrative,
// "the" or a date's "'s", at most one word, a noun of acts, then "is|was|are|were" and only plain
// lower-case words up to item i). The act is the one event the latest of the three sentences before
// names as a participant's; -1 when there is none or several.
int ActAnaphor(const FrameContext& c, size_t i);

// A designation whose conductor is a person who heads a government was that government's act: for
// each organization the event targets (not a group standing for its members), DESIGNATED from the
// government the person LEADS, with the designation when the text names it. The government is the
// administration he leads when the article names one, else his government; nobody when two would
// fit, or when a body already designated that target. Runs on the whole article, after the heads
// of government are known (PresidentOfSpeaker).
void HeadsDesignate(ArticleGraph* g);

// The rule of a DESIGNATED an office holder's act gives his government under the law it names
// ("the Secretary of State designated ... under the Immigration and Nationality Act"); HeadsDesignate
// gives it instead to the one agency his title makes him head of (AgencyHeadedBy).
inline constexpr std::string_view kLawDesignated = "frame.event.designated.law";

// "President Trump designated the cartels as ...": the subject of the active verb at item i when it
// is a person who heads a government (GovernmentHeadedBy), or kNone. Such a person is a
// designation's conductor; HeadsDesignate writes his government's DESIGNATED.
size_t HeadSubject(const FrameContext& c, size_t i);

// The government `person` heads as HeadsDesignate chooses it from the article's LEADS so far, or -1.
int GovernmentHeadedBy(const ArticleGraph& g, int person);

// The one agency `person` heads by the article's LEADS so far ("Secretary of State Marco Rubio":
// the State Department), or -1 (none, or several).
int AgencyHeadedBy(const ArticleGraph& g, int person);

}  // namespace cg::ingest
