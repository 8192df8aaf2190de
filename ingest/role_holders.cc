// Role holders (role_reader.h): who holds the post a role phrase names -- a name right after it
// ("Zetas leader X", "a Zetas commander known as X"), an apposition on either side ("the leader of
// the Gulf Cartel, X", "X, a top lieutenant of Y"), a copula or relative clause ("X was / who became
// the leader of Y"), a verb's object ("named X as the new head of Y").
#include "ingest/role_reader.h"

#include "ingest/clause_words.h"
#include "ingest/role_words.h"

namespace cg::ingest {

std::vector<size_t> RoleReader::Holders(const RolePhrase& p) {
  // Compound: "Zetas leader X", "the cartel's accountant X"; over a rank ("army spokesman Gen. X").
  const size_t named = p.end + RankLength(p.end);
  if (named < cl_.size() && cl_.EntityAs(named, holder_) >= 0 && p.how != "complement") {
    // "Gulf Cartel members X and Y"; not "U.S. Attorney General X and Mexican President Y": a member
    // with a title of its own ends the title's holders; nor "Colombian President X, his wife Y, his
    // son Z": a member with a description of his own does not hold the title.
    std::vector<size_t> members = cl_.Coordinated(named, holder_);
    // (the holders follow the title: not "Peru's President A and Guatemala's President B" for A)
    std::erase_if(members, [&](size_t k) { return k < named; });
    // (its title may stand back from the name: "and Colombia's Minister of the Interior X")
    const auto titled = [&](size_t m) {
      for (size_t before = m - 1; before > members[0] && !cl_.IsAny(before, ",|and|or"); --before) {
        if (cl_.IsAny(before, clause_words::kTitleWords) && c_.tokens[cl_.item(before).first].is(Token::kCapitalized)) return true;
      }
      return false;
    };
    for (size_t j = 1; j < members.size(); ++j) {
      if (titled(members[j])) {
        members.resize(j);
        break;
      }
    }
    std::erase_if(members, [&](size_t k) {
      if (k == named) return false;
      const size_t d = k >= 1 && cl_.Is(k - 1, ",") ? k - 1 : k;
      return d >= 2 && cl_.PlainWord(d - 1) && (cl_.IsAny(d - 2, "his|her|their") || cl_.PossessiveDeterminer(d - 2));
    });
    return Set("title", 0.85f, members);
  }
  // "arrested three Gulf Cartel members: A, B and C", "the leaders of the Guadalajara cartel: A, B and C":
  // a list after a colon.
  if (cl_.Is(p.end, ":") && p.end + 1 < cl_.size() && cl_.EntityAs(p.end + 1, holder_) >= 0) {
    return Set("listed", 0.8f, cl_.Coordinated(p.end + 1, holder_));
  }
  // "a Zetas commander known as X", "a Gulf Cartel member identified as X".
  if (p.how != "complement" && cl_.IsAny(p.end, "known|identified|named|called")) {
    const size_t k = p.end + (cl_.Is(p.end + 1, "as") ? 2 : 1);
    if (cl_.EntityAs(k, holder_) >= 0) return Set("named", 0.8f, {k});
  }
  // A title with its portfolio: "NSC Coordinator for Strategic Communications X", "Peru's Minister of the
  // Interior X".
  if ((p.how == "compound" || p.how == "possessive") && cl_.IsAny(p.end, "for|of|on")) {
    size_t k = p.end + 1;
    while (k < cl_.size() && k <= p.end + 4 && !cl_.mention(k) &&
           (c_.tokens[cl_.item(k).first].is(Token::kCapitalized) || cl_.IsAny(k, "and|of|the"))) {
      ++k;
    }
    // (a singular title's holder is the name after it: "Peru's Minister of the Interior X, and Y")
    if (k > p.end + 1 && k < cl_.size() && cl_.EntityAs(k, holder_) >= 0) {
      return Set("title", 0.8f, PluralRole(p) || p.how == "compound" ? cl_.Coordinated(k, holder_) : std::vector<size_t>{k});
    }
  }
  // Apposition after: "the leader of the Gulf Cartel, X"; over a rank ("the commander of U.S.
  // Northern Command, Gen. X").
  const size_t apposed = p.end + 1 + (p.end + 1 < cl_.size() ? RankLength(p.end + 1) : 0);
  if (apposed < cl_.size() && cl_.Is(p.end, ",") && cl_.EntityAs(apposed, holder_) >= 0 &&
      (apposed + 1 >= cl_.size() || !cl_.IsAny(apposed + 1, "and|or") || ClosedList(apposed))) {
    const size_t start = PhraseStart(p.begin);
    // A definite description may stand anywhere: "met the U.S. ambassador, Ken Salazar, in ...".
    if (start == 0 || cl_.IsAny(start - 1, ",|(|--|that|said|say|says|and|but|when|after|while|because") ||
        cl_.Break(start - 1) || cl_.Is(start, "the") || p.how == "possessive" ||
        (ClosedList(apposed, 1) && !cl_.IsAny(start - 1, "of|for|to|with|by|from|in|on|at|about|against") &&
         !OfIn(start, p.begin))) {
      // "Others included A, the brother of the cartel's leader, B, and C": a singular role's
      // apposition names one holder; a list going on after it is the sentence's own.
      return Set("apposition_after", 0.8f, PluralRole(p) ? cl_.Coordinated(apposed, holder_) : std::vector<size_t>{apposed});
    }
  }
  // "Its founders, including X and Y, broke with ...": some of a possessor's holders named.
  if (p.how == "possessive" && cl_.Is(p.end, ",") && cl_.IsAny(p.end + 1, "including|among") &&
      cl_.EntityAs(p.end + 2 + (cl_.Is(p.end + 2, "them") ? 1 : 0), holder_) >= 0) {
    return Set("apposition_including", 0.75f, cl_.Coordinated(p.end + 2 + (cl_.Is(p.end + 2, "them") ? 1 : 0), holder_));
  }
  // "The Mexican Army's commander in the state, General X", "the Gulf Cartel plaza boss in Reynosa,
  // X", "the Zetas' boss for Nuevo Laredo, X": the apposition after a place phrase, its name after a
  // title.
  if (p.org >= 0 && (p.how == "possessive" || p.how == "compound") && cl_.IsAny(p.end, "in|for")) {
    size_t comma = p.end + 1;
    while (comma < cl_.size() && comma <= p.end + 4 && !cl_.Is(comma, ",") && !cl_.Break(comma)) ++comma;
    size_t name = comma + 1;
    while (name < cl_.size() && name <= comma + 2 && !cl_.mention(name) &&
           !c_.lexicon.MatchAt(c_.tokens, cl_.item(name).first, cl_.item(name).last, "title").empty()) {
      ++name;
    }
    if (cl_.Is(comma, ",") && name < cl_.size() && cl_.EntityAs(name, holder_) >= 0 &&
        (name + 1 >= cl_.size() || cl_.IsAny(name + 1, ",|.|;|said|says|told"))) {
      return Set("apposition_after", 0.75f, {name});
    }
  }
  // The role phrase as a subject: "The cartel's new leader is believed to be X"; "The cartel's
  // leaders are A and B", "Its leaders include A and B": each name of a plural subject's list.
  if (p.org >= 0 && (PhraseStart(p.begin) == 0 || cl_.Break(PhraseStart(p.begin) - 1))) {
    constexpr std::string_view kLinks = "is|was|remains|became|be|are|were|remain|include|includes|included";
    size_t k = p.end;
    bool linked = false;
    for (; k < cl_.size() && k < p.end + 6; ++k) {
      if (cl_.IsAny(k, kLinks)) {
        linked = true;
      } else if (!cl_.IsAny(k, "believed|thought|said|to|now|reportedly|allegedly|likely|still")) {
        break;
      }
    }
    // "The cartel's new leader is his brother, X": the name apposed to the possessed noun, not the
    // possessor.
    if (linked && (cl_.IsAny(k, "his|her|their") || cl_.PossessiveDeterminer(k))) {
      size_t n = k + 1;
      while (n < cl_.size() && n <= k + 3 && cl_.PlainWord(n)) ++n;
      if (cl_.Is(n, ",")) ++n;
      k = n > k + 1 && n < cl_.size() && cl_.EntityAs(n, holder_) >= 0 ? n : cl_.size();
    }
    if (linked && !cl_.IsAny(k - 1, "believed|thought|said|to") && k < cl_.size() && cl_.EntityAs(k, holder_) >= 0) {
      return Set("copula_after", 0.75f, PluralRole(p) ? cl_.Coordinated(k, holder_) : std::vector<size_t>{k});
    }
  }
  // "members of the Gulf Cartel, including X and Y".
  if (p.end + 2 < cl_.size() && cl_.Is(p.end, ",") && cl_.IsAny(p.end + 1, "including|among|such") &&
      p.how == "complement") {
    size_t k = p.end + 2;
    if (cl_.Is(k, "as")) ++k;
    if (k < cl_.size() && cl_.EntityAs(k, holder_) >= 0) return Set("including", 0.75f, cl_.Coordinated(k, holder_));
  }
  size_t start = PhraseStart(p.begin);
  if (start == 0) return {};
  // "X, an organized crime expert at Y": up to two plain words of a field after "a" or "an".
  for (size_t k = start, n = 0; n < 2 && k >= 3 && cl_.PlainWord(k - 1) && !cl_.IsAny(k - 1, kCopulas); ++n, --k) {
    if (cl_.IsAny(k - 2, "a|an") && cl_.Is(k - 3, ",")) {
      start = k - 2;
      break;
    }
  }
  // Apposition before: "X, a top lieutenant of Y"; "X and Y, two leaders of Z"; "X, 35, a ...";
  // "X (El Y), a ..."; "X, also known as "El Y," a ..."; "X, the son of Y and a leader of Z".
  size_t sep = start - 1;  // "X, allegedly a Sinaloa Cartel operative,"
  if (sep > 0 && cl_.IsAny(sep, "allegedly|reportedly|purportedly|apparently|once|formerly|now|then|also|himself|herself")) --sep;
  // "X, said to be a financial operator for Y," (hedged by its cue).
  if (sep > 3 && cl_.Is(sep, "be") && cl_.Is(sep - 1, "to") && cl_.IsAny(sep - 2, "said|believed|thought|considered|reported")) {
    sep -= 3;
  }
  if (cl_.IsAny(sep, ",|(|--|and") || (cl_.Is(sep, "\"") && sep >= 1 && cl_.Is(sep - 1, ","))) {
    // "Soldiers arrested X, an army spokesman said.": a description that a verb of saying follows
    // is the report's speaker, no apposition of X.
    if (cl_.Is(sep, ",") && cl_.IsAny(p.end, "said|says|told|added|stated|noted|explained|confirmed|reported|wrote")) {
      return {};
    }
    const size_t holder = HolderBefore(sep);
    if (holder == kNone) return {};
    // "X and Y, the leader of Z": a singular description is the nearest name's ("X and Y, the
    // leaders of Z": a plural one, each name's).
    const std::string role_word(cl_.Norm(p.role));
    const bool plural = !role_word.empty() && SingularRole(role_word) != role_word;
    if (cl_.IsAny(start, "a|an|the|another") && !plural) return Set("apposition", 0.8f, {holder});
    return Set("apposition", 0.8f, cl_.Coordinated(holder, holder_));
  }
  // "accused X of being a Sinaloa Cartel hitman"; "X, suspected of being a ... hitman" (hedged).
  if (start >= 3 && cl_.Is(start - 1, "being") && cl_.Is(start - 2, "of")) {
    if (cl_.EntityAs(start - 3, holder_) >= 0) return Set("copula", 0.75f, {start - 3});
    if (start >= 5 && cl_.IsAny(start - 3, "suspected|accused") && cl_.Is(start - 4, ",")) {
      if (const size_t holder = HolderBefore(start - 4); holder != kNone) return Set("apposition", 0.75f, {holder});
    }
  }
  // "named X as the new head of Y", "identified X as a Zetas lieutenant": the verb's object.
  if (start >= 3 && cl_.Is(start - 1, "as") && cl_.EntityAs(start - 2, holder_) >= 0 &&
      cl_.IsAny(start - 3, "named|appointed|identified|described|considered|chose|chosen|picked|tapped|installed|"
                           "designated|confirmed|names|identify|identifies|describe|describes|consider|considers")) {
    return Set("named", 0.75f, {start - 2});
  }
  // "X, described by officials as a Sinaloa cartel lieutenant": a participle phrase apposed to X.
  if (start >= 6 && cl_.Is(start - 1, "as")) {
    size_t v = start - 3;
    while (v > 2 && start - v < 7 && !cl_.Is(v, "by") && !cl_.Break(v)) --v;
    if (cl_.Is(v, "by") && cl_.IsAny(v - 1, "described|identified|considered|regarded|labeled|labelled") &&
        cl_.Is(v - 2, ",") && cl_.EntityAs(v - 3, holder_) >= 0) {
      return Set("apposition", 0.75f, {v - 3});
    }
  }
  // "X, whom prosecutors described as a Zetas lieutenant", "whom U.S. officials describe as": the
  // relative pronoun's antecedent (the subject up to three items).
  if (start >= 6 && cl_.Is(start - 1, "as") &&
      cl_.IsAny(start - 2, "described|identified|considered|called|named|labeled|labelled|describe|describes|"
                           "identify|identifies|consider|considers|call|calls|regard|regards|regarded")) {
    for (size_t w = start - 4; w + 6 >= start && w >= 2; --w) {
      if (!cl_.IsAny(w, "whom|who")) continue;
      if (cl_.Is(w - 1, ",") && cl_.EntityAs(w - 2, holder_) >= 0) return Set("named", 0.72f, {w - 2});
      break;
    }
  }
  // Copula or relative clause: "X was a leader of Y", "X, who became the cartel's boss" ("according
  // to U.S. officials", "loyal to", "close to" are no copula).
  // Nor is "to" before a plural role ("surrendered to DEA agents", "talked to FBI agents"): a
  // predicate after "to" names one post ("was promoted to plaza boss").
  const std::string last_word(cl_.Norm(p.role + p.role_len - 1));
  const bool preposition_to = cl_.Is(start - 1, "to") && start >= 2 &&
                              (cl_.IsAny(start - 2, "according|close|loyal|linked|tied|related|married|next|due|thanks") ||
                               (!last_word.empty() && SingularRole(last_word) != last_word));
  if (cl_.IsAny(start - 1, kCopulas) && !preposition_to) {
    size_t subject = cl_.SubjectBefore(start, holder_, 8);
    // "X took over from Y as head of": the role is the clause subject's, not a preposition's object.
    while (cl_.Is(start - 1, "as") && subject != kNone && subject > 0 && !cl_.Is(subject + 1, ",") &&
           cl_.IsAny(subject - 1, "from|to|for|with|by|against|of|replacing|succeeding|replaced|succeeded")) {
      subject = cl_.SubjectBefore(subject, holder_, 8);
    }
    size_t verb = start - 1;
    while (verb > 0 && cl_.IsAny(verb - 1, kCopulas)) --verb;
    // "X worked with Y and became the head of Z": the subject of the phrase before "and".
    subject = cl_.CoordinatedSubject(verb, subject, holder_);
    // "Two of Moreno's sons are members of": the possessor is not the subject (its noun is).
    if (subject != kNone && cl_.Possessor(subject)) return {};
    if (subject != kNone && !SaidBetween(subject, start)) return Set("copula", 0.75f, cl_.Coordinated(subject, holder_));
    // "X was arrested in 2009, released in 2012 and became the leader of Y": a series' subject.
    if (const size_t series = cl_.SeriesSubject(verb, holder_); series != kNone) return Set("series", 0.72f, {series});
  }
  return {};
}

std::vector<int> RoleReader::PluralSubjectBefore(const RolePhrase& p) {
  const std::string role_word(cl_.Norm(p.role + p.role_len - 1));
  if (role_word.empty() || SingularRole(role_word) == role_word) return {};
  size_t k = PhraseStart(p.begin);
  bool copula = false;
  while (k > 0 && cl_.IsAny(k - 1, kCopulas)) {
    copula |= cl_.IsAny(k - 1, "are|were|remain|remained|became|been");
    --k;
  }
  if (!copula) return {};
  // The subject: "They", "Both", "Both men", "The two brothers" (nothing else before it).
  const bool they = k == 1 && cl_.Is(0, "they");
  const bool both = (k == 1 && cl_.Is(0, "both")) ||
                    (k == 2 && cl_.IsAny(0, "both") && cl_.IsAny(1, "men|women|brothers|suspects")) ||
                    (k == 3 && cl_.Is(0, "the") && cl_.Is(1, "two") && cl_.IsAny(2, "men|women|brothers|suspects"));
  if (!they && !both) return {};
  how_ = "referred";
  confidence_ = 0.72f;
  return both ? c_.discourse.PairBefore(c_.index) : c_.discourse.PersonSetBefore(c_.index);
}

size_t RoleReader::PhraseStart(size_t begin) const {
  size_t s = begin;
  for (int n = 0; s > 0 && n < 8; ++n) {
    if (cl_.IsAny(s - 1, kModifiers) || Nationality(s - 1)) {
      --s;
    } else if (s < begin && cl_.Is(s, "-") && cl_.EntityAs(s - 1, "Place") >= 0) {
      --s;  // "a U.S.-born enforcer for X", "a Texas-based lawyer": the place of a compound modifier
    } else {
      break;
    }
  }
  return s;
}

bool RoleReader::Nationality(size_t i) const {
  const Mention* m = cl_.mention(i);
  return m && m->kind == Mention::Kind::kDemonym && i > 0 && !cl_.Break(i - 1);
}

size_t RoleReader::RankLength(size_t k) const {
  const auto capitalized = [&](size_t j) {
    return j < cl_.size() && !cl_.mention(j) && c_.tokens[cl_.item(j).first].is(Token::kCapitalized);
  };
  const auto rank = [&](size_t j) {
    return capitalized(j) && cl_.IsAny(j, "gen|adm|col|lt|maj|capt|cmdr|brig|sgt|general|admiral|colonel|major|"
                                          "captain|lieutenant|dr|prof");
  };
  if (rank(k + 1) && (rank(k) || (capitalized(k) && cl_.IsAny(k, "vice|rear")))) return 2;
  return rank(k) ? 1 : 0;
}

bool RoleReader::OfIn(size_t first, size_t last) const {
  for (size_t k = first; k < last; ++k) {
    if (cl_.Is(k, "of")) return true;
  }
  return false;
}

bool RoleReader::ClosedList(size_t k, size_t min_members) const {
  const std::vector<size_t> members = cl_.Coordinated(k, holder_);
  return members.size() >= min_members && members.front() == k &&
         (cl_.Is(members.back() + 1, ",") || cl_.Break(members.back() + 1));
}

bool RoleReader::SaidBetween(size_t subject, size_t end) const {
  for (size_t k = subject + 1; k + 1 < end; ++k) {
    if (cl_.IsAny(k, "said|says|say|told|added|stated|noted|explained|insisted|argued") &&
        !cl_.IsAny(k + 1, "is|was|are|were|has|had|will|would")) {
      return true;
    }
  }
  return false;
}

size_t RoleReader::HolderBefore(size_t sep) const {
  if (cl_.Is(sep, "and")) {  // the comma that opened the first apposition
    for (size_t k = sep, steps = 0; k-- > 1 && steps < 12; ++steps) {
      if (cl_.Break(k) || cl_.IsAny(k, "(|)|--")) return kNone;
      if (cl_.Is(k, ",")) {
        return cl_.IsAny(k + 1, "a|an|the|one") && cl_.EntityAs(k - 1, holder_) >= 0 ? k - 1 : kNone;
      }
    }
    return kNone;
  }
  for (size_t k = sep, steps = 0; k-- > 0 && steps < 12; ++steps) {
    if (cl_.Break(k)) return kNone;
    if (cl_.EntityAs(k, holder_) >= 0 && (k + 1 == sep || cl_.IsAny(k + 1, ",|(|--"))) return k;
    if (cl_.Is(k, ")")) {
      while (k > 0 && !cl_.Is(k, "(")) --k;
      continue;
    }
    // What may stand between a name and its apposition: an age, an alias.
    const Token& t = c_.tokens[cl_.item(k).first];
    const bool age = t.is(Token::kNumber) && (k + 1 == sep || (cl_.Is(k + 1, ",") && k > 0 && cl_.Is(k - 1, ",")));
    const bool alias = !cl_.mention(k) && t.is(Token::kCapitalized);
    if (!age && !alias && !cl_.IsAny(k, ",|\"|also|known|as|alias|aka|a.k.a|nicknamed|dubbed|called")) return kNone;
  }
  return kNone;
}

bool RoleReader::PluralRole(const RolePhrase& p) const {
  const std::string role_word(cl_.Norm(p.role + p.role_len - 1));  // "regional bosses": its noun
  return !role_word.empty() && SingularRole(role_word) != role_word;
}

std::vector<size_t> RoleReader::Set(const char* how, float confidence, std::vector<size_t> items) {
  how_ = how;
  confidence_ = confidence;
  return items;
}

}  // namespace cg::ingest
