// Groups named by the words before their names: "a faction known as X", "which calls itself X"
// (see mention_finder.h).
#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

size_t MentionFinder::GroupNamed(size_t i, size_t end, size_t first, std::vector<Mention>* out) {
  constexpr std::string_view kGroupNouns =
      "wing|faction|cell|gang|group|arm|unit|offshoot|splinter|militia|loyalists|followers|guard";
  size_t k = alias_cue_at_;
  if (k > first && t_[k - 1].norm == ",") --k;
  // "a cell of the Sinaloa Cartel known as X": the group noun before the cartel it belongs to.
  int parent = -1;
  if (!out->empty() && out->back().kind == Mention::Kind::kEntity && out->back().last == k &&
      table_.at(out->back().entity).refining == "Cartel") {
    size_t of = out->back().first;
    if (of > first && t_[of - 1].norm == "the") --of;
    if (of > first + 1 && t_[of - 1].norm == "of" && OneOf(t_[of - 2].norm, kGroupNouns)) {
      parent = table_.Root(out->back().entity);
      k = of - 1;
    }
  }
  if (k <= first || !OneOf(t_[k - 1].norm, kGroupNouns)) return 0;
  const int group = table_.ByName("Organization", "Cartel", Text(i, end));
  if (parent >= 0) table_.AddRelation("PART_OF", group, parent, {}, "name.group_known_as", 0.75f);
  // "The Sinaloa Cartel's armed wing, known as X", "the Zetas' Monterrey cell, known as X": part of
  // the possessor (over a place that says where the part is).
  size_t p = k - 1;
  while (p > first && p + 3 >= k && t_[p - 1].norm != "'s") --p;
  size_t owner = out->size();
  if (owner > 0 && out->back().kind == Mention::Kind::kEntity && out->back().first >= p &&
      OneOf(table_.at(out->back().entity).refining, "City|State")) {
    --owner;
  }
  if (p > first && t_[p - 1].norm == "'s" && owner > 0 && (*out)[owner - 1].kind == Mention::Kind::kEntity &&
      (*out)[owner - 1].last + 1 == p && table_.at((*out)[owner - 1].entity).refining == "Cartel") {
    table_.AddRelation("PART_OF", group, table_.Root((*out)[owner - 1].entity), {}, "name.group_known_as", 0.75f);
  }
  Push(out, i, end, group);
  return end - i;
}

size_t MentionFinder::ClassNamed(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out) {
  if (end - i > 4 || i < first + 2 || lex_.InList("given", t_[i])) return 0;
  // Back over the names listed before this one ("gangs A, B and C"), to the noun that opens the list.
  size_t k = i;
  bool listed = false;
  for (size_t n = out->size(); n-- > 0 && k > first + 1 && OneOf(t_[k - 1].norm, ",|and");) {
    size_t before = k - 1;
    if (before > first && t_[before].norm == "and" && t_[before - 1].norm == ",") --before;
    const Mention& m = (*out)[n];
    if (m.kind != Mention::Kind::kEntity || m.last != before || table_.at(m.entity).refining != "Cartel") break;
    k = m.first;
    listed = true;
  }
  if (k < first + 2 || t_[k - 1].is(Token::kCapitalized)) return 0;
  const std::string_view noun = t_[k - 1].norm;
  if (!(OneOf(noun, "gangs|cartels|militias|factions") || (!listed && OneOf(noun, "gang|cartel|militia|faction")))) return 0;
  // (the noun heads its phrase: "the gang", "Haitian gangs", "rival cartels"; not "a gang member")
  const Token& det = t_[k - 2];
  if (!det.word() || (!det.is(Token::kCapitalized) && !OneOf(det.norm, "the|a|rival|criminal|armed|powerful|two|three|street"))) {
    return 0;
  }
  // "The cartel Guzmán founded grew": a name before a verb of a singular noun may be the subject of a
  // clause that describes the noun; the name stands alone, or before a copula or a clause's opener.
  if (!listed && OneOf(noun, "gang|cartel|militia|faction") && end < last && t_[end].word() &&
      !t_[end].is(Token::kCapitalized) && !OneOf(t_[end].norm, "and|or|which|that|of|in|is|was|has|had")) {
    return 0;
  }
  Push(out, i, end, table_.ByName("Organization", "Cartel", Text(i, end)));
  return end - i;
}

size_t MentionFinder::SelfNamed(size_t i, size_t end, size_t first, std::vector<Mention>* out) {
  // "The other, which calls itself La Resistencia,", "a new group calling itself Los Viagras", "gangs
  // that call themselves X": a name a body gives itself is a group's (a criminal group's unless the
  // words before say vigilantes or a community's own police), never a person's.
  if (i < first + 2 || end - i > 5 || !OneOf(t_[i - 1].norm, "itself|themselves") ||
      !OneOf(t_[i - 2].norm, "calls|call|calling|called|names|named|naming|styles|styled|styling|dubs|dubbed")) {
    return 0;
  }
  bool vigilantes = false;
  for (size_t k = i - 2; k-- > first && k + 8 > i;) {
    vigilantes |= OneOf(t_[k].norm, "vigilante|vigilantes|self-defense|autodefensas|community|civilian|civilians");
  }
  Push(out, i, end, table_.ByName("Organization", vigilantes ? "" : "Cartel", Text(i, end)));
  return end - i;
}

}  // namespace cg::ingest
