#include "ingest/clause.h"

#include <algorithm>

#include "ingest/clause_words.h"

namespace cg::ingest {

bool OneOf(std::string_view word, std::string_view words) {
  // A list no longer than the word is the word or does not hold it: no search (EntityAs asks
  // ~200 k times per 0.3 MB, often of one label: "Person", "Place").
  if (words.size() <= word.size()) return words == word && word.find('|') == std::string_view::npos;
  // An occurrence of the word with a bar or an end on both sides is one of the words.
  if (word.find('|') != std::string_view::npos) return false;
  for (size_t pos = words.find(word); pos != std::string_view::npos; pos = words.find(word, pos + 1)) {
    if ((pos == 0 || words[pos - 1] == '|') && (pos + word.size() == words.size() || words[pos + word.size()] == '|')) {
      return true;
    }
  }
  return false;
}

bool Participle(std::string_view norm) {
  return norm.ends_with("ed") || OneOf(norm, "run|led|held|built|made|set|kept|taken|overseen|driven|begun|born|bought|"
                                              "sold|stolen|sought|hidden|known|found|grown|flown|brought|given|shown");
}

namespace {

// Is this word a verb in the past that may open a phrase of a series ("extradited", "fled")?
bool PastVerb(std::string_view norm) {
  return Participle(norm) ||
         OneOf(norm, "fled|hid|took|became|rose|fought|won|lost|went|left|sent|spent|began|grew|broke|gave|got|"
                     "found|brought|ran|sold|paid|came|fell|oversaw|met|drew|sought|stood|spent|bought|built");
}

// Is this word a verb in the present that may open a phrase of a series ("operates in A, runs labs
// in B and has a presence in C")? A closed list: a plural noun ends in "s" too.
bool PresentVerb(std::string_view norm) {
  return OneOf(norm, "has|is|runs|controls|operates|sells|smuggles|traffics|moves|ships|maintains|keeps|holds|"
                     "launders|extorts|recruits|uses|owns|buys|produces|manufactures|distributes|dominates|"
                     "supplies|employs|oversees|manages|commands|leads|directs|imports|exports|collects");
}

}  // namespace

using namespace clause_words;  // NOLINT: the reader's own word lists

Clause::Clause(const std::vector<Token>& tokens, const Sentence& s, const std::vector<Mention>& mentions,
               const ArticleGraph& graph)
    : t_(tokens), mentions_(mentions), g_(graph) {
  items_.reserve(s.last_token - s.first_token);  // at most one item per token
  size_t m = 0;
  for (uint32_t i = s.first_token; i < s.last_token;) {
    while (m < mentions.size() && mentions[m].first < i) ++m;
    // Of mentions opening at one token, the longest ("Mexico's Southern Border Program", not "Mexico").
    for (size_t n = m + 1; n < mentions.size() && mentions[n].first == i; ++n) {
      if (mentions[n].last > mentions[m].last) m = n;
    }
    if (m < mentions.size() && mentions[m].first == i && mentions[m].last > i) {
      items_.push_back(Item{mentions[m].first, mentions[m].last, static_cast<int>(m)});
      i = mentions[m].last;
      ++m;
      i = FoldOtherNames(i, s.last_token, mentions, graph, &m);
    } else {
      items_.push_back(Item{i, i + 1, -1});
      ++i;
    }
  }
}

size_t Clause::ItemOf(uint32_t token) const {
  for (size_t i = 0; i < items_.size(); ++i) {
    if (items_[i].first <= token && token < items_[i].last) return i;
  }
  return kNone;
}

bool Clause::IsAnyOf(size_t i, std::string_view words) const {
  const std::string_view n = Norm(i);
  return !n.empty() && OneOf(n, words);
}

bool Clause::IsEntity(size_t i) const {
  const Mention* m = mention(i);
  return m && m->kind == Mention::Kind::kEntity && m->entity >= 0;
}

int Clause::EntityAs(size_t i, std::string_view labels) const {
  const Mention* m = mention(i);
  if (!m) return -1;
  int e = -1;
  if (m->kind == Mention::Kind::kEntity && !PossessiveDeterminer(i)) e = g_.Root(m->entity);
  // "Mexican authorities": a nationality before an authority noun stands for the country's government.
  if (m->kind == Mention::Kind::kDemonym && m->entity >= 0 && m->last < t_.size() &&
      OneOf(t_[m->last].norm, kAuthorities)) {
    e = g_.Root(m->entity);
  }
  // (one of each: "in every Mexican state")
  const bool each = m->first > 0 && OneOf(t_[m->first - 1].norm, "every|each") && m->last < t_.size() &&
                    OneOf(t_[m->last].norm, "state|city|municipality|province|region");
  if (e < 0 && m->kind == Mention::Kind::kDemonym && m->entity >= 0 && m->last < t_.size() &&
      (OneOf(t_[m->last].norm, kTerritories) || each)) {
    // "in 17 Mexican states": the nationality before a territorial noun is the country.
    const int country = g_.Root(m->entity);
    const LocalEntity& c = g_.entities[country];
    return OneOf(c.primary, labels) || OneOf(c.refining, labels) ? country : -1;
  }
  if (e < 0) return -1;
  const LocalEntity& ent = g_.entities[e];
  if (OneOf(ent.primary, labels) || (!ent.refining.empty() && OneOf(ent.refining, labels))) {
    return m->kind == Mention::Kind::kDemonym ? -1 : e;
  }
  if (ent.stands_for >= 0) {
    const int gov = g_.Root(ent.stands_for);
    const LocalEntity& gv = g_.entities[gov];
    if (OneOf(gv.primary, labels) || OneOf(gv.refining, labels)) return gov;
  }
  return -1;
}

bool PossessivePronoun(const Mention& m, const std::vector<Token>& t, const Token* next) {
  return m.anaphoric && m.last == m.first + 1 && OneOf(t[m.first].norm, "his|her|its|their") && next &&
         next->word() && next->norm != "'s";
}

bool Clause::PossessiveDeterminer(size_t i) const {
  const Mention* m = mention(i);
  const Token* next = i + 1 < items_.size() && items_[i + 1].mention < 0 ? &t_[items_[i + 1].first] : nullptr;
  return m && PossessivePronoun(*m, t_, next);
}

bool Clause::Possessor(size_t i) const {
  if (Is(i + 1, "'s")) return true;
  // "the Mexican army's": the nationality stands for the body its authority noun names.
  return i + 2 < items_.size() && HeadBefore(i + 1) == i && Is(i + 2, "'s");
}

size_t Clause::PossessedBody(size_t i, std::string_view labels) const {
  return i != kNone && Is(i + 1, "'s") && EntityAs(i + 2, labels) >= 0 ? i + 2 : i;
}

bool Clause::Break(size_t i) const {
  return i >= items_.size() || IsAny(i, ".|;|:|?|!");
}

bool Clause::OpensApposition(size_t i) const {
  if (i >= items_.size()) return false;
  if (items_[i].mention >= 0) {
    const Mention* m = mention(i);
    return m->kind == Mention::Kind::kDate || m->kind == Mention::Kind::kDemonym || m->kind == Mention::Kind::kEntity;
  }
  // "X, long the bitter enemy of Y, moves": a time adverb before the apposition's opener.
  if (IsAny(i, "long|originally|still") && i + 1 < items_.size() && items_[i + 1].mention < 0) {
    return IsAny(i + 1, kAppositionOpeners);
  }
  // "X, weakened by arrests, has ...": a participle with its agent or place opens one too.
  const bool participle = t_[items_[i].first].word() && t_[items_[i].first].norm.ends_with("ed") &&
                          IsAny(i + 1, "by|in|from|after|since");
  return IsAny(i, kAppositionOpeners) || participle || t_[items_[i].first].is(Token::kNumber) || Is(i, "\"") ||
         Is(i, "(");
}

size_t Clause::SkipBackApposition(size_t comma) const {
  for (size_t k = comma; k-- > 0 && comma - k <= 24;) {
    if (Break(k)) return kNone;
    // "Today, OFAC sanctioned A and B, two groups": a verb between a subject and its object is a
    // clause, not an apposition.
    const bool verb = k > 0 && !mention(k) && Norm(k).ends_with("ed") && (mention(k - 1) || Is(k - 1, ")"));
    if (verb && (mention(k + 1) || (Is(k + 1, "the") && mention(k + 2)))) return kNone;
    if (IsAny(k, "--|-|—|–") && DatelineBefore(k)) return kNone;  // "CULIACÁN, Mexico (Wire) -- X, a ...": no apposition
    if (Is(k, ",") || Is(k, "--")) {
      // 'X, known as "El Chango," or "The Monkey," was': a second alias after "or" is the same apposition.
      if (Is(k, ",") && (Is(k + 1, "or") || (IsAny(k + 1, "\"|”|'") && Is(k + 2, "or")))) continue;
      // 'X, 36, alias "Y", was': the head before an age set off by commas.
      const size_t h = k >= 3 && Is(k - 2, ",") && !mention(k - 1) && t_[items_[k - 1].first].is(Token::kNumber) ? k - 2 : k;
      return OpensApposition(k + 1) && h > 0 ? HeadBefore(h - 1) : kNone;
    }
  }
  return kNone;
}

bool Clause::PeopleFrom(size_t k) const {
  if (k < 2 || EntityAs(k, "Organization") < 0) return false;
  size_t p = k - 1;
  if (Is(p, "the") && p >= 2) --p;
  return IsAny(p, "from|of") &&
         IsAny(p - 1, "deserters|defectors|members|soldiers|officers|agents|veterans|men|gunmen|fighters|recruits");
}

bool Clause::SingularVerb(size_t k) const {
  if (mention(k) || !t_[items_[k].first].word()) return false;
  const std::string_view w = Norm(k);
  return OneOf(w, "is|was|has") || (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss"));
}

size_t Clause::SubjectBefore(size_t from, std::string_view labels, size_t max_items, bool any_position) const {
  size_t steps = 0;
  for (size_t j = from; j-- > 0 && steps < max_items; ++steps) {
    if (Break(j)) return kNone;
    // "X, one of the former soldiers who founded the Zetas", "X is one of the men who formed Y": the
    // person "one of" describes is the relative clause's subject.
    if (Is(j, "who") && j >= 4 && !Is(j - 1, ",")) {
      size_t one = j - 1;
      while (one > 1 && j - one < 7 && PlainWord(one) && !IsAny(one, "one|of")) --one;
      if (Is(one, "of") && Is(one - 1, "one")) {
        --one;
        if (one >= 2 && Is(one - 1, ",") && EntityAs(one - 2, labels) >= 0 && !Anaphoric(one - 2)) return one - 2;
        if (one >= 2 && IsAny(one - 1, "is|was|are|were|remains|remained")) return SubjectBefore(one - 1, labels, max_items);
      }
    }
    // "X, a La Línea leader who was arrested in July": the antecedent of "who" is the description
    // apposed to X, so X.
    if (Is(j, "who") && j >= 4 && !Is(j - 1, ",") && PlainWord(j - 1)) {
      for (size_t k = j - 1; k >= 2 && k + 8 > j; --k) {
        if (Is(k, ",") || Break(k)) break;
        if (!IsAny(k, "a|an|the|another") || !Is(k - 1, ",")) continue;
        if (EntityAs(k - 2, labels) >= 0 && EntityAs(k - 2, "Person") >= 0) return k - 2;
        break;
      }
    }
    // "X took over after soldiers killed Y": the verb's clause opens at the conjunction.
    // "until his arrest in 2003 and was extradited": a preposition before an act or a date is not.
    // "has since allied with": an adverb.
    const bool adverb = Is(j, "since") && j > 0 && IsAny(j - 1, "has|have|had|having|is|was|are|were");
    if (j + 1 < from && IsAny(j, kSubordinators) && !BeforeActOrDate(j) && !adverb) return kNone;
    // "The Justice Department tells us that Mexican organizations operate in ...": the speaker before a
    // reported clause's "that" is not the subject of a verb in it.
    if (Is(j, "that") && j + 1 < from && j >= 2 &&
        (IsAny(j - 1, kReportingVerbs) || (IsAny(j - 1, "us|me|him|her|them|reporters|lawmakers|congress") &&
                                           IsAny(j - 2, kReportingVerbs)))) {
      return kNone;
    }
    if (Is(j, ")")) {
      while (j > 0 && !Is(j, "(")) --j;
      continue;
    }
    // "X, the nephew of A and B who now runs the cartel": a singular verb after "who" agrees with no
    // list of names; the antecedent is the head of the apposition the list ends (or none).
    if (Is(j, "who") && j >= 3 && from < items_.size() && SingularVerb(from) && EntityAs(j - 1, "Person") >= 0 &&
        IsAny(j - 2, "and|,") && EntityAs(j - 3, "Person") >= 0) {
      const size_t head = SkipBackApposition(j);
      return head != kNone && EntityAs(head, labels) >= 0 ? head : kNone;
    }
    // "deserters from the army's special forces(,) who became the cartel's armed wing": "who" is the
    // people the body is the complement of, not the body.
    if (Is(j, "who") && j >= 3 && PeopleFrom(Is(j - 1, ",") ? j - 2 : j - 1)) return kNone;
    // "A, B and C, the sons of W, who now lead the faction": a plural verb after "who" agrees with the
    // plural noun W complements, not with W; the antecedent is the list that noun's apposition
    // follows (or none).
    if (Is(j, "who") && j >= 5 && Is(j - 1, ",") && EntityAs(j - 2, "Person") >= 0 && Is(j - 3, "of") &&
        PlainWord(j - 4) && Norm(j - 4).ends_with("s") && from < items_.size() && PluralAfterWho(j, from)) {
      const size_t head = SkipBackApposition(j - 1);
      const bool list = head != kNone && head >= 2 && IsAny(head - 1, "and|,") &&
                        (EntityAs(head - 2, "Person") >= 0 || (head >= 3 && EntityAs(head - 3, "Person") >= 0));
      return list && EntityAs(head, labels) >= 0 ? head : kNone;
    }
    if (IsAny(j, "who|which|that") && j > 0 && Is(j - 1, ",")) {  // ", who was arrested": its antecedent
      if (Is(j, "which") && j >= 2 && IsEntity(j - 2) && EntityAs(j - 2, labels) < 0) return kNone;  // "X, Y, which leads"
      // "a witness in a case against him, who was shot dead": an object pronoun is no antecedent.
      if (j >= 2 && mention(j - 2) && OneOf(t_[items_[j - 2].first].norm, "him|her|them")) return kNone;
      // "X, the candidate of Y for governor of Z, who was murdered": over X's apposition, when no
      // person ends it ("X, the brother of Y, who ran": Y).
      const size_t head = Is(j, "who") && j >= 2 && EntityAs(j - 2, "Person") < 0 ? SkipBackApposition(j - 1) : kNone;
      if (head != kNone && EntityAs(head, "Person") >= 0 && EntityAs(head, labels) >= 0) return head;
      --j;
      any_position = true;  // "leads the Knights Templar, which controls": an object may be the antecedent
      continue;
    }
    if (IsAny(j, "--|-|—|–") && DatelineBefore(j)) return kNone;  // "TORREON, Mexico (Wire) -- Police arrested"
    // "The Sinaloa cartel, meanwhile, is at war with": over a sentence adverb set off by commas.
    // (the verb group follows the second comma at once: not "X, however, said Y had shared")
    const auto verb_next = [&] {
      for (size_t k = j + 1; k < from; ++k) {
        if (!PlainWord(k) || k > j + 3) return false;
      }
      return true;
    };
    if (Is(j, ",") && j >= 2 && Is(j - 2, ",") && verb_next() &&
        IsAny(j - 1, "meanwhile|however|though|too|also|instead|moreover|nonetheless|nevertheless|separately|likewise")) {
      j -= 2;
      continue;
    }
    if (Is(j, ",") || Is(j, "--")) {
      // The comma after a subject's apposition ("X, the leader of Y, was"), else the clause starts here.
      if (j + 1 < from && IsAny(j + 1, "who|which")) continue;
      // A comma between two members of a list of names ("hubs in Chicago, Atlanta and Dallas") or
      // of plain words ("ships cocaine, heroin and methamphetamine").
      if (Is(j, ",") && j > 0 && (SameKind(j - 1, j + 1) || PlainList(j))) continue;
      const size_t before = SkipBackApposition(j);
      // "The man, identified as X, is": the name the apposition gives; "The son of Y, X, was", "A top
      // aide to Y, X, was": the name, not the noun's complement.
      const bool complement = before != kNone && before >= 2 && IsAny(before - 1, "of|to|for") && !mention(before - 2) &&
                              t_[items_[before - 2].first].word() && !t_[items_[before - 2].first].is(Token::kCapitalized);
      if (complement && before + 3 == j && EntityAs(before + 2, labels) >= 0) return before + 2;
      if (before != kNone && EntityAs(before, labels) < 0) {
        if (const size_t named = NamedIn(before + 1, j, labels); named != kNone) return named;
        // "The cartel's rivals, the Zetas, expanded": the apposition names its noun; so do "The lead
        // investigator, Commander X, was" (a title before the name) and "an American citizen, X of
        // McAllen, was" (a place after it).
        size_t first = before + 2 + (Is(before + 2, "the") ? 1 : 0);
        for (int n = 0; n < 2 && first + 1 < j && !mention(first) && t_[items_[first].first].is(Token::kCapitalized) &&
                        t_[items_[first].first].word();
             ++n) {
          ++first;  // "Special Agent X"
        }
        const bool placed = first + 3 == j && Is(first + 1, "of") && EntityAs(first + 2, "Place") >= 0;
        // "X, the husband of another consulate employee, Y, was": Y names the complement of "of" inside
        // X's apposition; the search goes on before it, to X.
        size_t np = before;
        while (np > 0 && PlainWord(np - 1) && !IsAny(np - 1, "of|to|for")) --np;
        if ((first + 1 == j || placed) && np >= 2 && Is(np - 1, "of") && PlainWord(np - 2) && EntityAs(first, "Person") >= 0) {
          j = np - 1;
          continue;
        }
        if ((first + 1 == j || placed) && !Is(before, "'s") && EntityAs(first, labels) >= 0 && !Possessor(first)) {
          return first;
        }
        // "His brothers, A and B, were": the apposition is a list of names (its first, for Coordinated).
        if (first < j && EntityAs(first, labels) >= 0 && !Is(before, "'s")) {
          const std::vector<size_t> list = Coordinated(first, labels);
          if (list.size() > 1 && list.back() + 1 == j) return first;
        }
      }
      if (before == kNone) {
        // "X, a college student murdered by ...": the apposition carries the predicate.
        // "The DEA, in cooperation with X, arrested": a parenthetical phrase after the subject.
        // "The cartel, headed by X,", "The cartel, now led by X,": the participle that opens the
        // phrase (after adverbs) is the verb itself.
        size_t opens = j + 1;
        while (opens < from && IsAny(opens, kTimeAdverbs)) ++opens;
        const bool participle = opens == from && items_[from].mention < 0 &&
                                (Participle(t_[items_[from].first].norm) || OneOf(t_[items_[from].first].norm, "active|present"));
        // "The Drug Enforcement Administration (DEA), led by X": the name before its acronym.
        size_t head = j - 1;
        if (j > 0 && Is(head, ")")) {
          while (head > 0 && !Is(head, "(")) --head;
          if (head > 0) --head;
        }
        if (j > 0 && (participle ||
                      IsAny(j + 1, "a|an|the|in|with|along|alongside|together|working|acting|backed|supported|aided|led|headed|"
                                    "run|founded|formed|created|based")) &&
            EntityAs(HeadBefore(head), labels) >= 0) {
          return HeadBefore(head);
        }
        // "A and B, two violent groups based in X": a plural apposition of a list is the list's (its
        // first, for Coordinated).
        const bool counted = IsAny(j + 1, "two|three|four|five|both") || (Is(j + 1, "the") && IsAny(j + 2, "two|three|four|five"));
        if (j > 0 && counted && EntityAs(HeadBefore(head), labels) >= 0) {
          for (size_t k = 0; k < HeadBefore(head); ++k) {
            const std::vector<size_t> list = Coordinated(k, labels);
            if (list.size() >= 2 && list.back() == HeadBefore(head)) return k;
          }
        }
        return kNone;
      }
      // "X, a lieutenant of Y, the cartel's leader, was": Y, the object inside X's apposition, is
      // no subject; the search goes on to X.
      const bool nested = ObjectPosition(before) && SkipBackApposition(before) != kNone;
      if (EntityAs(before, labels) >= 0 && !nested) return before;
      j = before + 1;
      continue;
    }
    // "X, the Sinaloa cartel's top lieutenant in Sonora, who was arrested in 2012, was extradited":
    // the possessor opening an apposition is no subject; the search goes on to X.
    if (EntityAs(j, labels) >= 0 && Is(j + 1, "'s") && j >= 2 && Is(j - 1, "the") && Is(j - 2, ",")) continue;
    if (EntityAs(j, labels) >= 0 && (any_position || !ObjectPosition(j))) {
      // "Federal police working with the FBI arrested X": the partner is not the subject.
      if (const size_t opens = CompanionPhrase(j); opens != kNone && !any_position) {
        j = opens;
        continue;
      }
      return j;
    }
  }
  return kNone;
}

bool Clause::DatelineBefore(size_t dash) const {
  for (size_t k = 0; k < dash; ++k) {
    if (Is(k, "(") && k + 2 < dash && Is(k + 2, ")")) {
      k += 2;  // the wire service: "(Wire)", "(AP)"
      continue;
    }
    if (!mention(k) && !IsAny(k, ",|(|)") && !(k + 1 == dash && Is(k, "-"))) return false;  // "- -" for "--"
  }
  return dash > 0;
}

size_t Clause::CompanionPhrase(size_t j) const {
  size_t p = j;
  while (p > 0 && IsAny(p - 1, "the|a|an|its|their")) --p;
  // "Soldiers backed by the Federal Police captured X", "Federal police, with the support of the army,
  // detained X", "Marines, acting on intelligence from the DEA, arrested X": the helper is not the subject.
  if (p >= 2 && Is(p - 1, "by") && IsAny(p - 2, "backed|supported|assisted|aided|helped")) return p - 2;
  if (p >= 4 && Is(p - 1, "of") && IsAny(p - 2, "support|help|assistance|backing") && Is(p - 3, "the") && Is(p - 4, "with")) {
    return p - 4;
  }
  if (p >= 4 && IsAny(p - 1, "from|of") && IsAny(p - 2, "intelligence|information|tips|tip") && Is(p - 3, "on") &&
      Is(p - 4, "acting")) {
    return p - 4;
  }
  // "Marines acting on DEA intelligence captured X": the helper modifying the noun of what was acted on.
  if (p >= 2 && IsAny(j + 1, "intelligence|information|tips|tip") && Is(p - 1, "on") && Is(p - 2, "acting")) return p - 2;
  if (p < 2 || !Is(p - 1, "with")) return kNone;
  if (IsAny(p - 2, "working|acting|cooperating|collaborating|coordinating|teaming|partnering")) return p - 2;
  if (p >= 3 && IsAny(p - 2, "cooperation|coordination|collaboration|conjunction") && Is(p - 3, "in")) return p - 3;
  return kNone;
}

bool Clause::SameKind(size_t a, size_t b) const {
  if (!IsEntity(a) || !IsEntity(b)) return false;
  const LocalEntity& x = g_.entities[g_.Root(mention(a)->entity)];
  const LocalEntity& y = g_.entities[g_.Root(mention(b)->entity)];
  return x.primary == y.primary && x.primary != "Event";
}

size_t Clause::NamedIn(size_t first, size_t last, std::string_view labels) const {
  for (size_t k = first; k + 1 < last; ++k) {
    if (IsAny(k, "identified|named|called|known") && EntityAs(k + 1 + (Is(k + 1, "as") ? 1 : 0), labels) >= 0) {
      const size_t name = k + 1 + (Is(k + 1, "as") ? 1 : 0);
      return name + 1 == last ? name : kNone;
    }
  }
  return kNone;
}

size_t Clause::HeadBefore(size_t k) const {
  if (k > 0 && IsAny(k, kAuthorities) && mention(k - 1) && mention(k - 1)->kind == Mention::Kind::kDemonym) return k - 1;
  return k;
}

size_t Clause::SeriesSubject(size_t i, std::string_view labels) const {
  size_t p = i;
  // "and has a presence in C", "and maintains its networks in C": over a light verb before a noun.
  if (p > 1 && IsAny(p - 1, "a|an|its|their") && IsAny(p - 2, "has|have|maintains|maintain|keeps|keep|runs|run")) p -= 2;
  while (p > 0 && IsAny(p - 1, kAdverbs)) --p;  // "and later led"
  if (p == 0 || !IsAny(p - 1, "and|,")) return kNone;
  // Back over the phrases of the series: each comma must open one with a verb in the past (or one of
  // the present's few).
  size_t first_comma = kNone;
  size_t object_relative = kNone;  // "which" or "that" where the scan stopped
  for (size_t k = p, steps = 0; k-- > 0 && steps < 40; ++steps) {
    if (IsAny(k, "which|that|whom")) object_relative = k;
    if (Break(k) || IsAny(k, "(|)|--|who|which|that|whom")) break;
    if (!Is(k, ",")) continue;
    size_t v = k + 1;
    while (v < p && (IsAny(v, kAdverbs) || IsAny(v, "and|or"))) ++v;  // ", and later led"
    // The verb may be an event's trigger ("extradited in 2012"): a one-token mention.
    const bool verb = items_[v].mention < 0 ? PastVerb(Norm(v)) || PresentVerb(Norm(v))
                                            : items_[v].last == items_[v].first + 1 && PastVerb(t_[items_[v].first].norm);
    if (v < p && !verb) break;
    first_comma = k;
  }
  if (first_comma == kNone) return kNone;
  // The first phrase may be long ("has engaged with leaders around the world to spur ..."); the
  // object of a preposition in it is not the subject of the series ("met with X, fled, and led").
  size_t from = first_comma;
  for (int n = 0; n < 3; ++n) {
    const size_t s = SubjectBefore(from, labels, 24);
    // "The Gulf Cartel, which X led until 2003, founded the Zetas": the comma closes a relative clause
    // whose own subject follows its pronoun; the verb after it is the antecedent's, no series.
    if (s != kNone && object_relative != kNone && s > object_relative && Is(p - 1, ",")) return kNone;
    if (s == kNone || s == 0 || !IsAny(s - 1, "with|to|for|from|by|against|of|on|at|into|about|among")) return s;
    from = s;
  }
  return kNone;
}

size_t Clause::CoordinatedSubject(size_t i, size_t subject, std::string_view labels) const {
  size_t v = i;
  // Over a light verb before a noun trigger too: "... and maintains operations across Mexico".
  while (v > 0 && IsAny(v - 1, "has|have|had|is|are|was|were|been|a|an|its|their|also|now|still|later|then|soon|"
                               "subsequently|eventually|ultimately|finally|quickly|reportedly|allegedly|"
                               "maintains|maintain|maintained|keeps|keep|kept|holds|hold|held|runs|run|ran|since|established|built|"
                               "developed|gained|expanded|strengthened|waged|wages|wage|waging|declared|"
                               "bloody|brutal|fierce|bitter|violent|deadly|long")) {
    --v;
  }
  const uint32_t at = items_[v].first;
  const std::string_view joint = at > 0 ? std::string_view(t_[at - 1].norm) : std::string_view();
  if (v == 0 || (joint != "and" && joint != "to")) return subject;
  // "X fought against the Zetas for years and was a commander of Y": a long first phrase.
  if (subject == kNone && joint == "and") subject = SubjectBefore(v - 1, labels, 24);
  size_t k = kNone;
  if (subject == kNone || subject >= v || !PrepositionObject(subject, labels, &k)) return subject;
  // "the brother of X, who led the cartel until 2003 and was extradited": the relative clause's
  // antecedent is its subject, though a preposition's object.
  if (IsAny(subject + 1 + (Is(subject + 1, ",") ? 1 : 0), "who|which")) return subject;
  // The subject of the series the verb ends, if any, stands before that preposition. Else the
  // subject of the verb whose phrase holds the preposition ("The Sinaloa Cartel smuggles cocaine
  // into the United States and has a presence in Australia"), over further prepositional phrases
  // ("operates in Mexico and across the United States").
  const size_t series = SeriesSubject(i, labels);
  if (series != kNone && series + 1 < k) return series;
  for (size_t before = k, n = 0; before > 0 && n < 4; ++n) {
    const size_t s = SubjectBefore(before - 1, labels);
    if (s == kNone) break;
    if (!PrepositionObject(s, labels, &before)) return s;
  }
  return kNone;
}

bool Clause::BeforeActOrDate(size_t j) const {
  if (!IsAny(j, "until|after|before|since|following")) return false;
  size_t k = j + 1;
  if (IsAny(k, "the|his|her|its|their") || (mention(k) && mention(k)->anaphoric)) ++k;
  const Mention* m = mention(k);
  if (m) return m->kind == Mention::Kind::kDate || (m->kind == Mention::Kind::kEntity && EntityAs(k, "Event") >= 0);
  // "after the shootout and was arrested": a noun phrase, no verb after it.
  return k > j + 1 && PlainWord(k) && (k + 1 >= items_.size() || Break(k + 1) || IsAny(k + 1, "and|,|in|on|at|of"));
}

size_t Clause::RelativeHead(size_t subject, std::string_view labels) const {
  size_t s0 = subject;  // the relative pronoun before the subjects and their titles ("that President Bush and ...")
  for (int n = 0; s0 > 0 && n < 6 && (IsEntity(s0 - 1) || IsAny(s0 - 1, "and|,|the") ||
                                      t_[items_[s0 - 1].first].is(Token::kCapitalized));
       ++n) {
    --s0;
  }
  if (s0 < 2 || !IsAny(s0 - 1, "that|which|whom")) return kNone;
  // "A, B and C, all of which the State Department designated": the list before a quantifier's "of".
  if (s0 >= 5 && QuantifiedRelative(s0 - 3) && Is(s0 - 4, ",")) return EntityAs(s0 - 5, labels) >= 0 ? s0 - 5 : kNone;
  const size_t head = s0 >= 3 && Is(s0 - 2, ",") ? s0 - 3 : s0 - 2;
  return EntityAs(head, labels) >= 0 ? head : kNone;
}

bool Clause::QuantifiedRelative(size_t k) const {
  return IsAny(k, "all|both|each|most|some|several") && Is(k + 1, "of") && IsAny(k + 2, "which|whom");
}

bool Clause::Passive(size_t i) const {
  if (items_[i].mention < 0 && t_[items_[i].first].norm.ends_with("ing")) return false;  // "are fighting"
  // A participle followed by its agent: "a student murdered by gunmen".
  // "the organization, headed for decades by X", "led in the field by X": a few plain words (or a
  // date) may come between.
  if (Participle(t_[items_[i].first].norm)) {
    for (size_t k = i + 1; k < items_.size() && k <= i + 4; ++k) {
      if (Is(k, "by")) return true;
      const Mention* m = mention(k);
      if (m ? m->kind != Mention::Kind::kDate : !PlainWord(k)) break;  // "led in the field by X"
      if (!m && Participle(t_[items_[k].first].norm)) break;  // "added two firms owned by X": the nearer one's agent
    }
  }
  // "X, designated as an FTO in 2025,", "an organization designated as an FTO": a participle that
  // opens a reduced relative, its noun before it.
  if (Participle(t_[items_[i].first].norm) && Is(i + 1, "as") && i > 0 &&
      (Is(i - 1, ",") || (PlainWord(i - 1) && !IsAny(i - 1, "have|has|had|having|and|or|to|not|also")))) {
    return true;
  }
  // "X, captured in March 2015 in Monterrey, is ...", "X, extradited to the United States in 2007,":
  // a participle apposed to a name, its time, place or destination next (no object). Not a verb that
  // takes no object ("X, known as ..., died in 1997": the main verb).
  if (Participle(t_[items_[i].first].norm) &&
      !OneOf(t_[items_[i].first].norm, "died|fled|escaped|surrendered|arrived|returned|disappeared|vanished|resigned") &&
      i >= 2 && Is(i - 1, ",") && mention(i - 2) &&
      mention(i - 2)->kind == Mention::Kind::kEntity && i + 1 < items_.size()) {
    const Mention* next = mention(i + 1);
    if ((next && next->kind == Mention::Kind::kDate) || IsAny(i + 1, "in|on|at|near|last|to|during|earlier|outside")) {
      return true;
    }
  }
  if (i > 0 && Is(i - 1, "to")) return false;  // "is believed to lead": an infinitive
  for (size_t j = i; j-- > 0 && i - j <= 4;) {
    if (IsAny(j, kBe)) return true;
    if (j + 1 == i && Is(j, "found")) continue;  // "was found beheaded"
    if (IsAny(j, "have|has|had")) return false;  // "is believed to have succeeded X": active
    if (!IsAny(j, kAdverbs)) return false;
  }
  return false;
}

}  // namespace cg::ingest
