// Frames: the structural reader. After the pattern rules (rules.h), each
// sentence is read for who-did-what from its structure (clause.h), by
// families of frames driven by the word lists of lexicon/rules/*.words:
//
//   roles      a role noun and the person and organization around it:
//              apposition ("X, a top lieutenant of the Gulf Cartel"), noun
//              compound ("Zetas leader X", "DEA Administrator X"), possessive
//              ("the cartel's accountant, X"), copula and relative clause ("X
//              was / who became the leader of Y"), coordination ("X and Y, two
//              leaders of Z") -> LEADS, MEMBER_OF {role}, FOUNDED;
//   events     an arrest, killing, extradition, sentencing or designation done
//              to someone: its target (object of the active verb, subject of
//              the passive, "of X", "X's arrest"), conductor (subject of the
//              active verb, "by X", "X's arrest of"), place ("in X"), status
//              facts; one event per trigger, merged later per target;
//   relations  a trigger verb or noun linking its subject to its object
//              through given prepositions (OPERATES_IN, COOPERATES_WITH,
//              PART_OF, LEADS, MEMBER_OF, FOUNDED), passive turned around;
//   rewards    money offered by an organization for a person;
//   contenders a person in line for a group's leadership ("in the running to
//              lead it", "a possible successor") -> CONTENDER_FOR;
//   kinship    two named persons and a kinship noun between them: "X, the
//              son of Y", "X (nephew of Y)", "X is the brother of Y"; or a
//              plural owner: "A and B ... Their uncle, C", "a nephew of the
//              brothers".
//
// Every candidate goes through Assert (modality.h): negated ones are
// rejected, hedged ones flagged; rule ids are "frame.<family>.<structure>".
#pragma once

#include <string>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/clause.h"
#include "ingest/discourse.h"
#include "ingest/mentions.h"
#include "ingest/rules.h"

namespace cg::ingest {

// What a frame sees of one sentence, and how it records what it reads.
struct FrameContext {
  const Lexicon& lexicon;  // the entity lexicon (kinship words)
  const Lexicon& words;    // the rule word lists
  const std::vector<Token>& tokens;
  const Sentence& sentence;
  uint32_t index;  // the sentence's index
  const Clause& clause;
  ArticleGraph* graph;
  const Discourse& discourse;  // the article around the sentence

  // A candidate relationship read from tokens [first, last) of the sentence
  // (the span whose hedges and negations count).
  void Relate(const std::string& type, int from, int to, PropertyMap props, const std::string& rule,
              float confidence, uint32_t first, uint32_t last) const;
  void Fact(int entity, const std::string& key, Value value, const std::string& rule, float confidence,
            uint32_t first, uint32_t last) const;
  // A candidate turned down for a reason other than modality (explain shows it).
  void Reject(const std::string& type, int from, int to, const std::string& rule, const std::string& reason) const;
  // The word-list entry of `kind` starting at item i (not a mention), with its length in tokens.
  // (Inline up to its first token: ~570 k questions per 0.3 MB, two passes, most of a word that
  // opens no entry, answered without the call.)
  const LexEntry* WordAt(size_t i, std::string_view kind, size_t* length = nullptr) const {
    if (i >= clause.size() || !words.Opens(tokens[clause.item(i).first])) return nullptr;
    return WordOpening(i, kind, length);
  }
  // WordAt for an item whose first token opens entries.
  const LexEntry* WordOpening(size_t i, std::string_view kind, size_t* length) const;
  // The organization "its" or "their" at item i refers to: the one organization the sentence names
  // before it ("the Gulf Cartel lost its leader"), or, when it opens the sentence (after a date at
  // most), the one the nearest of the two sentences before that names any organization names ("...
  // the Gulf Cartel. Its rivals") -- for "its" after a sentence naming several, the first of them
  // ("The Knights Templar grew out of La Familia. Its founder"); -1 when none, or "their" and several.
  int PossessivePronoun(size_t i) const;
  // The one organization the sentence names before item i (after a dateline; not "a China-based
  // company"), -1 when none, -2 when several; *words_before: words other than a date come first;
  // refining: only organizations of that refining label ("Cartel").
  int OrganizationBefore(size_t i, bool* words_before, std::string_view refining = {}) const;
  // The one organization the nearest of the two sentences before that names any organization
  // names ("... the Beltrán Leyva Organization ... Today its networks reach ..."), or -1; with
  // `first_of_several`, the first of several it names.
  int EarlierOrganization(bool first_of_several = false) const;
  // The organization "it" at item i (the subject of a verb) refers to: the one the sentence names
  // before it, else the first one the nearest sentence before names ("The group fought the
  // Knights Templar ... In Guanajuato, it battles ..."); -1 when none.
  int ItReferent(size_t i) const;
  // The organizations a plural description at item i refers to ("the two cartels", "both
  // groups", "these rival gangs": discourse.h RecentGroup), with the item it ends at (*end);
  // with `governments`, also "the two governments".
  std::vector<int> GroupDescription(size_t i, size_t* end, bool governments = false) const;
  // The text of tokens [first, last).
  std::string Text(const std::string& doc, uint32_t first, uint32_t last) const;
};

// What every family's reader keeps: the frame context and its clause.
struct FrameReader {
  explicit FrameReader(const FrameContext& c) : c_(c), cl_(c.clause) {}
  // The word-list entry of `kind` starting at item i, and the item its last token is in (*end).
  const LexEntry* Word(size_t i, std::string_view kind, size_t* end) const {
    size_t len = 0;
    const LexEntry* e = c_.WordAt(i, kind, &len);
    if (!e) return nullptr;
    const size_t last = cl_.ItemOf(cl_.item(i).first + static_cast<uint32_t>(len) - 1);
    *end = last == kNone ? i : last;
    return e;
  }

  const FrameContext& c_;
  const Clause& cl_;
};

// Reads one sentence with every frame family.
void ReadStructure(const Lexicon& lexicon, const RuleSet& rules, const std::vector<Token>& tokens, const std::string& text,
                   uint32_t sentence_index, const Sentence& sentence, const std::vector<Mention>& mentions,
                   const Discourse& discourse, ArticleGraph* graph);

// A title that names the head of a body ("Attorney General X", "DEA
// Administrator X", "Secretary of State X") states LEADS, not MEMBER_OF; a
// title that starts with another word ("Deputy Secretary of State") stays.
void PromoteHeadTitles(const Lexicon& words, ArticleGraph* graph);

// A title's body gives way to a part of it the text names: "Assistant Attorney General X of the
// Justice Department's Criminal Division" leads the division (a rule's LEADS), so the title's
// MEMBER_OF the Department of Justice is turned down when the division is stated PART_OF it.
void DropTitleParents(ArticleGraph* graph);

// A kinship noun is no rank: "X, the brother of CJNG leader Y" read as a role in a group
// ("MEMBER_OF {brother}") is turned down (the kinship frames read the relative).
void DropKinRoles(const Lexicon& lexicon, ArticleGraph* graph);

// A kinship both hold of each other (lexicon kin entries with `mutual=yes`: "brother",
// "cousin") is written both ways: "X and his brother Y" states that X is Y's brother too, but
// not when X is a woman (an entity "she" or "her" refers to in `mentions`: "her brother Y").
// Expects resolved endpoints (roots); adds only the directions not already read.
void MutualKin(const Lexicon& lexicon, const std::vector<Token>& tokens, const std::vector<std::vector<Mention>>& mentions,
               ArticleGraph* graph);

// The families (role_frames.cc, event_frames.cc, relation_frames.cc, joint_frames.cc).
void ReadRoles(const FrameContext& c, const std::string& text);
// A person's roles ("a top lieutenant of Y", "his deputy X"), read after the other families.
void ReadBossRoles(const FrameContext& c, const std::string& text);
void ReadKinship(const FrameContext& c);  // calls ReadPluralKinship
// Kinship with a plural owner (plural_kin.cc): "A and B lead it. Their uncle, C, ...", "Together
// with their brothers C and D, they ...": each named relative is that relative of each owner.
void ReadPluralKinship(const FrameContext& c);
// The brothers the article has named before sentence `sentence` ("the brothers A, B and C", "A, a
// brother of B"): the persons RELATIVE_OF {brother} joins (read so far), when they make one family
// only; when `family` (words' norms) is given, named anywhere, of those whose every name holds
// those words; else empty. What "the brothers" refers to ("C, a nephew of the brothers", "of the
// Salcedo Arriaga brothers").
std::vector<int> NamedBrothers(const ArticleGraph& g, uint32_t sentence, const std::vector<std::string>& family = {});
void ReadEvents(const FrameContext& c);
void ReadRelations(const FrameContext& c);  // calls ReadJointActions
void ReadJointActions(const FrameContext& c);  // joint_frames.cc
void ReadRewards(const FrameContext& c);
// A person said to be in line for a criminal group's leadership (contender_frames.cc).
void ReadContenders(const FrameContext& c);
// A city apposed to "the state capital", "its capital" or "the capital": LOCATED_IN the state or
// country that phrase refers to; a borough written with its city ("in Brooklyn, New York"):
// LOCATED_IN the city (place_appositions.cc).
void ReadPlaceAppositions(const FrameContext& c);
// The sides of a fight "between" two criminal groups OPERATES_IN the state or country it is said to
// be fought in (fight_places.cc).
void ReadFightPlaces(const FrameContext& c);

}  // namespace cg::ingest
