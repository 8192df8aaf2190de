// RoleReader: the role frames of one sentence (frames.h ReadRoles, ReadBossRoles). A role noun of
// lexicon/rules/roles.words ("leader", "accountant", "founder") names a post in an organization
// (its qualifier, possessor or complement) that a person holds (named around the phrase) -> LEADS,
// MEMBER_OF {role}, FOUNDED. Internal to ingest; its members are defined by concern:
//   role_frames.cc   the scan for role nouns, the role phrase and the organization it names, and
//                    the relations written for its holders
//   role_holders.cc  who holds the role: a name after it ("Zetas leader X"), an apposition on
//                    either side, a copula or relative clause, a verb's object ("named X as ...")
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/frames.h"

namespace cg::ingest {

// A role noun and the words around it that say whose post it is.
struct RolePhrase {
  size_t begin = 0, role = 0, end = 0;  // items: phrase start, role noun, one past the phrase
  size_t role_len = 1;                  // tokens of the role noun
  size_t second = kNone;                // "Deputy Administrator": the deputy's word; the role is a member's
  size_t portfolio_begin = kNone;       // "Mexican Interior Minister": the portfolio's first word
  bool portfolio = false;               // "chief of security": a member's post, not the head
  int org = -1;
  std::string how;                      // qualifier, possessive, complement
  bool person_owner = false;            // "X's security chief": a person's, not an organization's
  int owner = -1;                       // that person
  bool boss = false;                    // org is the group the owner leads (BossGroup)
  bool among = false;                   // "a commander in the Federal Police": one of its ranks
};

class RoleReader : FrameReader {
 public:
  // `text`: the document text the sentence's tokens index (the role's wording is read from it).
  RoleReader(const FrameContext& c, const std::string& text) : FrameReader(c), text_(text) {}

  // owned_pass: read only a person's roles ("a top lieutenant of Y", "his deputy X"), after the
  // sentence's other frames, so that Y's own ("Y, who heads the group") may name the group.
  void Run(bool owned_pass);

 private:
  // role_frames.cc
  // The phrase of the role noun at item i (`len` tokens): its qualifier, possessor or complement.
  RolePhrase Phrase(size_t i, size_t len) const;
  // The criminal group a criminal rank's "its" stands for when the pronoun found another body.
  int CriminalRankOwner(size_t i, int org) const;
  // A government official by nationality and portfolio: "Mexican Interior Minister X", "Mexico's
  // interior minister, X", "Colombian Defense Minister X" -> the country's government; a body's
  // name ("army", "police") is no portfolio. A head of government needs none ("the Mexican
  // president, X").
  void Government(RolePhrase* p, const LexEntry& role) const;
  // The organization that qualifies a role noun starting at item q: "Zetas leader", and over the
  // organization's own head noun when the name left it out ("Sinaloa cartel boss", "Gulf drug cartel
  // leader"); kNone if none.
  size_t QualifierBefore(size_t q) const;
  // The group a bare head word before the founder title at item i (its qualifiers from item q) names
  // ("Cartel co-founder X"): the one criminal group of the nearest sentence before that names one
  // (up to two back), when this one names none before it; or -1.
  int GenericGroupBefore(size_t i, size_t q) const;
  // Does the role noun at item i state a membership (not a head: "spokesman", "officer")?
  bool MemberRole(size_t i) const;
  // Does the role phrase opening at item b complement a kinship or role noun ("X, a nephew of the
  // cartel's founders", "X, a confidant of the gang's leaders": the founders' role, not X's)?
  bool PersonNounComplement(size_t b) const;
  // The person item k's "his" or "her" refers to, or -1.
  int PronounPerson(size_t k) const;
  // The one criminal group the article has so far said `person` leads ("Sinaloa cartel leader Y",
  // "Y, the head of the Gulf Cartel"), or -1 when none or several: a member's role of a person
  // ("a top lieutenant of Y", "Y's security chief") is a membership of that group.
  int BossGroup(int person) const;
  // Has a title given person a relation to a body other than a government (mention_titles.cc)?
  bool TitledBody(int person) const;
  // Writes the relation the role states between each of its holders (Holders) and the organization
  // of `p` (LEADS, MEMBER_OF {role}, FOUNDED; a group in a member's role is PART_OF it); a role of
  // a person is rejected.
  void Read(const LexEntry& role, const RolePhrase& p);
  // A founder named by a role noun is not also a member in the role "founder" (a pattern rule
  // may have read the apposition as one).
  void DropMembership(int person, int org, const std::string& role_text) const;
  // A member's post in a state or country places the group there: "a plaza boss of the Gulf
  // Cartel in Tamaulipas" -> OPERATES_IN (cities are an event's place, not a group's territory).
  // Returns whether the post is regional (a state or country named).
  bool Where(const RolePhrase& p, const LocalEntity& org) const;

  // role_holders.cc
  // The persons who hold the role, and how (sets how_ and confidence_).
  std::vector<size_t> Holders(const RolePhrase& p);
  // The start of the whole role phrase: over determiners and modifiers ("one of the most notorious").
  size_t PhraseStart(size_t begin) const;
  // "an American-born enforcer", "a Colombian supplier": a nationality inside the role phrase.
  bool Nationality(size_t i) const;
  // How many items from k make a capitalized military or police rank (or an academic title: "Dr.")
  // before a name ("Gen.", "Adm.", "Colonel", "Vice Adm.", "Brig. Gen.", "Lt. Col."): 0 when none.
  size_t RankLength(size_t k) const;
  // Is there an "of" among items [first, last) ("the son of a ... boss, X": X is the son)?
  bool OfIn(size_t first, size_t last) const;
  // Is the coordination at item k closed like an apposition ("two Zetas members, A and B, were")?
  bool ClosedList(size_t k, size_t min_members = 2) const;
  // Does a verb of saying open another clause between items `subject` and `end` ("X said the
  // suspect was a Zetas commander": the suspect is; "X, who officials say is ..." is still X)?
  bool SaidBetween(size_t subject, size_t end) const;
  // The person an apposition ending at `sep` (a comma, "(", "--" or the "and" of a second
  // apposition) describes: the mention right before it, or before an age (", 35,"), a parenthesis
  // ("(El Y)"), an alias (", also known as "El Y",") or an earlier apposition (", the son of Y and").
  size_t HolderBefore(size_t sep) const;
  // "A and B were arrested. Both are members of Y", "They are believed to be lieutenants of Y": the
  // persons a plural pronoun or "both" opening the copula's clause refers to (discourse.h), when the
  // role is plural and no name is its subject; empty otherwise (sets how_ and confidence_).
  std::vector<int> PluralSubjectBefore(const RolePhrase& p);
  // Is the role noun of `p` plural ("regional bosses"), so that a list may hold it?
  bool PluralRole(const RolePhrase& p) const;
  // Holders returns `items`, read as `how` with `confidence`.
  std::vector<size_t> Set(const char* how, float confidence, std::vector<size_t> items);

  const std::string& text_;
  std::string_view holder_ = "Person";  // the label of the role's holders
  std::string how_;
  float confidence_ = 0.8f;
};

}  // namespace cg::ingest
