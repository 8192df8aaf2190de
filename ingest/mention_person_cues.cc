// Whether a capitalized run the lexicon did not name is a person's, by the
// words around it: a role before or apposed after it, or an act reported
// about it.
#include <algorithm>
#include <string_view>
#include <vector>

#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"

namespace cg::ingest {

// A name run t_[i, end) that the words around it make a person's: a role
// noun right before it ("drug lord Juan Pérez") or a role in apposition
// after it ("Juan Pérez, the cartel's accountant"). Two to four words,
// never in a headline.
bool MentionFinder::PersonCue(size_t i, size_t end, size_t first, size_t last) const {
  const size_t words = NameNorms(Text(i, end)).size();
  if (headline_ || words > 4 || AllCapsWords(doc_.text, t_, i, end)) return false;
  // "the dictator, Maduro,": a role, then the name set off by commas (one word will do).
  // "two of its executives, Wei Liang and Hao Chen": two words or more may open a list.
  if (i >= first + 2 && t_[i - 1].norm == "," && !t_[i - 2].is(Token::kCapitalized) &&
      !lex_.MatchAt(t_, i - 2, i - 1, "role").empty() &&
      (end >= last || t_[end].norm == "," || t_[end].norm == "." || (t_[end].norm == "and" && words >= 2)))
    return true;
  if (pending_kin_.name == i) return true;  // "her brother, Casimir Okonkwo", "his brother Omar"
  // "Two of them, Shaeed Woodard and Zindell Brown, were killed", "One of the victims, X,".
  if (i >= first + 4 && t_[i - 1].norm == "," && OneOf(t_[i - 2].norm, "them|victims|suspects|dead|detainees") &&
      (t_[i - 3].norm == "of" || (t_[i - 3].norm == "the" && t_[i - 4].norm == "of")) &&
      (end >= last || OneOf(t_[end].norm, ",|and|."))) {
    return true;
  }
  // "the murder of Lucía": a given name alone, the one an event noun is about.
  if (words == 1 && end == i + 1 && lex_.InList("given", t_[i]) && i >= first + 2 && t_[i - 1].norm == "of" &&
      !lex_.MatchAt(t_, i - 2, i - 1, "event").empty() && (end >= last || !t_[end].is(Token::kCapitalized))) {
    return true;
  }
  if (words < 2) return false;
  // "Wei Liang, 45, was arrested": an age set off by commas.
  if (end + 2 < last && t_[end].norm == "," && t_[end + 1].is(Token::kNumber) && t_[end + 1].norm.size() == 2 &&
      t_[end + 2].norm == ",")
    return true;
  // "drug lord Juan Pérez": a role that ends right before the name ("the leader of La Mano con
  // Ojos" names a group).
  for (size_t back = 1; back <= 2 && i >= first + back; ++back) {
    if (t_[i - back].is(Token::kCapitalized)) continue;
    for (const LexMatch& m : lex_.MatchAt(t_, i - back, i, "role")) {
      if (m.length == back) return true;
    }
  }
  if (EventReportedAbout(i, end, first, last)) return true;
  // "X pleaded guilty", "X later fled to Texas", "Sigifredo Nájera joined the Zetas": the subject of a
  // verb that only a person does (over an adverb), or of joining a criminal group the lexicon knows.
  if (const size_t v = end < last && t_[end].norm.ends_with("ly") ? end + 1 : end; v < last && !t_[v].is(Token::kCapitalized)) {
    if (OneOf(t_[v].norm, "pleaded|pled|confessed|testified|fled|escaped|surrendered|resigned|defected|married")) return true;
    const size_t object = v + 1 < last && t_[v + 1].norm == "the" ? v + 2 : v + 1;
    if (t_[v].norm == "joined") {
      for (const LexMatch& m : lex_.MatchAt(t_, object, last, "entity")) {
        if (m.entry->refining == "Cartel") return true;
      }
    }
  }
  // "Lesley Enriquez and her husband, Arthur Redelfs": a relative of the name's own follows it.
  // So does "Dawna Langford and two of her sons".
  size_t kin = end + 1;
  if (kin + 2 < last && OneOf(t_[kin].norm, "two|three|four|five|six|both|one|all") && t_[kin + 1].norm == "of") kin += 2;
  if (end + 3 < last && t_[end].norm == "and" && kin + 1 < last && OneOf(t_[kin].norm, "his|her") &&
      (!lex_.MatchAt(t_, kin + 1, last, "kin").empty() ||
       OneOf(t_[kin + 1].norm, "sons|daughters|children|brothers|sisters|nephews|nieces|cousins|kids"))) {
    return true;
  }
  // ", [the|a|an|possessive] [up to three words] role", ", alias ...", and a role after a copula and
  // an article ("X is a fentanyl trafficker who ...", "X was the cartel's accountant", "X is believed
  // to be a lieutenant of Y").
  size_t open = end;  // the comma, or the word before the copula's article
  if (end + 2 < last && OneOf(t_[end].norm, "is|was")) {
    open = end + 4 < last && OneOf(t_[end + 1].norm, "believed|thought|alleged|suspected") && t_[end + 2].norm == "to" &&
                   t_[end + 3].norm == "be"
               ? end + 3
               : end;
    if (!OneOf(t_[open + 1].norm, "a|an|the")) return false;
    // ("Robert Krentz ... Rob Krentz was a rancher": a surname the article gave a person already is
    // that person's, not a new one's.)
    const ArticleGraph& g = table_.graph();
    if (std::any_of(g.entities.begin(), g.entities.end(), [&](const LocalEntity& p) {
          const std::vector<std::string> name = NameNorms(p.name);
          return p.primary == "Person" && p.merged_into < 0 && !name.empty() && name.back() == t_[end - 1].norm;
        })) {
      return false;
    }
  } else if (end + 2 >= last || t_[end].norm != ",") {
    return false;
  }
  if (const std::vector<LexMatch> cue = lex_.MatchAt(t_, end + 1, last, "alias_cue"); open == end && !cue.empty()) {
    // "..., known as FEMDO": an acronym renames an organization, not a person.
    size_t a = end + 1 + cue[0].length;
    while (a < last && !t_[a].word()) ++a;
    return !(a < last && t_[a].is(Token::kAllCaps) && (a + 1 >= last || !t_[a + 1].is(Token::kCapitalized)));
  }
  for (size_t k = open + 1, window = open + 5; k < last && k <= window; ++k) {
    // "Lesley Enriquez, a 25-year-old employee of": over the age.
    if (t_[k].is(Token::kNumber) && k + 4 < last && t_[k + 1].norm == "-" && t_[k + 2].norm == "year" &&
        t_[k + 3].norm == "-" && t_[k + 4].norm == "old") {
      k += 4;
      window += 5;
      continue;
    }
    const Token& t = t_[k];
    if (!t.word() && t.norm != "'s") return false;
    if (t.is(Token::kCapitalized) && k > end + 1 && lex_.MatchAt(t_, k, last, "entity").empty()) return false;
    if (!t.is(Token::kCapitalized) && !lex_.MatchAt(t_, k, last, "role").empty()) return true;
  }
  return false;
}

// "Braulio Fierro Gil was killed", "soldiers captured Braulio Fierro Gil": the one an arrest,
// killing or extradition is reported about, named by a run of two to four words that is
// neither a lexicon entity nor an organization (both are tried before).
bool MentionFinder::EventReportedAbout(size_t i, size_t end, size_t first, size_t last) const {
  auto event_verb = [&](size_t k) {
    if (k >= last || t_[k].is(Token::kCapitalized)) return false;
    const std::vector<LexMatch> m = lex_.MatchAt(t_, k, last, "event");
    if (m.empty()) return false;
    const std::string_view w = t_[k].norm;
    return w.ends_with("ed") || w == "slain" || w == "shot" || w == "gunned" || w == "caught";
  };
  if (!lex_.MatchAt(t_, i, end, "role").empty()) return false;  // "Journalist X was killed": the role is no name
  if (i > first && event_verb(i - 1)) return true;  // "arrested X"
  // "the arrest of X", "the extradition of X": an act noun's "of".
  if (i >= first + 2 && t_[i - 1].norm == "of" &&
      OneOf(t_[i - 2].norm, "arrest|capture|extradition|killing|murder|assassination|death|detention|sentencing|kidnapping")) {
    return true;
  }
  size_t k = end;
  if (k < last && (t_[k].norm == "was" || t_[k].norm == "is" || t_[k].norm == "has" || t_[k].norm == "had")) {
    ++k;
    if (k < last && t_[k].norm == "been") {
      ++k;
    } else if (t_[k - 1].norm == "has" || t_[k - 1].norm == "had") {
      return false;  // "X has killed": X did it
    }
    if (k < last && t_[k].norm.ends_with("ly")) ++k;  // "was reportedly killed"
    return event_verb(k);
  }
  return false;
}

}  // namespace cg::ingest
