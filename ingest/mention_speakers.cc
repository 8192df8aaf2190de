// Who a pronoun of a report is: the speaker of a quotation that holds it (QuoteSpeaker), and the
// subject of "X said he ..." when X speaks for a body about a criminal group's man (ReportedSubject).
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/mention_finder.h"
#include "schema/normalize.h"

namespace cg::ingest {

int MentionFinder::ReportedSubject(size_t i, size_t last, const Mention& said, char gender) const {
  const int speaker = table_.Root(said.entity);
  // A speaker for a body: an officer of one by the article so far, an office's title ("Attorney
  // General X"), or a name the article gave a spokesman's or prosecutor's title ("Army spokesman X").
  bool body = ServesBody(table_.graph(), speaker);
  const std::vector<std::string> name = NameNorms(table_.at(speaker).name);
  for (size_t k = 1; k + name.size() <= said.last && !body && !name.empty(); ++k) {
    bool named = true;
    for (size_t n = 0; n < name.size() && named; ++n) named = t_[k + n].norm == name[n];
    body = named && OneOf(t_[k - 1].norm, "spokesman|spokeswoman|spokesperson|prosecutor");
  }
  if (!body) return speaker;
  // The report's own clause (to its end or the next comma) ascribes a criminal group's work: the
  // group's possessive or "for" it ("directed the cartel's operations", "ran the Zetas' cell in X",
  // "laundered money for the gang"; not "ordered an investigation of the cartel").
  bool group = false;
  for (size_t k = i + 1; k < last && !group && !OneOf(t_[k].norm, ",|;|\"|“|”"); ++k) {
    const std::vector<LexMatch> named = lex_.MatchAt(t_, k, last, "entity");
    size_t end = OneOf(t_[k].norm, "cartel|gang|organization|syndicate|group") ? k + 1 : k;
    for (const LexMatch& m : named) end = m.entry->refining == "Cartel" ? std::max(end, k + m.length) : end;
    size_t open = k;
    while (open > i + 1 && OneOf(t_[open - 1].norm, "the|a|drug|criminal")) --open;
    group = end > k && ((end < last && OneOf(t_[end].norm, "'s|'|’s|’")) || t_[open - 1].norm == "for");
  }
  if (!group) return speaker;
  // The last person the article made one of a criminal group, else the last one it named who holds
  // no office (of the pronoun's gender).
  int member = table_.LastGroupPerson(speaker);
  if (member < 0) member = table_.LastPersonOf(gender, speaker);
  if (member < 0 || table_.at(member).official) return speaker;
  const char of = table_.at(member).gender;
  return !of || !gender || of == gender ? member : speaker;
}

bool MentionFinder::QuoteSpeaker(size_t i, size_t first, size_t last, int person) const {
  size_t quotes = 0;
  for (size_t k = first; k < i; ++k) quotes += OneOf(t_[k].norm, "\"|“|”") ? 1 : 0;
  size_t close = i + 1;
  while (close < last && !OneOf(t_[close].norm, "\"|“|”")) ++close;
  if (close >= last) return false;
  // Inside a quotation: an odd number of quotation marks before, or the sentence opens inside one
  // (the next mark closes it after punctuation: 'already," X said').
  if (quotes % 2 == 0 && !(quotes == 0 && close > i + 1 && OneOf(t_[close - 1].norm, ",|.|?|!"))) return false;
  // ', X said' or 'said X' right after the quotation: one of X's surnames among the next tokens.
  const std::vector<std::string> name = NameNorms(table_.at(person).name);
  if (name.size() < 2) return false;
  bool said = false, named = false;
  for (size_t k = close + 1; k < last && k <= close + 7; ++k) {
    said |= OneOf(t_[k].norm, "said|says|told|added|asked|explained|noted");
    named |= std::find(name.begin() + 1, name.end(), t_[k].norm) != name.end();
  }
  return said && named;
}
}  // namespace cg::ingest
