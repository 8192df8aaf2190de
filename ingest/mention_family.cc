// Relatives described by a kin noun ("whose younger brother", "another brother, X", "his son X", "X,
// Y's brother,": KinOfApposed, KinApposition, Relative) and siblings
// written with a given name alone, who take the family's surnames: "the Amezcua Contreras
// brothers, Jesús and Luis" are Jesús and Luis Amezcua Contreras; "his brothers Pedro and Simón"
// after Juan Medina Ruiz are Pedro and Simón Medina Ruiz; so is "his brother Arturo". Brothers
// and sisters only: a son or nephew shares one surname at most.
#include "ingest/clause.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kSiblings = "brother|brothers|sister|sisters";
// Relatives who may bear their father's (mother's) given name.
constexpr std::string_view kNamesakeKin = "son|sons|daughter|daughters|nephew|nephews|grandson|grandsons";

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
  // "Another brother, Luis", "a fourth, Ignacio": the one relative a kin description waits for, a
  // brother or sister, takes the surnames of the one whose sibling he is.
  const bool awaited = s == i && pending_kin_.name == i && pending_kin_.owner >= 0 &&
                       OneOf(pending_kin_.relation, "brother|sister");
  // The person whose relative the kin noun before t_[k] tells ("his brothers Pedro and Simón",
  // "Arturo's brother Héctor"; "his brother Arturo": the person the pronoun refers to, kept for the
  // name by Relative), or -1.
  auto owner = [&]() {
    const size_t kin = k - 1;
    if (!OneOf(t_[kin - 1].norm, "his|her") && t_[kin - 1].norm != "'s") return -1;
    const size_t owner_last = t_[kin - 1].norm == "'s" ? kin - 1 : kin;
    for (auto m = out->rbegin(); m != out->rend() && m->last >= owner_last; ++m) {
      if (m->last == owner_last && m->kind == Mention::Kind::kEntity && m->entity >= 0 &&
          table_.at(m->entity).primary == "Person") {
        return table_.Root(m->entity);
      }
    }
    return pending_kin_.name == s && pending_kin_.owner >= 0 ? table_.Root(pending_kin_.owner) : -1;
  };
  // "Guzmán's sons, Ovidio and Joaquín": a son named by the given name his father bears is not the
  // father, here ("Ramiro" no mention) nor later ("Ramiro was arrested": KeepApart).
  if (k > first + 1 && OneOf(t_[k - 1].norm, kNamesakeKin)) {
    const int father = owner();
    if (father >= 0 && table_.at(father).name.starts_with(Text(i, end) + " ")) {
      table_.KeepApart(Text(i, end), father);
      return end - i;
    }
  }
  if (k <= first + 1 || !OneOf(t_[k - 1].norm, kSiblings)) {
    return awaited ? NamedInFamily(i, end, Surnames(pending_kin_.owner), out) : 0;
  }
  const size_t kin = k - 1;
  std::string family;
  if (OneOf(t_[kin - 1].norm, "his|her") || t_[kin - 1].norm == "'s") {
    // "his brothers Pedro and Simón", "Arturo's brother Héctor": the owner's surnames.
    if (const int o = owner(); o >= 0) family = Surnames(o);
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
  if (family.empty() && awaited) family = Surnames(pending_kin_.owner);
  return NamedInFamily(i, end, family, out);
}

size_t MentionFinder::NamedInFamily(size_t i, size_t end, const std::string& family, std::vector<Mention>* out) {
  if (family.empty()) return 0;
  const int person = table_.PersonFor(Text(i, end) + " " + family, true);
  if (person < 0) return 0;
  table_.AddAlias(person, Text(i, end));
  Push(out, i, end, person);
  return end - i;
}

int MentionFinder::SiblingOwner(size_t i, size_t end, size_t last) const {
  if (end + 3 >= last || t_[end].norm != "'s") return -1;
  const size_t kin = KinNoun(end + 1, last);
  if (kin >= last || !OneOf(t_[kin].norm, "brother|sister")) return -1;
  const size_t name = kin + 1 < last && t_[kin + 1].norm == "," ? kin + 2 : kin + 1;
  const size_t name_end = CapitalRun(name, last);
  if (name_end < name + 3) return -1;  // a given name and two surnames
  const std::string sibling = " " + Text(name, name_end), surname = Text(i, end) + " ";
  const std::vector<LocalEntity>& entities = table_.graph().entities;
  int found = -1;
  for (int p = 0; p < static_cast<int>(entities.size()); ++p) {
    if (table_.Root(p) != p || entities[p].primary != "Person") continue;
    const std::string surnames = Surnames(p);
    if (surnames.find(' ') == std::string::npos || !surnames.starts_with(surname) ||
        !sibling.ends_with(" " + surnames)) {
      continue;
    }
    if (found >= 0) return -1;
    found = p;
  }
  return found;
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

void MentionFinder::OrdinalRelative(size_t i, size_t first, size_t last) {
  if (i + 3 >= last || !OneOf(t_[i].norm, "a|the") ||
      !OneOf(t_[i + 1].norm, "second|third|fourth|fifth|sixth") || t_[i + 2].norm != "," ||
      !t_[i + 3].is(Token::kCapitalized) || !t_[i + 3].word() || last_kin_.owner < 0 ||
      table_.sentence() > last_kin_.sentence + (i == first ? 2 : 0) || (i > first && pending_kin_.name != SIZE_MAX)) {
    return;
  }
  pending_kin_ = PendingKin{last_kin_.owner, last_kin_.relation, i + 3, "", false};
}

void MentionFinder::KinOfApposed(const Mention& owner, size_t j, size_t last) {
  if (j + 1 >= last || t_[j].norm != "," || !t_[j + 1].is(Token::kCapitalized) || owner.first < 3 ||
      t_[owner.first - 1].norm != "of") {
    return;
  }
  for (size_t k = owner.first - 2; k + 4 > owner.first && k > 0; --k) {
    for (const LexMatch& m : lex_.MatchAt(t_, k, owner.first - 1, "kin")) {
      if (k + m.length != owner.first - 1 || !OneOf(t_[k - 1].norm, "the|a")) continue;
      pending_kin_ = PendingKin{owner.entity, std::string(m.entry->attr("relation")), j + 1, Text(k - 1, owner.last)};
      return;
    }
  }
}

// "X, Y's brother, was arrested", "X, his brother, was arrested", "X is Y's brother": the
// apposition (or the copula's complement) describes the person named before it, X, as the relative
// of Y, the last mention in `out` (a possessive's owner ending at token j, or a possessive pronoun;
// the kin words ending before `end`). It must follow X's name right after its comma or copula and
// close (a comma, a dash, a parenthesis; after a copula also "and") or end the sentence; X must not
// be Y, nor a member of a list.
bool MentionFinder::KinApposition(const std::vector<Mention>& out, size_t j, size_t end, size_t last,
                                  const LexEntry* kin) {
  if (out.size() < 2 || end > last) return false;
  const Mention& owner = out.back();
  const Mention& named = out[out.size() - 2];
  if (owner.first < 2 || !OneOf(t_[owner.first - 1].norm, ",|is|was") || j != owner.last ||
      named.kind != Mention::Kind::kEntity || named.entity < 0) {
    return false;
  }
  // A copula's complement may go on with a second predicate ("X is Y's wife and kept the books").
  const bool copula = t_[owner.first - 1].norm != ",";
  // "His sister, X, is Y's wife": the copula after the name's own apposition closes.
  const bool closed = copula && t_[owner.first - 2].norm == "," && named.first > 0 && t_[named.first - 1].norm == ",";
  if (named.last + (closed ? 2 : 1) != owner.first) return false;
  if (end < last && !OneOf(t_[end].norm, copula ? ",|.|;|--|)|and" : ",|.|;|--|)")) return false;
  // "A, B, C's son, and D": a list whose member the description may be, not an apposition.
  if (end + 1 < last && t_[end].norm == "," && OneOf(t_[end + 1].norm, "and|or")) return false;
  if (out.size() >= 3 && named.first > 0 && t_[named.first - 1].norm == "," &&
      out[out.size() - 3].last + 1 == named.first) {
    return false;
  }
  const int person = table_.Root(named.entity);
  if (table_.at(person).primary != "Person" || person == table_.Root(owner.entity)) return false;
  table_.AddRelation("RELATIVE_OF", person, table_.Root(owner.entity),
                     {{"relation", Value(std::string(kin->attr("relation")))}},
                     copula ? "kin.copula" : "kin.apposition", 0.85f);
  return true;
}

// A relative described after a person ("X's brother", "his son", t_[.., end)):
//   named right after it ("his brother, Omar Treviño", "X's son Juan", "X's uncle is Y"): that
//     person is the relative, RELATIVE_OF when the name is read (Push);
//   the subject of a clause ("El Mencho's son was sentenced") or the owner
//     of an event ("his brother's arrest"): a described person with
//     RELATIVE_OF, returned; once such a person exists, every later
//     description of the same words is that person;
//   otherwise no entity: -1.
int MentionFinder::Relative(int owner, const LexEntry* kin, const std::string& surface, size_t end, size_t last,
                            const char* rule, float confidence) {
  const std::string relation(kin->attr("relation"));
  // "his brother, Omar", "X's son Juan", "X's uncle is Y".
  size_t name = end < last && OneOf(t_[end].norm, ",|is|was|-|--|—|–") ? end + 1 : end;
  // "his brother, the cartel's longtime boss Osiel Cárdenas", "His brother, former Honduran
  // congressman X": over a description that ends in a title (a nationality may be in it).
  if (name < last && name > end && t_[end].norm == "," &&
      (t_[name].norm == "the" || (t_[name].word() && !t_[name].is(Token::kCapitalized)))) {
    size_t k = name + (t_[name].norm == "the" ? 1 : 0);
    while (k < last && k < name + 7 &&
           ((t_[k].word() && !t_[k].is(Token::kCapitalized) && !OneOf(t_[k].norm, "of|and|or|who|which|that|was|is")) ||
            t_[k].norm == "'s" || (k > name && !lex_.MatchAt(t_, k, k + 1, "demonym").empty()))) {
      ++k;
    }
    if (k > name + 1 && k < last && t_[k].is(Token::kCapitalized)) name = k;
  }
  if (name < last && t_[name].is(Token::kCapitalized) && t_[name].word()) {
    const std::string_view gender = kin->attr("gender");
    pending_kin_ = PendingKin{owner, relation, name, surface, std::string_view(rule) == "kin.pronoun",
                              gender.empty() ? '\0' : gender[0]};
    return -1;
  }
  // "His brother Omar took over ... after his brother's arrest": the one relative of that kind named.
  // "X, Y's father-in-law ... after his son-in-law's arrest": Y, the relative stated the other way.
  if (const int known = table_.KnownRelative(owner, relation, kin->attr("inverse")); known >= 0) return known;
  // "his brother's arrest": facts attached through a possessive event.
  const bool event = end + 1 < last && t_[end].norm == "'s" && !lex_.MatchAt(t_, end + 1, last, "event").empty();
  // "El Mencho's son was sentenced": the subject of an event's clause.
  bool subject = StartsClause(end);
  bool reported = false;
  for (size_t k = end; subject && k < last && k < end + 6; ++k) reported |= !lex_.MatchAt(t_, k, last, "event").empty();
  // "El Mencho's son -- the natural heir --" after an event made "El Mencho's son" a node: that person.
  if (const int known = table_.FindAlias(surface); known >= 0 && table_.at(known).primary == "Person") return known;
  if (!(subject && reported) && !event) return -1;
  const int rel = table_.ByName("Person", "", surface);
  table_.at(rel).mentioned = true;
  table_.AddPerson(rel);
  table_.AddRelation("RELATIVE_OF", rel, owner, {{"relation", Value(relation)}}, rule, confidence);
  return rel;
}

// t_[k] opens a predicate: "was", "is", "has", "had", "will", ...
bool MentionFinder::StartsClause(size_t k) const {
  if (k >= t_.size()) return false;
  const std::string& n = t_[k].norm;
  return n == "was" || n == "is" || n == "has" || n == "had" || n == "will" || n == "would" || n == "were" ||
         n == "remains" || n == "faces" || n == "took" || n == "became";
}

}  // namespace cg::ingest
