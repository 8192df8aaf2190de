// MentionFinder: the mention stage of one article (see mentions.h for what it
// finds). Internal to ingest; its members are defined by concern:
//   mentions.cc         the left-to-right scan, dates, amounts of money
//   mention_lexical.cc  lexicon phrases: entities, designations, nationalities
//   mention_names.cc    person names the lexicon does not know, from their shape
//   mention_family.cc   relatives a kin noun describes; siblings named by a given name
//                       alone, with the family's surnames
//   mention_orgs.cc     organizations and places the lexicon does not know
//   mention_titles.cc   titles before names, possessives after them, and
//                       what a name itself states (PART_OF, LOCATED_IN); the body
//                       a title names is title_bodies.h's, shared with appositions
//   mention_apposed_titles.cc  a title in apposition after a name
//   mention_phrases.cc  common-noun mentions: event triggers, generic noun phrases
//   mention_anaphor.cc  words that refer back: pronouns, "the cartel", "his brother"
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/entity_table.h"
#include "ingest/mentions.h"

namespace cg::ingest {

class MentionFinder {
 public:
  MentionFinder(const Document& doc, const Segmented& seg, const std::vector<std::vector<DateMention>>& dates,
                const Lexicon& lex, const ExtractOptions& options, ArticleGraph* graph)
      : doc_(doc), seg_(seg), dates_(dates), lex_(lex), options_(options), table_(lex, graph), t_(seg.tokens) {}

  std::vector<std::vector<Mention>> Run();

 private:
  // mentions.cc
  std::vector<Mention> FindIn(const Sentence& s);
  // (persons_before: the sentence before coordinates two persons and names no cartel, "A and B
  // were arrested": "They" is theirs, not the topic cartel's)
  void TopicPronouns(const Sentence& s, int cartel, bool cartel_just_before, int body_before, bool persons_before,
                     std::vector<Mention>* out);
  // mention_designee.cc
  // "X S.A. de C.V. is a Culiacán-based company ... It is being designated for ...": "It" opening a
  // sentence before a passive of designating (designated, sanctioned, identified, blocked, listed)
  // is the company or group the sentence before (same paragraph) opens with.
  void DesigneeIt(const Sentence& s, const std::vector<Mention>& before, std::vector<Mention>* out);
  // mention_cataphora.cc
  // "From 1989 until his arrest in 2014 Guzmán Loera led the cartel", "After her release, X
  // returned": a "his" or "her" in a phrase that opens the sentence, before any person it names,
  // refers to the subject of the main clause (the first person named after it, of its gender).
  void Cataphora(const Sentence& s, std::vector<Mention>* out);
  // "The Committee will bring together ..." after "the Trilateral Fentanyl Committee": "the" and a
  // capitalized head word of a body's name (committee, council, group, initiative, ...) refer to the
  // latest body of the article whose name ends in it (none when no name does); so do "the embassy" and
  // "the consulate" in lower case ("the U.S. Embassy ... the embassy said"). Returns the tokens used.
  size_t HeadAnaphor(size_t i, size_t last, std::vector<Mention>* out);
  // "The Michoacán-based cartel also mines iron ore": a group's head noun after a place compound
  // ("the X-based") refers back as "the cartel" does; the place stays a mention of its own.
  size_t BasedAnaphor(size_t i, size_t first, size_t last, std::vector<Mention>* out);
  // "the army's Second Military Zone", "the navy's Special Forces Unit": "the" and a force's bare noun
  // (a force= word of the lexicon) as the possessor of a capitalized name is that force of the
  // sentence's country (SentenceCountry: a nationality, else the dateline's; none without one).
  // Returns the tokens used.
  size_t ForcePossessor(size_t i, size_t last, std::vector<Mention>* out);
  int OpeningCartel(const std::vector<Mention>& mentions, std::string_view refining = "Cartel") const;
  // Is sentence s a title line: among the first three, alone in its paragraph, without a final
  // period, question or exclamation mark ("Mexico captures Zetas leader Omar Treviño")?
  bool TitleLine(size_t s) const;
  bool Money(size_t i, size_t last, size_t* end, std::vector<Mention>* out);
  std::string Text(size_t first, size_t last) const;
  void Push(std::vector<Mention>* out, size_t first, size_t last, int entity);

  // mention_lexical.cc
  size_t Lexical(const std::vector<LexMatch>& matches, size_t len, size_t i, size_t first, size_t last,
                 std::vector<Mention>* out, bool* alias_cue);
  const LexEntry* BestEntity(const std::vector<LexMatch>& matches, size_t i, size_t len, size_t first,
                             const std::vector<Mention>& out) const;
  // The country a nationality or a country's possessive right before t_[i] names ("Spanish",
  // "Guatemala's") when it is not the country of `body` (a lexicon organization); "" otherwise.
  std::string OtherCountry(const LexEntry& body, size_t i, const std::vector<Mention>& out) const;
  // The dateline's country when t_[i, i + len), a lexicon agency of another country, is named by a
  // ministry's or a prosecutor's bare English words ("the Defense Ministry", "the Attorney General's
  // Office": no country, acronym or Spanish word) that no country's possessive or nationality
  // qualifies: a wire report filed from Bogotá speaks of Colombia's (one from Washington, of the
  // lexicon's). "" otherwise.
  std::string HomeCountry(const LexEntry& body, size_t i, size_t len, const std::vector<Mention>& out) const;
  // "CIUDAD MIER, Mexico (AP) --": a town the lexicon lacks, in capitals at the opening of one of
  // the article's first sentences before a state or country and a dateline's dash, is a city of
  // that name written as names are ("Ciudad Mier"). Tokens used, 0 when none opens at i.
  size_t DatelineTown(size_t i, size_t last, std::vector<Mention>* out);

  // mention_names.cc
  size_t Capitalized(size_t i, size_t first, size_t last, bool alias_cue, std::vector<Mention>* out);
  size_t CapitalRun(size_t i, size_t last) const;
  // "Mark and Julie Harmon": the first given name is "Mark Harmon" (tokens used, 0 if not so).
  size_t SharedSurname(size_t i, size_t last, std::vector<Mention>* out);
  size_t NicknameFirst(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out);
  // A name of two to five words in capitals in a sentence in lower case: a person's when a given name
  // opens it or it names a person of the article ("JOSE ANTONIO MEZA GARCIA (MEZA GARCIA) is ...").
  size_t NameInCapitals(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out);
  // mention_family.cc
  // "the Amezcua Contreras brothers, Jesús and Luis", "his brothers Pedro and Simón", "his brother
  // Arturo": a sibling named by a given name alone is named with the family's surnames (the words
  // before "brothers", or those of the person "his" or "X's" refers to). Tokens used, or 0.
  size_t FamilyMember(size_t i, size_t first, size_t last, std::vector<Mention>* out);
  // The given names t_[i, end) named with `family`'s surnames (also named by the given names alone),
  // pushed; tokens used, or 0 when `family` is empty.
  size_t NamedInFamily(size_t i, size_t end, const std::string& family, std::vector<Mention>* out);
  // The end of the given names alone that open at t_[k] ("Pedro", "Miguel Ángel": one or two, no
  // other capitalized word before or after them); k when none do.
  size_t GivenEnd(size_t k, size_t first, size_t last) const;
  // The surnames of person's name: the words after its given names ("Medina Ruiz" of "Juan Medina
  // Ruiz"); "" when the name does not open with a given name or has no surname.
  std::string Surnames(int person) const;
  // "Zambada's brother Jesús Zambada García" when several persons bear the surname t_[i, end): the
  // one whose two surnames the named brother or sister bears (siblings share both), else -1.
  int SiblingOwner(size_t i, size_t end, size_t last) const;
  // "X, whose brother Benjamín ran the cartel": the relative of the person before ", whose" (tokens used).
  size_t WhoseRelative(size_t i, size_t last, std::vector<Mention>* out);
  // Where a kinship noun starts at or after t_[k]: over adjectives of age and order ("younger",
  // "eldest", "third", "late").
  size_t KinNoun(size_t k, size_t last) const;
  // "Another brother, X", "A younger brother, X", "A third brother, X": a relative of the one whose
  // relative of that kind was named last, within five sentences (last_kin_); the kinship noun is t_[i, i + len).
  size_t AnotherRelative(const LexEntry* kin, size_t i, size_t len, size_t first, size_t last);
  // "Another brother, Y, was shot. A third, Z, was seized": a sentence that opens with an ordinal
  // alone names one more relative of the kind named last, within two sentences (last_kin_); inside a
  // sentence ("A third brother, Y, ..., while the Coast Guard seized a fourth, Z"), when that relative
  // was named in the same sentence. The ordinal's article is t_[i].
  void OrdinalRelative(size_t i, size_t first, size_t last);
  // "The son of Y, X, was arrested": after person mention `owner` (a comma at token j),
  // the name that follows is Y's relative (pending_kin_).
  void KinOfApposed(const Mention& owner, size_t j, size_t last);
  // "X, Y's brother,": X is Y's relative (RELATIVE_OF); false when the description is a list's member.
  bool KinApposition(const std::vector<Mention>& out, size_t j, size_t end, size_t last, const LexEntry* kin);
  int Relative(int owner, const LexEntry* kin, const std::string& surface, size_t end, size_t last, const char* rule,
               float confidence);
  bool StartsClause(size_t k) const;

  size_t QuotedNickname(size_t i, size_t end, size_t last, std::vector<Mention>* out);
  // Is t_[i] the first word of a short quoted name set off right after the last mention, a person
  // ('X, "El Coss," was')?
  bool ApposedNickname(size_t i, size_t first, size_t last, const std::vector<Mention>& out) const;
  // Does the last alias cue end an apposition of person mention m ('X, a former teacher known as',
  // 'X, who is also known as')?
  bool ApposedCue(const Mention& m, const std::vector<Mention>& out) const;
  // 'X, the leader of the Y cartel known as "El Profe"': the person whose apposition ends with the
  // group mention `group` (the last of *out) that a quoted alias at t_[i] follows, or nullptr.
  const Mention* PersonOfRoleOver(const Mention& group, size_t i, size_t first, const std::vector<Mention>* out) const;
  // Does a group's apposition (", a splinter group"), ", which" or "itself" follow a name ending at
  // token end?
  bool GroupDescribedAfter(size_t end, size_t last) const;
  // 'the Sinaloa Cartel's armed wing, known as Gente Nueva': a name the last alias cue gives to a
  // group noun (wing, faction, cell, gang, ...) is a criminal group's, part of the cartel that
  // possesses the noun. Returns the tokens used (0: no group noun before the cue).
  size_t GroupNamed(size_t i, size_t end, size_t first, std::vector<Mention>* out);
  // "which calls itself La Resistencia": the group's name after a verb of naming and "itself".
  size_t SelfNamed(size_t i, size_t end, size_t first, std::vector<Mention>* out);
  // "the gang Gran Grif", "Haitian gangs Viv Ansanm and Gran Grif": a name right after a criminal
  // group's class noun (and each name listed after it, for a plural noun) is a criminal group's; after a
  // singular noun, not a name before a verb ("the cartel Guzmán founded").
  size_t ClassNamed(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out);
  // "Mexico's navy", "Mexico's attorney general's office": a body of the country `owner` names,
  // written in lower case from token `from` (its name or a force= word of the lexicon); the
  // mention then spans the body's words and names it; forces listed after it ("Colombia's police and
  // army") are the same country's, each a mention.
  void CountryBody(size_t from, size_t last, std::vector<Mention>* out);
  const LexEntry* BodyOfCountry(const std::string& country, size_t from, size_t last, size_t* end) const;
  bool PersonCue(size_t i, size_t end, size_t first, size_t last) const;
  bool EventReportedAbout(size_t i, size_t end, size_t first, size_t last) const;
  size_t NameEnd(size_t i, size_t end) const;
  // Does the text write the words t_[i, end) again elsewhere, as written (a name repeated whole)?
  bool NamedAgain(size_t i, size_t end) const;
  std::string NameKey(size_t i, size_t end) const;

  // mention_orgs.cc
  // A body inside an organization the lexicon knows, named after it and ending in an
  // organization head: "Senate Armed Services Committee", "DEA Special Operations Division".
  // (`at`: the lexicon's matches at t_[i], of every kind, which FindIn reads once for its finders.)
  size_t SubBody(size_t i, size_t first, size_t last, const std::vector<LexMatch>& at, std::vector<Mention>* out);
  size_t StructuralOrg(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out);
  // An acronym the lexicon does not know, named as a body by the words before it: "a member of
  // BORTAC", "Mexico's intelligence agency CISEN" (1: the token used, 0: not so).
  size_t AcronymOrg(size_t i, size_t first, std::vector<Mention>* out);
  // The organization the lexicon knows that the apposition opening at t_[comma] makes a name a
  // part of ("X, a faction of the Sinaloa Cartel", "X, the armed wing of ..."), or nullptr.
  const LexEntry* PartOfKnown(size_t comma, size_t last) const;
  size_t ComplementEnd(size_t j, size_t last) const;
  size_t SerialListStep(size_t k, size_t last) const;
  size_t OrgNamed(const LexEntry* head, size_t i, size_t name_end, size_t used, std::vector<Mention>* out);
  // A country's agency named t_[i, name_end) by a nationality or a country's possessive before it, or
  // as "National X of <country>" (mentioned by [i, used)): its entity named with its country, the
  // tokens it used; 0 when no foreign country qualifies it (mention_foreign_agencies.cc).
  size_t ForeignAgency(const std::string& primary, const std::string& refining, size_t i, size_t name_end, size_t used,
                       std::vector<Mention>* out);
  // The country a title in this sentence belongs to when nothing qualifies it: the country of the
  // place the sentence opens in ("In Mexico City, Attorney General X"; "In Washington,"), else the one
  // nationality the sentence names so far (`out`), else the dateline's ("" when none).
  std::string SentenceCountry(const std::vector<Mention>& out) const;
  // "Secretary of Foreign Affairs X", "Secretary of the Navy Admiral X": the end of the title whose
  // field follows the "of" at t_[of] (a body FieldBody knows in SentenceCountry), the name's start in
  // *name (over a rank); `of` itself when no such field is there.
  size_t FieldAfterOf(size_t i, size_t of, size_t last, const std::vector<Mention>& out, size_t* name) const;
  // A committee named t_[i, name_end) whose first word names a chamber (lexicon `committees=`) is
  // part of that chamber: "Senate Judiciary Committee" -> PART_OF the U.S. Senate.
  void ChamberOf(int committee, size_t i, size_t name_end);
  size_t NationalForce(const LexEntry* demonym, size_t i, size_t len, size_t last, std::vector<Mention>* out);
  // "X administration", "the Administration of President X": a government led by the person
  // t_[name, name_end) names, its head word t_[head]; the mention is t_[i, end).
  size_t Administration(size_t name, size_t name_end, size_t head, size_t i, size_t end, std::vector<Mention>* out);
  size_t GovernmentsOf(size_t i, size_t last, std::vector<Mention>* out);
  // mention_company_lists.cc
  // Is the name t_[i, end) an item of a list right after a plural noun of businesses ("three
  // Mexican financial firms, Banco Azul, Finanzas Rojas and Cambios Norte", "three institutions -- A,
  // B and C --", "banks including X", "the companies include X", "the following 13 companies, ...: A, B")?
  bool ListedBusiness(size_t i, size_t end, size_t first, size_t last) const;
  // Is the name t_[i, end) coordinated right after a company's name (an organization of no refining
  // label: "Banco Azul and Finanzas Rojas", "Autos Lomas, Grupo Delta and Costa Alegre Tours"), or
  // after its apposition ("X, a firm in Guadalajara that ..., and Y")?
  bool CoordinatedCompany(size_t i, size_t end, size_t first, size_t last, const std::vector<Mention>& out) const;
  // mention_offices.cc
  // The district at t_[i] after a United States Attorney's title ("U.S. Attorney X of the Eastern
  // District of New York", "X, the U.S. Attorney for the District of Arizona", "the United States
  // Attorney for Arizona") names the U.S. Attorney's Office for it, as "the U.S. Attorney's Office
  // for the Eastern District of New York" names it. Returns the tokens used (0: none).
  size_t AttorneyOffice(size_t i, size_t first, size_t last, std::vector<Mention>* out);
  // "the FBI's field office in El Paso", "the DEA's field division in Houston": an office of the
  // agency mentioned right before t_[i] = "'s", by its city, part of the agency (tokens used, 0: none).
  size_t OfficeInCity(size_t i, size_t last, std::vector<Mention>* out);
  // mention_units.cc
  // "the army's 9th Military Zone", "the 105th Infantry Battalion", "the 3rd Brigade": an ordinal in
  // digits opens the name of a military unit (tokens used, 0: none at t_[i]).
  size_t NumberedUnit(size_t i, size_t first, size_t last, std::vector<Mention>* out);
  // A U.S. Attorney's release opens with the lines "U.S. Attorney's Office" and "Eastern District of
  // New York": the office is that district's, and the line sentence `s` names it (not a city).
  void HeaderDistrict(size_t s, std::vector<std::vector<Mention>>* out);
  // An agency's office in a city: "the FBI's El Paso field office", "the DEA's Houston division" --
  // one body of its own, PART_OF the agency (named also without "field" or "resident"). Returns the
  // tokens used (0: none).
  size_t FieldOffice(size_t i, size_t last, const std::vector<LexMatch>& at, std::vector<Mention>* out);
  // The city the lexicon knows at t_[*k] (*k moves past it), or nullptr; CityIn reads it from the
  // lexicon's matches there.
  const LexEntry* CityAt(size_t* k, size_t last) const;
  static const LexEntry* CityIn(const std::vector<LexMatch>& at, size_t* k);
  // "the U.S. consulate in Matamoros", "the United States Consulate General in Ciudad Juárez", "the
  // U.S. Attorney's Office in San Diego": a diplomatic post or a U.S. Attorney's office named t_[first, end) (by a head the lexicon does not know as one post) is the
  // one in the city after "in". Returns the end of the city's name (end: none); the city is
  // mentioned too.
  size_t PostCity(size_t first, size_t end, size_t last);
  // "the El Paso office of the FBI": the office named city first (tokens used up to the agency's end).
  size_t OfficeOfAgency(size_t i, size_t last, const std::vector<LexMatch>& at, std::vector<Mention>* out);
  size_t NamedOperation(size_t i, size_t last, std::vector<Mention>* out);
  size_t Facility(size_t i, size_t end, size_t last, std::vector<Mention>* out);
  // Is t_[end] ", <a state or country>" ("Tapalpa, Jalisco")?
  bool StateAfter(size_t end, size_t last) const;
  // Do the capitalized words t_[from, end) end with an organization's head word ("Police Force")?
  bool OrgHeadEnds(size_t from, size_t end) const;
  // A capitalized head of an institution (Center, Institute, University: orgheads ResearchGroup) ends t_[from, end).
  bool InstitutionHeadEnds(size_t from, size_t end) const;
  size_t StructuralPlace(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out);
  // The words before t_[i] can only name a town ("the neighboring city of", "the mayor of", "fled to").
  bool TownContext(size_t i, size_t first) const;
  // t_[i, end) after "in" or "near", a given name first, is a town's by the words after it.
  bool TownNamedForPerson(size_t i, size_t end, size_t first, size_t last) const;

  // mention_titles.cc
  size_t Title(const LexEntry* title, size_t i, size_t len, size_t last, std::vector<Mention>* out);
  // mention_apposed_titles.cc
  // A title t_[i, i + len) in apposition after a person, qualified by a country right before it
  // ("X, Mexico's security secretary, said", "X, the Mexican interior minister,", "X, the U.S.
  // attorney general,"): the relation to
  // the body it names in that country (title_bodies.h), as a title before the name would give
  // (PromoteHeadTitles makes a head's LEADS). Nothing for a list's member, nor when a word stands
  // between the country and the title ("deputy", "former", "then"). Returns the tokens used (0).
  size_t ApposedTitle(const LexEntry* title, size_t i, size_t len, size_t last, std::vector<Mention>* out);
  // "X served as Mexico's public security secretary from 2006", "X, who was the attorney general,":
  // a title as a copula's or "served as"'s complement, the subject right before; like ApposedTitle.
  void PredicateTitle(const LexEntry* title, size_t i, size_t len, size_t last, const std::vector<Mention>& out);
  // "Marines captured X. The Sinaloa cartel boss had escaped ...": a criminal group's rank after "the"
  // and the group, no name following, as a clause's subject, is the person named last (in this
  // sentence or the one before, no office holder): his LEADS or MEMBER_OF of the group.
  void DescribedHolder(const LexEntry* title, size_t i, size_t len, size_t last, const std::vector<Mention>& out);
  // "The Secretary of State designated X": a capitalized office after "the", no name following,
  // as the subject of an act's verb stands for its body (title_bodies.h); 0 when it does not.
  size_t OfficeAsBody(const LexEntry* title, size_t i, size_t len, size_t last, std::vector<Mention>* out);
  // "Secretary of Security and Civil Protection": the title's wording of its body as an alias.
  void BodyAsTitled(int org, const LexEntry& body, size_t i, size_t len);
  void NameRelations(const LexEntry* entry, int entity, const std::string& surface);
  void AfterEntity(size_t j, size_t last, std::vector<Mention>* out);
  // The government person heads: one the text tied him to (LEADS), else (by_dateline), for a
  // president named with no nationality, the dateline country's (LEADS added); -1 when none.
  int HeadedGovernment(int person, bool by_dateline);
  void GovernmentOfPerson(Mention& owner, size_t end);
  // "his ministry", "her office", "García Harfuch's department" (the word at noun): the body the
  // owner (a person) leads or serves in by a relation the text gave before, of the kind the word
  // names (one such body, not two); the owner mention
  // becomes that body. Not in a place phrase ("in his office"), nor before a name ("his Office of").
  // Failing that, the body a role apposed to the owner's name in the sentence so far (`said`) names.
  void BodyOfPerson(Mention& owner, size_t noun, size_t last, const std::vector<Mention>& said);
  int ApposedBody(int person, std::string_view heads, const std::vector<Mention>& said) const;

  // mention_phrases.cc
  size_t Event(const LexEntry* trigger, size_t i, size_t len, size_t first, std::vector<Mention>* out);
  // The act an indefinite event noun of class `cls` at t_[i] is one with: the arrest or killing an
  // operation noun after "in a" / "during an" took place in ("arrested X in a pre-dawn raid"); the
  // killing an attack noun after "in an" happened in ("killed seven soldiers in an ambush"); the
  // killing or attack a clause told before ", a killing" / ", an assault" in apposition ("X was shot
  // dead in Culiacán, a killing widely attributed to Y"): the last such event mention of the
  // sentence, within 25 tokens; -1 otherwise.
  int EnclosingAct(size_t i, size_t first, const std::string& cls, const std::vector<Mention>& out) const;
  // event_clause_acts.cc: the killing an attack verb after "when" tells the way of ("X was killed when
  // gunmen ambushed his car"), or the attack a participle ", killing" after it is the outcome of
  // ("gunmen ambushed a patrol, killing four officers"): the act of the other kind the sentence told
  // before, within 25 tokens; -1 otherwise.
  int ClauseAct(size_t i, size_t first, const std::string& cls, const std::vector<Mention>& out) const;
  // Does a name follow t_[i] after at most "the" and three lowercase words that describe it ("police
  // chief Roberto Orduña", "the journalist Luis Castillo"), with no preposition or verb between?
  bool TitledName(size_t i) const;
  // "has killed thousands of people", "more than 47,000 people have been killed": the trigger at
  // t_[i, i + len) counts a toll over time (a number of at least a thousand, "thousands"), no event.
  bool Toll(size_t i, size_t len, size_t first) const;
  // mention_anaphor.cc
  size_t Anaphor(const LexEntry* entry, size_t i, size_t len, size_t first, size_t last, std::vector<Mention>* out);
  // Is `person` the speaker of the quotation that holds the pronoun at t_[i] (', X said' or 'said
  // X' right after it)?
  bool QuoteSpeaker(size_t i, size_t first, size_t last, int person) const;
  // mention_speakers.cc
  // 'Army spokesman X said he directed the cartel's operations': the pronoun at t_[i] (of `gender`)
  // after the verb of saying that follows the mention `said` is its speaker, unless the speaker
  // speaks for a body (an agency, a force, a government) and the report's clause ascribes a criminal
  // group's work: then the last person the article made one of a criminal group, else the last one
  // it named who holds no office (of that gender), when there is one.
  int ReportedSubject(size_t i, size_t last, const Mention& said, char gender) const;
  size_t Generic(const LexEntry* head, size_t i, size_t len, size_t first, size_t last, std::vector<Mention>* out);
  // The program (of that primary label) last named by a name ending in head ("the initiative": the
  // Mérida Initiative), else last.
  int NamedByHead(int last, const std::string& primary, std::string_view head) const;

  const Document& doc_;
  const Segmented& seg_;
  const std::vector<std::vector<DateMention>>& dates_;
  const Lexicon& lex_;
  const ExtractOptions& options_;
  EntityTable table_;
  const std::vector<Token>& t_;
  struct PendingKin {
    int owner = -1;
    std::string relation;
    size_t name = SIZE_MAX;  // the token where the relative's name starts
    std::string described;   // "El Mencho's son": an alias of the named relative
    bool pronoun = false;    // "his brother": the owner is a pronoun's person
    char gender = 0;         // the relative's, from the kin word ('m', 'f')
  };
  PendingKin pending_kin_;                      // "his brother, <name>": waits for the name
  size_t titled_end_ = 0;                       // the end of the last titled name a country qualified ...
  std::string titled_country_;                  // ... and that country (a list after it shares it)
  struct LastKin {
    int owner = -1;
    std::string relation;
    uint32_t sentence = 0;
  };
  LastKin last_kin_;  // the last relative named ("his brother, X": X's owner), for "Another brother, Y"
  size_t possessive_at_ = SIZE_MAX;  // the last "his"/"her" read ("his son, A, and his nephew, B") ...
  int possessive_of_ = -1;           // ... and the person it refers to
  size_t alias_cue_at_ = SIZE_MAX;              // where the last "known as", "alias" began
  struct PendingAlias {
    size_t name = SIZE_MAX;  // the token where the person's name starts
    std::vector<std::string> aliases;
  };
  PendingAlias pending_alias_;  // 'Known as "El Flaco," <name>': a nickname before its person
  bool headline_ = false;                       // the current sentence is a headline (name_shape.h)
  int opening_ = -1;  // the cartel the last sentence naming one (this paragraph) opens with (OpeningCartel)
  bool opening_before_ = false;  // the sentence right before, in this paragraph, opens with opening_
  // Is the place or news agency `m` part of the sentence's dateline ("MEXICO CITY (Reuters) --")?
  bool InDateline(const Mention& m) const;
  std::unordered_set<std::string> body_names_;  // NameKey of the names the body spells with a given name
};

// Words of noun-phrase structure the finders share.
bool IsDeterminer(std::string_view norm);     // the, a, this, its, 's, ...
bool IsNameConnector(std::string_view norm);  // de, del, la, van, bin, ...
bool OpensComplement(std::string_view norm);  // of, on, for, against, de, del: "Ministry of ..."
bool DayWord(std::string_view norm);          // on, last, early, monday, ...: "killed on Friday in"

}  // namespace cg::ingest
