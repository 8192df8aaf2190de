// Clause words: the closed word lists the clause reader (clause.h) decides
// with -- what opens an apposition or a subject, the forms of "be", adverbs,
// place and portion nouns. Shared by clause.cc and clause_objects.cc; the place adjectives also by
// the mention finder and the rule matcher (a place's part before its name).
#pragma once

#include <string_view>

namespace cg::ingest::clause_words {

// Words that open an apposition or a parenthetical after a comma.
inline constexpr std::string_view kAppositionOpeners =
    "a|an|the|who|whom|which|whose|one|two|three|several|its|his|her|their|also|known|alias|aka|a.k.a|nicknamed|dubbed|including|"
    "along|together|accompanied|backed|aided|acting|according|then|now|once|both|reportedly|allegedly|another|"
    "considered|described|identified|believed|said|widely|formerly|previously|head|leader|chief|founder|son|"
    "brother|wife|daughter|nephew|father|cousin|administrator|director|secretary|with|after|in|on|at|from|el|la|"
    "working|operating|alongside|assisted|helped|under|former|longtime|onetime|founded|based|formed|created|led|headed|"
    "run|wanted|accused|suspected|through|via|allies|ally|allied|rivals|rival|enemies|foes|partners|remnants|part|offshoot|"
    "splinter";

inline constexpr std::string_view kBe = "is|are|was|were|be|been|being|get|gets|got|gotten|'s";
inline constexpr std::string_view kAdverbs =
    "also|reportedly|allegedly|later|subsequently|eventually|recently|finally|successfully|formally|officially|"
    "then|just|already|ultimately|quickly|reported|believed|to|have|has|had|not|never|since|both|jointly|all|"
    "himself|herself|themselves|first|previously|initially|originally";
// Adverbs that may open a participle's phrase ("The cartel, now led by X,").
inline constexpr std::string_view kTimeAdverbs =
    "now|currently|still|once|formerly|previously|long|also|reportedly|allegedly|later|jointly|then";
inline constexpr std::string_view kDeterminers =
    "the|a|an|his|her|their|its|'s|this|that|these|those|whose|our|my|your|recent|last|latest|alleged|eventual|"
    "dramatic|reported|high-profile|successful";

// Words after which a mention can still be a clause's subject (else it is a verb's object).
inline constexpr std::string_view kSubjectOpeners =
    "and|or|but|that|said|says|say|added|noted|stated|announced|reported|yesterday|today|also|then|when|while|after|"
    "before|since|because|as|if|where|whereas|although|though|meanwhile|later|earlier|subsequently|now|in|on|at|"
    "by|from|of|for|with|to|during|under|over|between|among|across|through|into|within|without|against|of|who|"
    "which|whom|year|years|decade|decades|week|weeks|month|months|day|days|ago|morning|night|afternoon|evening|weekend|officials|authorities|reportedly|"
    "allegedly|accordingly|however|thus|therefore|first|finally|ultimately|eventually|recently|together|jointly";

// Title words that may stand before a member of a list of names ("President Bush and President X").
inline constexpr std::string_view kTitleWords =
    "president|prime|minister|secretary|governor|senator|attorney|general|director|ambassador|vice|mr.|mrs.|ms.|dr.";

// Conjunctions that open a subordinate clause ("since" too, unless an adverb after an auxiliary:
// Clause::SubjectBefore; not "as", "once": also adverbs).
inline constexpr std::string_view kSubordinators = "after|before|when|while|because|although|though|until|since|whereas|unless";
// Verbs whose "that" opens a reported clause ("The Justice Department tells us that ...").
inline constexpr std::string_view kReportingVerbs =
    "say|says|said|tell|tells|told|report|reports|reported|estimate|estimates|estimated|believe|believes|believed|"
    "warn|warns|warned|note|notes|noted|show|shows|showed|indicate|indicates|indicated|know|knows|knew|argue|argues|argued";

inline constexpr std::string_view kPlaceNouns =
    "state|states|city|town|village|municipality|port|capital|region|province|county|resort|border|outskirts|suburb|"
    "neighborhood|neighbourhood|district|parts|mountains|hills|highlands|foothills|sierra|countryside";

// Words that describe a place before its noun ("the neighboring state of", "the northern city of").
inline constexpr std::string_view kPlaceAdjectives =
    "neighboring|neighbouring|nearby|adjacent|northern|southern|eastern|western|central|border|northwestern|"
    "northeastern|southwestern|southeastern|coastal|mountainous";
// Parts of a site whose "of" names where they are: "in the parking lot of a Juárez shopping center",
// "on the edge of Culiacán", "in the heart of the city".
inline constexpr std::string_view kSiteParts = "lot|edge|entrance|heart|streets|vicinity|grounds";

inline constexpr std::string_view kRemnants = "remnants|remains|rest|bulk|ashes|ruins|breakup|collapse|fragmentation|ranks";

// Plural territorial nouns: "Mexican states", "U.S. cities" are the country's territory.
inline constexpr std::string_view kTerritories =
    "states|cities|municipalities|towns|territory|territories|communities|counties|provinces|regions";

// Portions before "of": "dozens of U.S. cities", "parts of Texas".
inline constexpr std::string_view kPortions =
    "dozens|hundreds|scores|many|most|much|parts|part|all|some|several|each|majority|regions|areas|swaths|swath|stretches";

inline constexpr std::string_view kAuthorities =
    "authorities|government|officials|forces|police|military|counterparts|navy|army|marines|troops|prosecutors|"
    "officers|agents|soldiers|security";

}  // namespace cg::ingest::clause_words
