#include <algorithm>
#include <cctype>

#include "ingest/clause.h"
#include "ingest/clause_words.h"
#include "ingest/dateline.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

// First words of the common nouns that name a country's forces (lexicon force= words).
constexpr std::string_view kForceWords = "police|national|federal|army|military|soldiers|troops|navy|marines|armed|security|authorities";
// Generic nouns for a criminal group that name a known cartel only ("the Jalisco group", "the
// Sinaloa organization"); after a place with no cartel named for it they name nothing.
constexpr std::string_view kLooseHeads = "group|organization|syndicate|network|outfit|mafia";
// Words after a place's name that make it the place, not a group of the same name.
constexpr std::string_view kPlaceFollowers =
    "governor|gov|prosecutor|prosecutors|police|officials|authorities|government|legislature|congress|residents|"
    "attorney|lawmakers|mayor|municipality|municipalities|town|towns|village|villages|capital|coast|mountains|"
    "highlands|countryside";
// Words before a place's name that make it the place: prepositions of place and verbs of holding
// ground (a group is not what another controls); so does a place's adjective (clause_words.h).
constexpr std::string_view kPlacePrepositions = "in|across|from|near|of|to|into|through|throughout|within|inside";
constexpr std::string_view kHoldingVerbs = "control|controls|controlled|controlling|dominate|dominates|dominated|dominating";
// Lower-case heads of a facility named after its city.
constexpr std::string_view kFacilityHeads = "airport|prison|jail|penitentiary";

// Does one of the entity's names hold the word (a norm): "Operation Fast and Furious" holds "operation".
bool NameHolds(const LocalEntity& e, std::string_view word) {
  for (const std::string& a : e.aliases) {
    for (const std::string& w : NameNorms(a)) {
      if (w == word) return true;
    }
  }
  return false;
}

}  // namespace

std::string MentionFinder::OtherCountry(const LexEntry& body, size_t i, const std::vector<Mention>& out) const {
  const std::string_view own = body.attr("country");
  if (own.empty() || out.empty()) return "";
  const Mention& q = out.back();
  std::string country;
  if (q.kind == Mention::Kind::kDemonym && q.last == i) country = q.value;
  if (q.kind == Mention::Kind::kEntity && q.entity >= 0 && q.last + 1 == i && t_[q.last].norm == "'s" &&
      table_.at(q.entity).refining == "Country") {
    country = table_.at(q.entity).name;
  }
  return country == own ? "" : country;
}

std::string MentionFinder::HomeCountry(const LexEntry& body, size_t i, size_t len, const std::vector<Mention>& out) const {
  const std::string_view own = body.attr("country");
  if (body.primary != "Organization" || body.refining != "Agency" || own.empty()) return "";
  bool office = false;
  for (size_t k = i; k < i + len; ++k) {
    const Token& t = t_[k];
    if (OneOf(t.norm, "of|the|'s")) continue;
    if (!t.word() || !t.is(Token::kCapitalized) || t.is(Token::kAllCaps) || !lex_.MatchAt(t_, k, k + 1, "entity").empty() ||
        !lex_.MatchAt(t_, k, k + 1, "demonym").empty()) {
      return "";
    }
    office |= OneOf(t.norm, "ministry|secretariat|attorney|prosecutor|prosecutor's");
  }
  const std::string surface = Text(i, i + len);
  if (!office || std::any_of(surface.begin(), surface.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    return "";
  }
  if (!out.empty() && (out.back().last == i || (out.back().last + 1 == i && t_[i - 1].norm == "'s"))) {
    const Mention& q = out.back();
    if (q.kind == Mention::Kind::kDemonym ||
        (q.kind == Mention::Kind::kEntity && q.entity >= 0 && table_.at(q.entity).refining == "Country")) {
      return "";
    }
  }
  // (A report filed from Washington speaks of Mexico's "Attorney General's Office" by its bare name.)
  std::string home = DatelineCountry(t_, seg_.sentences, lex_);
  return home == own || home == "United States" ? "" : home;
}

// Lexicon phrases at i. Returns the tokens used (0: none applied).
size_t MentionFinder::Lexical(const std::vector<LexMatch>& matches, size_t len, size_t i, size_t first, size_t last,
                              std::vector<Mention>* out, bool* alias_cue) {
  // Of the phrases of this length the first, but of two titles the one written as the text is
  // ("Commander" before "commander").
  const LexEntry* top = nullptr;
  for (const LexMatch& m : matches) {
    if (m.length != len) continue;
    if (!top) top = m.entry;
    const bool same_case =
        (std::isupper(static_cast<unsigned char>(m.entry->canonical()[0])) != 0) == t_[i].is(Token::kCapitalized);
    if (top->kind == "title" && m.entry->kind == "title" && same_case) {
      top = m.entry;
      break;
    }
  }
  const std::string surface = Text(i, i + len);
  const LexEntry* best = BestEntity(matches, i, len, first, *out);
  // "Marina Coss", "Marina Vega Luna": a body's one-word name that is also a given name, before a
  // capitalized word that opens no lexicon name, opens a person's name (not the Navy's "Marina").
  if (best && best->primary == "Organization" && len == 1 && lex_.InList("given", t_[i]) && i + 1 < last &&
      t_[i + 1].word() && t_[i + 1].is(Token::kCapitalized) && !t_[i].is(Token::kAllCaps) &&
      lex_.MatchAt(t_, i + 1, last, "entity").empty()) {
    return 0;
  }
  // "the Supreme Court of Justice of Honduras", "the Senate of Colombia", "the Federal Police of Brazil":
  // one country's body the lexicon knows, before "of" and a complement ending with another country,
  // is that other country's own, named as written.
  if (best && best->primary == "Organization" && !best->attr("country").empty() && i + len + 1 < last &&
      t_[i + len].norm == "of") {
    const size_t end = ComplementEnd(i + len, last);
    for (size_t k = i + len + 1; k < end; ++k) {
      const std::vector<LexMatch> at = lex_.MatchAt(t_, k, last, "entity");
      if (at.empty() || k + at[0].length != end || at[0].entry->refining != "Country") continue;
      if (at[0].entry->canonical() == best->attr("country")) break;
      table_.FromLex(at[0].entry, Text(k, end));
      Push(out, i, end, table_.ByName("Organization", best->refining, Text(i, end)));
      return end - i;
    }
  }
  // "the Guatemalan army's special forces", "Spain's Interior Ministry": one country's body that
  // another's nationality or possessive describes is not that body. "Mexico's Senate" is the one the
  // lexicon knows as that country's ("Senate of Mexico"); otherwise an agency or a legislature or court
  // so described is that country's own, named as written ("Colombia's Congress", "Mexico's Supreme
  // Court"); another body is none the lexicon knows.
  if (const std::string other = best && best->primary == "Organization" ? OtherCountry(*best, i, *out) : "";
      !other.empty()) {
    const size_t from = out->back().first;
    if (const LexEntry* own = lex_.FindEntity(surface + " of " + other);
        own && own->primary == "Organization" && own->attr("country") == other) {
      Push(out, i, i + len, table_.FromLex(own, Text(from, i + len)));
      return len;
    }
    if (best->refining != "Agency" && best->refining != "Government") return len;
    const int own = table_.ByName("Organization", best->refining, Text(from, i + len));
    table_.AddAlias(own, surface + " of " + other);  // "Mexico's Supreme Court" is the "Supreme Court of Mexico"
    Push(out, i, i + len, own);
    return len;
  }
  // "the Defense Ministry said" in a report from Bogotá: Colombia's own ministry, the one the lexicon
  // knows under that country's name ("Guatemala's Interior Ministry") or else named with its country.
  if (const std::string home = best ? HomeCountry(*best, i, len, *out) : ""; !home.empty()) {
    for (const std::string& named : {home + "'s " + surface, surface + " of " + home}) {
      if (const LexEntry* own = lex_.FindEntity(named); own && own->primary == "Organization" && own->attr("country") == home) {
        Push(out, i, i + len, table_.FromLex(own, surface));
        return len;
      }
    }
    const int own = table_.ByName("Organization", best->refining, home + "'s " + surface);
    table_.AddAlias(own, surface + " of " + home);
    table_.AddAlias(own, surface);
    Push(out, i, i + len, own);
    return len;
  }
  // "Zamora's brother" after "Rogelio Zamora Peña": a one-word place that is the surname of a
  // person of the article names that person.
  if (best && best->primary == "Place" && len == 1 && t_[i].is(Token::kCapitalized)) {
    if (const int person = table_.PersonFor(surface, false); person >= 0) {
      Push(out, i, i + 1, person);
      AfterEntity(i + 1, last, out);
      return 1;
    }
  }
  // "in Almoloya de Juárez, State of Mexico": a known place's name after "de" and a capitalized word
  // no mention took ends the name of a town, not the known place.
  if (best && best->primary == "Place" && i >= first + 2 && OneOf(t_[i - 1].norm, "de|del") &&
      t_[i - 2].is(Token::kCapitalized) && t_[i - 2].word() && (out->empty() || out->back().last <= i - 2) &&
      !lex_.InList("given", t_[i - 2]) && i + len + 1 < last && t_[i + len].norm == ",") {
    const std::vector<LexMatch> state = lex_.MatchAt(t_, i + len + 1, last, "entity");
    if (!state.empty() && state[0].entry->refining == "State") {
      Push(out, i - 2, i + len, table_.ByName("Place", "City", Text(i - 2, i + len)));
      return len;
    }
  }
  // "operates in every State of Mexico except two": a quantifier before "State of" makes it the
  // country's states, not the state of that name.
  if (best && best->refining == "State" && t_[i].norm == "state" && i > first &&
      OneOf(t_[i - 1].norm, "every|each|any|another|other|no")) {
    return 0;
  }
  if (const LexEntry* e = best) {
    // "the Sinaloa State Attorney General's Office": a national body's name after a state's
    // names the state's own body.
    if (e->refining == "State") {
      const std::vector<LexMatch> next = lex_.MatchAt(t_, i + len, last, "entity");
      if (!next.empty() && next[0].entry->primary == "Organization" && !next[0].entry->attr("country").empty() &&
          !t_[i + len].is(Token::kAllCaps)) {  // "Texas DEA agents" are the DEA's
        const size_t end = i + len + next[0].length;
        Push(out, i, end, table_.ByName("Organization", next[0].entry->refining, Text(i, end)));
        return end - i;
      }
    }
    // "Tamaulipas State Police", "Senate Foreign Relations Committee": a known name opens the
    // name of another organization (not the "CJNG Cartel", which is the CJNG).
    if (const size_t run = CapitalRun(i, last); run > i + len && lex_.MatchAt(t_, i + len, last, "entity").empty() &&
                                                (e->primary == "Place" || e->primary == "Organization")) {
      const std::vector<LexMatch> own = lex_.MatchAt(t_, i + len, last, "orghead");
      // The entity's own head repeated ("CJNG Cartel" for the Jalisco New Generation Cartel) is
      // the same entity.
      const bool same = !own.empty() && i + len + own[0].length == run &&
                        NormalizeName(e->canonical()).find(t_[i + len].norm) != std::string::npos;
      if (!same) {
        if (const size_t used = StructuralOrg(i, run, first, last, out); used > len) return used;
      }
    }
    // "the Milenio television channel", "the Reforma newspaper": a name the lexicon knows for a group,
    // before a media head, is a news outlet's.
    if (e->primary == "Organization" && e->refining == "Cartel" && i + len < last &&
        OneOf(t_[i + len].norm, "newspaper|daily|television|channel|network|radio|magazine|weekly")) {
      Push(out, i, i + len, table_.ByName("Organization", "Media", surface));
      return len;
    }
    // "in the city of Chihuahua", "San Luis Potosí City": a state's name names its capital, a city
    // of its own, after "city of" and before "City".
    const bool city_of = i >= first + 2 && t_[i - 2].norm == "city" && t_[i - 1].norm == "of";
    const bool city_after = i + len < last && t_[i + len].norm == "city" && t_[i + len].is(Token::kCapitalized);
    if (e->refining == "State" && (city_of || city_after)) {
      const std::string name = Text(i, i + len) + " City";
      const LexEntry* known = lex_.FindEntity(name);
      const int city = known && known->refining == "City" ? table_.FromLex(known, name) : table_.ByName("Place", "City", name);
      table_.AddAlias(city, "city of " + Text(i, i + len));
      table_.AddAlias(city, Text(i, i + len));
      const size_t used = city_after ? len + 1 : len;
      Push(out, i, i + used, city);
      return used;
    }
    // "the Mexico City airport", "the Apodaca prison": a city's facility named by a lower-case head
    // (a place of its own, in the city); so is "Mexico City's international airport", "Tijuana's
    // airport" (named "Mexico City airport").
    size_t head = i + len;
    if (head + 1 < last && t_[head].norm == "'s") {
      ++head;
      while (head + 1 < last && head < i + len + 3 && OneOf(t_[head].norm, "international|main|old|new|federal|state|municipal")) ++head;
      if (!OneOf(t_[head].norm, kFacilityHeads)) head = i + len;
    }
    if (e->refining == "City" && head < last && !t_[head].is(Token::kCapitalized) &&
        OneOf(t_[head].norm, kFacilityHeads) && (head + 1 >= last || !t_[head + 1].word() ||
                                                 !OneOf(t_[head + 1].norm, "police|officials|authorities|guards|director"))) {
      const int city = table_.FromLex(e, surface);
      const int facility = table_.ByName("Place", "Facility", Text(i, i + len) + " " + Text(head, head + 1));
      if (head > i + len) table_.AddAlias(facility, Text(i, head + 1));
      table_.AddRelation("LOCATED_IN", facility, city, {}, "located.facility_of_city", 0.8f);
      Push(out, i, head + 1, facility);
      return head + 1 - i;
    }
    // "the Juarez drug cartel": a place's name before a cartel head names the cartel.
    if (e->primary == "Place") {
      const std::vector<LexMatch> heads = lex_.MatchAt(t_, i + len, last, "orghead");
      // "the Tamaulipas state police", "the Nuevo Laredo municipal police": a place's body by a
      // lower-case head (capitalized heads open a longer name above).
      if (!heads.empty() && heads[0].entry->attr("label") == "Organization:Agency" &&
          !t_[i + len].is(Token::kCapitalized)) {
        size_t end = i + len + heads[0].length;
        // "the U.S. consulate in Matamoros" is that city's consulate (and "the U.S. consulate" after it).
        const size_t city_end = PostCity(i, end, last);
        int body = table_.FindAlias(Text(i, end));
        if (city_end > end || body < 0 || table_.at(body).primary != "Organization") {
          body = table_.ByName("Organization", "Agency", Text(i, city_end));
          table_.AddAlias(body, Text(i, end));
          end = city_end;
        }
        Push(out, i, end, body);
        return end - i;
      }
      // "Iguala's municipal police", "Tamaulipas's state police": the same body by a possessive.
      if (i + len + 1 < last && t_[i + len].norm == "'s" && (e->refining == "City" || e->refining == "State") &&
          !t_[i + len + 1].is(Token::kCapitalized)) {
        const std::vector<LexMatch> owned = lex_.MatchAt(t_, i + len + 1, last, "orghead");
        if (!owned.empty() && owned[0].entry->attr("label") == "Organization:Agency" &&
            OneOf(t_[i + len + 1].norm, "state|municipal|city|local")) {
          const size_t end = i + len + 1 + owned[0].length;
          const int body = table_.ByName("Organization", "Agency", surface + " " + Text(i + len + 1, end));
          table_.AddAlias(body, Text(i, end));
          Push(out, i, end, body);
          return end - i;
        }
      }
      const LexEntry* cartel = lex_.FindEntity(surface + " Cartel");
      if (heads.empty() && cartel && cartel->primary == "Organization" && i + len < last &&
          !t_[i + len].is(Token::kCapitalized) && OneOf(t_[i + len].norm, kLooseHeads)) {
        Push(out, i, i + len + 1, table_.FromLex(cartel, Text(i, i + len + 1)));
        return len + 1;
      }
      // "a Michoacán gang" describes a group (unless the lexicon knows one by that name).
      // So does a state's or a country's "gang" ("founder of Guerrero gang").
      const bool gang = !heads.empty() && heads[0].entry->attr("suffix") == "yes" && !t_[i + len].is(Token::kCapitalized) &&
                        (e->refining == "State" || e->refining == "Country");
      const bool described = (gang || (i > first && OneOf(t_[i - 1].norm, "a|an|another"))) &&
                             !(cartel && cartel->primary == "Organization");
      if (!heads.empty() && heads[0].entry->attr("label") == "Organization:Cartel" && !described) {
        const size_t end = i + len + heads[0].length;
        const int org = cartel && cartel->primary == "Organization"
                            ? table_.FromLex(cartel, Text(i, end))
                            : table_.ByName("Organization", "Cartel", Text(i, end));
        Push(out, i, end, org);
        return end - i;
      }
    }
    // "the Sinaloa cartel", "the Zetas drug cartel": a cartel's short name with a lower-case
    // cartel head is one mention of it (so that ", led by X," finds it right before the comma).
    if (e->primary == "Organization" && e->refining == "Cartel" && i + len < last &&
        !t_[i + len].is(Token::kCapitalized)) {
      const std::vector<LexMatch> heads = lex_.MatchAt(t_, i + len, last, "orghead");
      const bool loose = heads.empty() && OneOf(t_[i + len].norm, kLooseHeads);
      if (loose || (!heads.empty() && heads[0].entry->attr("label") == "Organization:Cartel")) {
        const size_t end = i + len + (loose ? 1 : heads[0].length);
        // "the Sinaloa Cartel faction known as Los Chapitos": the name that follows is the faction's.
        if (OneOf(t_[end - 1].norm, "faction|cell|wing") && end + 2 < last &&
            OneOf(t_[end].norm, "known|called|named|dubbed")) {
          const size_t name = end + (t_[end + 1].norm == "as" ? 2 : 1);
          // The lexicon's group, or a name shaped as a group's ("Los Güeros").
          int part = -1;
          size_t name_end = name;
          for (const LexMatch& m : lex_.MatchAt(t_, name, last, "entity")) {
            if (m.entry->refining != "Cartel" || m.entry == e) continue;
            part = table_.FromLex(m.entry, Text(name, name + m.length));
            name_end = name + m.length;
            break;
          }
          if (part < 0 && OneOf(t_[name].norm, "los|las|la|el") && t_[name].is(Token::kCapitalized)) {
            name_end = CapitalRun(name, last);
            if (name_end > name + 1) part = table_.ByName("Organization", "Cartel", Text(name, name_end));
          }
          if (part >= 0) {
            table_.AddRelation("PART_OF", part, table_.FromLex(e, surface), {}, "name.faction_known_as", 0.8f);
            Push(out, i, name_end, part);
            return name_end - i;
          }
        }
        const int group = table_.FromLex(e, surface);
        // "the Sinaloa Cartel's Los Chapitos faction": a faction is part of the possessing cartel.
        if (OneOf(t_[end - 1].norm, "faction|cell|wing") && i >= 1 && t_[i - 1].norm == "'s" && !out->empty() &&
            out->back().last + 1 == i && out->back().kind == Mention::Kind::kEntity && out->back().entity >= 0 &&
            table_.graph().entities[out->back().entity].refining == "Cartel" && out->back().entity != group) {
          table_.AddRelation("PART_OF", group, out->back().entity, {}, "name.faction_of", 0.8f);
        }
        // "the Chapitos faction of the Sinaloa Cartel": a faction is part of the cartel after "of".
        if (t_[end - 1].norm == "faction" && end + 1 < last && t_[end].norm == "of") {
          const size_t k = end + 1 + (end + 2 < last && t_[end + 1].norm == "the" ? 1 : 0);
          for (const LexMatch& m : lex_.MatchAt(t_, k, last, "entity")) {
            if (m.entry->refining != "Cartel" || m.entry == e) continue;
            table_.AddRelation("PART_OF", group, table_.FromLex(m.entry, Text(k, k + m.length)), {}, "name.faction_of", 0.8f);
            break;
          }
        }
        Push(out, i, end, group);
        return end - i;
      }
    }
    // A longer person name starting here ("Pablo Escobar" is not "Pablo"): entities win only
    // when they are not the given name of a person.
    const int ent = table_.FromLex(e, surface);
    NameRelations(e, ent, surface);
    Push(out, i, i + len, ent);
    AfterEntity(i + len, last, out);
    // "Colombia's National Police", "Mexico's army and navy": the country's bodies read after it are
    // used too (no second mention of "National Police" of no country).
    if (e->refining == "Country" && out->back().last > i + len) return out->back().last - i;
    return len;
  }
  const std::string& kind = top->kind;
  if (kind == "alias_cue") {
    *alias_cue = true;
    alias_cue_at_ = i;
    return len;
  }
  if (kind == "demonym") {
    if (const size_t used = NationalForce(top, i, len, last, out); used > 0) return used;
  }
  // "Germán Quintero Beltrán": a nationality that is also a given name, before a name, opens the name.
  if (kind == "demonym" && lex_.InList("given", t_[i]) && i + len < last &&
      t_[i + len].is(Token::kCapitalized) && lex_.MatchAt(t_, i + len, last, "entity").empty() &&
      lex_.MatchAt(t_, i + len, last, "orghead").empty()) {
    return 0;
  }
  if (kind == "designation" || kind == "demonym") {
    Mention m;
    m.kind = kind == "designation" ? Mention::Kind::kDesignation : Mention::Kind::kDemonym;
    m.first = static_cast<uint32_t>(i);
    m.last = static_cast<uint32_t>(i + len);
    m.value = kind == "designation" ? top->canonical() : std::string(top->attr("country"));
    if (kind == "demonym") {
      if (const LexEntry* country = lex_.FindEntity(m.value)) m.entity = table_.FromLex(country, country->canonical());
    }
    out->push_back(m);
    return len;
  }
  if (kind == "title") return Title(top, i, len, last, out);
  // "the newspaper Reforma", "the daily El Universal": a cue before a name.
  if (kind == "orghead" && top->attr("cue") == "yes" && i + len < last && t_[i + len].is(Token::kCapitalized) &&
      !lex_.InList("notname", t_[i + len])) {
    const size_t end = CapitalRun(i + len, last);
    return OrgNamed(top, i + len, end, end, out) + len;
  }
  if (kind == "event") {
    if (const size_t used = NamedOperation(i, last, out); used > 0) return used;
    // "Under this operation, ATF agents allowed ...": the program named before, not an act; so is
    // "the operation" after "Operation Fast and Furious" ("The operation was overseen by X"), unless
    // what follows restricts it to one act ("the operation that killed him", "the operation in Y").
    if (OneOf(t_[i].norm, "operation|program|project") && i >= first + 1 && OneOf(t_[i - 1].norm, "this|the|that")) {
      const int program = table_.LastOf("Program", false);
      const bool under = i >= first + 2 && t_[i - 2].norm == "under";
      const bool restricted = i + 1 < last && OneOf(t_[i + 1].norm, "that|which|in|on|against|to|at|near|where|who|of");
      if (program >= 0 && (under || (!restricted && NameHolds(table_.graph().entities[program], t_[i].norm)))) {
        Push(out, i, i + 1, program);
        out->back().anaphoric = true;
        return 1;
      }
    }
    return Event(top, i, len, first, out);
  }
  if (kind == "anaphor") return Anaphor(top, i, len, first, last, out);
  if (kind == "kin") return AnotherRelative(top, i, len, first, last);
  if (kind == "generic") return Generic(top, i, len, first, last, out);
  return 0;
}

const LexEntry* MentionFinder::BestEntity(const std::vector<LexMatch>& matches, size_t i, size_t len, size_t first,
                                          const std::vector<Mention>& out) const {
  std::vector<const LexEntry*> cands;
  for (const LexMatch& m : matches) {
    if (m.entry->kind == "entity" && m.length == len) cands.push_back(m.entry);
  }
  if (cands.size() <= 1) return cands.empty() ? nullptr : cands[0];
  // A place name that is also an organization's: the place after "in",
  // "across", "from", "near" or before "state"; the organization elsewhere.
  // "pushed into Sinaloa", "routes through Sinaloa", "central Sinaloa", "the Zetas control Sinaloa":
  // a preposition of place, a part's adjective or a verb of holding ground before it.
  const bool place_context =
      (i > first && OneOf(t_[i - 1].norm, kPlacePrepositions)) ||
      (i > first && OneOf(t_[i - 1].norm, clause_words::kPlaceAdjectives)) ||
      (i > first && OneOf(t_[i - 1].norm, kHoldingVerbs) &&
       !(i + len < t_.size() && (t_[i + len].norm == "'s" || t_[i + len].norm == "cartel"))) ||
      (i + len < t_.size() && (t_[i + len].norm == "state" || t_[i + len].norm == ",")) ||
      // "Sinaloa Governor X", "Sinaloa state prosecutors", "Michoacán authorities": the state's office.
      (i + len < t_.size() && OneOf(t_[i + len].norm, kPlaceFollowers)) ||
      // "the Sinaloa-based cartel": a place's compound.
      (i + len + 1 < t_.size() && t_[i + len].norm == "-" && OneOf(t_[i + len + 1].norm, "based|headquartered")) ||
      // "Culiacán, Sinaloa": after a place and a comma
      (i > first && t_[i - 1].norm == "," && !out.empty() && out.back().last + 1 == i &&
       out.back().kind == Mention::Kind::kEntity && table_.graph().entities[out.back().entity].primary == "Place");
  for (const LexEntry* e : cands) {
    if ((e->primary == "Place") == place_context) return e;
  }
  return cands[0];
}

// "Colombian Navy", "Guatemalan National Police": a nationality, then a capitalized run
// that ends in a force's or an agency's head word, is that country's organization (also
// named without the nationality).
size_t MentionFinder::DatelineTown(size_t i, size_t last, std::vector<Mention>* out) {
  if (table_.sentence() > 3) return 0;
  size_t j = i;
  while (j < last && j < i + 4 && t_[j].word() && t_[j].is(Token::kAllCaps)) ++j;
  if (j == i || j + 1 >= last || t_[j].norm != ",") return 0;
  for (const LexMatch& m : lex_.MatchAt(t_, i, last, "entity")) {
    if (m.length >= j - i) return 0;  // "MEXICO CITY, Mexico": the lexicon's own
  }
  const std::vector<LexMatch> region = lex_.MatchAt(t_, j + 1, last, "entity");
  if (region.empty() || region[0].entry->primary != "Place" ||
      (region[0].entry->refining != "State" && region[0].entry->refining != "Country")) {
    return 0;
  }
  bool dash = false;
  for (size_t k = j + 1 + region[0].length; k < last && k < j + 10 && !dash; ++k) dash = t_[k].norm == "--";
  if (!dash) return 0;
  const std::string name = TitleCaseName(Text(i, j));
  if (name.empty()) return 0;
  Push(out, i, j, table_.ByName("Place", "City", name));
  return j - i;
}

size_t MentionFinder::NationalForce(const LexEntry* demonym, size_t i, size_t len, size_t last,
                                    std::vector<Mention>* out) {
  const size_t begin = i + len;
  if (begin >= last) return 0;
  // "the Mexican attorney general's office", "the Colombian prosecutor's office": the country's office
  // by the lower-case head of its name (a state's, "a Mexican state prosecutor's office", is no one body).
  if (const std::vector<LexMatch> heads = lex_.MatchAt(t_, begin, last, "orghead");
      !t_[begin].is(Token::kCapitalized) && !heads.empty() && heads[0].length >= 2 && t_[begin].norm != "state" &&
      heads[0].entry->attr("label") == "Organization:Agency" &&
      OneOf(t_[begin + heads[0].length - 1].norm, "office|secretariat")) {
    const size_t end = begin + heads[0].length;
    const LexEntry* known = lex_.FindEntity(Text(i, end));
    Push(out, i, end,
         known && known->primary == "Organization" ? table_.FromLex(known, Text(i, end))
                                                   : table_.ByName("Organization", "Agency", Text(i, end)));
    return end - i;
  }
  // "Mexican federal police", "Colombian troops": the country's body of that common noun.
  if (!t_[begin].is(Token::kCapitalized) && OneOf(t_[begin].norm, kForceWords)) {
    const LexEntry* body = nullptr;
    size_t end = begin;
    std::string phrase;
    for (size_t k = begin; k < last && k < begin + 3 && t_[k].word() && !t_[k].is(Token::kCapitalized); ++k) {
      phrase += (k > begin ? " " : "") + t_[k].norm;
      if (const LexEntry* e = ForceEntry(lex_, phrase, demonym->attr("country"))) body = e, end = k + 1;
    }
    if (!body) {
      // "the Guatemalan army": a country's armed force the lexicon does not know, by its common noun.
      if (!OneOf(t_[begin].norm, "army|military|navy")) return 0;
      end = begin + 1;
      Push(out, i, end, table_.ByName("Organization", "MilitaryUnit", Text(i, end)));
      return end - i;
    }
    if (end < last && OneOf(t_[end].norm, "troops|soldiers|personnel|forces|units|officers|agents")) ++end;
    Push(out, i, end, table_.FromLex(body, Text(i, end)));
    return end - i;
  }
  if (!t_[begin].is(Token::kCapitalized) || !lex_.MatchAt(t_, begin, last, "entity").empty()) return 0;
  const size_t end = CapitalRun(begin, last);
  if (end > begin + 4) return 0;
  for (size_t k = begin; k < end; ++k) {
    const std::vector<LexMatch> heads = lex_.MatchAt(t_, k, last, "orghead");
    if (heads.empty() || k + heads[0].length != end) continue;
    const std::string_view label = heads[0].entry->attr("label");
    // (and an institute, a foundation, an association: "the Mexican Institute for Competitiveness")
    if (label != "Organization:MilitaryUnit" && label != "Organization:Agency" &&
        label != "Organization:ResearchGroup" && label != "Organization") {
      return 0;
    }
    // "Mexican Secretariat of Public Security": a head with its complement is the body's full
    // name, written without the nationality that qualifies it (or with it: "the Mexican Commission
    // for the Defense and Promotion of Human Rights").
    if (end < last && OpensComplement(t_[end].norm)) {
      if (const size_t comp = ComplementEnd(end, last); comp > end + 1) {
        const size_t used = OrgNamed(heads[0].entry, begin, comp, comp, out) + len;
        table_.AddAlias(out->back().entity, Text(i, comp));
        return used;
      }
    }
    const size_t used = OrgNamed(heads[0].entry, i, end, end, out);
    table_.AddAlias(out->back().entity, Text(begin, end));
    return used;
  }
  return 0;
}

}  // namespace cg::ingest
