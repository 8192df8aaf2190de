// Relatives described by a kin noun ("whose younger brother", "another brother, X") and siblings
// written with a given name alone, who take the family's surnames: "the Amezcua Contreras
// brothers, Jesús and Luis" are Jesús and Luis Amezcua Contreras; "his brothers Pedro and Simón"
// after Juan Medina Ruiz are Pedro and Simón Medina Ruiz; so is "his brother Arturo". Brothers
// and sisters only: a son or nephew shares one surname at most.
#include "ingest/clause.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kSiblings = "brother|brothers|sister|sisters";

}  // namespace

size_t MentionFinder::GivenEnd(size_t k, size_t first, size_t last) const {
  if (k < first || k >= last || (k > first && t_[k - 1].is(Token::kCapitalized))) return k;
  const size_t end = CapitalRun(k, last);
  if (end == k || end > k + 2) return k;
  for (size_t j = k; j < end; ++j) {
    if (!lex_.InList("given", t_[j])) return k;
  }
  return end;
}

std::string MentionFinder::Surnames(int person) const {
  const std::string& name = table_.at(person).name;
  const std::vector<Token> words = Tokenize(name, 0, name.size());
  size_t k = 0;
  while (k < words.size() && words[k].is(Token::kCapitalized) && lex_.InList("given", words[k])) ++k;
  if (k == 0 || k == words.size()) return "";  // "El Chapo", "Treviño", "Arturo"
  for (size_t j = k; j < words.size(); ++j) {
    if (!words[j].word() || !words[j].is(Token::kCapitalized)) return "";  // "José de Jesús ...", "X's"
  }
  return name.substr(words[k].begin);
}

size_t MentionFinder::FamilyMember(size_t i, size_t first, size_t last, std::vector<Mention>* out) {
  const size_t end = GivenEnd(i, first, last);
  if (end == i) return 0;
  // Back over the members listed before this one: "Jesús and Luis", "Ramón, Benjamín and Eduardo".
  size_t s = i;
  while (s >= first + 2) {
    size_t p = s - 1;
    if (t_[p].norm != "and" && t_[p].norm != ",") break;
    if (t_[p].norm == "and" && p > first && t_[p - 1].norm == ",") --p;
    if (p >= first + 2 && GivenEnd(p - 2, first, last) == p) {
      s = p - 2;
    } else if (p >= first + 1 && GivenEnd(p - 1, first, last) == p) {
      s = p - 1;
    } else {
      break;
    }
  }
  size_t k = s;
  if (k > first && t_[k - 1].norm == ",") --k;
  if (k <= first + 1 || !OneOf(t_[k - 1].norm, kSiblings)) return 0;
  const size_t kin = k - 1;
  std::string family;
  if (OneOf(t_[kin - 1].norm, "his|her") || t_[kin - 1].norm == "'s") {
    // "his brothers Pedro and Simón", "Arturo's brother Héctor": the owner's surnames.
    const size_t owner_last = t_[kin - 1].norm == "'s" ? kin - 1 : kin;
    for (auto m = out->rbegin(); m != out->rend() && family.empty(); ++m) {
      if (m->last == owner_last && m->kind == Mention::Kind::kEntity && m->entity >= 0 &&
          table_.at(m->entity).primary == "Person") {
        family = Surnames(m->entity);
      }
      if (m->last < owner_last) break;
    }
    // "his brother Arturo": the person the pronoun refers to, kept for the name (Relative).
    if (family.empty() && pending_kin_.name == s && pending_kin_.owner >= 0) family = Surnames(pending_kin_.owner);
  } else if (OneOf(t_[kin].norm, "brothers|sisters")) {
    // "the Amezcua Contreras brothers, Jesús and Luis": one to three capitalized words after "the".
    size_t f = kin;
    while (f > first && kin - f < 3 && t_[f - 1].is(Token::kCapitalized) && t_[f - 1].word() && t_[f - 1].norm != "the") --f;
    if (f == kin || f == first || t_[f - 1].norm != "the" || lex_.InList("given", t_[f]) ||
        !lex_.MatchAt(t_, f, kin, "entity").empty()) {
      return 0;
    }
    family = Text(f, kin);
  }
  if (family.empty()) return 0;
  const int person = table_.PersonFor(Text(i, end) + " " + family, true);
  if (person < 0) return 0;
  table_.AddAlias(person, Text(i, end));
  Push(out, i, end, person);
  return end - i;
}

size_t MentionFinder::KinNoun(size_t k, size_t last) const {
  constexpr std::string_view kAges = "younger|older|elder|eldest|youngest|oldest|twin|late|only|little|big|baby|"
                                     "estranged|second|third|fourth|fifth|teenage|teenaged|adult|infant|own|two|three|four";
  for (int n = 0; n < 2 && k + 1 < last; ++n) {
    if (OneOf(t_[k].norm, kAges)) {
      ++k;
    } else if (k + 5 < last && t_[k].is(Token::kNumber) && t_[k + 1].norm == "-" && OneOf(t_[k + 2].norm, "year|month") &&
               t_[k + 3].norm == "-" && t_[k + 4].norm == "old") {
      k += 5;  // "his 21-year-old son"
    } else {
      break;
    }
  }
  return k;
}

size_t MentionFinder::WhoseRelative(size_t i, size_t last, std::vector<Mention>* out) {
  if (t_[i].norm != "whose" || i < 2 || t_[i - 1].norm != "," || out->empty()) return 0;
  const Mention& before = out->back();
  if (before.kind != Mention::Kind::kEntity || before.entity < 0 || before.last + 1 != i ||
      table_.at(before.entity).primary != "Person") {
    return 0;
  }
  const size_t noun = KinNoun(i + 1, last);  // "whose younger brother"
  const std::vector<LexMatch> kin = lex_.MatchAt(t_, noun, last, "kin");
  if (kin.empty()) return 0;
  const size_t end = noun + kin[0].length;
  const int owner = table_.Root(before.entity);
  const std::string surface = table_.at(owner).name + "'s " + Text(i + 1, end);
  // Named right after ("whose brother Benjamín"): that person, when the name is read; else a
  // described relative the clause reports on ("whose son was killed"), or none.
  if (const int rel = Relative(owner, kin[0].entry, surface, end, last, "kin.whose", 0.8f); rel >= 0) {
    Push(out, i, end, rel);
  }
  return end - i;
}

size_t MentionFinder::AnotherRelative(const LexEntry* kin, size_t i, size_t len, size_t first, size_t last) {
  size_t a = i;
  for (int n = 0; n < 2 && a > first && KinNoun(a - 1, last) == a; ++n) --a;  // back over "younger", "third"
  if (a == first || !OneOf(t_[a - 1].norm, "another|a|an") || last_kin_.owner < 0 ||
      last_kin_.relation != kin->attr("relation") || table_.sentence() > last_kin_.sentence + 5) {
    return 0;
  }
  const size_t end = i + len;
  if (end + 1 < last && t_[end].norm == "," && t_[end + 1].is(Token::kCapitalized) && t_[end + 1].word()) {
    pending_kin_ = PendingKin{last_kin_.owner, last_kin_.relation, end + 1, "", false};
  }
  return 0;
}

void MentionFinder::OrdinalRelative(size_t first, size_t last) {
  if (first + 3 >= last || !OneOf(t_[first].norm, "a|the") ||
      !OneOf(t_[first + 1].norm, "second|third|fourth|fifth|sixth") || t_[first + 2].norm != "," ||
      !t_[first + 3].is(Token::kCapitalized) || !t_[first + 3].word() || last_kin_.owner < 0 ||
      table_.sentence() > last_kin_.sentence + 2) {
    return;
  }
  pending_kin_ = PendingKin{last_kin_.owner, last_kin_.relation, first + 3, "", false};
}

}  // namespace cg::ingest
