// EntityTable: the entities one article names, while its mentions are found.
//
// It creates the article's local entities (from the lexicon, by name, as
// persons), keeps every surface form as an alias, and holds the state light
// coreference needs:
//   - names: a surname (or a given name) alone names the one person of the
//     article with that surname or given name (never when two share it); a shorter or longer form of a name
//     ("Nemesio Oseguera Cervantes" / "Nemesio Rubén Oseguera Cervantes")
//     is the same person;
//   - salience: the last entity of each label (and refining label, and event
//     group) that the text named, for "he", "the cartel", "the operation".
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/lexicon.h"

namespace cg::ingest {

// The article's entity for a lexicon entry, or a new one (`mentioned` when the text
// names it): "the Mexican states" imply Mexico, a president his government.
int EntityForLex(ArticleGraph* g, const LexEntry* entry, bool mentioned);

// Event classes that name one real-world occurrence when they share a target:
// a raid and the killing it was are one "operation".
std::string EventGroup(std::string_view refining);

class EntityTable {
 public:
  EntityTable(const Lexicon& lex, ArticleGraph* graph) : lex_(lex), g_(graph) {}

  ArticleGraph& graph() { return *g_; }
  const ArticleGraph& graph() const { return *g_; }
  const LocalEntity& at(int e) const { return g_->entities[g_->Root(e)]; }
  LocalEntity& at(int e) { return g_->entities[g_->Root(e)]; }
  int Root(int e) const { return g_->Root(e); }

  // Where the text is: salience is kept per sentence and paragraph. A title line is a
  // headline however it is cased (mentions.cc TitleLine).
  void StartSentence(uint32_t sentence, uint32_t paragraph, bool title_line = false) {
    displaced_possessor_ = object_possessor_ >= 0 && sentence_first_person_ >= 0 &&
                                   g_->Root(sentence_first_person_) != object_possessor_
                               ? object_possessor_
                               : -1;
    object_possessor_ = -1;
    sentence_ = sentence;
    paragraph_ = paragraph;
    title_line_ = title_line;
    auto first = last_.find("first:Person");
    previous_first_person_ = first == last_.end() ? -1 : first->second.entity;
    sentence_first_person_ = -1;
    first_is_possessor_ = false;
    possessor_before_ = -1;
  }
  // "His sons A and B ran the cartel": a person joined with another by "and" is no topic a singular
  // pronoun of the next sentences means; the possessor before the pair stays the sentence's first.
  void PairedPerson(int e);
  // "Marines detained his bodyguard, X": person `e`, the possessor of a verb's object, is the
  // sentence's first person until the person apposed to the object replaces it.
  void NoteObjectPossessor(int e) {
    if (first_is_possessor_ && sentence_first_person_ >= 0 && g_->Root(sentence_first_person_) == g_->Root(e)) {
      object_possessor_ = g_->Root(e);
    }
  }
  // The object's possessor (NoteObjectPossessor) a later person replaced as the first person of the
  // sentence right before this one, or -1: "... detained his bodyguard, X. His brother Y" is his, not X's.
  int DisplacedPossessor() const { return displaced_possessor_ < 0 ? -1 : g_->Root(displaced_possessor_); }
  // The first person of the last sentence before this one that named one, or -1.
  int PreviousFirstPerson() const { return previous_first_person_ < 0 ? -1 : g_->Root(previous_first_person_); }
  uint32_t sentence() const { return sentence_; }
  // The person the current sentence named last is p.
  bool NamedInSentence(int p) const;
  // More than one person of the article bears this surname (a word after the first).
  bool SurnameShared(const std::string& surname);

  int NewEntity(std::string primary, std::string refining, const std::string& name);
  // The entity of a lexicon entry (one per entry in an article); a country
  // entry also creates the government it stands for.
  int FromLex(const LexEntry* entry, const std::string& surface);
  // Has the article named the entity of this lexicon entry yet?
  bool Knows(const LexEntry* entry) const { return by_lex_.count(entry) > 0; }
  // The entity of this label and name, created on first use (the lexicon's
  // entry when it knows the name under that label).
  int ByName(const std::string& primary, const std::string& refining, const std::string& name);
  void AddAlias(int e, const std::string& surface);
  // A name that finds entity e in this article (ByName, not FindAlias: "Peru's National Police" is
  // another) without becoming one of its names in the graph: a later "the National Police" of
  // "Ecuador's National Police", which would join another country's National Police across articles.
  void NameLocally(const std::string& primary, int e, const std::string& name);
  // The entity an alias of this article names (acronyms, surnames), or -1.
  int FindAlias(const std::string& surface) const;
  // A name first written in capitals (a dateline's "TAMPICO") takes the case of `surface`, the
  // same name written in the text ("Tampico"); lexicon entities keep their canonical names.
  void PreferWrittenCase(int e, const std::string& surface);

  // A person by name, merged with a compatible person of the article. -1 for
  // a surname shared by two persons, or when none matches and !may_create.
  int PersonFor(const std::string& surface, bool may_create);
  // "Guzmán's sons, Ovidio and Joaquín": the given name alone (`given`, a one-word name) no longer
  // finds `person` (PersonFor), the son's namesake.
  void KeepApart(const std::string& given, int person);
  // The one other person of the article whose name ends in the same surname(s) as person p's
  // ("Germán Quintero Beltrán" -> "Ramón Quintero Beltrán"), or -1 (none, or several).
  int SameSurname(int p);
  // A bare surname several persons share (`matched`, in the order the article named them): the first
  // named, when it is his last surname and every other's first of two ("Guzmán" for Joaquín Guzmán
  // named before his sons Iván and Jesús Alfredo Guzmán Salazar); -1 otherwise.
  int FatherBySurname(const std::string& surname, const std::vector<int>& matched);
  // Registers a person created elsewhere (a described relative) for PersonFor.
  void AddPerson(int e) { persons_.push_back(e); }

  // The government a country stands for (metonymy: "Mexico", "the U.S.").
  int GovernmentOf(int country) const { return at(country).stands_for; }

  // Salience: `e` was just named; `possessor`: as the possessor of a noun ("Bautista's boss, X")
  // or the speaker of a report ("Y said ..."), which the sentence's next person replaces as its first.
  // `modifier`: named inside a noun compound about someone else ("a Sinaloa cartel commander"),
  // which does not displace a group of its label the same sentence named before it.
  // `topic` false: a report's tail (", he said."), which leaves the last sentence's first person.
  void Touch(int e, bool possessor = false, bool modifier = false, bool topic = true);
  // Person `e` is the speaker of a report in this sentence ("X said", "said X", "X, the spokesman, said").
  void NoteSpeaker(int e) { last_["speaker"] = Recent{g_->Root(e), paragraph_, sentence_}; }
  // The speaker of the last report, named in the last three sentences (this paragraph or the one
  // before), or -1.
  int LastSpeaker() const;
  // A pronoun of `gender` ('m' or 'f') referred to person e.
  void SetGender(int e, char gender) { g_->entities[g_->Root(e)].gender = gender; }
  // The last entity of `label` ("Person", "Cartel", "group:operation"), or -1.
  // same_paragraph: only within the last `paragraphs` paragraphs (pronouns: 3). In a
  // sentence that already named a person, "his" refers to that person.
  int LastOf(const std::string& label, bool same_paragraph, int paragraphs = 3) const;
  // Makes `e` the last entity of `key` for LastOf ("today:Designation": an act told as today's).
  void NoteAs(const std::string& key, int e) { last_[key] = Recent{g_->Root(e), paragraph_, sentence_}; }
  // The cartel the article has named most often so far (the earliest of a tie), when no cartel
  // was named in the last two sentences; else -1: "the gang" long after the last group named is
  // the article's own ("The remnants of the gang are now run by X").
  int SalientCartel() const;
  // The cartel the article has named most often so far (at least twice; the earliest of a tie), or -1.
  int MostNamedCartel() const;
  // The person the article has named in the most sentences, when person `e` was named in one only and
  // that one in two more at least (the topic a description such as "the kingpin" means over a person
  // named in passing); else -1.
  int TopicPersonOver(int e) const;
  // MostNamedCartel(), when the last sentence before this one that named a cartel named it and
  // another; else -1.
  int MostNamedOfTwoBefore() const;
  // The most-named cartel when cartel `e` was named once only, in a sentence that named that one too
  // ("Los Cachiros, a Honduran organization that moves cocaine for the Sinaloa cartel": the Sinaloa
  // cartel is told of Los Cachiros, the topic); else -1.
  int TopicOver(int e) const;
  // Group `e` was named in the headline or lead with the head word `head` after its name ("the Zetas
  // drug cartel": "cartel"), which a description with that head may then mean ("the cartel").
  void NoteHead(int e, const std::string& head);
  bool NamedWithHead(int e, const std::string& head) const;
  // The act of class `cls` the article opened with (in its first sentences), when the last act of
  // its EventGroup was told two sentences ago or more: "The arrest comes as ..." late in a wire
  // report is the lead's arrest, not one told in the background. Else -1.
  int LeadOf(const std::string& cls) const;
  // The last entity of `label` when the current paragraph named it, else -1.
  int LastInParagraph(const std::string& label) const;
  // The last person named, in this paragraph or the one before, whose gender is not the other of
  // `gender` ('m' or 'f'; 0: any) and who is not `except`, or -1: "They also detained Laura R., the widow of ... His brother" is the
  // man named before her.
  int LastPersonOf(char gender, int except = -1) const;
  // LastPersonOf(gender), over persons who hold an office ("official"): the one a reward seeks.
  int LastSoughtPersonOf(char gender) const;
  // The last person named in this sentence or the one before who holds no office ("official"), else -1.
  int RecentSoughtPerson() const;
  // The last person named (this paragraph or the one before), other than `except`, whom the article
  // has so far made a leader, founder or member of a criminal group, or -1.
  int LastGroupPerson(int except) const;

  void AddRelation(const std::string& type, int from, int to, PropertyMap props, const std::string& rule,
                   float confidence);
  // The one person the article has so far named as `owner`'s `relation` ("His brother Omar ..." makes
  // Omar the "his brother" of a later sentence): RELATIVE_OF p -> owner {relation}, or owner -> p
  // for a sibling or spouse term or one of `inverse` ("father-in-law|mother-in-law" for a
  // son-in-law: "X, Y's father-in-law" makes Y X's son-in-law). -1 when none or several.
  int KnownRelative(int owner, std::string_view relation, std::string_view inverse = {}) const;
  // The one person the article has so far made `person` a relative of (RELATIVE_OF person -> p:
  // "X's son Y" makes X Y's family head), or -1 when none or several.
  int FamilyHead(int person) const;

 private:
  struct Recent {
    int entity = -1;
    uint32_t paragraph = 0;
    uint32_t sentence = 0;
  };

  // NameNorms(name), computed once per name: PersonFor compares a name with
  // every person of the article (measured: tokenizing their names again on
  // each call was 8% of extraction). References stay valid (node-based map).
  const std::vector<std::string>& Norms(const std::string& name);

  const Lexicon& lex_;
  ArticleGraph* g_;
  uint32_t sentence_ = 0;
  uint32_t paragraph_ = 0;
  int sentence_first_person_ = -1;  // the first person the current sentence names
  int previous_first_person_ = -1;  // ... and the one before it (PreviousFirstPerson)
  bool first_is_possessor_ = false;  // ... named as a possessor only
  int possessor_before_ = -1;        // the possessor a later first person replaced (PairedPerson)
  int object_possessor_ = -1;        // the possessor of a verb's object, first person (NoteObjectPossessor)
  int displaced_possessor_ = -1;     // ... of the sentence before, replaced (DisplacedPossessor)
  std::vector<std::pair<std::string, int>> apart_;  // given names kept apart from a person (KeepApart)
  std::unordered_map<const LexEntry*, int> by_lex_;
  std::unordered_map<std::string, int> by_name_;
  std::unordered_map<std::string, int> alias_;
  std::vector<int> persons_;
  bool title_line_ = false;
  std::set<int> title_persons_;  // persons first named in a title line
  std::unordered_map<std::string, std::vector<std::string>> norms_;
  std::map<std::string, Recent> last_;
  std::map<int, int> cartel_mentions_;  // Touch counts of each cartel (SalientCartel)
  std::map<int, std::set<uint32_t>> cartel_sentences_;  // the sentences that named each cartel (TopicOver)
  std::map<int, std::set<std::string>> heads_;  // the head words the lead named each group with (NoteHead)
  std::map<int, std::set<uint32_t>> person_sentences_;  // the sentences that named each person (TopicPersonOver)
  std::vector<Recent> recent_persons_;  // the persons named, in order (the last few)
};

// The word norms of a name ("Rubén N." -> "ruben", "n").
std::vector<std::string> NameNorms(const std::string& name);

}  // namespace cg::ingest
