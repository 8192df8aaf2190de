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
#pragma once

#include <string>
#include <string_view>

#include "ingest/frames.h"

namespace cg::ingest {

// Is the "by" at item a the agent of the event noun at item i?
bool AgentOfNoun(const Clause& cl, size_t i, size_t a);

// The longest bare force phrase at item k (after an optional "the"), its last item in *end; "" when none.
std::string ForcePhrase(const FrameContext& c, size_t k, size_t* end);

// The body a bare force did act i with (form "active", "passive" or "nominal") names, in the
// country of `place` (an entity, or -1) or of the dateline; its phrase's first item in *first.
const LexEntry* ForceOf(const FrameContext& c, size_t i, std::string_view form, int place, size_t* first);

}  // namespace cg::ingest
