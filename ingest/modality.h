// Modality: whether a stretch of a sentence asserts what it says, hedges it
// ("allegedly", "is believed to", "may have") or negates it ("is not part
// of", "denied leading"). Cues are the word lists of lexicon/rules/cues.words
// (@kind hedge, negation, hypothetical).
//
// Scope: the tokens of the statement itself plus the few words before it in
// the same clause ("X is not believed to..." reaches back to "not"). A cue
// written with a capital in mid-sentence is a name ("May", "Will"), not a cue.
//
// What a rule or frame reads goes through Assert(): a negated candidate is
// kept only in ArticleGraph::rejected (with the cue, for explain); a hedged
// one is written with hedged=true and its confidence times kHedgeFactor. Type
// constraints reject too: agencies cooperate and criminal groups ally; a reward is
// offered for a wanted person, never for an office holder (LocalEntity::official).
#pragma once

#include <string>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/lexicon.h"
#include "ingest/tokens.h"
#include "ingest/word_list.h"

namespace cg::ingest {

inline constexpr float kHedgeFactor = 0.6f;

struct Modality {
  bool hedged = false;
  bool negated = false;
  std::string cue;  // the words that decided it
  std::string why = "negated";  // negated: "negated" or "hypothetical event"
};

// Reads tokens [first, last) and up to `before` tokens before `first` that
// stay inside the sentence [sentence_first, ...) and the clause (no ; : or
// dash between). `act`: the statement reports an act (PARTICIPATED_IN,
// OCCURRED_IN), which an attributive hedge before a noun ("suspected hitmen")
// does not hedge.
Modality ReadModality(const Lexicon& words, const std::vector<Token>& tokens, uint32_t sentence_first,
                      uint32_t first, uint32_t last, uint32_t before = 4, bool act = false);

// Does a statement of `type` report an act (see ReadModality)?
bool ReportsAct(std::string_view type);

// Is there a cue of `kind` ("hypothetical") among the `before` tokens before
// `first` in the clause?
bool CueBefore(const Lexicon& words, const std::vector<Token>& tokens, uint32_t sentence_first, uint32_t first,
               std::string_view kind, uint32_t before = 4, std::string* cue = nullptr);

// Is the act of class `act` ("Arrest", "Killing") whose mention starts at token `first` one that
// has not happened: a hypothetical cue among the 4 tokens before it, unless the cue names the acts
// it governs (acts=) and `act` is not one of them ("sought over the killing of": it happened), a sum
// in digits offered for an arrest or extradition ("a reward of $5,000,000 for the capture of X"), or an
// intended cue ("threatened to kill", "a plan to arrest", "is considering designating": cues.words), an
// infinitive act another was asked to do ("has asked Mexico to extradite X": a request cue), or a procedure's noun after an
// arrest's, extradition's or sentencing's one ("an arrest warrant", "extradition proceedings").
bool HypotheticalAct(const Lexicon& words, const std::vector<Token>& tokens, uint32_t sentence_first, uint32_t first,
                     std::string_view act, std::string* cue);

// Is the act named by tokens [first, last) one of two joined by "or" ("captured or killed dozens
// of leaders, including X", "was killed or arrested")? Either may be the one, so neither is
// stated. The acts are the event triggers of `words` (lexicon/rules/triggers.words).
bool AlternativeActs(const Lexicon& words, const std::vector<Token>& tokens, uint32_t sentence_first, uint32_t first,
                     uint32_t last);

// Is the act whose name starts at token `first` counted, no one act: "committed hundreds of murders",
// "blamed for a string of attacks on security forces", "a wave of killings".
bool CountedActs(const std::vector<Token>& tokens, uint32_t sentence_first, uint32_t first);

// Were the deaths an act ends at `last` told of an accident, no killing: "fourteen marines were killed
// when their helicopter went down", "died in a plane crash", "killed in a road accident"?
bool AccidentalDeaths(const std::vector<Token>& tokens, uint32_t last);

// Is the act named by tokens [first, last) a tally of acts over a period, no one act: "At least eight
// mayors have been killed in Mexico since X took office", "Dozens of officers have been arrested so
// far this year", "Mexico has extradited more than 60 suspects in the last two years" (a plural perfect
// passive or a perfect with a counted object and, later in its sentence, the period it counts over).
bool TalliedActs(const std::vector<Token>& tokens, uint32_t sentence_first, uint32_t first, uint32_t last);

// Sites an act is done at, whose place is the act's: "at his home in Y", "at a ranch near Y", "in a
// house located in Y".
inline constexpr WordList kActSites =
    "home|house|residence|apartment|ranch|farm|hideout|property|hotel|restaurant|checkpoint|highway|road";

// Is the place whose name starts at token `place` (after "in", "near", "at" and an article) the place of
// a participle that describes a noun after token `after`, no act's: "fugitives wanted in the United States", "a hitman
// trained in Guatemala", "a car stolen in Guadalajara", "rifles bought in Phoenix" (no form of "be" or
// "have" nor a pronoun before the participle; an act's own participle, a trigger of `words`, is not one).
bool ParticiplePlace(const Lexicon& words, const std::vector<Token>& tokens, uint32_t after, uint32_t place);

// Records a candidate relationship according to its modality (see above). A
// COOPERATES_WITH between two criminal groups is their alliance (ALLIED_WITH:
// "joined forces with"); one between a criminal group and another body is
// rejected (explain shows the reason).
void Assert(ArticleGraph* graph, LocalRelation relation, const Modality& modality);

// Records a candidate node fact (negated: dropped; hedged: less confident).
void AssertFact(ArticleGraph* graph, LocalFact fact, const Modality& modality);

}  // namespace cg::ingest
