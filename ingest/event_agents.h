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
//                 ("CULIACÁN, Mexico --"). Without such a country it is nobody.
//   CooperationSides  an act given as an example of a cooperation ("collaboration
//                 with Mexico has yielded ..., such as the extradition of X")
//                 was supported by both of its sides.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/frames.h"

namespace cg::ingest {

// Is the "by" at item a the agent of the event noun at item i?
bool AgentOfNoun(const Clause& cl, size_t i, size_t a);

// The longest bare force phrase at item k (after an optional "the"), its last item in *end; "" when none.
std::string ForcePhrase(const FrameContext& c, size_t k, size_t* end);

// The body a bare force did act i with (form "active", "passive" or "nominal") names, in the
// country of `place` (an entity, or -1) or of the dateline; its phrase's first item in *first.
const LexEntry* ForceOf(const FrameContext& c, size_t i, std::string_view form, int place, size_t* first);

// The sides of the cooperation the nominal act at item i is given as an example of, in its
// sentence: "Mexico's cooperation with the DEA, including the arrest of X" -> the partners after
// "with" and the noun's possessor (items). With neither a possessor nor an organization before
// the noun, "our cooperation with" / "cooperation with" in a first-person text, and "bilateral
// cooperation with" in any text, is the speaking government's (*speaker, Discourse::
// SpeakerOtherThan; -1 otherwise). Empty unless "including" or "such as" stands between the noun
// and the act.
std::vector<size_t> CooperationSides(const FrameContext& c, size_t i, int* speaker);

}  // namespace cg::ingest
