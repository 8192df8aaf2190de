// Role words (role_frames.cc): the vocabulary around a role noun -- the
// modifiers inside a role phrase, the head nouns a group's name may drop, the
// verbs that make a role a predicate -- and what a role says of a body.
#pragma once

#include <string>
#include <string_view>

#include "ingest/article_graph.h"
#include "ingest/lexicon.h"

namespace cg::ingest {

// One person's role: "one of the cartel's financial operators" is a "financial operator". The role
// noun ends the text unless a portfolio follows it ("head of logistics": kept) and is a role word
// (lexicon/rules/roles.words), whose only singular ending in "s" is "boss": "-men" -> "-man",
// "-sses" -> "-ss", "-ies" -> "-y", "-s" -> "".
std::string SingularRole(std::string role);

// Words inside a role phrase before the role noun ("one of the most notorious").
inline constexpr std::string_view kModifiers =
    "a|an|the|another|top|senior|high-ranking|high|ranking|alleged|suspected|former|longtime|long-time|key|chief|main|"
    "principal|most|notorious|powerful|feared|wanted|important|prominent|major|important|one|two|three|four|"
    "several|both|all|each|of|its|their|his|her|reputed|purported|presumed|de|facto|then|current|new|acting|deputy|regional|"
    "local|veteran|fugitive|jailed|imprisoned|founding|original|infamous|violent|ruthless|mid-level|lower-level|"
    "low-level|trusted|close|closest|right-hand|influential|reported|self-proclaimed|u.s.-based|mexican|head|-|born|"
    "based|ranking|level|time|mayoral|gubernatorial|presidential|senatorial|congressional|legislative|ruling|governing|"
    "opposition|leftist|conservative";
// Head nouns of a criminal group's name that a text may write in lower case after the name.
inline constexpr std::string_view kOrgHeads = "cartel|cartels|drug|gang|crime|criminal|organization|syndicate|group";
// Verbs that make the role a predicate of their subject ("X was the leader of Y").
inline constexpr std::string_view kCopulas =
    "is|was|are|were|be|been|being|became|becomes|become|remains|remained|served|serves|as|named|appointed|considered|"
    "described|identified|called|believed|deemed|to|allegedly|reportedly|not|never|longer|no|now|still|currently|"
    "once|also|eventually|later|briefly|effectively";

// Is e a body whose officials a role names (an agency, a government, a force, a task force, a
// medium, a research group, an organization of no kind), not a criminal group?
bool AgencyLike(const LocalEntity& e);

// Does a head-of-body role make its holder the head of `org`? A government is headed by its
// president or prime minister only (heads=government); its ministers are members.
bool HeadsBody(const LexEntry& role, const LocalEntity& org);

}  // namespace cg::ingest
