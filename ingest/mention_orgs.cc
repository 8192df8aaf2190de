// Organizations and facilities the lexicon does not know, from the shape of their
// names and the words around them (see mention_finder.h).
#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"
#include "schema/normalize.h"

namespace cg::ingest {

bool OpensComplement(std::string_view n) {
  return n == "of" || n == "on" || n == "for" || n == "against" || n == "de" || n == "del";
}

// Words of a day between a verb and its place ("killed on Friday in", "arrested last week in").
bool DayWord(std::string_view n) {
  return n == "on" || n == "last" || n == "this" || n == "early" || n == "late" || n == "week" || n == "monday" ||
         n == "tuesday" || n == "wednesday" || n == "thursday" || n == "friday" || n == "saturday" ||
         n == "sunday" || n == "morning" || n == "night" || n == "afternoon" || n == "evening" || n == "yesterday" ||
         n == "today";
}

namespace {

// Words that join the capitalized words of a complement ("Security and Civil
// Protection", "Office of the Attorney General").
bool JoinsComplement(std::string_view n) {
  return n == "of" || n == "and" || n == "&" || n == "for" || n == "on" || n == "the" || IsNameConnector(n);
}

// "the Flores DTO" is the "Flores Drug Trafficking Organization", "the Wedding TCO" the "Wedding
// Transnational Criminal Organization": a group's name with its head spelled out or abbreviated
// ("" when the name ends with neither).
std::string OtherSpelling(const std::string& name) {
  static constexpr std::pair<std::string_view, std::string_view> kHeads[] = {
      {" DTO", " Drug Trafficking Organization"}, {" TCO", " Transnational Criminal Organization"}};
  for (const auto& [short_head, long_head] : kHeads) {
    if (name.size() > short_head.size() && name.ends_with(short_head)) {
      return name.substr(0, name.size() - short_head.size()) + std::string(long_head);
    }
    if (name.size() > long_head.size() && name.ends_with(long_head)) {
      return name.substr(0, name.size() - long_head.size()) + std::string(short_head);
    }
  }
  return "";
}

void SplitLabel(std::string_view label, std::string* primary, std::string* refining) {
  const size_t colon = label.find(':');
  *primary = std::string(label.substr(0, colon));
  *refining = colon == std::string_view::npos ? "" : std::string(label.substr(colon + 1));
}

}  // namespace

// At t_[k] = ",", after one word of a complement: a serial list of one-word items that closes with
// "and" and a capitalized word ("Border, Maritime, and Global Counterterrorism", "Alcohol, Tobacco,
// Firearms and Explosives"); no item a name the lexicon knows ("of Sinaloa, Sonora and Chihuahua").
// Returns the tokens to step over to the next item (0: no such list).
size_t MentionFinder::SerialListStep(size_t k, size_t last) const {
  static constexpr size_t kMaxItems = 6;
  const auto item = [&](size_t p) {
    return p < last && t_[p].word() && t_[p].is(Token::kCapitalized) && !t_[p].is(Token::kAllCaps) &&
           lex_.MatchAt(t_, p, last, "entity").empty();
  };
  if (k < 2 || !item(k - 1) || !OneOf(t_[k - 2].norm, "of|on|for|the|,")) return 0;
  for (size_t q = k, n = 0; q + 2 < last && t_[q].norm == "," && n < kMaxItems; q += 2, ++n) {
    if (t_[q + 1].norm == "and") return item(q + 2) ? (q == k ? 2 : 1) : 0;  // ", and Global ..."
    if (!item(q + 1)) return 0;
    if (t_[q + 2].norm == "and") return item(q + 3) ? 1 : 0;  // ", Firearms and Explosives"
  }
  return 0;
}

size_t MentionFinder::AcronymOrg(size_t i, size_t first, std::vector<Mention>* out) {
  const Token& t = t_[i];
  if (!t.is(Token::kAllCaps) || t.norm.size() < 3 || t.norm.size() > 8 ||
      t.norm.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos ||
      !lex_.MatchAt(t_, i, i + 1, "entity").empty() || (i + 1 < t_.size() && t_[i + 1].is(Token::kCapitalized))) {
    return 0;
  }
  // "the Anti-Kidnapping Unit (UECS) ... A UECS spokesman": the body the article gave that acronym.
  if (const int known = table_.FindAlias(Text(i, i + 1)); known >= 0 && table_.at(known).primary == "Organization") {
    Push(out, i, i + 1, known);
    return 1;
  }
  size_t k = i;
  if (k > first && t_[k - 1].norm == "the") --k;
  constexpr std::string_view kMembers =
      "member|members|official|officials|agent|agents|officer|officers|director|head|chief|spokesman|spokeswoman|"
      "spokesperson|commander|employee|employees";
  const bool member = k >= first + 2 && t_[k - 1].norm == "of" && OneOf(t_[k - 2].norm, kMembers);
  const bool unit = k > first && OneOf(t_[k - 1].norm, "agency|unit|ministry|bureau|service|police|force|office");
  // "a former CISEN official", "AFI agents": the body of a member's noun after it.
  const bool body = i + 1 < t_.size() && t_[i + 1].word() && OneOf(t_[i + 1].norm, kMembers);
  if (!member && !unit && !body) return 0;
  Push(out, i, i + 1, table_.ByName("Organization", "Agency", Text(i, i + 1)));
  return 1;
}

// "of [the] Capitalized (Capitalized | connector Capitalized)*" from t_[j] = "of".
size_t MentionFinder::ComplementEnd(size_t j, size_t last) const {
  static constexpr size_t kMaxTokens = 10;
  size_t k = j + 1;
  if (k < last &&
      (t_[k].norm == "the" || t_[k].norm == "la" || t_[k].norm == "el" || t_[k].norm == "los" || t_[k].norm == "las"))
    ++k;
  // "the Institutional Revolutionary Party for Governor of ...": an office sought is no part of the name.
  if (t_[j].norm == "for" && k < last && !lex_.MatchAt(t_, k, last, "title").empty()) return j;
  size_t end = j;
  while (k < last && k - j <= kMaxTokens) {
    const Token& t = t_[k];
    // A day is no name's part: "Police on Sunday arrested" is the police.
    if (t.word() && t.is(Token::kCapitalized) && !t.is(Token::kNumber) && !MonthNumber(t.norm) &&
        !(DayWord(t.norm) && t.norm != "on")) {
      end = ++k;
    } else if (JoinsNameParts(t_, k, last)) {
      k += 2;
      end = k;
    } else if (end == k && t.norm == "," && SerialListStep(k, last) > 0) {
      k += SerialListStep(k, last);
    } else if (end > j && JoinsComplement(t.norm) && k + 1 < last && t_[k + 1].is(Token::kCapitalized) &&
               !(t.norm == "and" && t_[k + 1].norm == "the")) {
      ++k;
    } else if (end > j && t.norm == "in" && k + 1 < last && t_[k + 1].is(Token::kCapitalized) &&
               lex_.MatchAt(t_, k + 1, last, "entity").empty()) {
      ++k;  // "Center for Research and Teaching in Economics" (not "... in Mexico City")
    } else {
      break;
    }
  }
  return end;
}

// The capitalized run t_[i, end) names an organization by its head word:
//   head first: "Ministry of Public Security", "Commission on Narcotic Drugs";
//   head last:  "Federal Police", "Senate Foreign Relations Committee", the
//               "Juarez drug cartel" (a lower-case head after the run);
//   a cue after it: the "Reforma newspaper" is "Reforma";
//   an acronym of its initials after it: "Primeiro Comando da Capital (PCC)".
// Returns the tokens used (0: not an organization by shape).
size_t MentionFinder::StructuralOrg(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out) {
  const bool given = lex_.InList("given", t_[i]);
  // "the Gulf and Sinaloa cartels": the first of two names before a plural head, when the
  // lexicon knows that cartel.
  if (end + 2 < last && t_[end].norm == "and") {
    for (size_t k = end + 2; k < last && k <= end + 4; ++k) {
      if (t_[k].norm != "cartels") continue;
      if (const LexEntry* known = lex_.FindEntity(Text(i, end) + " Cartel");
          known && known->primary == "Organization") {
        Push(out, i, end, table_.FromLex(known, Text(i, end)));
        return end - i;
      }
    }
  }
  // "the Money Laundering and Asset Recovery Section", "the Organized Crime and Gang Section": two
  // runs joined by "and" before a body's capitalized head are one name (the first names nothing the
  // lexicon or the article knows); so are they before a lower-case unit's head ("the Home Invasion
  // and Kidnapping Enforcement squad").
  if (!given && end + 2 < last && t_[end].norm == "and" && t_[end + 1].is(Token::kCapitalized) &&
      table_.FindAlias(Text(i, end)) < 0) {
    const size_t run = CapitalRun(end + 1, last);
    bool known = false;
    for (size_t k = i; k < run; ++k) known |= !lex_.MatchAt(t_, k, last, "entity").empty();
    for (size_t k = end + 2; !known && k <= run && k < last; ++k) {
      const std::vector<LexMatch> heads = lex_.MatchAt(t_, k, last, "orghead");
      const bool capital_head = k < run && t_[k].is(Token::kCapitalized);
      if (heads.empty() || (capital_head ? k + heads[0].length != run : k != run || heads[0].entry->attr("cue") == "yes")) {
        continue;
      }
      const std::string_view label = heads[0].entry->attr("label");
      const size_t name_end = k + heads[0].length;
      if (label == "Organization:Agency" || label == "Organization:TaskForce") {
        return OrgNamed(heads[0].entry, i, name_end, name_end, out);
      }
    }
  }
  // "the U.S. Attorney's Office", "the Sheriff's Office": a title's office.
  if (end + 1 < last && t_[end].norm == "'s" && t_[end + 1].is(Token::kCapitalized)) {
    const std::vector<LexMatch> heads = lex_.MatchAt(t_, end + 1, last, "orghead");
    bool title = false;
    for (size_t k = i; k < end; ++k) {
      for (const LexMatch& m : lex_.MatchAt(t_, k, end, "title")) title |= k + m.length == end;
    }
    if (title && !heads.empty() && heads[0].entry->attr("label") == "Organization:Agency") {
      // "... Prosecutor's Office against Organized Crime": with its complement.
      size_t name_end = end + 1 + heads[0].length;
      if (name_end < last && OpensComplement(t_[name_end].norm)) {
        if (const size_t comp = ComplementEnd(name_end, last); comp > name_end + 1) name_end = comp;
      }
      return OrgNamed(heads[0].entry, i, name_end, name_end, out);
    }
  }
  // "Transportes Mena", "Farmacia Ruiz": a business word that opens a name (orgheads opens=yes).
  if (const std::vector<LexMatch> opener = lex_.MatchAt(t_, i, end, "orghead");
      !opener.empty() && opener[0].entry->attr("opens") == "yes" && i + opener[0].length < end) {
    return OrgNamed(opener[0].entry, i, end, end, out);
  }
  // Head first, within the first words of the run.
  for (size_t k = i; k < end && k < i + 4; ++k) {
    if (!t_[k].is(Token::kCapitalized)) continue;
    const std::vector<LexMatch> heads = lex_.MatchAt(t_, k, last, "orghead");
    if (heads.empty() || heads[0].entry->attr("cue") == "yes") continue;
    const size_t h = k + heads[0].length;
    // "the Committee to Protect Journalists", "the Office to Monitor and Combat Trafficking in Persons":
    // a purpose of capitalized words after the head (not a place: "sent the Committee to Washington").
    const bool purpose = h + 2 < last && t_[h].norm == "to" && t_[h + 1].word() && t_[h + 1].is(Token::kCapitalized) &&
                         lex_.MatchAt(t_, h + 1, last, "entity").empty() &&
                         (t_[h + 2].is(Token::kCapitalized) || t_[h + 2].norm == "and");
    // "Task Force Bravo", "Joint Task Force North": a task force's name follows its head.
    if (!headline_ && heads[0].entry->attr("label") == "Organization:TaskForce" && h < end && end - h <= 2) {
      return OrgNamed(heads[0].entry, i, end, end, out);
    }
    if (h >= last || !(OpensComplement(t_[h].norm) || purpose)) continue;
    const size_t comp = ComplementEnd(h, last);
    if (comp <= h + 1) continue;
    // "the Anti-Kidnapping Unit of the Guerrero prosecutor's office": capitalized words that modify a
    // lower-case body's noun are no part of the name.
    if (comp + 1 < last && t_[comp].word() && !t_[comp].is(Token::kCapitalized) &&
        (!lex_.MatchAt(t_, comp, last, "orghead").empty() || t_[comp + 1].norm == "'s")) {
      continue;
    }
    // "the Administration of President Felipe Calderón": a government its leader names.
    if (k == i && t_[k].norm == "administration" && t_[h].norm == "of") {
      const std::vector<LexMatch> title = lex_.MatchAt(t_, h + 1, comp, "title");
      const size_t name = h + 1 + (title.empty() ? 0 : title[0].length);
      if (!title.empty() && name < comp && comp - name <= 4) return Administration(name, comp, k, i, comp, out);
    }
    // "the Criminal Division of the Justice Department", "the Tucson Sector of the Border Patrol": a
    // named unit of an organization the lexicon knows is that unit, part of it (read next).
    if (k > i && t_[h].norm == "of" && h + 1 < comp && heads[0].entry->attr("label") == "Organization:Agency") {
      const size_t a = h + 1 + (t_[h + 1].norm == "the" ? 1 : 0);
      for (const LexMatch& m : lex_.MatchAt(t_, a, last, "entity")) {
        if (m.entry->refining != "Agency" || a + m.length != comp) continue;
        const size_t used = OrgNamed(heads[0].entry, i, h, h, out);
        if (used > 0) {
          table_.AddRelation("PART_OF", out->back().entity, table_.FromLex(m.entry, Text(a, comp)), {}, "name.unit_of", 0.8f);
        }
        return used;
      }
    }
    return OrgNamed(heads[0].entry, i, comp, comp, out);
  }
  // "the Santiago municipal police": a town's name, even a given name, before a town's or a state's force.
  const bool town_police = end + 1 < last && OneOf(t_[end].norm, "municipal|state|city") && t_[end + 1].norm == "police";
  // "the Miguel Agustín Pro Juárez Human Rights Center", "the Benito Juárez Autonomous University": an
  // institution named for a person, its head ending the run.
  if (given && !town_police && !InstitutionHeadEnds(i + 1, end)) return 0;
  // Head last (or cut at a head that a title or a headline word follows).
  for (size_t k = i + 1; k <= end; ++k) {
    const std::vector<LexMatch> heads = lex_.MatchAt(t_, k, last, "orghead");
    if (heads.empty()) continue;
    const LexEntry* head = heads[0].entry;
    const size_t h = k + heads[0].length;
    if (k == end) {
      // A lower-case head after the run: "the Valencia drug family", "the Reforma newspaper".
      if (end >= last || t_[end].is(Token::kCapitalized)) break;
      if (head->attr("cue") == "yes") {
        // "Local newspaper El Diario": the name follows the cue; a lone sentence opener is no name.
        if ((h < last && t_[h].is(Token::kCapitalized)) || (i == first && end == i + 1)) return 0;
        return OrgNamed(head, i, end, h, out);
      }
      // "the Gulf drug cartel" is the lexicon's "Gulf Cartel".
      const LexEntry* known = lex_.FindEntity(Text(i, end) + " Cartel");
      if (!known) known = lex_.FindEntity(Text(i, end) + " Organization");  // "the Arellano Félix cartel"
      if (known && known->primary == "Organization" && head->attr("label") == "Organization:Cartel") {
        Push(out, i, h, table_.FromLex(known, Text(i, h)));
        return h - i;
      }
      if (i == first && end == i + 1) return 0;  // "Rival gang members": a sentence opener
      const size_t used = OrgNamed(head, i, h, h, out);
      // "the Caballeros del Sur cartel" is later "Caballeros del Sur".
      if (head->attr("label") == "Organization:Cartel") table_.AddAlias(out->back().entity, Text(i, end));
      return used;
    }
    if (head->attr("cue") == "yes" && h == end) return OrgNamed(head, i, k, h, out);  // "Reforma Newspaper"
    if (head->attr("cue") == "yes" || head->attr("position") == "first" || h > end) continue;
    const bool at_end = h == end;
    // "Designation of International Cartels": a plural head names a kind of group, no one group.
    if (at_end && OneOf(t_[h - 1].norm, "cartels|organizations|organisations|gangs|groups|syndicates|factions")) return 0;
    const bool cut = headline_ || !lex_.MatchAt(t_, h, last, "title").empty();
    if (!at_end && !cut) continue;
    if (t_[k].norm == "administration") {
      // "Obama Administration", "Biden-Harris Administration": a person's name the article
      // knows (a title names it, or a given name), or that ends the run; else no organization
      // ("Senior Administration Officials").
      const bool one_name = k == i + 1 || (k == i + 3 && JoinsNameParts(t_, i + 1, last));
      if (one_name &&
          (at_end || body_names_.count(NameKey(i, i + 1)) || table_.PersonFor(Text(i, i + 1), false) >= 0)) {
        return Administration(i, k, k, i, k + 1, out);
      }
      return 0;
    }
    // "... Leaders of Los Chapitos Faction": a Title Case headline's group head after a cartel the
    // lexicon knows is that cartel's common noun ("the Los Chapitos faction").
    if (headline_ && at_end && head->attr("label") == "Organization:Cartel") {
      if (const LexEntry* known = lex_.FindEntity(Text(i, k)); known && known->refining == "Cartel") {
        Push(out, i, h, table_.FromLex(known, Text(i, h)));
        return h - i;
      }
    }
    return OrgNamed(head, i, h, h, out);
  }
  // "Stratfor, a Texas-based security consultancy,": a group noun heads the apposition (of the whole
  // name: not "Borders" of "Reporters Without Borders", whose run a capitalized word before cut).
  const bool whole_name = i == first || !t_[i - 1].word() || !t_[i - 1].is(Token::kCapitalized) || IsDeterminer(t_[i - 1].norm);
  if (whole_name && end + 2 < last && t_[end].norm == "," &&
      (t_[end + 1].norm == "a" || t_[end + 1].norm == "an" || t_[end + 1].norm == "the")) {
    for (size_t k = end + 2; k < last && k <= end + 6; ++k) {
      // "Los Linces, a cell of former soldiers,", "X, a gang of ex-police officers": a criminal
      // group described by what it is made of.
      if (k + 2 < last && OneOf(t_[k].norm, "gang|cell|militia|crew|band") && t_[k + 1].norm == "of" &&
          t_[k + 2].word() && !t_[k + 2].is(Token::kCapitalized) && !IsDeterminer(t_[k + 2].norm)) {
        Push(out, i, end, table_.ByName("Organization", "Cartel", Text(i, end)));
        return end - i;
      }
      const std::vector<LexMatch> heads = lex_.MatchAt(t_, k, last, "orghead");
      if (!heads.empty() && !t_[k].is(Token::kCapitalized)) {
        const size_t h = k + heads[0].length;
        if (h < last && t_[h].word() && !lex_.MatchAt(t_, h, last, "orghead").empty()) continue;  // "drug cartel"
        // The apposition ends with its head ("X, a think tank, said"), not "X, the cartels control"
        // nor "X, the cartel's accountant" (a possessive determines another head).
        // "X, a prison gang with members in Texas": a preposition or a relative word may go on.
        const bool goes_on = h < last && OneOf(t_[h].norm, "with|that|which|whose|who|based|operating|active|known|"
                                                            "in|from|linked|tied|allied|founded|formed|led");
        if (h < last && !goes_on && (t_[h].word() || t_[h].norm == "'s")) break;
        std::string primary, refining;
        SplitLabel(heads[0].entry->attr("label"), &primary, &refining);
        Push(out, i, end, table_.ByName(primary, refining, Text(i, end)));
        return end - i;
      }
      // Only modifiers before the head: no preposition, no role ("a member of the cartel").
      const Token& t = t_[k];
      if (!(t.word() || t.norm == "-") || IsDeterminer(t.norm) || !lex_.MatchAt(t_, k, last, "role").empty()) break;
      if (t.norm == "of" || t.norm == "for" || t.norm == "in" || t.norm == "with" || t.norm == "that" ||
          t.norm == "which" || t.norm == "who" || t.norm == "and" || t.norm == "to")
        break;
    }
  }
  // "Los Mayos, a faction of the Sinaloa Cartel", "La Linea, the armed wing of the Juárez Cartel": a
  // part noun of an organization the lexicon knows names an organization of the same kind.
  if (const LexEntry* parent = PartOfKnown(end, last)) {
    Push(out, i, end, table_.ByName("Organization", parent->refining, Text(i, end)));
    return end - i;
  }
  // "Primeiro Comando da Capital (PCC)": the acronym spells the name.
  if (end + 2 < last && end - i >= 2 && t_[end].norm == "(" && t_[end + 1].is(Token::kAllCaps) &&
      t_[end + 2].norm == ")" && SpellsInitials(Text(end + 1, end + 2), t_, i, end)) {
    const int e = table_.ByName("Organization", "", Text(i, end));
    table_.AddAlias(e, Text(end + 1, end + 2));
    Push(out, i, end, e);
    return end + 3 - i;
  }
  if (ListedBusiness(i, end, first, last) || CoordinatedCompany(i, end, first, last, *out)) {
    Push(out, i, end, table_.ByName("Organization", "", Text(i, end)));
    return end - i;
  }
  return 0;
}

const LexEntry* MentionFinder::PartOfKnown(size_t comma, size_t last) const {
  if (comma + 4 >= last || t_[comma].norm != "," || !OneOf(t_[comma + 1].norm, "a|an|the")) return nullptr;
  constexpr std::string_view kPartNouns = "faction|splinter|offshoot|wing|cell|unit|arm|branch|spin-off|breakaway";
  // Up to three lower-case modifiers before the part noun: "a powerful breakaway faction of".
  for (size_t k = comma + 2; k < last && k <= comma + 5; ++k) {
    if (!t_[k].word() || t_[k].is(Token::kCapitalized) || IsDeterminer(t_[k].norm) ||
        OneOf(t_[k].norm, "of|from|in|with|for|and|or|who|which|that")) {
      return nullptr;
    }
    if (!OneOf(t_[k].norm, kPartNouns)) continue;
    size_t h = k + 1;
    if (h < last && t_[h].norm == "group") ++h;  // "a splinter group of"
    if (h + 1 >= last || !OneOf(t_[h].norm, "of|within")) continue;
    h += t_[h + 1].norm == "the" ? 2 : 1;
    for (const LexMatch& m : lex_.MatchAt(t_, h, last, "entity")) {
      if (m.entry->primary == "Organization") return m.entry;
    }
    return nullptr;
  }
  return nullptr;
}

// An organization named t_[i, name_end) by `head`'s label, mentioned by the
// tokens [i, used).
size_t MentionFinder::OrgNamed(const LexEntry* head, size_t i, size_t name_end, size_t used,
                               std::vector<Mention>* out) {
  std::string primary, refining;
  SplitLabel(head->attr("label"), &primary, &refining);
  const std::string surface = Text(i, name_end);
  // "Paraguay's National Police", "the Colombian Prosecutor General's Office": a foreign agency.
  if (const size_t foreign = ForeignAgency(primary, refining, i, name_end, used, out); foreign > 0) return foreign;
  // "the United States Consulate General in Ciudad Juárez": a post with its city.
  if (used == name_end) {
    if (const size_t city_end = PostCity(i, name_end, t_.size()); city_end > name_end) {
      const int post = table_.ByName(primary, refining, Text(i, city_end));
      table_.AddAlias(post, surface);
      Push(out, i, city_end, post);
      return city_end - i;
    }
  }
  const std::string other = OtherSpelling(surface);
  // (a name given before as another's alias, "the U.S. Attorney's Office" after "... in San Diego", is that body)
  const int named = table_.FindAlias(surface);
  const int known = named >= 0 && table_.at(named).primary == primary && table_.at(named).refining == refining
                        ? named
                        : other.empty() ? -1 : table_.FindAlias(other);
  const int e = known >= 0 && table_.at(known).primary == "Organization" ? known : table_.ByName(primary, refining, surface);
  if (!other.empty()) {
    table_.AddAlias(e, surface);
    table_.AddAlias(e, other);
  }
  // "Prime Rogue Inc." is also "Prime Rogue"; "Reforma" is also the "Reforma newspaper".
  if (head->attr("suffix") == "yes" && name_end - i >= 2) table_.AddAlias(e, Text(i, name_end - 1));
  if (used > name_end) table_.AddAlias(e, Text(i, used));
  ChamberOf(e, i, name_end);
  Push(out, i, used, e);
  return used - i;
}

void MentionFinder::ChamberOf(int committee, size_t i, size_t name_end) {
  bool named = false;  // the name holds "Committee", "Subcommittee" or "Caucus"
  for (size_t k = i; k < name_end; ++k) named |= OneOf(t_[k].norm, "committee|subcommittee|caucus");
  if (!named) return;
  for (const auto& e : lex_.entries()) {
    if (e->kind != "entity" || e->attr("committees").empty() || NormalizeName(e->attr("committees")) != t_[i].norm) continue;
    table_.AddRelation("PART_OF", committee, table_.FromLex(e.get(), e->canonical()), {}, "name.chamber", 0.8f);
    return;
  }
}

size_t MentionFinder::Administration(size_t name, size_t name_end, size_t head, size_t i, size_t end,
                                     std::vector<Mention>* out) {
  const std::string surface = Text(name, name_end);
  // "Biden-Harris": the first name leads it.
  const size_t leader_end = name_end - name == 3 && JoinsNameParts(t_, name + 1, name_end) ? name + 1 : name_end;
  const int person = table_.PersonFor(Text(name, leader_end), true);
  const int gov = table_.ByName("Organization", "Government", surface + " " + Text(head, head + 1));
  if (i != name) {
    // "the Administration of President Felipe Calderón" is the "Calderón administration" too.
    table_.AddAlias(gov, Text(i, end));
    if (leader_end > name + 1) table_.AddAlias(gov, Text(leader_end - 1, leader_end) + " " + Text(head, head + 1));
  }
  if (person >= 0) {
    table_.AddRelation("LEADS", person, gov, {}, "title.administration", 0.9f);
    table_.at(person).mentioned = true;  // a modifier here, not the one "he" refers to
  }
  if (leader_end < name_end) {
    // The "Biden-Harris Administration" is the "Biden administration", and Harris, the
    // president's running mate named second, one of its members.
    table_.AddAlias(gov, Text(i, leader_end) + " " + Text(name_end, name_end + 1));
    if (const int mate = table_.PersonFor(Text(leader_end + 1, name_end), true); mate >= 0 && mate != person) {
      table_.AddRelation("MEMBER_OF", mate, gov, {}, "title.administration.second", 0.85f);
      table_.at(mate).mentioned = true;
    }
  }
  Push(out, i, end, gov);
  return end - i;
}

// "Operation Southern Spear", "Operation Fast and Furious", "Project Gunrunner":
// a named operation or project is a Program.
size_t MentionFinder::NamedOperation(size_t i, size_t last, std::vector<Mention>* out) {
  // "Joint Operation Chihuahua": a word of joint action opens the name.
  const size_t head = i + 1 < last && t_[i].is(Token::kCapitalized) && OneOf(t_[i].norm, "joint|combined|coordinated") &&
                              t_[i + 1].norm == "operation" ? i + 1 : i;
  if ((t_[head].norm != "operation" && t_[head].norm != "project") || !t_[head].is(Token::kCapitalized) || head + 1 >= last) {
    return 0;
  }
  if (!t_[head + 1].is(Token::kCapitalized) || lex_.InList("notname", t_[head + 1])) return 0;
  const size_t end = ComplementEnd(head, last);
  if (end <= head + 1) return 0;
  // A title-case headline capitalizes every word ("Military Operation Nets 20 Suspects"): there, only a
  // name the text repeats is an operation's.
  const std::string name = Text(i, end);
  if (headline_) {
    const size_t at = doc_.text.find(name);
    if (at == std::string::npos || doc_.text.find(name, at + name.size()) == std::string::npos) return 0;
  }
  Push(out, i, end, table_.ByName("Program", "", name));
  return end - i;
}

// "the Governments of Mexico and Canada": the government of each country named.
size_t MentionFinder::GovernmentsOf(size_t i, size_t last, std::vector<Mention>* out) {
  if (t_[i].norm != "governments" || i + 2 >= last || t_[i + 1].norm != "of") return 0;
  struct Named {
    size_t first, last;  // the country's name, tokens [first, last)
    int government;
  };
  std::vector<Named> governments;
  size_t k = i + 2;
  while (k < last) {
    if (t_[k].norm == "the") ++k;
    const std::vector<LexMatch> m = k < last ? lex_.MatchAt(t_, k, last, "entity") : std::vector<LexMatch>{};
    if (m.empty() || m[0].entry->refining != "Country") break;
    const int country = table_.FromLex(m[0].entry, Text(k, k + m[0].length));
    if (table_.GovernmentOf(country) < 0) break;
    governments.push_back(Named{k, k + m[0].length, table_.GovernmentOf(country)});
    k += m[0].length;
    if (k < last && t_[k].norm == ",") ++k;
    if (k < last && t_[k].norm == "and") ++k;
  }
  if (governments.size() < 2) return 0;
  // Each mention ends with its country's name: the commas and "and" between are not part of it
  // ("..., established a committee with the Governments of Mexico and Canada, and launched ...").
  for (size_t g = 0; g < governments.size(); ++g) {
    Push(out, g == 0 ? i : governments[g].first, governments[g].last, governments[g].government);
  }
  return governments.back().last - i;
}

// A facility by its head word: "Benito Juárez International Airport", "the
// Puente Grande prison", "the Federal Detention Center".
size_t MentionFinder::Facility(size_t i, size_t end, size_t last, std::vector<Mention>* out) {
  // "the Casino Royale", "Hotel Real de Minas": a head that opens the name (lead=yes).
  for (const LexMatch& lead : lex_.MatchAt(t_, i, last, "placehead")) {
    if (lead.entry->attr("lead") != "yes" || i + lead.length >= end) continue;
    std::string primary, refining;
    SplitLabel(lead.entry->attr("label"), &primary, &refining);
    Push(out, i, end, table_.ByName(primary, refining, Text(i, end)));
    return end - i;
  }
  for (size_t k = i + 1; k <= end && k < last; ++k) {
    const std::vector<LexMatch> heads = lex_.MatchAt(t_, k, last, "placehead");
    if (heads.empty()) continue;
    const size_t h = k + heads[0].length;
    const bool capital_head = k < end && h == end && t_[k].is(Token::kCapitalized);
    const bool lower_head = k == end && !t_[k].is(Token::kCapitalized);
    if (!capital_head && !lower_head) continue;
    std::string primary, refining;
    SplitLabel(heads[0].entry->attr("label"), &primary, &refining);
    Push(out, i, h, table_.ByName(primary, refining, Text(i, h)));
    return h - i;
  }
  return 0;
}

bool MentionFinder::InstitutionHeadEnds(size_t from, size_t end) const {
  for (size_t p = from; p < end; ++p) {
    for (const LexMatch& h : lex_.MatchAt(t_, p, end, "orghead")) {
      if (p + h.length == end && t_[p].is(Token::kCapitalized) &&
          h.entry->attr("label") == "Organization:ResearchGroup" && h.entry->attr("cue") != "yes") {
        return true;
      }
    }
  }
  return false;
}

bool MentionFinder::OrgHeadEnds(size_t from, size_t end) const {
  for (size_t p = from; p < end; ++p) {
    for (const LexMatch& h : lex_.MatchAt(t_, p, end, "orghead")) {
      if (p + h.length == end && h.entry->attr("cue") != "yes" && t_[p].is(Token::kCapitalized)) return true;
    }
  }
  return false;
}

}  // namespace cg::ingest
