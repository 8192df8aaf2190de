// A sibling written with a given name alone takes the family's surnames: "the Amezcua Contreras
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
    if (!lex_.InList("given", t_[j].norm)) return k;
  }
  return end;
}

std::string MentionFinder::Surnames(int person) const {
  const std::string& name = table_.at(person).name;
  const std::vector<Token> words = Tokenize(name, 0, name.size());
  size_t k = 0;
  while (k < words.size() && words[k].is(Token::kCapitalized) && lex_.InList("given", words[k].norm)) ++k;
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
    if (f == kin || f == first || t_[f - 1].norm != "the" || lex_.InList("given", t_[f].norm) ||
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

}  // namespace cg::ingest
