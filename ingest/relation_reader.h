// RelationReader: the relation frames of one sentence (frames.h ReadRelations). A trigger verb or
// noun of lexicon/rules/triggers.words (@kind relation) relates its subject to its object through
// the prepositions it names; a word of @kind origin makes a group EMERGED_FROM the body its people
// came from. Internal to ingest; its members are defined by concern:
//   relation_frames.cc   the scan for triggers, and the reading of one: its subject and object by
//                        the clause's structure (copula, passive, compound modifier, active verb),
//                        the checks it must pass, and the relations it writes; the origin frame
//   relation_parties.cc  the ends of a relation the sentence names otherwise than by a subject and
//                        an object: a possessor ("X's successor, Y", "its networks"), a place
//                        described before its trigger ("Durango, where ..."), the speaking
//                        government ("we", "our partnership"), a group ("they", "the two cartels")
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/frames.h"

namespace cg::ingest {

class RelationReader : FrameReader {
 public:
  using FrameReader::FrameReader;

  // Reads each origin word and relation trigger of the clause (a word of two relations as each).
  void Run();

 private:
  // relation_frames.cc
  // Does entity e carry one of the "|"-separated labels (primary or refining)?
  static bool Fits(const ArticleGraph& g, int e, std::string_view labels);
  // The trigger's `confidence=`, else `fallback`.
  static float ConfidenceOf(const LexEntry& e, float fallback);
  // A relation type as it appears in rule ids ("COOPERATES_WITH" -> "cooperates_with").
  static std::string NormalizeKey(const std::string& type);
  // Reads the relation `trigger` names at items [i, end] between its subject and its object.
  void Read(const LexEntry& trigger, size_t i, size_t end);
  // A group formed from the people of another body: "Los Zetas were founded by former members of
  // the Mexican Army's special forces", "the Zetas, made up of former Mexican military officers"
  // -> EMERGED_FROM (lexicon/rules/triggers.words, @kind origin).
  void Origin(const LexEntry& origin, size_t i, size_t end);

  // relation_parties.cc
  // "Its networks stretch into Guatemala": the owner of the territory noun (an OPERATES_IN trigger)
  // that is the subject of the verb at item i, or kNone.
  size_t OwnerOfSubjectNoun(size_t i, const std::string& labels) const;
  // A territory trigger at items [i, end] whose place the sentence names before it: the place a
  // "where" clause refers to ("Durango, where the cartel runs labs": before a place past the
  // clause), the one said to be under the group's control ("Michoacán remained under the control
  // of X"), or the one its noun phrase is apposed to ("Tamaulipas, a Gulf Cartel stronghold",
  // "Michoacán, a bastion of the Knights Templar": a noun of `apposed=place`; the group its
  // possessor or modifier, `owned`, else its complement). Sets *subject, *object and *how when it
  // finds one.
  void PlaceDescribed(const LexEntry& trigger, size_t i, size_t end, const std::string& subject_labels, const std::string& object_labels,
                      bool owned, size_t* subject, size_t* object, std::string* how) const;
  // The other side of a fight (a trigger's `partner=` prepositions, named before the first of
  // `objects`) is in those places too: "A has fought with B for control of routes in X".
  void Partners(const LexEntry& trigger, size_t i, size_t end, const std::vector<size_t>& objects,
                const std::string& object_labels, const std::string& rule, float confidence) const;
  // The entity item i names as `labels`, or, for "its"/"their", the organization it refers to.
  int EntityOf(size_t i, const std::string& labels) const;
  // Each pair of a group of organizations: "the two cartels have fought", "a feud between the two
  // groups" (items [first, last] are the span read for modality).
  void Pairs(const std::string& type, const std::vector<int>& group, const std::string& labels,
             const std::string& which, size_t first, size_t last) const;
  // Each pair of coordinated items (as `labels`): "The DEA and the FBI worked together" (items
  // [first, last] are the span read for modality).
  // "Mexican and American investigators cooperated", "Mexican and U.S. officials worked together": the
  // nationalities (or countries) coordinated before the officials' noun right before verb i, when two or
  // more (each its government; *first the first of them); else none.
  std::vector<int> NationalOfficials(size_t i, size_t* first) const;
  // The ends of passive verb i (its trigger ending at end): the agent after "by" (*subject) and what
  // underwent it before the verb (*object), or kNone.
  void PassiveEnds(const std::string& type, size_t i, size_t end, const std::string& subject_labels,
                   const std::string& object_labels, size_t* subject, size_t* object) const;
  void ItemPairs(const std::string& type, const std::vector<size_t>& items, const std::string& labels,
                 const std::string& rule, float confidence, size_t first, size_t last) const;
  // A relation noun with a possessor: "X's successor, Y", "Y, X's successor,", "X's successor is Y",
  // "named as X's successor" (possessor= says which end the possessor is).
  void Possessive(const LexEntry& trigger, size_t i, size_t end);
  // The name a description starting at item `owner` (its possessor, after "the") stands in
  // apposition to, over the name's parenthesized acronym: "X (CJNG), the Sinaloa Cartel's rival".
  size_t ApposedTo(size_t owner) const;
  // Does the speaking government (discourse.h) act here: "we"/"our" before the trigger in its
  // clause, or a noun or reduced participle with no subject of its own, in a first-person text?
  bool SpokenBy(const LexEntry& trigger, size_t i, const std::string& how) const;
  // "We thank Honduras for its cooperation", "Mexico's partnership has been essential": in a
  // first-person text, a cooperation noun whose possessor is `subject` and that names no partner
  // is the possessor's with the speaking government.
  bool PartnerOfSpeaker(const LexEntry& trigger, size_t i, size_t subject) const;
  // The organizations a plural subject of trigger i refers to (*which: how): "they" opening the
  // sentence after a sentence that listed groups, or a description opening its clause ("the two
  // cartels have fought", frames.h GroupDescription).
  // `governments`: "the two governments" too (what they founded: "The two governments today
  // established a Security Implementation Group").
  std::vector<int> GroupSubject(size_t i, std::string* which, size_t* first, bool governments = false) const;
  // Is the subject of the trigger "they" opening the sentence, after a sentence that listed groups?
  bool They(size_t i) const;
  // Is item k a nationality before a noun of a nation's people in service ("Mexican agents", "its
  // Mexican counterparts", "Honduran security forces")? Such people name no body a partner works
  // with ("Mexican authorities" and "officials" stand for the government).
  bool NationsPeople(size_t k) const;
  // The speaking government when it is none of the objects ("cooperation with Mexico and the PRC").
  int SpeakerOtherThan(const std::vector<size_t>& objects, const std::string& labels) const;
};

}  // namespace cg::ingest
