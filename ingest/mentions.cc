#include "ingest/mentions.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <set>
#include <string>

#include "ingest/clause.h"
#include "ingest/dates.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"
#include "schema/normalize.h"

namespace cg::ingest {

Value AmountValue(const Mention& money) {
  const double whole = std::round(money.amount);
  const bool integral = std::fabs(whole - money.amount) < 1e-6 && whole >= -0x1p63 && whole < 0x1p63;
  return integral ? Value(static_cast<int64_t>(whole)) : Value(money.amount);
}

bool IsDeterminer(std::string_view n) {
  return n == "the" || n == "a" || n == "an" || n == "this" || n == "that" || n == "these" || n == "those" ||
         n == "its" || n == "his" || n == "her" || n == "their" || n == "our" || n == "'s";
}

bool IsNameConnector(std::string_view n) {
  return n == "de" || n == "del" || n == "la" || n == "las" || n == "los" || n == "y" || n == "van" || n == "von" ||
         n == "da" || n == "dos" || n == "di" || n == "bin" || n == "con";  // "La Mano con Ojos"
}

std::vector<std::vector<Mention>> FindMentions(const Document& doc, const Segmented& seg,
                                               const std::vector<std::vector<DateMention>>& dates,
                                               const Lexicon& lexicon, const ExtractOptions& options,
                                               ArticleGraph* graph) {
  MentionFinder finder(doc, seg, dates, lexicon, options, graph);
  return finder.Run();
}

bool MentionFinder::TitleLine(size_t s) const {
  const std::vector<Sentence>& all = seg_.sentences;
  if (s >= 3 || all[s].first_token >= all[s].last_token) return false;
  if ((s > 0 && all[s - 1].paragraph == all[s].paragraph) || (s + 1 < all.size() && all[s + 1].paragraph == all[s].paragraph)) {
    return false;
  }
  size_t last = all[s].last_token - 1;
  if (last > all[s].first_token && OneOf(t_[last].norm, "\"|'|\u201d|\u2019")) --last;
  return !OneOf(t_[last].norm, ".|?|!");
}

std::vector<std::vector<Mention>> MentionFinder::Run() {
  // The names the body spells with a given name, to end a headline's names.
  for (const Sentence& s : seg_.sentences) {
    if (IsHeadline(t_, s.first_token, s.last_token)) continue;
    for (size_t i = s.first_token; i < s.last_token; ++i) {
      if (!t_[i].is(Token::kCapitalized)) continue;
      // A name after a title ("President Biden") gives its surname; a name with a given name, itself.
      if (!lex_.MatchAt(t_, i, s.last_token, "title").empty()) {
        const size_t name = i + lex_.MatchAt(t_, i, s.last_token, "title")[0].length;
        const size_t end = CapitalRun(name, s.last_token);
        if (end > name) body_names_.insert(NameKey(end - 1, end));
      }
      if (lex_.InList("given", t_[i])) body_names_.insert(NameKey(i, CapitalRun(i, s.last_token)));
    }
  }
  std::vector<std::vector<Mention>> out(seg_.sentences.size());
  bool cartel_in_paragraph = false;
  for (size_t s = 0; s < seg_.sentences.size(); ++s) {
    const Sentence& sentence = seg_.sentences[s];
    table_.StartSentence(static_cast<uint32_t>(s), sentence.paragraph, TitleLine(s));
    headline_ = IsHeadline(t_, sentence.first_token, sentence.last_token);
    // A new paragraph starts a new topic, unless the one before was a single sentence (a wire
    // report's paragraphs: "MEXICO CITY -- The Knights Templar, ... . // The group was formed ...").
    const bool single = s >= 2 ? seg_.sentences[s - 2].paragraph != seg_.sentences[s - 1].paragraph : s == 1;
    // A paragraph that named no cartel (a quote, an aside) leaves the topic to the next.
    if (s > 0 && seg_.sentences[s - 1].paragraph != sentence.paragraph && !single && cartel_in_paragraph) {
      opening_ = -1;
    }
    if (s > 0 && seg_.sentences[s - 1].paragraph != sentence.paragraph) cartel_in_paragraph = false;
    opening_before_ = s > 0 && opening_ >= 0 && seg_.sentences[s - 1].paragraph == sentence.paragraph &&
                      OpeningCartel(out[s - 1]) == opening_;
    out[s] = FindIn(sentence);
    HeaderDistrict(s, &out);
    // "The Office of Foreign Assets Control acted on Tuesday. It designated X": the agency or government
    // the sentence right before (same paragraph) opens with, when the paragraph names no criminal group
    // ("The DEA says the Sinaloa Cartel is the largest. It controls ...": the cartel's, left to frames).
    const bool group_before = s > 0 && std::any_of(out[s - 1].begin(), out[s - 1].end(), [&](const Mention& m) {
      return m.kind == Mention::Kind::kEntity && m.entity >= 0 && table_.at(m.entity).refining == "Cartel";
    });
    const int body = s > 0 && !group_before && !cartel_in_paragraph && seg_.sentences[s - 1].paragraph == sentence.paragraph
                         ? OpeningCartel(out[s - 1], "Agency|Government")
                         : -1;
    const bool persons_before = s > 0 && !group_before && std::adjacent_find(out[s - 1].begin(), out[s - 1].end(), [&](const Mention& a, const Mention& b) {
      const auto person = [&](const Mention& m) {
        return m.kind == Mention::Kind::kEntity && m.entity >= 0 && !m.anaphoric && table_.at(m.entity).primary == "Person";
      };
      return person(a) && person(b) && b.first == a.last + 1 && t_[a.last].norm == "and";
    }) != out[s - 1].end();
    TopicPronouns(sentence, opening_, s > 0 && opening_ >= 0 && OpeningCartel(out[s - 1]) == opening_, body, persons_before,
                  &out[s]);
    Cataphora(sentence, &out[s]);
    if (s > 0 && seg_.sentences[s - 1].paragraph == sentence.paragraph) DesigneeIt(sentence, out[s - 1], &out[s]);
    // A sentence that names no cartel ("Two of his bodyguards were also detained.") keeps the topic.
    const bool names_cartel = std::any_of(out[s].begin(), out[s].end(), [&](const Mention& m) {
      return m.kind == Mention::Kind::kEntity && m.entity >= 0 && table_.at(m.entity).refining == "Cartel";
    });
    if (names_cartel) opening_ = OpeningCartel(out[s]);
    cartel_in_paragraph |= names_cartel;
  }
  return out;
}

// Words before a possessor that make it no verb's object ("after his arrest, X", "X and his son Y").
constexpr std::string_view kNoVerb =
    "of|for|to|in|on|at|by|with|from|into|about|against|over|under|through|without|after|before|until|since|"
    "during|following|upon|despite|amid|than|as|and|or|but|nor|that|which|who|whom|whose|while|when|because|"
    "is|was|are|were|be|been|being|also|including|like|said|says|told";

// Acts only a government body does to others: "It designated X", "It is also offering $3 million for Y".
constexpr std::string_view kBodyActs =
    "designated|designates|designating|sanctioned|sanctions|sanctioning|blacklisted|offered|offers|offering|"
    "identified|imposed|froze|listed";

// "The Zetas are the most violent cartel. They control Tamaulipas.": a sentence of the same
// paragraph that opens with "They" continues with the cartel the sentence before opens with; "It"
// too when that is the sentence right before ("The Sinaloa Cartel is ... It also has cells in X"),
// and "it" after ", and" or ", but" is the cartel its own sentence opens with ("X is ..., but it
// also has cells in Y"), and "it" opening a subordinate clause ("as it battles") is the one cartel
// its sentence names before it. Never an "it" of a verb that is often impersonal ("It was unclear").
void MentionFinder::TopicPronouns(const Sentence& s, int cartel, bool cartel_just_before, int body_before,
                                  bool persons_before, std::vector<Mention>* out) {
  // (act: a body's act follows, "It is also offering ...": no impersonal "it")
  auto add = [&](uint32_t k, int e, bool act = false) {
    if (!act && k + 1 < s.last_token && OneOf(t_[k + 1].norm, "is|was|'s|seems|seemed|appears|appeared|remains|remained|"
                                                      "will|would|may|might|could|should|must|takes|took|became")) {
      return;
    }
    if (!act && k + 2 < s.last_token && OneOf(t_[k + 1].norm, "has|had") && t_[k + 2].norm == "been") return;
    for (const Mention& m : *out) {
      if (m.first <= k && k < m.last) return;
    }
    Mention m;
    m.first = k;
    m.last = k + 1;
    m.entity = table_.Root(e);
    m.anaphoric = true;
    out->insert(std::find_if(out->begin(), out->end(), [&](const Mention& o) { return o.first > k; }), m);
    table_.Touch(m.entity);
  };
  if (s.first_token >= s.last_token) return;
  // Over an opening adverb or date: "Today they control ...", "Since then, it has ...".
  uint32_t open = s.first_token;
  while (open + 1 < s.last_token && open < s.first_token + 3 &&
         (OneOf(t_[open].norm, "today|now|still|also|meanwhile|however|since|then|currently|later|,") ||
          std::any_of(out->begin(), out->end(),
                      [&](const Mention& m) { return m.kind == Mention::Kind::kDate && m.first <= open && open < m.last; }))) {
    ++open;
  }
  const std::string& opener = t_[open].norm;
  if (cartel >= 0 && ((opener == "they" && !persons_before) || (opener == "it" && cartel_just_before))) {
    add(open, cartel);
  } else if (opener == "it" && body_before >= 0) {
    // Only for what a body does to others (designating, sanctioning, offering a reward): an "it" of
    // presence or violence after such a sentence is still the topic group ("... It operates in X").
    for (uint32_t k = open + 1; k < s.last_token && k <= open + 4; ++k) {
      if (OneOf(t_[k].norm, kBodyActs)) {
        add(open, body_before, true);
        break;
      }
    }
  }
  const int own = OpeningCartel(*out);
  for (uint32_t k = s.first_token + 2; own >= 0 && k < s.last_token; ++k) {
    if (t_[k].norm == "it" && OneOf(t_[k - 1].norm, "and|but") && t_[k - 2].norm == ",") add(k, own);
  }
  // "... a blow to the gang as it battles its former employer": "it" opening a subordinate clause
  // is the one cartel the sentence names before it.
  for (uint32_t k = s.first_token + 1; k < s.last_token; ++k) {
    if (t_[k].norm != "it" || !OneOf(t_[k - 1].norm, "as|while|because|although|though|since|until|when|where")) continue;
    int only = -1;
    for (const Mention& m : *out) {
      if (m.first >= k || m.kind != Mention::Kind::kEntity || m.entity < 0 || table_.at(m.entity).refining != "Cartel") continue;
      if (only >= 0 && table_.Root(m.entity) != only) only = -2;
      if (only == -1) only = table_.Root(m.entity);
    }
    if (only >= 0) add(k, only);
  }
}

// The cartel a sentence opens with: its first mention of a person, organization or place, when
// that is a cartel not coordinated with another ("the Zetas and the Gulf Cartel" are a group:
// discourse.h); else -1.
bool MentionFinder::InDateline(const Mention& m) const {
  const std::string& label = table_.at(m.entity).primary;
  // ("WASHINGTON (Wire) --": a capital standing for its government is a dateline too)
  if (label != "Place" && !OneOf(table_.at(m.entity).refining, "Media|Government")) return false;
  bool parenthesis = false;
  for (size_t k = m.last; k < t_.size() && k < m.last + 8; ++k) {
    const std::string& w = t_[k].norm;
    if (w == "--" || w == "-" || w == "—" || w == "–") return true;
    if (w == "(" || w == ")") {
      parenthesis = w == "(";
      continue;
    }
    if (w != "," && !parenthesis && !t_[k].is(Token::kCapitalized)) return false;
  }
  return false;
}

int MentionFinder::OpeningCartel(const std::vector<Mention>& mentions, std::string_view refining) const {
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.kind != Mention::Kind::kEntity || table_.at(m.entity).primary == "Event") continue;
    if (InDateline(m)) continue;  // "MEXICO CITY (Wire) -- The Knights Templar ...": the sentence opens after it
    // "The Treasury Department's Office of Foreign Assets Control": the body its possessor names.
    if (k + 1 < mentions.size() && m.last + 1 == mentions[k + 1].first && m.last < t_.size() && t_[m.last].norm == "'s" &&
        mentions[k + 1].kind == Mention::Kind::kEntity && mentions[k + 1].entity >= 0 &&
        table_.at(mentions[k + 1].entity).primary == "Organization") {
      continue;
    }
    if (!OneOf(table_.at(m.entity).refining, refining)) return -1;
    if (k + 1 < mentions.size() && mentions[k + 1].kind == Mention::Kind::kEntity) {
      bool coordinated = mentions[k + 1].first > m.last;  // only "and", "or", commas and "the" between
      for (uint32_t t = m.last; t < mentions[k + 1].first && coordinated; ++t) {
        coordinated = OneOf(t_[t].norm, "and|or|,|the");
      }
      if (coordinated && table_.at(mentions[k + 1].entity).primary == "Organization") return -1;
    }
    return table_.Root(m.entity);
  }
  return -1;
}

std::vector<Mention> MentionFinder::FindIn(const Sentence& s) {
  std::vector<Mention> out;
  const size_t first = s.first_token, last = s.last_token;
  bool metadata = false;  // bylines and datelines: "Name | Outlet | Date"
  for (size_t k = first; k < last; ++k) metadata |= t_[k].norm == "|";
  const auto& dates = dates_[table_.sentence()];
  size_t next_date = 0;
  bool alias_cue = false;
  for (size_t i = first; i < last;) {
    OrdinalRelative(i, first, last);
    while (next_date < dates.size() && dates[next_date].first_token < i) ++next_date;
    if (next_date < dates.size() && dates[next_date].first_token == i) {
      Mention m;
      m.kind = Mention::Kind::kDate;
      m.first = dates[next_date].first_token;
      m.last = dates[next_date].last_token;
      m.date = dates[next_date].date;
      m.bound = dates[next_date].bound;
      m.report = dates[next_date].report;
      out.push_back(m);
      i = m.last;
      continue;
    }
    const Token& tok = t_[i];
    if (size_t end = i; Money(i, last, &end, &out)) {
      i = end;
      continue;
    }
    if (const size_t used = OfficeInCity(i, last, &out); used > 0) {
      i += used;
      continue;
    }
    if (!tok.word()) {
      if (tok.norm != "\"" && tok.norm != ",") alias_cue = false;
      ++i;
      continue;
    }
    // The lexicon's phrases at i, of every kind: the office and body finders and the lexical
    // mentions below read them (each asked the lexicon again).
    std::vector<LexMatch> matches = lex_.MatchAt(t_, i, last);
    if (const size_t used = GovernmentsOf(i, last, &out); used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = HeadAnaphor(i, last, &out); used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = ForcePossessor(i, last, &out); used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = BasedAnaphor(i, first, last, &out); used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = FieldOffice(i, last, matches, &out); used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = AttorneyOffice(i, first, last, &out); used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = !metadata ? NumberedUnit(i, first, last, &out) : 0; used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = SubBody(i, first, last, matches, &out); used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = WhoseRelative(i, last, &out); used > 0) {
      i += used;
      continue;
    }
    if (const size_t used = i == first ? DatelineTown(i, last, &out) : 0; used > 0) {
      i += used;
      continue;
    }
    // Role nouns only describe the names around them (PersonCue).
    std::erase_if(matches, [](const LexMatch& m) { return m.entry->kind == "role"; });
    // The longest phrase first; when it does not apply ("U.S. Attorney" before "General"),
    // the next shorter one ("U.S.").
    size_t used = 0;
    while (!matches.empty() && !(metadata && matches[0].entry->kind != "entity") && used == 0) {
      size_t best_len = 0;
      for (const LexMatch& m : matches) best_len = std::max(best_len, m.length);
      // "U.S. Embassy in Mexico City": a phrase ending inside a longer name gives way to a shorter one.
      const std::vector<LexMatch> inner =
          best_len > 1 ? lex_.MatchAt(t_, i + best_len - 1, last, "entity") : std::vector<LexMatch>{};
      if (inner.empty() || inner[0].length < 2) used = Lexical(matches, best_len, i, first, last, &out, &alias_cue);
      std::erase_if(matches, [&](const LexMatch& m) { return m.length == best_len; });
    }
    if (used > 0) {
      i += used;
      continue;
    }
    // "the state's Anti-Kidnapping Unit (UECS)": an acronym the lexicon does not know, right after a
    // body's name, is another name of that body (not a body of its own; not "MEXICO CITY (AP)"). The
    // Mexican press writes a public body's acronym as a name: "the National Water Commission (Conagua)".
    const auto institution = [&] {
      const LocalEntity& e = table_.at(out.back().entity);
      return OneOf(e.refining, "Agency|MilitaryUnit|Government") && tok.is(Token::kCapitalized) && tok.norm.size() >= 4 &&
             !lex_.InList("given", tok) && !lex_.InList("notname", tok);
    };
    if (i > first && t_[i - 1].norm == "(" && i + 1 < last && t_[i + 1].norm == ")" && !out.empty() &&
        out.back().kind == Mention::Kind::kEntity && out.back().last + 1 == i &&
        table_.at(out.back().entity).primary == "Organization" && (tok.is(Token::kAllCaps) || institution()) &&
        lex_.MatchAt(t_, i, i + 1, "entity").empty()) {
      table_.AddAlias(out.back().entity, Text(i, i + 1));
      ++i;
      continue;
    }
    if (const size_t used = !metadata ? AcronymOrg(i, first, &out) : 0; used > 0) {
      i += used;
      continue;
    }
    const bool quoted_nickname = (tok.norm == "el" || tok.norm == "la") && i > first && t_[i - 1].norm == "\"" &&
                                 i + 1 < last && t_[i + 1].is(Token::kCapitalized);
    if ((tok.is(Token::kCapitalized) || quoted_nickname) && !metadata) {
      if (const size_t used = Capitalized(i, first, last, alias_cue, &out); used > 0) {
        alias_cue = false;
        i += used;
        continue;
      }
    }
    // "(CJNG)" right after a mention: an acronym for it.
    if (tok.is(Token::kAllCaps) && i > first && t_[i - 1].norm == "(" && i + 1 < last && t_[i + 1].norm == ")" &&
        !out.empty() && out.back().kind == Mention::Kind::kEntity && out.back().last + 1 == i) {
      table_.AddAlias(out.back().entity, Text(i, i + 1));
      ++i;
      continue;
    }
    alias_cue = false;
    ++i;
  }
  return out;
}

size_t MentionFinder::SubBody(size_t i, size_t first, size_t last, const std::vector<LexMatch>& at,
                              std::vector<Mention>* out) {
  if (!t_[i].is(Token::kCapitalized)) return 0;
  size_t known = 0;  // the longest organization the lexicon names at i
  const LexEntry* entry = nullptr;
  for (const LexMatch& m : at) {
    if (m.entry->kind == std::string_view("entity") && m.entry->primary == "Organization" && m.length > known) {
      known = m.length;
      entry = m.entry;
    }
  }
  if (known == 0) return 0;
  size_t end = i + known;
  while (end < last && end < i + 8 && t_[end].word() && t_[end].is(Token::kCapitalized)) ++end;
  if (end == i + known) return 0;
  const std::vector<LexMatch> head = lex_.MatchAt(t_, end - 1, last, "orghead");
  if (head.empty() || head[0].length != 1) return 0;
  // "the U.S. Treasury Department": the known body's own head word ("Treasury Department") names it.
  if (end == i + known + 1 && (" " + NormalizeName(entry->canonical()) + " ").find(" " + t_[end - 1].norm + " ") !=
                                  std::string::npos) {
    Push(out, i, end, table_.FromLex(entry, Text(i, end)));
    return end - i;
  }
  return StructuralOrg(i, end, first, last, out);
}

bool MentionFinder::Money(size_t i, size_t last, size_t* end, std::vector<Mention>* out) {
  size_t j = i;
  std::string currency = "USD";
  // "five million dollars": a number word counts before a scale word.
  // (The scale word first: Money is asked at every token, and few are followed by one.)
  constexpr WordList kScales = "million|billion";
  const bool scaled =
      j + 1 < last && (t_[j + 1].id != 0 ? kScales.Has(t_[j + 1].id) : OneOf(t_[j + 1].norm, kScales.text()));
  size_t after_count = j;
  const std::optional<int> count = !scaled || t_[j].is(Token::kNumber) ? std::nullopt : ParseCount(t_, &after_count, last);
  const double spelled = count && after_count == j + 1 ? *count : 0;
  if (t_[j].norm == "$" || t_[j].norm == "us$") {
    ++j;
  } else if (!t_[j].is(Token::kNumber) && spelled == 0) {
    return false;
  }
  if (j >= last || (!t_[j].is(Token::kNumber) && spelled == 0)) return false;
  double amount = spelled;
  if (spelled == 0) std::from_chars(t_[j].norm.data(), t_[j].norm.data() + t_[j].norm.size(), amount);
  ++j;
  if (j < last) {
    const std::string& scale = t_[j].norm;
    if (scale == "million")
      amount *= 1e6, ++j;
    else if (scale == "billion")
      amount *= 1e9, ++j;
    else if (scale == "trillion")
      amount *= 1e12, ++j;
  }
  if (t_[i].norm != "$") {
    // "30 million pesos", "a 30 million peso bounty" (the currency as a noun's modifier), "a 30
    // million-peso reward" (hyphenated).
    if (j + 1 < last && t_[j].norm == "-" && t_[j - 1].end == t_[j].begin && t_[j].end == t_[j + 1].begin &&
        OneOf(t_[j + 1].norm, "dollar|peso")) {
      ++j;
    }
    if (j < last && OneOf(t_[j].norm, "dollars|pesos|dollar|peso")) {
      currency = t_[j].norm.starts_with("peso") ? "MXN" : "USD";
      ++j;
    } else {
      return false;
    }
  }
  Mention m;
  m.kind = Mention::Kind::kMoney;
  m.first = static_cast<uint32_t>(i);
  m.last = static_cast<uint32_t>(j);
  m.amount = amount;
  m.currency = currency;
  out->push_back(m);
  *end = j;
  return true;
}

std::string MentionFinder::Text(size_t first, size_t last) const {
  if (first >= last) return "";
  return doc_.text.substr(t_[first].begin, t_[last - 1].end - t_[first].begin);
}

void MentionFinder::Push(std::vector<Mention>* out, size_t first, size_t last, int entity) {
  Mention m;
  m.first = static_cast<uint32_t>(first);
  m.last = static_cast<uint32_t>(last);
  m.entity = table_.Root(entity);
  table_.graph().entities[m.entity].mentioned = true;
  out->push_back(m);
  // "Bautista's boss, X, remains at large. ... his arrest": X, not the possessor, is the one "his" means;
  // nor is the speaker of a report ("Spokesman Y said marines tracked X. His brother ..." is X's).
  // "His brother, X, led the cartel until his arrest": a possessive determiner is a possessor too.
  const bool determiner = last == first + 1 && (t_[first].norm == "his" || t_[first].norm == "her") &&
                          last < t_.size() && t_[last].word() && !t_[last].is(Token::kCapitalized);
  const bool possessor = determiner || (last + 1 < t_.size() && t_[last].norm == "'s" && t_[last + 1].word() &&
                                        !t_[last + 1].is(Token::kCapitalized));
  static const std::set<std::string, std::less<>> kReporting = {"said", "says", "told", "added", "stated"};
  const bool speaker = last < t_.size() && kReporting.count(t_[last].norm) > 0;
  // "the Jalisco cartel ... a Sinaloa cartel commander", "a Juárez cartel plaza boss": the group of a
  // role compound is not the topic.
  auto role_at = [&](size_t k) {
    return k < t_.size() && t_[k].word() && !t_[k].is(Token::kCapitalized) && !lex_.MatchAt(t_, k, t_.size(), "role").empty();
  };
  const bool modifier = table_.at(m.entity).refining == "Cartel" &&
                        (role_at(last) || (last < t_.size() && t_[last].word() && !t_[last].is(Token::kCapitalized) &&
                                           !OneOf(t_[last].norm, "and|or|in|of|to|for|who|that") && role_at(last + 1)));
  // "Marines seized rifles, he said.", "... were killed, Poire said.", "..., security spokesman X told
  // reporters": the speaker of a report's tail (after a comma and the speaker's title) is not the next
  // sentence's topic.
  size_t before = first;
  while (before > 0 && first - before < 4 && t_[before - 1].word() && !t_[before - 1].is(Token::kCapitalized)) --before;
  const bool tail = speaker && before > 0 && t_[before - 1].norm == ",";
  table_.Touch(entity, possessor || speaker, modifier, !tail);
  // "Marines detained his bodyguard, X", "designated Y's lawyer": the possessor of a verb's object
  // (a word that is no preposition nor conjunction before it).
  if (possessor && first > 0 && t_[first - 1].word() && !t_[first - 1].is(Token::kCapitalized) &&
      !OneOf(t_[first - 1].norm, kNoVerb)) {
    table_.NoteObjectPossessor(entity);
  }
  // "His sons A and B": the first of a pair of persons is no topic (PairedPerson).
  if (out->size() >= 2 && table_.at(m.entity).primary == "Person" && first >= 1 && t_[first - 1].norm == "and") {
    const Mention& before = (*out)[out->size() - 2];
    if (before.kind == Mention::Kind::kEntity && before.entity >= 0 && before.last + 1 == first &&
        table_.at(before.entity).primary == "Person") {
      table_.PairedPerson(before.entity);
    }
  }
  if (table_.at(m.entity).refining == "Cartel" && last > first + 1 && OneOf(t_[last - 1].norm, "cartel|gang|faction|militia")) {
    table_.NoteHead(m.entity, t_[last - 1].norm);  // "the Zetas drug cartel"
  }
  if (table_.at(m.entity).primary == "Person") {
    // "X said", "said X", "X, the special agent in charge of the office, said": the report's speaker.
    bool reports = speaker || (first > 0 && kReporting.count(t_[first - 1].norm) > 0);
    for (size_t k = last + 1; !reports && last < t_.size() && t_[last].norm == "," && k < t_.size() && k < last + 16; ++k) {
      if (OneOf(t_[k].norm, ".|;|said|says|told|added|stated") || t_[k].norm == ",") {
        reports = t_[k].norm == "," && k + 1 < t_.size() && kReporting.count(t_[k + 1].norm) > 0;
        break;
      }
    }
    if (reports) table_.NoteSpeaker(m.entity);
  }
  // "his brother, Omar Treviño": the relative named (Relative).
  if (pending_kin_.name == first && table_.at(m.entity).primary == "Person" &&
      table_.Root(pending_kin_.owner) != m.entity) {
    // "His brother, Germán Quintero Beltrán": "his" is the one person with the brother's surnames
    // when the pronoun's person has other ones.
    int owner = pending_kin_.owner;
    if (pending_kin_.pronoun && OneOf(pending_kin_.relation, "brother|sister|son|daughter|father")) {
      const int kin = table_.SameSurname(m.entity);
      if (kin >= 0 && table_.Root(kin) != table_.Root(owner) && table_.SameSurname(owner) != table_.Root(m.entity)) {
        owner = kin;
      }
    }
    table_.AddRelation("RELATIVE_OF", m.entity, owner, {{"relation", Value(pending_kin_.relation)}}, "kin.named",
                       0.85f);
    if (!pending_kin_.described.empty()) table_.AddAlias(m.entity, pending_kin_.described);
    if (pending_kin_.gender && !table_.at(m.entity).gender) table_.SetGender(m.entity, pending_kin_.gender);
    last_kin_ = LastKin{owner, pending_kin_.relation, table_.sentence()};
  }
  if (first >= pending_kin_.name) pending_kin_ = PendingKin{};
  if (pending_alias_.name == first && table_.at(m.entity).primary == "Person") {
    for (const std::string& alias : pending_alias_.aliases) table_.AddAlias(m.entity, alias);
  }
  if (first >= pending_alias_.name) pending_alias_ = PendingAlias{};
}

}  // namespace cg::ingest
