#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "schema/normalize.h"

namespace cg::ingest {

// A capitalized run the lexicon did not name. Returns the tokens used.
size_t MentionFinder::Capitalized(size_t i, size_t last, bool alias_cue, std::vector<Mention>* out) {
  // Words that never open a name, at a sentence start ("The", "By", "In").
  if (lex_.InList("notname", t_[i].norm) && !alias_cue) return 0;
  size_t end = CapitalRun(i, last);
  // Stop before a lexicon entity inside the run ("Jalisco Governor ..."), unless the
  // run ends with an organization's name: "La Nueva Familia Michoacana" is a new
  // organization of the same kind.
  for (size_t k = i + 1; k < end; ++k) {
    bool stop = false;
    for (const LexMatch& m : lex_.MatchAt(t_, k, last)) {
      if (m.entry->kind == "entity" && m.entry->primary == "Organization" && k + m.length == end &&
          !lex_.InList("given", t_[i].norm)) {
        const int org = table_.ByName("Organization", m.entry->refining, Text(i, end));
        Push(out, i, end, org);
        return end - i;
      }
      stop |= m.entry->kind == "entity" || m.entry->kind == "title";
    }
    if (stop) {
      end = k;
      break;
    }
  }
  if (end == i) return 0;
  const std::string surface = Text(i, end);
  // "X administration": a government, and X a person who leads it.
  if (end < last && t_[end].norm == "administration" && end - i <= 3) {
    const int person = table_.PersonFor(surface, true);
    const int gov = table_.ByName("Organization", "Government", surface + " administration");
    if (person >= 0) {
      table_.AddRelation("LEADS", person, gov, {}, "title.administration", 0.9f);
      table_.graph().entities[table_.Root(person)].mentioned = true;  // a modifier here, not the one "he" refers to
    }
    Push(out, i, end + 1, gov);
    return end + 1 - i;
  }
  // Article aliases: acronyms defined earlier, known surnames.
  if (const int known = table_.FindAlias(surface); known >= 0) {
    Push(out, i, end, known);
    AfterEntity(end, last, out);
    return end - i;
  }
  // Organization heads: "... Cartel", "... Task Force", "... Inc.", "Valencia drug family".
  for (size_t k = i + 1; k <= end; ++k) {
    const std::vector<LexMatch> heads = lex_.MatchAt(t_, k == end ? end : k, last, "orghead");
    if (k < end && !heads.empty() && k + heads[0].length == end) {
      return OrgFromHead(heads[0].entry, i, end, out);
    }
    if (k == end && end < last && !heads.empty() && !t_[end].is(Token::kCapitalized)) {
      return OrgFromHead(heads[0].entry, i, end + heads[0].length, out);
    }
  }
  // "X, Jalisco": a town of a known state.
  if (end + 1 < last && t_[end].norm == ",") {
    for (const LexMatch& m : lex_.MatchAt(t_, end + 1, last, "entity")) {
      if (m.entry->refining == "State" && !lex_.InList("given", t_[i].norm)) {
        const int city = table_.ByName("Place", "City", surface);
        Push(out, i, end, city);
        return end - i;
      }
    }
  }
  // Ismael "El Mayo" Zambada: a given name, a quoted nickname, a surname.
  if (end == i + 1 && lex_.InList("given", t_[i].norm) && end + 1 < last && t_[end].norm == "\"") {
    size_t close = end + 1;
    while (close < last && close <= end + 4 && t_[close].norm != "\"") ++close;
    if (close < last && t_[close].norm == "\"" && close > end + 1) {
      const size_t surname_end = CapitalRun(close + 1, last);
      if (surname_end > close + 1 && surname_end - close <= 4) {
        const int person = table_.PersonFor(Text(i, i + 1) + " " + Text(close + 1, surname_end), true);
        if (person >= 0) {
          table_.AddAlias(person, Text(end + 1, close));
          table_.AddAlias(person, Text(i, surname_end));
          Push(out, i, surname_end, person);
          AfterEntity(surname_end, last, out);
          return surname_end - i;
        }
      }
    }
  }
  const bool nickname = (t_[i].norm == "el" || t_[i].norm == "la") && end - i == 2;
  const bool given = lex_.InList("given", t_[i].norm) && end - i >= 2;
  const bool known = options_.known_label && options_.known_label(surface) == "Person";
  if (nickname || given || known || (alias_cue && end - i <= 3)) {
    if (end - i > 5) return 0;
    const int person = table_.PersonFor(surface, true);
    if (person < 0) return 0;
    if (alias_cue && !out->empty() && out->back().kind == Mention::Kind::kEntity &&
        table_.graph().entities[out->back().entity].primary == "Person" && out->back().entity != person) {
      MergeEntities(&table_.graph(), person, out->back().entity);
    }
    Push(out, i, end, person);
    AfterEntity(end, last, out);
    return end - i;
  }
  // A surname (or a name) of a person of this article.
  if (end - i <= 2) {
    const int person = table_.PersonFor(surface, false);
    if (person >= 0) {
      Push(out, i, end, person);
      AfterEntity(end, last, out);
      return end - i;
    }
  }
  return 0;
}

size_t MentionFinder::OrgFromHead(const LexEntry* head, size_t i, size_t end, std::vector<Mention>* out) {
  const std::string label(head->attr("label"));
  const size_t colon = label.find(':');
  const std::string primary = label.substr(0, colon);
  const std::string refining = colon == std::string::npos ? "" : label.substr(colon + 1);
  const std::string surface = Text(i, end);
  const int e = table_.ByName(primary, refining, surface);
  // "Prime Rogue Inc." is also "Prime Rogue".
  if (head->attr("suffix") == "yes" && end - i >= 2) table_.AddAlias(e, Text(i, end - 1));
  Push(out, i, end, e);
  return end - i;
}

// Capitalized run starting at i: names, with connectors and initials; at
// most kMaxNameTokens long (so that a page of capitals costs linear time).
size_t MentionFinder::CapitalRun(size_t i, size_t last) const {
  static constexpr size_t kMaxNameTokens = 8;
  size_t j = i;
  while (j < last && j - i < kMaxNameTokens) {
    const Token& t = t_[j];
    if (t.word() && t.is(Token::kCapitalized) && !t.is(Token::kNumber)) {
      if (j > i && MonthNumber(t.norm) && !lex_.InList("given", t.norm)) break;
      if (j > i && lex_.InList("notname", t.norm)) break;  // headline case: "El Mencho Is Dead"
      ++j;
    } else if (j > i && IsNameConnector(t.norm) && j + 1 < last && t_[j + 1].is(Token::kCapitalized)) {
      ++j;
    } else {
      break;
    }
  }
  return j;
}

}  // namespace cg::ingest
