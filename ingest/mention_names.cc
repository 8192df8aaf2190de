#include <algorithm>
#include <cctype>

#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

// True when every name of `e` is one of `names` (a person known so far by a nickname alone).
bool OnlyNamedBy(const LocalEntity& e, const std::vector<std::string>& names) {
  for (const std::string& key : e.alias_keys) {
    if (std::none_of(names.begin(), names.end(), [&](const std::string& n) { return NormalizeName(n) == key; })) {
      return false;
    }
  }
  return true;
}

}  // namespace

// A capitalized run the lexicon did not name. Returns the tokens used.
size_t MentionFinder::SharedSurname(size_t i, size_t last, std::vector<Mention>* out) {
  // Right after a kin noun ("the brothers Miguel Ángel and Omar Treviño Morales") a member may be
  // written with two given names; elsewhere two such words may be a name and a surname ("Mark Kelly").
  const size_t before = i > 0 && t_[i - 1].norm == "," ? i - 1 : i;
  const size_t most = before > 0 && OneOf(t_[before - 1].norm, "brothers|sisters|twins|siblings") ? 2 : 1;
  // A member written with given names alone: the end of its capitalized run; else k.
  const auto bare = [&](size_t k) {
    const size_t run = CapitalRun(k, last);
    if (run == k || run > k + most) return k;
    for (size_t g = k; g < run; ++g) {
      if (!lex_.InList("given", t_[g])) return k;
    }
    return run;
  };
  const size_t own = bare(i);
  if (i + 4 > last || own == i) return 0;
  // "Mark and Julie Harmon", "Arturo, Héctor, Alfredo and Carlos Beltrán Leyva", "Miguel Ángel and
  // Omar Treviño Morales": given names listed before the member written with the surname.
  size_t j = own;
  for (int members = 0; members < 6; ++members) {
    const bool comma = j < last && t_[j].norm == ",";
    if (comma) ++j;
    const bool conj = j < last && t_[j].norm == "and";
    if (conj) ++j;
    if ((!comma && !conj) || j >= last || !lex_.InList("given", t_[j])) return 0;
    const size_t member = bare(j);
    if (member == j) break;  // the member with the surname
    j = member;
  }
  const size_t named = j;
  const size_t end = NameEnd(named, CapitalRun(named, last));
  if (end < named + 2 || end > named + 4 || !lex_.MatchAt(t_, named + 1, end, "entity").empty()) return 0;
  // "his brothers Ovidio, Iván Archivaldo and Jesús Alfredo": the member with the surname ends the
  // list; a given name listed after it makes its words that member's own.
  size_t more = end;
  if (more < last && t_[more].norm == ",") ++more;
  if (more < last && t_[more].norm == "and") ++more;
  if (more > end && more < last && lex_.InList("given", t_[more])) return 0;
  // "Mark and Julie Ann ...": a second given name opens no shared surname (a given name later in
  // the run is a surname: "Benjamín and Ramón Arellano Félix").
  if (lex_.InList("given", t_[named + 1])) return 0;
  const int person = table_.PersonFor(Text(i, own) + " " + Text(named + 1, end), true);
  if (person < 0) return 0;
  if (own > i + 1) table_.AddAlias(person, Text(i, own));  // "Miguel Ángel" names him again later
  Push(out, i, own, person);
  return own - i;
}

size_t MentionFinder::Capitalized(size_t i, size_t first, size_t last, bool alias_cue, std::vector<Mention>* out) {
  // Words that never open a name, at a sentence start ("The", "By", "In").
  // Mid-sentence, such a word may open an organization's name of two words or more ("a Security
  // Implementation Group", "the Security Secretariat").
  if (lex_.InList("notname", t_[i]) && !alias_cue) {
    const size_t run = CapitalRun(i, last);
    // (or right after a sentence's opening article: "The Security Initiative for the Americas")
    const bool after_article = i - 1 == first && IsDeterminer(t_[i - 1].norm);
    const bool org_run = i > first && t_[i - 1].word() && (!t_[i - 1].is(Token::kCapitalized) || after_article) &&
                         run >= i + 2 && !lex_.MatchAt(t_, run - 1, last, "orghead").empty();
    // "The Security Implementation Group will meet": a name the article gave before, at a sentence start.
    const int known = run >= i + 2 && !IsDeterminer(t_[i].norm) ? table_.FindAlias(Text(i, run)) : -1;
    if (!org_run && !(known >= 0 && table_.at(known).primary == "Organization")) return 0;
  }
  if (MonthNumber(t_[i].norm) && !lex_.InList("given", t_[i])) return 0;
  // known as "The Boss of Bosses": the quoted words are another name of what precedes.
  // The cue must follow what it renames: not "factions of the Gulf Cartel known as Los Metros".
  // 'X, 36, alias "Y"': over an age set off by commas.
  auto aged = [&](size_t e) {
    return e + 3 == alias_cue_at_ && t_[e].norm == "," && t_[e + 1].is(Token::kNumber) && t_[e + 2].norm == ",";
  };
  const Mention* before = !out->empty() && out->back().kind == Mention::Kind::kEntity &&
                                  (out->back().last == alias_cue_at_ || aged(out->back().last) ||
                                   (out->back().last + 1 == alias_cue_at_ && !t_[out->back().last].word()))
                              ? &out->back()
                              : nullptr;
  // 'X, a former schoolteacher known as "La Tuta"': the cue ends a person's apposition.
  bool apposed_cue = false;
  for (size_t n = out->size(); !before && n-- > 0 && n + 3 >= out->size();) {
    if (ApposedCue((*out)[n], *out)) {
      before = &(*out)[n];
      apposed_cue = true;
    }
  }
  // "factions of the Gulf Cartel known as ...": the cue renames the head before "of".
  if (before) {
    size_t b = before->first;
    if (b > first && t_[b - 1].norm == "the") --b;
    // A person set off by a comma is what the cue renames: "an associate of X, known as "Y"".
    const bool apposed = t_[before->last].norm == "," && table_.at(before->entity).primary == "Person";
    if (b > first && t_[b - 1].norm == "of" && !apposed) before = PersonOfRoleOver(*before, i, first, out);
  }
  // 'Known as "El Flaco," Mario Lozano ...': a cue that opens the sentence names the person after it.
  // 'Known in Sinaloa as "El Ratón," Guzmán López ...': the same, over a place.
  const bool known_in = !before && i >= first + 4 && i <= first + 8 && t_[first].norm == "known" &&
                        t_[i - 1].norm == "\"" && t_[i - 2].norm == "as" && OneOf(t_[first + 1].norm, "in|to|among|across");
  const bool fronted = (alias_cue && !before && out->empty() && alias_cue_at_ <= first + 1) || known_in;
  // 'X, "El Coss," was arrested': a short quoted name set off after a person is another name of it.
  const bool apposed = !alias_cue && !known_in && ApposedNickname(i, first, last, *out);
  if (apposed) before = &out->back();
  if ((alias_cue || known_in || apposed) && i > first && t_[i - 1].norm == "\"" && (before || fronted)) {
    size_t close = i + 1;
    while (close < last && close <= i + 7 && t_[close].norm != "\"") ++close;
    const size_t words_end =
        close > i && (t_[close - 1].norm == "," || t_[close - 1].norm == ".") ? close - 1 : close;  // "The Boss,"
    if (close < last && t_[close].norm == "\"" && words_end > i) {
      std::vector<std::string> aliases{Text(i, words_end)};
      if (words_end == i + 2 && (t_[i].norm == "el" || t_[i].norm == "la")) {
        aliases.push_back(Text(i + 1, words_end));  // "La Barbie" is "Barbie"
      }
      // 'X, known as "Comandante H" and "El Abuelo,"': each quoted name of the list is another name.
      size_t end = close + 1;
      while (before && end + 2 < last && OneOf(t_[end].norm, "and|or") && t_[end + 1].norm == "\"") {
        size_t shut = end + 2;
        while (shut < last && shut <= end + 9 && t_[shut].norm != "\"") ++shut;
        const size_t stop = t_[shut - 1].norm == "," || t_[shut - 1].norm == "." ? shut - 1 : shut;
        if (shut >= last || t_[shut].norm != "\"" || stop <= end + 2) break;
        aliases.push_back(Text(end + 2, stop));
        end = shut + 1;
      }
      if (before) {
        for (const std::string& alias : aliases) {
          // 'Mexico captures "El Teo"' ... 'García Simental, known as "El Teo,"' (or 'X, a Texas-born
          // trafficker known as "La Barbie,"'): the person the headline named by the nickname alone is
          // the one it now renames.
          const int nicknamed = table_.FindAlias(alias);
          if (nicknamed >= 0 && (before == &out->back() || apposed_cue) && nicknamed != table_.Root(before->entity) && table_.at(nicknamed).primary == "Person" &&
              table_.at(before->entity).primary == "Person" && OnlyNamedBy(table_.at(nicknamed), aliases)) {
            MergeEntities(&table_.graph(), nicknamed, before->entity);
          }
          table_.AddAlias(before->entity, alias);
        }
      } else {
        const size_t name = close + 1 < last && t_[close + 1].norm == "," ? close + 2 : close + 1;
        pending_alias_ = PendingAlias{name, std::move(aliases)};
      }
      return end - i;
    }
  }
  // "Mark and Julie Harmon": a lone given name coordinated with a full name shares its surname.
  if (const size_t used = SharedSurname(i, last, out); used > 0) return used;
  if (const size_t used = FamilyMember(i, first, last, out); used > 0) return used;
  // “el Mencho”: a quoted nickname may keep the article in lower case.
  const bool quoted_article = !t_[i].is(Token::kCapitalized);
  size_t end = quoted_article ? CapitalRun(i + 1, last) : CapitalRun(i, last);
  if (quoted_article && end != i + 2) return 0;
  // "Combustibles Esquivel S.A. de C.V.", "Consultores Marina Vallarta S.C.": a run its legal form ends
  // is a company's name (no person's, and no lexicon name inside it), also named without the form.
  for (size_t k = i + 1; !quoted_article && k <= end && k <= i + 8; ++k) {
    if (const size_t form = LegalFormAt(t_, k, last); form > 0) {
      const int company = table_.ByName("Organization", "", Text(i, k));
      table_.AddAlias(company, Text(i, k + form));
      Push(out, i, k + form, company);
      return k + form - i;
    }
  }
  // "the Colonia Morelos neighborhood": a city's neighborhood is below the places the graph keeps,
  // whatever place its name borrows.
  if (t_[i].norm == "colonia" && end >= i + 2 && end <= i + 5) return end - i;
  // Stop before a lexicon entity inside the run ("Jalisco Governor ..."), unless the
  // run ends with an organization's name: "La Nueva Familia Michoacana" is a new
  // organization of the same kind.
  for (size_t k = i + 1; k < end; ++k) {
    bool stop = false;
    for (const LexMatch& m : lex_.MatchAt(t_, k, last)) {
      // (one word opening the sentence, or a dateline's lead, is a modifier: "Rival Zetas gunmen", "One
      // Knights Templar commander")
      const bool opens = i == first || OneOf(t_[i - 1].norm, "-|--|—|–");
      if (m.entry->kind == "entity" && m.entry->primary == "Organization" && k + m.length == end &&
          !lex_.InList("given", t_[i]) && !(opens && k == i + 1 && !OneOf(t_[i].norm, "el|la|los|las"))) {
        const int org = table_.ByName("Organization", m.entry->refining, Text(i, end));
        // "Honduras's National Congress" is also the "National Congress of Honduras".
        if (i >= first + 2 && t_[i - 1].norm == "'s" && !out->empty() && out->back().last + 1 == i &&
            out->back().kind == Mention::Kind::kEntity && table_.at(out->back().entity).refining == "Country") {
          table_.AddAlias(org, Text(i, end) + " of " + table_.at(out->back().entity).name);
          table_.AddAlias(org, Text(out->back().first, end));
        }
        Push(out, i, end, org);
        return end - i;
      }
      // "the Special Prosecutor's Office": a title that ends the run before "'s Office" names an office.
      const bool office = m.entry->kind == "title" && k + m.length == end && end + 1 < last && t_[end].norm == "'s" &&
                          !lex_.MatchAt(t_, end + 1, last, "orghead").empty();
      // "Rodolfo Cázares Lima": a one-word city after a given name and a surname is a second surname.
      // So is a one-word city or state between a given name and a last surname: "Rogelio Zamora
      // Peña", "Jesús Guerrero Reyes".
      const bool surname = m.entry->kind == "entity" && m.length == 1 &&
                           (m.entry->refining == "City" || m.entry->refining == "State") &&
                           lex_.InList("given", t_[i]) &&
                           ((k + 1 == end && k >= i + 2) ||
                            (k + 2 == end && k == i + 1 && lex_.MatchAt(t_, k + 1, last).empty()));
      // "the Royal Bahamas Police Force": a place inside a run that ends with an organization's head word;
      // "the House Homeland Security Committee": so is a body inside a committee's name (its subject).
      const bool committee = m.entry->primary == "Organization" && OneOf(t_[end - 1].norm, "committee|subcommittee|caucus");
      const bool named_body = m.entry->kind == "entity" && (m.entry->primary == "Place" || committee) &&
                              OrgHeadEnds(k + m.length, end);
      const bool town = m.entry->primary == "Place" && k + m.length == end && TownNamedForPerson(i, end, first, last);
      // "Task Force Phoenix": a place names the task force whose head it follows.
      const bool task_force = m.entry->primary == "Place" && k >= i + 2 && t_[k - 2].norm == "task" &&
                              t_[k - 1].norm == "force" && t_[k - 1].is(Token::kCapitalized);
      stop |= (m.entry->kind == "entity" && !surname && !named_body && !town && !task_force) ||
              (m.entry->kind == "title" && !office);
    }
    if (stop) {
      end = k;
      break;
    }
  }
  if (end == i) return 0;
  end = NameEnd(i, end);
  // "the Foreign Narcotics Kingpin Designation Act": a law, no entity.
  if (t_[end - 1].is(Token::kCapitalized) && !lex_.MatchAt(t_, end - 1, end, "document").empty()) return end - i;
  std::string surface = Text(i, end);
  if (quoted_article) surface[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(surface[0])));  // "El"
  if (const size_t used = NicknameFirst(i, end, first, last, out); used > 0) return used;
  // "X administration": a government, and X a person who leads it.
  if (end < last && t_[end].norm == "administration" && !t_[end].is(Token::kCapitalized) && end - i <= 3) {
    return Administration(i, end, end, i, end + 1, out);
  }
  // "the Beltran Leyva gang": a lower-case head makes a person's surname a group's name.
  if (end < last && !t_[end].is(Token::kCapitalized) && !lex_.MatchAt(t_, end, last, "orghead").empty()) {
    if (const size_t used = NamedOperation(i, last, out); used > 0) return used;  // "Project Gunrunner"
  if (const size_t used = StructuralOrg(i, end, first, last, out); used > 0) return used;
  }
  // "another Beltrán Leyva commander", "an Arellano Félix lieutenant": a family's name before a
  // group's rank is the group the lexicon knows by it (the name stays the family's elsewhere).
  if (end < last && !lex_.InList("given", t_[i]) &&
      OneOf(t_[end].norm, "commander|lieutenant|operative|operator|enforcer|hitman|financier|accountant|boss|"
                          "leader|member|associate|commanders|lieutenants|operatives|enforcers|leaders|members|"
                          "associates")) {
    const LexEntry* group = lex_.FindEntity(surface + " Organization");
    if (!group) group = lex_.FindEntity(surface + " Cartel");
    if (group && group->primary == "Organization") {
      Push(out, i, end, table_.FromLex(group, group->canonical()));
      return end - i;
    }
  }
  // Article aliases: acronyms defined earlier, known surnames.
  if (const int known = table_.FindAlias(surface); known >= 0) {
    table_.PreferWrittenCase(known, surface);
    Push(out, i, end, known);
    AfterEntity(end, last, out);
    return end - i;
  }
  // Headings and speaker labels in capitals ("SENIOR ADMINISTRATION OFFICIAL") name nothing new;
  // a sentence's name in capitals may be a person's.
  if (end - i >= 2 && AllCapsWords(doc_.text, t_, i, end)) return NameInCapitals(i, end, first, last, out);
  if (const size_t used = SelfNamed(i, end, first, out); used > 0) return used;  // "calls itself X"
  if (const size_t used = ClassNamed(i, end, first, last, out); used > 0) return used;  // "Haitian gangs X and Y"
  if (const size_t used = Facility(i, end, last, out); used > 0) return used;
  if (const size_t used = NamedOperation(i, last, out); used > 0) return used;  // "Project Gunrunner"
  if (const size_t used = StructuralOrg(i, end, first, last, out); used > 0) return used;
  if (const size_t used = StructuralPlace(i, end, first, last, out); used > 0) return used;
  if (const size_t used = QuotedNickname(i, end, last, out); used > 0) return used;
  // "known as ...", "alias ..." after a person: another name of that person;
  // after an organization: another name of it.
  if (alias_cue && before && table_.at(before->entity).primary != "Person" && end - i <= 4) {
    table_.AddAlias(before->entity, surface);
    return end - i;
  }
  if (alias_cue && !before && end - i <= 4) {
    if (const size_t used = GroupNamed(i, end, first, out); used > 0) return used;
  }
  // 'known as Z-40', 'alias M-1': a letter and a number name the person before the cue; a lone
  // capital letter is no person of its own (two "Z"s would merge two brothers).
  if (alias_cue && end == i + 1 && t_[i].norm.size() == 1) {
    if (before && i + 2 < last && t_[i + 1].norm == "-" && t_[i + 2].is(Token::kNumber)) {
      table_.AddAlias(before->entity, Text(i, i + 3));
      return 3;
    }
    return 1;
  }
  const bool alias_of_person = alias_cue && before && end - i <= 3;
  // "Los Cuinis", "Las Moicas": a name the lexicon does not know opening with a plural article is a
  // group's, never a person's (a town's after a place preposition: "in Los Reyes", "the town of
  // Los Reyes"; "the leader of Los Cuinis" is a group's).
  const bool place_of = i >= first + 2 && t_[i - 1].norm == "of" &&
                        OneOf(t_[i - 2].norm, "town|city|village|municipality|port|community|state|valley|region");
  if ((t_[i].norm == "los" || t_[i].norm == "las") && end - i >= 2 && end - i <= 4 && !alias_of_person &&
      !(i > first && OneOf(t_[i - 1].norm, "in|near|at|from|outside|to|into|across")) && !place_of) {
    Push(out, i, end, table_.ByName("Organization", "Cartel", surface));
    return end - i;
  }
  // "the founder and leader of La Mano con Ojos", "formed La Mano con Ojos": a name opening with
  // "El" or "La" that a group's role or its founding governs is a criminal group's.
  if ((t_[i].norm == "el" || t_[i].norm == "la") && end - i >= 3 && end - i <= 5 && !alias_of_person && i >= first + 2 &&
      (OneOf(t_[i - 1].norm, "formed|founded|created|joined|led|leads|heads|headed") ||
       (t_[i - 1].norm == "of" && !lex_.MatchAt(t_, i - 2, i - 1, "role").empty()))) {
    Push(out, i, end, table_.ByName("Organization", "Cartel", surface));
    return end - i;
  }
  // "La Resistencia, a splinter group of ...", "La Resistencia, which ...", "La Resistencia has allied
  // itself with": a name opening with "El" or "La" that a group's apposition, "which" or "itself"
  // describes is a criminal group's (not "La Tuta, a former schoolteacher").
  if ((t_[i].norm == "el" || t_[i].norm == "la") && end - i >= 2 && end - i <= 4 && !alias_of_person &&
      GroupDescribedAfter(end, last)) {
    Push(out, i, end, table_.ByName("Organization", "Cartel", surface));
    return end - i;
  }
  // "accused of leading La Barredora", "joined La Empresa": a two-word name the gerund of leading
  // or founding governs is a group's too (a person is led or joined by name, not so: "led El Chapo's").
  if ((t_[i].norm == "el" || t_[i].norm == "la") && end - i == 2 && !alias_of_person && i >= first + 1 &&
      OneOf(t_[i - 1].norm, "leading|heading|running|founding|forming|joined|founded|formed") &&
      !(end < last && t_[end].norm == "'s")) {
    Push(out, i, end, table_.ByName("Organization", "Cartel", surface));
    return end - i;
  }
  // "Indira Navarro, the leader of Guerreros Buscadores": a name of two words or more that no given
  // name opens, after "the leader of" (or head, founder, director), is a body's (not "of X's men"; nor
  // the field of an office's capitalized title: "the Director of National Intelligence").
  if (end - i >= 2 && end - i <= 5 && !alias_of_person && i >= first + 3 && t_[i - 1].norm == "of" &&
      t_[i - 3].norm == "the" && OneOf(t_[i - 2].norm, "leader|head|founder|co-founder|cofounder|director|coordinator") &&
      !t_[i - 2].is(Token::kCapitalized) &&
      !lex_.InList("given", t_[i]) && !(end < last && t_[end].norm == "'s")) {
    size_t e = end;
    while (e > i + 2 && IsNameConnector(t_[e - 1].norm)) --e;  // "Madres Buscadoras de" before a place
    if (!IsNameConnector(t_[e - 1].norm)) {
      Push(out, i, e, table_.ByName("Organization", "", Text(i, e)));
      return e - i;
    }
  }
  const bool nickname = (t_[i].norm == "el" || t_[i].norm == "la") && end - i == 2;
  // "Devis Leonel Rivera Maradiaga": inside a sentence, a word the lexicon does not know before a given
  // name and two surnames is a first given name. Not at a sentence's start ("Sources Juan Pérez Gómez")
  // unless the article writes the whole name again,
  // nor a role, a title or its plural ("Assistant U.S. Attorneys Kevin ..."), a word in capitals, a
  // place named for a person ("in Ciudad Miguel Alemán"), a word after a capitalized one or inside a
  // title's field ("Drug Lord ...", "Coordinator for Counterterrorism Ray Donnelly"), nor in a headline.
  const std::string_view word = t_[i].norm;
  const bool in_title = i >= first + 2 && OneOf(t_[i - 1].norm, "for|of") && t_[i - 2].is(Token::kCapitalized);
  const std::string_view singular = word.substr(0, word.size() - 1);
  const bool plural_role = word.size() > 3 && word.back() == 's' &&
                           (lex_.InList("role", singular) || lex_.InList("title", singular) || lex_.InList("kin", singular));
  const bool given = (lex_.InList("given", t_[i]) && end - i >= 2) ||
                     (end - i >= 4 && end - i <= 5 && lex_.InList("given", t_[i + 1]) && !lex_.InList("given", t_[i + 2]) &&
                      !headline_ && !in_title && !plural_role &&
                      ((i > first && !OneOf(t_[i - 1].norm, "in|at|near|outside|into|across|toward|towards|from|on|the") &&
                        (t_[i - 1].norm == "," ||
                         (t_[i - 1].word() && !t_[i - 1].is(Token::kCapitalized) && !t_[i - 1].is(Token::kAllCaps)))) ||
                       NamedAgain(i, end)) &&
                      !t_[i].is(Token::kAllCaps) && lex_.MatchAt(t_, i, last).empty() &&
                      !OneOf(t_[i].norm, "el|la|los|las|san|santa|don|dona|doña"));
  // Asked last, when nothing else makes the name a person's: known_label reads the database, and the
  // ingest keeps its answers to tell whether a later write makes the extraction stale (measured:
  // a third of the questions were of names another test already settled).
  const auto known = [&] { return options_.known_label && options_.known_label(surface) == "Person"; };
  const bool aliased = pending_alias_.name == i;  // 'Known as "El Flaco," <name>'
  // "Wei Liang and Hao Chen": a name of two words or more coordinated after a person's.
  // So is one after ", and", and one after a comma in a list of persons that goes on after it
  // ("Latavia McGee, Eric Williams, Shaeed Woodard and Zindell Brown": two persons named before it,
  // a comma between them; not "In prosecuting Fahie, AUSAs Gerarde and ...").
  const auto person_at = [&](size_t n) {
    return n < out->size() && (*out)[n].kind == Mention::Kind::kEntity && table_.at((*out)[n].entity).primary == "Person";
  };
  const size_t joint = i >= first + 3 && t_[i - 1].norm == "and" && t_[i - 2].norm == "," ? 2 : 1;
  // (Or one person named before it after a role or a count of them: "The suspects, Latoya Simms, Jerome
  // Pettaway and ...".)
  const auto opens_list = [&](size_t f) {
    return f >= first + 2 && t_[f - 1].norm == "," && !t_[f - 2].is(Token::kCapitalized) &&
           (OneOf(t_[f - 2].norm, "them|victims|suspects|detainees") || !lex_.MatchAt(t_, f - 2, f - 1, "role").empty());
  };
  const bool comma = i >= first + 2 && t_[i - 1].norm == "," && !out->empty() && end < last &&
                     OneOf(t_[end].norm, ",|and") &&
                     (opens_list(out->back().first) ||
                      (out->size() >= 2 && person_at(out->size() - 2) && t_[out->back().first - 1].norm == "," &&
                       (*out)[out->size() - 2].last + 1 == out->back().first));
  const bool listed = end - i >= 2 && end - i <= 3 && i >= first + 2 && (t_[i - 1].norm == "and" || comma) &&
                      !out->empty() && out->back().last + joint == i && person_at(out->size() - 1) &&
                      (end >= last || !t_[end].is(Token::kCapitalized));
  // "for Rebeca Solís and Ramiro Cota": a name of two or three words coordinated before a person's
  // name that opens with a given name (not after a preposition of place or "the"); so is the first of
  // a list whose next member opens with a given name and which goes on ("sanctioned A, Ramiro Cota
  // and B").
  const auto list_goes_on = [&](size_t k) {
    for (size_t n = k; n < last && n <= k + 5; ++n) {
      if (OneOf(t_[n].norm, "and|,")) return n + 1 < last && t_[n + 1].is(Token::kCapitalized);
      if (!t_[n].is(Token::kCapitalized) && !IsNameConnector(t_[n].norm)) return false;
    }
    return false;
  };
  const bool listed_before = end - i >= 2 && end - i <= 3 && end + 2 < last &&
                             (t_[end].norm == "and" || (t_[end].norm == "," && list_goes_on(end + 2))) &&
                             lex_.InList("given", t_[end + 1]) && t_[end + 2].is(Token::kCapitalized) &&
                             !(i > first && OneOf(t_[i - 1].norm, "the|in|of|from|at|to|near|into|across"));
  if (nickname || given || alias_of_person || aliased || listed || listed_before || PersonCue(i, end, first, last) ||
      known()) {
    size_t parts = 0;  // connectors ("de la") do not count
    for (size_t k = i; k < end; ++k) parts += IsNameConnector(t_[k].norm) ? 0 : 1;
    if (parts > 5) return 0;
    const int person = table_.PersonFor(surface, true);
    if (person < 0) return 0;
    if (alias_of_person && before->entity != person) MergeEntities(&table_.graph(), person, before->entity);
    Push(out, i, end, person);
    AfterEntity(end, last, out);
    return end - i;
  }
  // A surname (or a name) of a person of this article; "the Valencia family" is no one person.
  if (end - i <= 2 && !(end < last && OneOf(t_[end].norm, "family|families|clan|brothers|sisters|siblings"))) {
    int person = table_.PersonFor(surface, false);
    if (person < 0 && end == i + 1) person = SiblingOwner(i, end, last);
    if (person >= 0) {
      Push(out, i, end, person);
      AfterEntity(end, last, out);
      return end - i;
    }
  }
  // "Gente Nueva is a unit of the Sinaloa Cartel": what a group noun of a cartel describes.
  if (end - i <= 4 && end + 4 < last && OneOf(t_[end].norm, "is|was|are|were|remains") &&
      OneOf(t_[end + 1].norm, "a|an|the") &&
      OneOf(t_[end + 2].norm, "unit|faction|cell|wing|arm|offshoot|splinter|branch") &&
      (t_[end + 3].norm == "of" || (t_[end + 3].norm == "group" && t_[end + 4].norm == "of"))) {
    Push(out, i, end, table_.ByName("Organization", "Cartel", surface));
    return end - i;
  }
  return 0;
}

const Mention* MentionFinder::PersonOfRoleOver(const Mention& group, size_t i, size_t first,
                                               const std::vector<Mention>* out) const {
  if (out->size() < 2 || &out->back() != &group || i <= first || t_[i - 1].norm != "\"") return nullptr;
  const Mention& m = (*out)[out->size() - 2];
  if (m.kind != Mention::Kind::kEntity || m.entity < 0 || table_.at(m.entity).primary != "Person") return nullptr;
  if (m.last + 2 >= group.first || group.first > m.last + 8 || t_[m.last].norm != "," ||
      !OneOf(t_[m.last + 1].norm, "a|an|the")) {
    return nullptr;
  }
  for (size_t k = m.last + 2; k < group.first; ++k) {
    if (!t_[k].word() || t_[k].is(Token::kCapitalized)) return nullptr;
  }
  return &m;
}

// Does the text write the words t_[i, end) again elsewhere, as written (a name repeated whole)?
bool MentionFinder::NamedAgain(size_t i, size_t end) const {
  const std::string_view text = doc_.text;
  const std::string_view words = text.substr(t_[i].begin, t_[end - 1].end - t_[i].begin);
  const size_t once = text.find(words);
  return once != std::string_view::npos && text.find(words, once + 1) != std::string_view::npos;
}

// In a headline, a name ends where the same name ends in the body: the
// headline's "President Donald J. Trump Proceeds" is "Donald J. Trump".
size_t MentionFinder::NameEnd(size_t i, size_t end) const {
  if (!headline_) return end;
  for (size_t k = end; k > i; --k) {
    if (k < end && t_[k].norm == "-") continue;  // "Biden-Harris Administration": not "Biden"
    if (body_names_.count(NameKey(i, k))) return k;
  }
  return end;
}

std::string MentionFinder::NameKey(size_t i, size_t end) const {
  std::string key;
  for (size_t k = i; k < end; ++k) key += t_[k].norm + " ";
  return key;
}

// Capitalized run starting at i: names, with connectors and initials; at
// most kMaxNameTokens long (so that a page of capitals costs linear time).
size_t MentionFinder::CapitalRun(size_t i, size_t last) const {
  static constexpr size_t kMaxNameTokens = 8;
  size_t j = i;
  while (j < last && j - i < kMaxNameTokens) {
    const Token& t = t_[j];
    if (t.word() && t.is(Token::kCapitalized) && !t.is(Token::kNumber)) {
      if (j > i && MonthNumber(t.norm) && !lex_.InList("given", t)) break;
      // Headline case: "El Mencho Is Dead"; but "Homeland Security Committee" goes on to its head.
      // "Brian A. Benczkowski": a middle initial is no word ("A" is).
      const bool initial = t.norm.size() == 1 && t.is(Token::kAbbrev);
      if (j > i && !initial && lex_.InList("notname", t) &&
          !(j + 1 < last && t_[j + 1].is(Token::kCapitalized) && !lex_.MatchAt(t_, j + 1, last, "orghead").empty()))
        break;
      ++j;
    } else if (j > i && IsNameConnector(t.norm)) {
      // "de", "de la", "de los": up to two connectors before the next capitalized part.
      size_t k = j + 1;
      if (k < last && k + 1 < last && IsNameConnector(t_[k].norm) && !t_[k].is(Token::kCapitalized)) ++k;
      if (k >= last || !t_[k].is(Token::kCapitalized)) break;
      j = k;
    } else if (JoinsNameParts(t_, j, last)) {
      j += 2;  // "Sherwood-Randall"
    } else {
      break;
    }
  }
  return j;
}

bool MentionFinder::GroupDescribedAfter(size_t end, size_t last) const {
  constexpr std::string_view kGroups =
      "gang|group|cartel|faction|offshoot|splinter|organization|network|militia|syndicate|cell|alliance|wing";
  // "La Resistencia, which broke away ...": a person's relative clause opens with "who".
  if (end + 1 < last && t_[end].norm == "," && t_[end + 1].norm == "which") return true;
  if (end + 2 < last && t_[end].norm == "," && OneOf(t_[end + 1].norm, "a|an|the")) {
    for (size_t k = end + 2; k < last && k <= end + 5 && t_[k].word(); ++k) {
      if (OneOf(t_[k].norm, kGroups)) return true;
    }
  }
  for (size_t k = end; k < last && k <= end + 3 && t_[k].word(); ++k) {  // "has allied itself with"
    if (t_[k].norm == "itself") return true;
  }
  return false;
}

}  // namespace cg::ingest
