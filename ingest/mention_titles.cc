#include <algorithm>
#include <cctype>

#include "ingest/clause.h"
#include "ingest/dateline.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"
#include "ingest/title_bodies.h"
#include "schema/normalize.h"

namespace cg::ingest {

// A title: "Mexican President Claudia Sheinbaum", "Sinaloa underboss Ignacio Coronel".
size_t MentionFinder::Title(const LexEntry* title, size_t i, size_t len, size_t last, std::vector<Mention>* out) {
  // "Premier of the British Virgin Islands Andrew Fahie", "President of Honduras X": the title's
  // country as its complement, the name right after it.
  const LexEntry* complement = nullptr;
  size_t complement_first = 0, name_begin = i + len;
  if (title->attr("org") == "government" && name_begin + 1 < last && t_[name_begin].norm == "of") {
    complement_first = name_begin + 1 + (t_[name_begin + 1].norm == "the" ? 1 : 0);
    size_t best = 0;
    for (const LexMatch& m : lex_.MatchAt(t_, complement_first, last, "entity")) {
      if (m.entry->refining == "Country" && m.length > best) {
        complement = m.entry;
        best = m.length;
      }
    }
    if (!complement) return 0;
    name_begin = complement_first + best;
  }
  // "Director of the Office of National Drug Control Policy Rahul Gupta", "Administrator of the Drug
  // Enforcement Administration Anne Milgram": a head's bare title, the agency it heads after "of",
  // then the name.
  const bool agency_head = !complement && title->attr("org").empty() && name_begin + 2 < last &&
                           t_[name_begin].norm == "of" && t_[i].is(Token::kCapitalized) &&
                           len == 1 && OneOf(t_[i].norm, "director|administrator|commissioner|chairman|chairwoman");
  if (agency_head) {
    const size_t first_word = name_begin + 1 + (t_[name_begin + 1].norm == "the" ? 1 : 0);
    size_t best = 0;
    for (const LexMatch& m : lex_.MatchAt(t_, first_word, last, "entity")) {
      if (m.entry->primary == "Organization" && m.entry->refining == "Agency" && m.length > best) {
        complement = m.entry;
        best = m.length;
      }
    }
    if (complement && first_word + best < last && t_[first_word + best].is(Token::kCapitalized)) {
      complement_first = first_word;
      name_begin = first_word + best;
    } else {
      complement = nullptr;
    }
  }
  // "Secretary of Foreign Affairs Marcelo Ebrard", "Secretary of the Navy Admiral X": a minister's or
  // secretary's field after "of", then the name.
  size_t title_end = i + len;
  if (!complement && title->attr("org").empty() && name_begin + 2 < last && t_[name_begin].norm == "of") {
    title_end = FieldAfterOf(i, name_begin, last, *out, &name_begin);
  }
  // "Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson": over
  // the portfolio after "for" to the given name that opens the holder's name.
  if (!complement && !title->attr("org").empty() && name_begin + 2 < last && t_[name_begin].norm == "for" &&
      t_[name_begin + 1].is(Token::kCapitalized)) {
    for (size_t k = name_begin + 2; k < last && k < name_begin + 10; ++k) {
      if (!t_[k].is(Token::kCapitalized) && !OneOf(t_[k].norm, "and|of|the|&")) break;
      if (t_[k].is(Token::kCapitalized) && lex_.InList("given", t_[k])) {
        title_end = name_begin = k;
        break;
      }
    }
  }
  // "the Secretary of Security, Omar García Harfuch, said": a capitalized title's name in apposition,
  // and an office's after a country's possessive ("Mexico's interior minister, X, said").
  const bool office_of_country = i > 1 && t_[i - 1].norm == "'s" && !out->empty() && out->back().last + 1 == i &&
                                 out->back().kind == Mention::Kind::kEntity &&
                                 table_.at(out->back().entity).refining == "Country" &&
                                 title->attr("org") != "qualifier";
  // "The attorney general, Alejandro Gertz Manero, said": a definite title in lower case too; so is
  // one after a possessive pronoun or "the country's" ("His security secretary, X,": the office of
  // the country the sentence or the dateline names).
  const bool possessed = i > 0 && (OneOf(t_[i - 1].norm, "his|her|its|their") ||
                                   (i > 2 && t_[i - 1].norm == "'s" && t_[i - 2].norm == "country" && t_[i - 3].norm == "the"));
  const std::string_view org_attr = title->attr("org");
  const std::string& canonical = title->canonical();
  const std::string_view head = std::string_view(canonical).substr(canonical.rfind(' ') + 1);
  const bool ministerial = OneOf(head, "minister|Minister|secretary|Secretary");  // a field's ministry (FieldBody)
  const bool definite = i > 0 && org_attr != "qualifier" &&
                        ((t_[i - 1].norm == "the" && !org_attr.empty()) || (possessed && (!org_attr.empty() || ministerial)));
  const bool apposed = !complement && name_begin + 1 < last && t_[name_begin].norm == "," &&
                       (t_[i].is(Token::kCapitalized) || office_of_country || definite) &&
                       t_[name_begin + 1].is(Token::kCapitalized);
  if (apposed) ++name_begin;
  // "Navy Secretary Adm. X", "Defense Secretary Gen. X", "Navy Secretary Vice Adm. X": over a rank.
  constexpr std::string_view kRanks = "gen|adm|admiral|col|brig|lt|maj|capt|cmdr|dr";  // ("U.S. Attorney General X": no)
  for (int n = 0; n < 2 && name_begin + 1 < last && t_[name_begin].is(Token::kCapitalized) &&
                  (OneOf(t_[name_begin].norm, kRanks) || (n == 0 && OneOf(t_[name_begin].norm, "vice|rear") &&
                                                          OneOf(t_[name_begin + 1].norm, kRanks)));
       ++n) {
    ++name_begin;
  }
  const size_t name_end = NameEnd(name_begin, CapitalRun(name_begin, last));
  if (name_end == name_begin) {
    if (const size_t used = OfficeAsBody(title, i, len, last, out); used > 0) return used;
    PredicateTitle(title, i, len, last, *out);
    DescribedHolder(title, i, len, last, *out);
    return ApposedTitle(title, i, len, last, out);
  }
  if (name_end - name_begin > 5) return 0;
  if (apposed && name_end < last && t_[name_end].norm != "," && t_[name_end].norm != ".") return 0;
  // "Mr. Speaker" is a title after a title; "Mr. POE." a speaker's label.
  if (!lex_.MatchAt(t_, name_begin, last, "title").empty() || AllCapsWords(doc_.text, t_, name_begin, name_end))
    return 0;
  // "Former Secretary of Public Security Arrested for ...", "Holds Colombia's President Accountable":
  // a headline's verb, or a word that is never a name, is no name.
  if (!lex_.MatchAt(t_, name_end - 1, name_end, "document").empty() || !lex_.MatchAt(t_, name_begin, name_end, "event").empty() ||
      (name_end == name_begin + 1 && lex_.InList("notname", t_[name_begin]))) {
    return 0;
  }
  // "Director National Police" (a headline's capitals) is no person.
  for (size_t k = name_begin + 1; k <= name_end && k < last; ++k) {
    if (!lex_.MatchAt(t_, k, last, "orghead").empty() && t_[k].is(Token::kCapitalized)) return 0;
  }
  // Lower-case roles ("underboss") need an organization right before them.
  const Mention* qualifier = nullptr;
  if (!out->empty() && out->back().last == i) qualifier = &out->back();
  // "Mexico's Secretary of Security, X": a country's possessive qualifies an apposed title, and
  // any title ("Mexico's Defense Secretary X").
  if (!out->empty() && i > 0 && t_[i - 1].norm == "'s" && out->back().last == i - 1 &&
      (apposed || (out->back().kind == Mention::Kind::kEntity &&
                   table_.graph().entities[out->back().entity].refining == "Country"))) {
    qualifier = &out->back();
  }
  // A role written in lower case in the lexicon stays one when a headline or
  // a name capitalizes it ("Kingpin Designation Act").
  const bool lower = !t_[i].is(Token::kCapitalized) || std::islower(static_cast<unsigned char>(title->canonical()[0]));
  if (lower && !definite && (!qualifier || qualifier->kind != Mention::Kind::kEntity)) return 0;
  const std::string name = Text(name_begin, name_end);
  int person = -1;
  size_t used_end = name_end;
  // "Chapitos leader Nestor Isidro "El Nini" Perez Salas"
  if (const size_t used = QuotedNickname(name_begin, name_end, last, out); used > 0) {
    person = out->back().entity;
    used_end = name_begin + used;
    out->pop_back();
    // The push may have moved the mentions: the qualifier is the last one again.
    if (qualifier) qualifier = &out->back();
  } else {
    person = table_.PersonFor(name, true);
  }
  if (person < 0) return 0;
  // A capitalized title that no organization qualifies names an office holder ("former Governor
  // X" no longer holds it).
  if (!lower && title->attr("org") != "qualifier" && !(i > 0 && t_[i - 1].norm == "former")) {
    table_.at(person).official = true;
  }
  const size_t title_begin = qualifier ? qualifier->first : i;
  table_.AddAlias(person, Text(i, name_end));
  if (qualifier) table_.AddAlias(person, Text(title_begin, name_end));
  std::string relation(title->attr("relation"));
  const std::string org_spec(title->attr("org"));
  // The country a nationality or a country's possessive before the title names ("" when none).
  std::string qualifier_country;
  if (qualifier && qualifier->kind == Mention::Kind::kDemonym) qualifier_country = qualifier->value;
  if (qualifier && qualifier->kind == Mention::Kind::kEntity && table_.at(qualifier->entity).refining == "Country") {
    qualifier_country = table_.at(qualifier->entity).name;
  }
  // "Attorney General Jesus Murillo Karam of Mexico": a country after the name is the title's.
  if (qualifier_country.empty() && name_end + 1 < last && t_[name_end].norm == "of") {
    for (const LexMatch& m : lex_.MatchAt(t_, name_end + 1, last, "entity")) {
      if (m.entry->refining == "Country") qualifier_country = m.entry->canonical();
    }
  }
  // "Mexico's Secretary of Foreign Affairs X, Secretary of Security Y and Attorney General Z": a
  // title listed right after a titled person of a country's is of that country too.
  if (qualifier_country.empty() && titled_end_ > 0 && i > titled_end_ &&
      ((i == titled_end_ + 1 && OneOf(t_[titled_end_].norm, ",|and")) ||
       (i == titled_end_ + 2 && t_[titled_end_].norm == "," && t_[titled_end_ + 1].norm == "and"))) {
    qualifier_country = titled_country_;
  }
  // The title's country: its qualifier's, else the sentence's one nationality, else the dateline's.
  if (qualifier_country.empty()) qualifier_country = NamedBodyCountry(lex_, t_, title, name_end, last);
  // "U.S. Attorney General X said ... Attorney General X praised the Mexican government": a holder
  // the article already placed in one of the title's bodies (org=) holds the title in that body's country.
  for (size_t r = 0; qualifier_country.empty() && r < table_.graph().relations.size(); ++r) {
    const LocalRelation& held = table_.graph().relations[r];
    if ((held.type != "LEADS" && held.type != "MEMBER_OF") || held.from < 0 || held.to < 0 ||
        table_.Root(held.from) != table_.Root(person) || !table_.at(held.to).lex) {
      continue;
    }
    const LexEntry* body = table_.at(held.to).lex;
    for (size_t b = 0; b < org_spec.size();) {
      const size_t bar = std::min(org_spec.find('|', b), org_spec.size());
      if (lex_.FindEntity(org_spec.substr(b, bar - b)) == body) qualifier_country = std::string(body->attr("country"));
      b = bar + 1;
    }
  }
  const std::string country = qualifier_country.empty() ? SentenceCountry(*out) : qualifier_country;
  int org = -1;
  int complement_entity = -1;
  bool by_field = false;
  if (complement) {
    complement_entity = table_.FromLex(complement, Text(complement_first, name_begin));
    org = agency_head ? complement_entity : table_.GovernmentOf(complement_entity);
    if (agency_head) relation = "LEADS";
  } else if (org_spec == "government" && qualifier) {
    if (qualifier->kind == Mention::Kind::kDemonym) {
      if (const LexEntry* c = lex_.FindEntity(qualifier->value)) {
        const LexEntry* gov = lex_.FindEntity(std::string(c->attr("government")));
        if (gov) org = table_.FromLex(gov, gov->canonical());
      }
    } else if (qualifier->kind == Mention::Kind::kEntity &&
               table_.graph().entities[qualifier->entity].refining == "Country") {
      org = table_.GovernmentOf(qualifier->entity);
    }
  } else if (org_spec == "government" && name_end + 1 < last && t_[name_end].norm == "'s" &&
             t_[name_end + 1].norm == "government") {
    // "President Enrique Peña Nieto's government": the government of the sentence's (dateline's)
    // country -- not a Washington dateline's: a U.S. president's is an "administration".
    if (const LexEntry* c = country == "United States" ? nullptr : lex_.FindEntity(country)) {
      if (const LexEntry* gov = lex_.FindEntity(std::string(c->attr("government")))) org = table_.FromLex(gov, gov->canonical());
    }
  } else if (org_spec == "qualifier" && qualifier && qualifier->kind == Mention::Kind::kEntity) {
    org = qualifier->entity;
    if (table_.graph().entities[org].primary == "Place") {
      // "Sinaloa underboss": the organization of that name, if the lexicon has one.
      org = -1;
      for (const LexMatch& m : lex_.MatchAt(t_, qualifier->first, qualifier->last)) {
        if (m.entry->kind == "entity" && m.entry->primary == "Organization") {
          out->back().entity = table_.FromLex(m.entry, Text(qualifier->first, qualifier->last));
          org = out->back().entity;
          break;
        }
      }
    }
  } else if (org_spec != "government" && org_spec != "qualifier") {
    // "Navy Secretary X": a bare head's field is the capitalized words before it that no mention took.
    size_t field_begin = i;
    while (field_begin > 0 && i - field_begin < 3 && t_[field_begin - 1].word() &&
           t_[field_begin - 1].is(Token::kCapitalized) && (out->empty() || out->back().last < field_begin)) {
      --field_begin;
    }
    const KnownBody known = [this](const LexEntry* e) { return table_.Knows(e); };
    // "State Attorney General X", "Nuevo León Attorney General X": a state's office, not the nation's.
    const bool state_office = (i > 0 && t_[i - 1].norm == "state") ||
                              (qualifier && qualifier->kind == Mention::Kind::kEntity &&
                               table_.at(qualifier->entity).refining == "State");
    TitleBody found = state_office ? TitleBody{} : BodyOfTitle(lex_, t_, title, field_begin, title_end, country, known);
    // A dateline's country is a guess: "MEXICO CITY -- Secretary of State X" is still the State Department's;
    // a field's body only from Washington ("GUATEMALA CITY -- Interior Minister X" heads no Mexican ministry).
    if (!found.body && !state_office && qualifier_country.empty() && !country.empty()) {
      found = BodyOfTitle(lex_, t_, title, field_begin, title_end, "", known);
      if (found.by_field && country != "United States") found = {};
    }
    if (found.body) org = table_.FromLex(found.body, found.body->canonical());
    if (found.by_field) {
      relation = "MEMBER_OF";  // a head's role: PromoteHeadTitles makes it LEADS
      by_field = true;
    } else if (found.body) {
      BodyAsTitled(org, *found.body, i, title_end - i);
    }
  }
  // "Former Attorney General X" holds no office the text dates; "Deputy Attorney General X" is a
  // member, the deputy's word part of the role (PromoteHeadTitles leaves it).
  // "Two ICE agents were ambushed. Special Agent X was killed", "The army said ... Gen. X told
  // reporters": an agent's title or a military rank with no body of its own is held in the agency or
  // force the paragraph named last.
  // (Not a title apposed to a description that places him: "the Army's commander in the region, General X".)
  if (org < 0 && relation.empty() && !qualifier && !complement && !(i > 0 && t_[i - 1].norm == ",")) {
    const std::string_view head = t_[title_end - 1].norm;
    const bool naval = title_end >= i + 2 && t_[title_end - 2].norm == "petty";  // "Third Petty Officer X"
    const std::string_view kind =
        naval || OneOf(head, "gen|general|col|colonel|capt|captain|lt|lieutenant|maj|major|sgt|sergeant|adm|admiral|cmdr")
            ? "MilitaryUnit"
        : OneOf(head, "agent|officer") && !OneOf(t_[i].norm, "chief|police") ? "Agency"
                                                                              : "";
    org = kind.empty() ? -1 : table_.LastInParagraph(std::string(kind));
    // (an agent serves a police or investigative agency, not a committee, ministry or office)
    // (nor is one the text already placed in a body: "ICE Special Agent X ... Special Agent X")
    for (const LocalRelation& r : table_.graph().relations) {
      if (org >= 0 && (r.type == "MEMBER_OF" || r.type == "LEADS") && r.from >= 0 && table_.Root(r.from) == table_.Root(person)) {
        org = -1;
      }
    }
    if (org >= 0 && kind == "Agency") {
      const std::string n = NormalizeNameMemo(table_.at(org).name);
      for (std::string_view w : {"committee", "caucus", "commission", "council", "ministry", "secretariat", "department", "office"}) {
        if (n.find(w) != std::string::npos) org = -1;
      }
    }
    if (org >= 0) {
      relation = "MEMBER_OF";
      by_field = false;
    }
  }
  const bool former = i > 0 && OneOf(t_[i - 1].norm, "former|ex");
  // ("under Public Security Secretary X", "Under Attorney General X, ...": a preposition, no "Under Secretary")
  const bool second = i > 0 && (OneOf(t_[i - 1].norm, "deputy|assistant|associate|vice") ||
                                (t_[i - 1].norm == "under" && t_[i - 1].is(Token::kCapitalized) && t_[i].norm == "secretary"));
  if (second) relation = "MEMBER_OF";
  if (org >= 0 && !relation.empty() && !former && table_.graph().entities[org].primary == "Organization") {
    PropertyMap props;
    if (relation == "MEMBER_OF")
      props["role"] = Value(std::string(title->attr("role").empty() ? Text(second ? i - 1 : i, title_end)
                                                                    : std::string(title->attr("role"))));
    // "Mexican army commander X": a force named by its common noun ranks X in it, never as its head.
    const bool rank = qualifier && qualifier->kind == Mention::Kind::kEntity &&
                      table_.at(table_.Root(qualifier->entity)).refining == "MilitaryUnit" &&
                      !t_[qualifier->last - 1].is(Token::kCapitalized);
    const std::string rule = by_field ? std::string("title.field")
                             : rank   ? std::string("title.rank")
                                      : "title." + NormalizeName(title->canonical());
    table_.AddRelation(relation, person, org, std::move(props), rule, 0.9f);
  }
  if (complement_entity >= 0) Push(out, complement_first, name_begin, complement_entity);
  Push(out, name_begin, used_end, person);
  titled_end_ = qualifier_country.empty() ? 0 : used_end;
  titled_country_ = qualifier_country;
  // "President X, whose government ...": the government he heads.
  if (used_end + 2 < last && t_[used_end].norm == "," && t_[used_end + 1].norm == "whose" && t_[used_end + 2].norm == "government") {
    HeadedGovernment(person, true);
  }
  return used_end - i;
}

std::string MentionFinder::SentenceCountry(const std::vector<Mention>& out) const {
  std::string country;
  // "In Mexico City, Attorney General X said": the country of the place the sentence opens in.
  if (!out.empty() && out[0].kind == Mention::Kind::kEntity && out[0].entity >= 0 && out[0].first >= 1 &&
      t_[out[0].first - 1].norm == "in" && t_[out[0].first - 1].is(Token::kCapitalized) && out[0].last < t_.size() &&
      t_[out[0].last].norm == ",") {
    // ("In Washington," names the United States government: its country too)
    const LocalEntity& place = table_.at(out[0].entity);
    const LexEntry* e = place.primary == "Place" || place.refining == "Government" ? lex_.FindEntity(place.name) : nullptr;
    if (e && e->refining == "Country") return e->canonical();
    if (e && !e->attr("country").empty()) return std::string(e->attr("country"));
  }
  for (const Mention& m : out) {
    if (m.kind != Mention::Kind::kDemonym) continue;
    if (!country.empty() && country != m.value) return DatelineCountry(t_, seg_.sentences, lex_);
    country = m.value;
  }
  return country.empty() ? DatelineCountry(t_, seg_.sentences, lex_) : country;
}

size_t MentionFinder::FieldAfterOf(size_t i, size_t of, size_t last, const std::vector<Mention>& out,
                                   size_t* name) const {
  const std::string country = SentenceCountry(out);
  const KnownBody known = [this](const LexEntry* e) { return table_.Knows(e); };
  size_t run = of + 1;  // the capitalized words (and "of", "and", "the") after "of"
  while (run < last && run < of + 12 && (t_[run].is(Token::kCapitalized) || OneOf(t_[run].norm, "of|and|the"))) ++run;
  for (size_t k = run - 2; k >= of + 2; --k) {  // the longest field that names a body
    // The sentence's country is a guess ("on the Mexican side ... Secretary of Commerce X"): then any.
    if (!t_[k].is(Token::kCapitalized) ||
        (!FieldBody(lex_, t_, i, k, country, known) && (country.empty() || !FieldBody(lex_, t_, i, k, "", known)))) {
      continue;
    }
    size_t n = k;
    if (const std::vector<LexMatch> rank = lex_.MatchAt(t_, n, run, "title"); !rank.empty()) n += rank[0].length;  // "General"
    if (n + 2 > run) continue;
    *name = n;
    return k;
  }
  // "Mexico's Secretary of National Defense, X,", "Mexico's secretary of national defense, X": the
  // field up to an apposition's comma, the name after it (in any case: the field's words decide).
  size_t comma = of + 1;
  while (comma < last && comma < of + 8 && t_[comma].word()) ++comma;
  if (comma > of + 1 && comma + 1 < last && t_[comma].norm == "," && t_[comma + 1].is(Token::kCapitalized) &&
      (FieldBody(lex_, t_, i, comma, country, known) || (!country.empty() && FieldBody(lex_, t_, i, comma, "", known)))) {
    *name = comma;
    return comma;
  }
  return of;
}

// "Secretary of Security and Civil Protection": the body `org` (of lexicon entry `body`) also
// under the wording the title t_[i, i + len) uses.
void MentionFinder::BodyAsTitled(int org, const LexEntry& body, size_t i, size_t len) {
  const std::string said = NormalizeName(Text(i, i + len));
  const size_t of = said.find(" of ");
  if (of == std::string::npos) return;
  const std::string tail = said.substr(of);
  for (const std::string& n : body.names) {
    const std::string folded = NormalizeName(n);
    if (folded.size() > tail.size() && folded.ends_with(tail)) table_.AddAlias(org, n);
  }
}

// What a name itself states: "Mexican Army Special Forces" is part of the
// Mexican military (part_of=), "Guadalajara's international airport" is in
// Guadalajara (city= / state= when the surface names that place).
void MentionFinder::NameRelations(const LexEntry* entry, int entity, const std::string& surface) {
  if (const std::string_view parent = entry->attr("part_of"); !parent.empty()) {
    if (const LexEntry* p = lex_.FindEntity(parent)) {
      table_.AddRelation("PART_OF", entity, table_.FromLex(p, p->canonical()), {}, "name.part_of", 0.8f);
    }
  }
  const std::string folded = NormalizeNameMemo(surface);  // (a copy: the memo's next call may drop it)
  for (const char* key : {"city", "state"}) {
    const std::string_view place = entry->attr(key);
    if (place.empty()) continue;
    const LexEntry* p = lex_.FindEntity(place);
    if (!p) continue;
    if (folded.find(NormalizeNameMemo(p->canonical())) == std::string::npos) continue;
    const int place_entity = table_.FromLex(p, p->canonical());
    table_.graph().entities[place_entity].mentioned = true;
    table_.AddRelation("LOCATED_IN", entity, place_entity, {}, "name.located_in", 0.8f);
  }
}

// After an entity mention: "X's son" (a relative) or "X's government".
void MentionFinder::AfterEntity(size_t j, size_t last, std::vector<Mention>* out) {
  if (out->empty() || j + 1 >= last) return;
  Mention& owner = out->back();
  const LocalEntity& ent = table_.graph().entities[owner.entity];
  if (ent.primary == "Person" && t_[j].norm == ",") {
    KinOfApposed(owner, j, last);
    // "Laura Ríos, the widow of X,": her kin word gives her gender (a later "his" is not hers).
    if (j + 2 < last && OneOf(t_[j + 1].norm, "the|a|an") && !ent.gender) {
      for (const LexMatch& m : lex_.MatchAt(t_, j + 2, last, "kin")) {
        const std::string_view gender = m.entry->attr("gender");
        if (j + 2 + m.length < last && t_[j + 2 + m.length].norm == "of" && gender.size() == 1) {
          table_.SetGender(owner.entity, gender[0]);
          break;
        }
      }
    }
  }
  if (t_[j].norm != "'s") return;
  if (ent.refining == "Country") {
    CountryBody(j + 1, last, out);
    return;
  }
  if (ent.primary != "Person") return;
  const size_t noun = KinNoun(j + 1, last);  // "X's younger brother"
  const std::vector<LexMatch> kin = lex_.MatchAt(t_, noun, last, "kin");
  if (!kin.empty()) {
    const size_t end = noun + kin[0].length;
    // "X, Y's father-in-law and one-time ally, was": a second description joined to the kin words.
    size_t joined = end;
    if (end + 2 < last && t_[end].norm == "and") {
      size_t k = end + 1;
      while (k < last && k <= end + 5 && (t_[k].norm == "-" || (t_[k].word() && !t_[k].is(Token::kCapitalized)))) ++k;
      if (k < last && k > end + 1 && t_[k].norm == ",") joined = k;
    }
    if (joined != end && KinApposition(*out, j, joined, last, kin[0].entry)) return;
    // "his son-in-law company": a modifier, not a relative mention; "X's nephew in Guadalajara" is one.
    if (end < last && t_[end].word() && !t_[end].is(Token::kCapitalized) && !StartsClause(end) &&
        !OneOf(t_[end].norm, "in|at|on|near|outside|inside|during|after|before|who|from|to|with|by"))
      return;
    const int owner_entity = owner.entity;
    if (KinApposition(*out, j, end, last, kin[0].entry)) return;
    const int rel = Relative(owner_entity, kin[0].entry, Text(owner.first, end), end, last, "kin.possessive", 0.85f);
    if (rel < 0) {
      out->pop_back();  // "the arrest of X's brother" is not about X
      return;
    }
    owner.last = static_cast<uint32_t>(end);
    owner.entity = rel;
    table_.Touch(rel);
    return;
  }
  if (t_[j + 1].norm == "government" || t_[j + 1].norm == "administration") {
    GovernmentOfPerson(owner, j + 2);
  } else {
    BodyOfPerson(owner, j + 1, last, *out);
  }
}

// The body of `country` written from token `from` (its lower-case name, or a force= word of the
// lexicon, capitalized or not) that ends a noun phrase; its end in *end; nullptr when none.
const LexEntry* MentionFinder::BodyOfCountry(const std::string& country, size_t from, size_t last, size_t* end) const {
  auto force_of = [&](std::string_view phrase) -> const LexEntry* {
    for (const auto& e : lex_.entries()) {
      if (e->kind != "entity" || e->attr("country") != country || e->attr("force").empty()) continue;
      if (OneOf(phrase, e->attr("force"))) return e.get();
    }
    return nullptr;
  };
  for (*end = std::min(last, from + 5); *end > from; --*end) {
    // (A force may be written with capitals: "Mexico's Navy", "Colombia's National Police".)
    bool lower = true, words = true;
    for (size_t k = from; k < *end && words; ++k) {
      words = t_[k].norm == "'s" || t_[k].word();
      lower &= t_[k].norm == "'s" || !t_[k].is(Token::kCapitalized);
    }
    if (!words || (!lower && *end < last && t_[*end].is(Token::kCapitalized))) continue;
    const std::string phrase = Text(from, *end);
    const LexEntry* body = lower ? lex_.FindEntity(phrase) : nullptr;
    if (!body || body->primary != "Organization" || body->attr("country") != country) body = force_of(NormalizeName(phrase));
    if (body) return body;
  }
  return nullptr;
}

void MentionFinder::CountryBody(size_t from, size_t last, std::vector<Mention>* out) {
  const std::string country = table_.at(out->back().entity).name;
  // "Mexico's navy secretary": the body's words modify a title after them -- not a title the
  // organization before it qualifies ("Colombia's national police chief X": the force's head).
  auto modifies_title = [&](size_t end) {
    if (end >= last) return false;
    const std::vector<LexMatch> titles = lex_.MatchAt(t_, end, last, "title");
    if (!titles.empty() && titles[0].entry->attr("org") == "qualifier") return false;
    return !titles.empty() || !lex_.MatchAt(t_, end, last, "role").empty();
  };
  size_t end = 0;
  const LexEntry* body = BodyOfCountry(country, from, last, &end);
  if (!body || modifies_title(end)) return;
  Mention& owner = out->back();
  owner.last = static_cast<uint32_t>(end);
  owner.entity = table_.FromLex(body, Text(owner.first, end));
  table_.Touch(owner.entity);
  // "Colombia's police and army", "Mexico's army, navy and federal police": the forces listed after
  // the first are the same country's.
  for (size_t k = end; k + 1 < last;) {
    size_t next = k + (t_[k].norm == "," && t_[k + 1].norm == "and" ? 2 : 1);
    if (t_[k].norm != "," && t_[k].norm != "and") return;
    if (next < last && OneOf(t_[next].norm, "the|its")) ++next;
    size_t other_end = 0;
    const LexEntry* other = next < last ? BodyOfCountry(country, next, last, &other_end) : nullptr;
    if (!other || other == body || modifies_title(other_end) || (other_end < last && t_[other_end].norm == "'s")) return;
    Push(out, next, other_end, table_.FromLex(other, Text(next, other_end)));
    k = other_end;
  }
}

// "Sheinbaum's government", "her government": the government the person leads.
int MentionFinder::HeadedGovernment(int person, bool by_dateline) {
  person = table_.Root(person);
  int gov = -1;
  for (const LocalRelation& r : table_.graph().relations) {
    if (r.type == "LEADS" && table_.Root(r.from) == person &&
        table_.graph().entities[table_.Root(r.to)].refining == "Government") {
      gov = table_.Root(r.to);
    }
  }
  if (gov >= 0 || !by_dateline) return gov;
  // "President Felipe Calderón ... His government", "President X, whose government": a president the
  // text does not yet tie to one, named with no nationality (a wire's way with the dateline country's
  // own), heads the government of the dateline's country (not a Washington dateline's).
  const std::vector<std::string>& aliases = table_.graph().entities[person].aliases;
  const bool head = std::any_of(aliases.begin(), aliases.end(), [](const std::string& a) { return a.starts_with("President "); });
  if (!head) return -1;
  const std::string country = DatelineCountry(t_, seg_.sentences, lex_);
  const LexEntry* c = country.empty() || country == "United States" ? nullptr : lex_.FindEntity(country);
  const LexEntry* g = c ? lex_.FindEntity(std::string(c->attr("government"))) : nullptr;
  if (!g) return -1;
  gov = table_.FromLex(g, g->canonical());
  table_.AddRelation("LEADS", person, gov, {}, "title.his_government", 0.75f);
  return gov;
}

void MentionFinder::GovernmentOfPerson(Mention& owner, size_t end) {
  // (a "government" the dateline may name; an "administration" a president's own country's)
  const int gov = HeadedGovernment(owner.entity, end > 0 && t_[end - 1].norm == "government");
  if (gov < 0) return;
  table_.AddAlias(gov, Text(owner.first, static_cast<uint32_t>(end)));
  owner.last = static_cast<uint32_t>(end);
  owner.entity = gov;
  table_.Touch(gov);
}

}  // namespace cg::ingest
