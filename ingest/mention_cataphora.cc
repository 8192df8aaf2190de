// Pronouns that refer forward (see mention_finder.h Cataphora).
#include "ingest/clause.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

void MentionFinder::Cataphora(const Sentence& s, std::vector<Mention>* out) {
  auto person = [&](const Mention& m) {
    return m.kind == Mention::Kind::kEntity && m.entity >= 0 && table_.at(m.entity).primary == "Person";
  };
  Mention* pronoun = nullptr;
  for (Mention& m : *out) {
    if (!person(m)) continue;
    if (!m.anaphoric) return;  // a person named before any pronoun: nothing refers forward
    if (m.last == m.first + 1 && OneOf(t_[m.first].norm, "his|her")) {
      pronoun = &m;
      break;
    }
    return;
  }
  if (!pronoun || pronoun->last >= s.last_token) return;
  // The phrase that holds it opens the sentence or follows a comma ("According to the indictment,
  // from 1989 until his arrest ...") with a preposition or a subordinating word.
  size_t open = pronoun->first;
  while (open > s.first_token && t_[open - 1].norm != ",") --open;
  if (!OneOf(t_[open].norm, "after|before|until|since|following|upon|from|despite|during|like|when|while|as|in")) return;
  // "After his brother's arrest, X ...": a relative the pronoun names is read as such already.
  if (!lex_.MatchAt(t_, pronoun->last, s.last_token, "kin").empty()) return;
  // The subject of the main clause: the first person named after the pronoun, not a complement
  // ("of X", "by X") nor a possessor, followed by a word in lower case (its verb).
  for (const Mention& m : *out) {
    if (m.first <= pronoun->first || !person(m)) continue;
    if (m.anaphoric || OneOf(t_[m.first - 1].norm, "of|by|with|and|for|to|against|'s") || m.last >= s.last_token ||
        !t_[m.last].word() || t_[m.last].is(Token::kCapitalized) || OneOf(t_[m.last].norm, "'s|of|and|who")) {
      return;
    }
    const char gender = t_[pronoun->first].norm == "his" ? 'm' : 'f';
    if (table_.at(m.entity).gender && table_.at(m.entity).gender != gender) return;
    pronoun->entity = table_.Root(m.entity);
    return;
  }
}

}  // namespace cg::ingest
