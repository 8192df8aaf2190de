// Nicknames beside a person's name: apposed in quotes ('X, "El Coss,"'), after a cue ('X, a Zetas
// leader known as "El Piolín"'), inside the name (Ismael "El Mayo" Zambada) and before it
// ("El Güero" Rafael Maldonado). See mention_finder.h.
#include <algorithm>
#include <cctype>

#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"

namespace cg::ingest {

bool MentionFinder::ApposedNickname(size_t i, size_t first, size_t last, const std::vector<Mention>& out) const {
  if (i < first + 3 || t_[i - 1].norm != "\"" || t_[i - 2].norm != "," || out.empty()) return false;
  const Mention& m = out.back();
  if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.last != i - 2 || table_.at(m.entity).primary != "Person") {
    return false;
  }
  size_t close = i;
  while (close < last && close <= i + 4 && t_[close].norm != "\"") ++close;
  if (close >= last || t_[close].norm != "\"") return false;
  // The quotation ends the apposition: '"El Coss,"' or '"El Coss",'; up to three capitalized words.
  const bool comma_in = t_[close - 1].norm == ",", comma_out = close + 1 < last && t_[close + 1].norm == ",";
  const size_t words_end = comma_in ? close - 1 : close;
  if (!(comma_in || comma_out) || words_end == i || words_end > i + 3) return false;
  for (size_t k = i; k < words_end; ++k) {
    if (!t_[k].word() || (!t_[k].is(Token::kCapitalized) && !(k == i && OneOf(t_[k].norm, "el|la|los|las")))) return false;
  }
  return !lex_.InList("notname", t_[i]) || OneOf(t_[i].norm, "el|la|los|las|the");
}

bool MentionFinder::ApposedCue(const Mention& m, const std::vector<Mention>& out) const {
  if (m.kind != Mention::Kind::kEntity || m.entity < 0 || table_.at(m.entity).primary != "Person") return false;
  if (alias_cue_at_ == SIZE_MAX || alias_cue_at_ < m.last + 3 || alias_cue_at_ > m.last + 7) return false;
  if (t_[m.last].norm != ",") return false;
  // 'X, who is also known as "Y"': a relative clause that names.
  if (t_[m.last + 1].norm == "who") {
    size_t k = m.last + 2;
    if (OneOf(t_[k].norm, "is|was|has|had")) ++k;
    while (k < alias_cue_at_ && OneOf(t_[k].norm, "also|better|widely|commonly|popularly|locally|long|been")) ++k;
    return k == alias_cue_at_;
  }
  const std::string& det = t_[m.last + 1].norm;
  if (det != "a" && det != "an" && det != "the") return false;
  // (a name other than a person's may qualify the role: 'X, a Zetas leader known as "El Piolín"',
  // 'X, the U.S.-born trafficker known as "La Barbie"')
  const auto in_group = [&](size_t k) {
    return std::any_of(out.begin(), out.end(), [&](const Mention& g) {
      return g.first <= k && k < g.last && g.entity >= 0 &&
             (g.kind == Mention::Kind::kDemonym ||
              (g.kind == Mention::Kind::kEntity && table_.at(g.entity).primary != "Person"));
    });
  };
  for (size_t k = m.last + 2; k < alias_cue_at_; ++k) {
    if (t_[k].norm == "-") continue;  // "U.S.-born"
    if (!t_[k].word() || (t_[k].is(Token::kCapitalized) && !in_group(k))) return false;
  }
  return true;
}

// Ismael "El Mayo" Zambada, Nestor Isidro "El Nini" Perez Salas: given names
// t_[i, end), a quoted nickname, surnames. Returns the tokens used.
size_t MentionFinder::QuotedNickname(size_t i, size_t end, size_t last, std::vector<Mention>* out) {
  if (end > i + 3 || !lex_.InList("given", t_[i]) || end + 1 >= last || t_[end].norm != "\"") return 0;
  size_t close = end + 1;
  while (close < last && close <= end + 4 && t_[close].norm != "\"") ++close;
  if (close >= last || t_[close].norm != "\"" || close == end + 1) return 0;
  const size_t surname_end = CapitalRun(close + 1, last);
  if (surname_end == close + 1 || surname_end - close > 4) return 0;
  const int person = table_.PersonFor(Text(i, end) + " " + Text(close + 1, surname_end), true);
  if (person < 0) return 0;
  // A headline's 'El Mayo Zambada' (the nickname and the first surname) or 'El Chapo' (the nickname
  // alone) is the person the body names in full.
  for (const std::string& named : {Text(end + 1, close) + " " + Text(close + 1, close + 2), Text(end + 1, close)}) {
    if (const int headline = table_.FindAlias(named);
        headline >= 0 && table_.Root(headline) != table_.Root(person) && table_.at(headline).primary == "Person") {
      MergeEntities(&table_.graph(), headline, person);
    }
  }
  table_.AddAlias(person, Text(end + 1, close));
  table_.AddAlias(person, Text(i, surname_end));
  Push(out, i, surname_end, person);
  AfterEntity(surname_end, last, out);
  return surname_end - i;
}

// "\"El Güero\" Rafael Maldonado": a quoted nickname, then the person's name (a given
// name and a surname or two), is that person.
size_t MentionFinder::NicknameFirst(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out) {
  if (i == first || t_[i - 1].norm != "\"" || end + 1 >= last || t_[end].norm != "\"" || end - i > 3) return 0;
  const size_t name_end = CapitalRun(end + 1, last);
  if (name_end < end + 3 || name_end - end > 5 || !lex_.InList("given", t_[end + 1])) return 0;
  if (!lex_.MatchAt(t_, end + 1, last, "entity").empty()) return 0;
  const int person = table_.PersonFor(Text(end + 1, name_end), true);
  if (person < 0) return 0;
  std::string nickname = Text(i, end);
  nickname[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(nickname[0])));  // "el Güero"
  table_.AddAlias(person, nickname);
  Push(out, i, name_end, person);
  AfterEntity(name_end, last, out);
  return name_end - i;
}

}  // namespace cg::ingest
