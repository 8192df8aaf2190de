// EventReader: the event frames of one sentence (frames.h ReadEvents). For each trigger of an
// arrest, killing, extradition, sentencing or designation it reads whom the act was done to (the
// targets), by (the conductors) and with (the supporters), and records the event. Internal to
// ingest; its members are defined by concern:
//   event_frames.cc  the scan for triggers, what every reading must pass (a hypothetical act,
//                    alternatives, what the trigger needs after it), and the recording of an
//                    event: its participants and designations
//   event_phrases.cc the fight a recorded event happened in, and the phrases that name it when its
//                    target is a group standing for its members, or a count
//   event_places.cc  the recorded event's place and the bodies of forces named by bare nouns
//   event_forms.cc   the three forms a trigger takes and whom each names: a noun ("the arrest of
//                    X", "X's arrest", "Mexico's arrest of X"), a passive verb ("X was arrested by
//                    Y"), an active verb ("Y arrested X")
//   event_designated_objects.cc  whom a designation names past its first object: the groups a
//                    plural description refers back to, the names after "and" or past a relative
//                    clause ("designated X and three of his associates, A, B and C")
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/frames.h"

namespace cg::ingest {

// Whom one form of a trigger names: clause items, unless said otherwise.
struct EventRoles {
  std::string form;  // "nominal", "passive" or "active"
  std::vector<size_t> targets, conductors, supporters;
  std::vector<size_t> perpetrators;  // whom the text holds responsible: accused of it, blamed for it
  std::vector<int> referred;         // targets the sentence before names ("Both of them were killed"): entity ids
  std::vector<size_t> separate;  // targets of events of their own
  std::vector<int> speakers;     // supporters the text names by "we" / "our" only (entity ids)
  int speaker_agent = -1;        // the conductor the text names by "I" / "we" only (an entity id)
};

class EventReader {
 public:
  explicit EventReader(const FrameContext& c) : c_(c), cl_(c.clause), g_(c.graph) {}

  // Reads each trigger of the clause: an event mention, or a phrase of the `event` word list.
  void Run();

 private:
  static constexpr std::string_view kConductor = "Organization";

  // event_frames.cc
  // The labels the trigger's targets may carry (its `target=`, else by its class).
  std::string TargetLabels(const LexEntry& trigger) const;
  // A cartel as the target of an arrest stands for its members ("28 Sinaloa Cartel members").
  bool Acceptable(size_t item, const LexEntry& trigger) const;
  // The first organization after trigger i in its clause (within `reach` items) and those
  // coordinated with it, when the unnamed targets are linked to it ("arrested 28 members of X", "the
  // designations of individuals tied to X and Y"); none past a comma that opens another clause
  // (", and then handed them to members of X").
  std::vector<size_t> LinkedGroup(size_t i, size_t reach) const;
  // The person a possessive pronoun before item i stands for ("his arrest"), or -1.
  int PronounPerson(size_t k) const;
  // The entity target item t names: a mention of the target labels, or a possessive pronoun.
  int TargetEntity(size_t t, std::string_view labels) const;
  // Has `event` a target already that is none of `targets`?
  bool OtherTarget(int event, const std::vector<size_t>& targets, std::string_view labels) const;
  // Is place p inside the noun phrase of event noun (or its target) i ("the arrest of X, a boss, in
  // the city of Y"), not after a verb ("the arrest of X left the group weaker in Y")?
  bool InNounPhrase(size_t i, size_t p) const;
  // Reads trigger i (`event`: the event entity it mentions, or -1) in the form it takes and records
  // the event (Record) when it names whom the act was done to, or when it is a counted, dated or
  // placed act of a named agent. A hypothetical act, or one of two alternatives, is rejected.
  void Read(size_t i, const LexEntry& trigger, int event);
  // Records the event of trigger i (`event`, or a new one) with its participants, its place and the
  // force that conducted it when the text names it by a bare noun. Returns the event's entity.
  int Record(size_t i, const LexEntry& trigger, int event, const std::string& form, const std::vector<size_t>& targets,
              const std::vector<size_t>& conductors, const std::vector<size_t>& supporters,
              const std::vector<int>& speakers = {}, int speaker_agent = -1,
              const std::vector<size_t>& perpetrators = {}, const std::vector<int>& referred = {});
  // event_places.cc
  // The place of the act Record records for trigger i (`event`) and, when no conductor is named
  // (`conducted`), the body of a force the text names by a bare noun ("Federal police arrested X in
  // Morelia", "killed by soldiers"), in the country where it happened.
  void PlaceAndForces(size_t i, const LexEntry& trigger, int event, const std::string& form,
                      const std::vector<size_t>& targets, bool conducted);
  // "was shot dead in the city's main square", "on the outskirts of the town", "outside his home in the
  // capital" after trigger i in its clause (within 22 items: "found dead in a pickup truck parked on a
  // road on the outskirts of the city"): the one city its sentence names, else the one the sentence
  // before in its paragraph names (-1 when none or two).
  int TheCity(size_t i) const;
  // "Federal police arrested X here on Sunday": a wire report's "here" after trigger i in its clause
  // is the city of its dateline (a sentence among the first four opening in capitals with a city);
  // -1 when there is no "here" or no such dateline.
  int HereCity(size_t i) const;
  // "X was arrested ..., in a joint operation by federal police and soldiers": a mention of an act
  // already read whose noun is no trigger of its own ("operation", "raid") takes the bodies "by"
  // names right after it as conductors, when the act has its target.
  void OperationAgents(size_t i, int event);
  // "an operation to capture X": a raid's noun followed by its arrest purpose takes X as its target.
  void PurposeTargets(size_t i, int event);
  // The designator designated each target that is the head of its phrase (not "X members"), and each
  // entity referred to (`referred`: "them", "the three cartels"), read by `rule`.
  void Designated(size_t i, int conductor, const std::vector<size_t>& targets, const std::string& labels,
                  const std::vector<int>& referred = {}, const std::string& rule = "frame.event.designated");
  // The designation named after trigger i in its clause ("as Foreign Terrorist Organizations").
  const Mention* DesignationAfter(size_t i) const;
  // Is the subject of verb i an office no name holds ("the President identified", "the Attorney
  // General designated"): "the", then a capitalized title of the lexicon, no mention?
  bool UnnamedOffice(size_t i) const;
  // "added to the Treasury's sanctions list", "placed on a U.S. Treasury blacklist": the organization
  // whose designation (a list) follows trigger i within eight items, as its possessor or as an
  // agency's or government's name before it; kNone when none.
  size_t ListOwner(size_t i) const;
  // "sanctioned Mexico's X Cartel": the entity a country's possessive at item t is followed by, else t;
  // "sanctioned Colombia's Minister of the Interior X": the person its title names.
  size_t PastCountryPossessive(size_t t, std::string_view labels) const;
  // What trigger i calls its object when it names no designation: "designated X a drug kingpin"
  // ("drug kingpin"), "as a terrorist organization"; "sanctions" for the verb "sanction"; "" when it names nothing.
  std::string DesignationWords(size_t i, const std::vector<size_t>& targets) const;
  // The government whose law the designation named after trigger i is (its lexicon entry's `by=`),
  // or -1.
  int LawGovernment(size_t i) const;
  // A new event entity for trigger i, dated by the date written nearest to it in the sentence.
  int NewEvent(size_t i, const LexEntry& trigger);

  // event_phrases.cc
  // Does target t stand for unnamed members of its group ("six members of X", "X members")?
  bool ForMembers(size_t t) const;
  // How a name opens before its object: "designation of ...", "sanctions of / on / against ...";
  // own_preposition: the object keeps the noun's own ("new sanctions on six members of X").
  static std::vector<std::string> Heads(const std::string& noun, bool own_preposition = false);
  // How the text names an event whose target is a group standing for its members, or a count: "the
  // October 6 designation of members of the CJNG" (from a date before the noun, and from the noun),
  // "extradited 29 Mexican drug cartel bosses" (the noun, "of", the counted object).
  void Phrases(size_t i, const LexEntry& trigger, int event, const std::string& form,
               const std::vector<size_t>& targets);

  // event_forms.cc
  // Trigger i as a noun: "the arrest of X", "X's arrest", "his arrest", "the arrest of X by Y",
  // "Y secured the extradition of X", "OFAC announced the designations of X".
  void ReadNominal(size_t i, const LexEntry& trigger, const std::string& cls, const std::string& labels, EventRoles* r);
  // Whom act noun i is attributed to: "X is accused of ordering the murder of Y", "authorities
  // accused X of the killing", "X masterminded the attack", "the murder of Y was attributed to X"
  // (or "carried out by members of X").
  std::vector<size_t> Authors(size_t i) const;
  // Trigger i as a passive verb (its first participle at item `verb`): "X was arrested by Y", "X
  // was killed in a gunfight with Y". False when its subject is unnamed and no one is named as an
  // example ("dozens were arrested"): there is nothing to record.
  bool ReadPassive(size_t i, size_t verb, const LexEntry& trigger, const std::string& cls, const std::string& labels,
                   EventRoles* r);
  // Trigger i as an active verb: "Y arrested X", "Y designated A, B and C", "I designated X".
  void ReadActive(size_t i, const LexEntry& trigger, const std::string& cls, const std::string& labels, EventRoles* r);
  // The entity item k names as `labels`, or -1 (also past the sentence's end).
  int EntityAt(size_t k, std::string_view labels) const;
  // The person a role or kinship noun phrase opening at item `from` describes, named right after
  // it: "the capture of his brother, X", "the arrest of the cartel's accountant, X" (after "of"),
  // "detained the suspect, X, at a ranch" (a verb's object).
  size_t DescribedPerson(size_t from) const;
  // The name right before the verb group of verb v, or set off by commas there.
  size_t NameBeforeVerb(size_t v, std::string_view labels) const;
  // The verb before act noun i that performs or announces it ("OFAC announced the designations
  // of", "Treasury imposed new sanctions on", "the Navy carried out the arrest"), or kNone.
  size_t PerformVerb(size_t i) const;
  // event_designated_objects.cc
  // "designated the three cartels", "sanctioned these groups": the organizations the plural object
  // after item i refers back to (Discourse::RecentGroup; its count when it states one), or none.
  std::vector<int> PluralGroupObject(size_t i) const;
  // The coordination of `labels` mentions whose last member is item `last` ("A, B and C"), or {last}.
  std::vector<size_t> CoordinationEndingAt(size_t last, std::string_view labels) const;
  // "designated X and three of his associates, A, B and C", "his brother, X, and two of his accountants,
  // A and B", "sanctions on X and an allied group, Y": appends to the coordinated `targets` the names of
  // a counted or described second object after "and", or the list going on past a relative clause
  // ("A and B, who lead X, and C and D"); for one company, the companies after its appositions ("X, a
  // firm in Guadalajara that ..., and Y").
  void AppendDescribedObjects(std::vector<size_t>* targets, std::string_view labels) const;
  // "and an allied group, Los Primos", "and its armed wing, X": the name a described noun phrase opening
  // at item `from` (a determiner, up to three plain words, a comma) is apposed to, or kNone.
  size_t DescribedName(size_t from, std::string_view labels) const;
  // event_plural_subjects.cc
  // The persons the unnamed subject of passive verb `verb` refers to: the pair the sentence before
  // names after "Both of them", "The two men"; the persons it coordinates after "They" opening the
  // sentence; none otherwise.
  std::vector<int> PluralSubjectReferred(size_t verb) const;
  // Do the items up to `last` open the clause with "Both of them", "The two men" (the subject of a
  // passive)?
  bool BothOpen(size_t last) const;
  // "was abducted and killed", "was kidnapped, tortured and killed": the first participle of a
  // coordinated passive, else i.
  size_t CoordinatedPassive(size_t i) const;

  const FrameContext& c_;
  const Clause& cl_;
  ArticleGraph* g_;
  size_t end_ = kNone;  // the last item of the trigger being read, when it is a phrase of words
};

}  // namespace cg::ingest
