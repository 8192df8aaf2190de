// Offices named by their holder's title and district (see mention_finder.h AttorneyOffice).
#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

size_t MentionFinder::AttorneyOffice(size_t i, size_t first, size_t last, std::vector<Mention>* out) {
  if (!t_[i].is(Token::kCapitalized)) return 0;
  size_t k = i;
  if (k > first && t_[k - 1].norm == "the") --k;
  if (k < first + 2 || !OneOf(t_[k - 1].norm, "for|of|in")) return 0;
  // The title's "Attorney": right before the preposition, or before the name of the one who holds it
  // ("U.S. Attorney Robert L. Capers of the ...").
  size_t attorney = k - 2;
  if (t_[attorney].norm != "attorney") {
    if (out->empty() || out->back().last != k - 1 || out->back().kind != Mention::Kind::kEntity ||
        table_.at(out->back().entity).primary != "Person" || out->back().first <= first) {
      return 0;
    }
    attorney = out->back().first - 1;
    if (t_[attorney].norm != "attorney") return 0;
  }
  // A United States Attorney: "U.S. Attorney", "United States Attorney" (not "Attorney General").
  const bool us = (attorney >= first + 1 && OneOf(t_[attorney - 1].norm, "u.s.|us")) ||
                  (attorney >= first + 2 && t_[attorney - 1].norm == "states" && t_[attorney - 2].norm == "united");
  if (!us) return 0;
  // "the Eastern District of New York", "the District of Arizona"; "Arizona" alone names its district.
  std::string district;
  size_t end = i;
  size_t d = i;
  if (OneOf(t_[d].norm, "northern|southern|eastern|western|middle|central")) ++d;
  if (d + 2 < last && t_[d].norm == "district" && t_[d + 1].norm == "of" && t_[d + 2].is(Token::kCapitalized)) {
    end = d + 2;
    while (end < last && end < d + 6 && t_[end].word() && t_[end].is(Token::kCapitalized)) ++end;
    district = Text(i, end);
  } else if (d == i && t_[k - 1].norm == "for") {
    for (const LexMatch& m : lex_.MatchAt(t_, i, last, "entity")) {
      if (m.entry->refining == "State" && m.entry->attr("country") == "United States") {
        end = i + m.length;
        district = "District of " + std::string(m.entry->canonical());
        break;
      }
    }
  }
  if (district.empty()) return 0;
  const int office = table_.ByName("Organization", "Agency", "U.S. Attorney's Office for the " + district);
  table_.AddAlias(office, "United States Attorney's Office for the " + district);
  if (end - i >= 3) table_.AddAlias(office, Text(i, end));  // "Eastern District of New York"
  Push(out, i, end, office);
  return end - i;
}

void MentionFinder::HeaderDistrict(size_t s, std::vector<std::vector<Mention>>* out) {
  if (s == 0 || (*out)[s - 1].size() != 1) return;
  const Sentence& line = seg_.sentences[s];
  const Sentence& before = seg_.sentences[s - 1];
  const Mention& generic = (*out)[s - 1][0];
  if (generic.kind != Mention::Kind::kEntity || generic.entity < 0 || generic.first != before.first_word ||
      generic.last != before.last_token || !table_.at(generic.entity).name.ends_with("Attorney's Office")) {
    return;
  }
  size_t d = line.first_word;
  if (d < line.last_token && OneOf(t_[d].norm, "northern|southern|eastern|western|middle|central")) ++d;
  if (d + 2 >= line.last_token || t_[d].norm != "district" || t_[d + 1].norm != "of") return;
  for (size_t k = d + 2; k < line.last_token; ++k) {
    if (!t_[k].word() || !t_[k].is(Token::kCapitalized)) return;
  }
  const std::string district = Text(line.first_word, line.last_token);
  const int office = table_.ByName("Organization", "Agency", "U.S. Attorney's Office for the " + district);
  table_.AddAlias(office, "United States Attorney's Office for the " + district);
  table_.AddAlias(office, district);
  if (table_.Root(generic.entity) != table_.Root(office)) MergeEntities(&table_.graph(), generic.entity, office);
  (*out)[s].clear();
  Push(&(*out)[s], line.first_word, line.last_token, office);
  // The header's line before, "Department of Justice": the office is part of it.
  if (s >= 2 && (*out)[s - 2].size() == 1) {
    const Mention& department = (*out)[s - 2][0];
    const Sentence& top = seg_.sentences[s - 2];
    if (department.kind == Mention::Kind::kEntity && department.entity >= 0 && department.first == top.first_word &&
        department.last == top.last_token && table_.at(department.entity).name == "Department of Justice") {
      table_.AddRelation("PART_OF", office, department.entity, {}, "name.header_part_of", 0.8f);
    }
  }
}

const LexEntry* MentionFinder::CityAt(size_t* k, size_t last) const {
  return CityIn(lex_.MatchAt(t_, *k, last, "entity"), k);
}

const LexEntry* MentionFinder::CityIn(const std::vector<LexMatch>& at, size_t* k) {
  for (const LexMatch& m : at) {
    if (m.entry->kind == std::string_view("entity") && m.entry->refining == "City") {
      *k += m.length;
      return m.entry;
    }
  }
  return nullptr;
}

size_t MentionFinder::PostCity(size_t first, size_t end, size_t last) {
  if (end + 1 >= last || t_[end].norm != "in" || !OneOf(t_[end - 1].norm, "consulate|embassy|general|office")) return end;
  if (t_[end - 1].norm == "general" && (end < first + 2 || t_[end - 2].norm != "consulate")) return end;
  // "the U.S. Attorney's Office in San Diego": a U.S. Attorney's office is the one in its city too.
  if (t_[end - 1].norm == "office" && (end < first + 3 || t_[end - 2].norm != "'s" || t_[end - 3].norm != "attorney")) {
    return end;
  }
  if (lex_.FindEntity(Text(first, end))) return end;  // "the U.S. Embassy in Mexico City" is the lexicon's embassy
  size_t k = end + 1;
  const LexEntry* city = CityAt(&k, last);
  if (!city) return end;
  table_.graph().entities[table_.FromLex(city, Text(end + 1, k))].mentioned = true;
  return k;
}

size_t MentionFinder::FieldOffice(size_t i, size_t last, const std::vector<LexMatch>& at, std::vector<Mention>* out) {
  if (!t_[i].is(Token::kCapitalized)) return 0;
  const LexEntry* agency = nullptr;
  size_t k = i;
  for (const LexMatch& m : at) {
    if (m.entry->kind == std::string_view("entity") && m.entry->refining == "Agency" && i + m.length + 1 < last && t_[i + m.length].norm == "'s") {
      agency = m.entry;
      k = i + m.length + 1;
      break;
    }
  }
  if (!agency) return OfficeOfAgency(i, last, at, out);
  const LexEntry* city = CityAt(&k, last);
  if (!city) return 0;
  std::string plain = Text(i, k);  // "FBI's El Paso" ... "office", without "field" or "resident"
  while (k < last && OneOf(t_[k].norm, "field|resident|regional|district|country")) ++k;
  // (a capitalized office is a name of its own: "the FBI's Houston Field Office", StructuralOrg)
  if (k >= last || !OneOf(t_[k].norm, "office|division") || t_[k].is(Token::kCapitalized)) return 0;
  const int office = table_.ByName("Organization", "Agency", Text(i, k + 1));
  table_.AddAlias(office, plain + " " + t_[k].norm);
  table_.FromLex(city, std::string(city->canonical()));  // the city is named too
  table_.AddRelation("PART_OF", office, table_.FromLex(agency, Text(i, i + 1)), {}, "name.field_office", 0.8f);
  Push(out, i, k + 1, office);
  return k + 1 - i;
}

// The agency whose name holds one of `heads` ("": any) that a role apposed to person's name in the
// sentence so far names: "X, the head of the DEA, said her agency ...", "X, the FBI's director, said
// his bureau ..." (the role frames read the relation later); -1 when none.
int MentionFinder::ApposedBody(int person, std::string_view heads, const std::vector<Mention>& said) const {
  const auto kind = [&](int e) {
    const LocalEntity& body = table_.at(e);
    if (body.refining != "Agency") return false;
    bool named = heads.empty();
    for (const std::string& w : NameNorms(body.name)) named |= OneOf(w, heads);
    return named;
  };
  for (size_t n = 0; n + 1 < said.size(); ++n) {
    const Mention& m = said[n];
    if (m.anaphoric || m.kind != Mention::Kind::kEntity || m.entity < 0 || table_.Root(m.entity) != person ||
        m.last + 2 >= t_.size() || t_[m.last].norm != ",") {
      continue;
    }
    const Mention& b = said[n + 1];
    if (b.kind != Mention::Kind::kEntity || b.entity < 0 || b.first > m.last + 8 || !kind(b.entity)) return -1;
    bool role = false;
    for (size_t k = m.last + 1; k < b.first; ++k) {
      if (!t_[k].word() || t_[k].is(Token::kCapitalized)) return -1;
      role |= t_[k].norm == "head" || !lex_.MatchAt(t_, k, b.first, "role").empty();  // ("head": no role word of a name)
    }
    size_t k = b.last;
    if (k < t_.size() && t_[k].norm == "'s") ++k;
    for (; k < t_.size() && k < b.last + 4 && t_[k].word() && !t_[k].is(Token::kCapitalized); ++k) {
      role |= !lex_.MatchAt(t_, k, k + 1, "role").empty();
    }
    return role && k < t_.size() && t_[k].norm == "," ? table_.Root(b.entity) : -1;
  }
  return -1;
}

void MentionFinder::BodyOfPerson(Mention& owner, size_t noun, size_t last, const std::vector<Mention>& said) {
  if (noun >= last || !OneOf(t_[noun].norm, "office|ministry|secretariat|department|agency|bureau")) return;
  if (t_[noun].is(Token::kCapitalized) || (noun + 1 < last && OneOf(t_[noun + 1].norm, "of|'s"))) return;
  if (owner.first > 0 && OneOf(t_[owner.first - 1].norm, "in|at|into|inside|outside|near|from|to|toward|towards"))
    return;
  const std::string& word = t_[noun].norm;
  // The name words a body of that kind carries ("department" covers the secretariats and ministries
  // that translations call departments); "agency" any agency.
  const std::string_view heads = word == "office"                         ? "office"
                                 : word == "bureau"                       ? "bureau"
                                 : word == "agency"                       ? ""
                                 : word == "department"                   ? "department|secretariat|ministry"
                                                                          : "secretariat|ministry";
  const int person = table_.Root(owner.entity);
  int body = -1;
  for (const LocalRelation& r : table_.graph().relations) {
    if ((r.type != "LEADS" && r.type != "MEMBER_OF") || r.to < 0 || table_.Root(r.from) != person) continue;
    const int to = table_.Root(r.to);
    const LocalEntity& e = table_.graph().entities[to];
    if (e.refining != "Agency") continue;
    bool kind = heads.empty();
    for (const std::string& w : NameNorms(e.name)) kind |= OneOf(w, heads);
    if (!kind) continue;
    if (body >= 0 && body != to) return;  // two such bodies: which one is not said
    body = to;
  }
  if (body < 0) body = ApposedBody(person, heads, said);
  if (body < 0) return;
  owner.last = static_cast<uint32_t>(noun + 1);
  owner.entity = body;
  table_.Touch(body);
}

// "the El Paso office of the FBI", "the Houston field division of the DEA": the city first, the agency
// after "of"; the same office as "the FBI's El Paso office".
size_t MentionFinder::OfficeOfAgency(size_t i, size_t last, const std::vector<LexMatch>& at,
                                     std::vector<Mention>* out) {
  size_t k = i;
  const LexEntry* city = CityIn(at, &k);
  if (!city) return 0;
  const size_t words = k;
  while (k < last && OneOf(t_[k].norm, "field|resident|regional|district|country")) ++k;
  if (k + 2 >= last || !OneOf(t_[k].norm, "office|division") || t_[k].is(Token::kCapitalized) || t_[k + 1].norm != "of") {
    return 0;
  }
  size_t a = k + 2 + (t_[k + 2].norm == "the" ? 1 : 0);
  for (const LexMatch& m : lex_.MatchAt(t_, a, last, "entity")) {
    if (m.entry->refining != "Agency") continue;
    const std::string agency = Text(a, a + m.length);
    const int office = table_.ByName("Organization", "Agency", agency + "'s " + Text(i, k + 1));
    table_.AddAlias(office, agency + "'s " + Text(i, words) + " " + t_[k].norm);
    table_.FromLex(city, std::string(city->canonical()));
    table_.AddRelation("PART_OF", office, table_.FromLex(m.entry, agency), {}, "name.field_office", 0.8f);
    Push(out, i, a + m.length, office);  // the office acts, not the agency (as in the possessive form)
    return a + m.length - i;
  }
  return 0;
}

// "the FBI's field office in El Paso", "the DEA's resident office in Guadalajara", "the DEA's field
// division in Houston": an agency's office by its city is a body of its own, part of the agency.
size_t MentionFinder::OfficeInCity(size_t i, size_t last, std::vector<Mention>* out) {
  if (t_[i].norm != "'s" || out->empty()) return 0;
  const Mention owner = out->back();
  if (owner.kind != Mention::Kind::kEntity || owner.entity < 0 || owner.last != i) return 0;
  const LocalEntity& body = table_.at(owner.entity);
  if (body.primary != "Organization" || body.refining != "Agency") return 0;
  size_t k = i + 1;
  if (k < last && OneOf(t_[k].norm, "field|resident|country|regional|district")) ++k;
  if (k + 2 >= last || t_[k].is(Token::kCapitalized) || !OneOf(t_[k].norm, "office|division") || t_[k + 1].norm != "in") {
    return 0;
  }
  const size_t city = k + 2;
  for (const LexMatch& m : lex_.MatchAt(t_, city, last, "entity")) {
    if (m.entry->refining != "City") continue;
    const size_t end = city + m.length;
    table_.FromLex(m.entry, Text(city, end));
    const int office = table_.ByName("Organization", "Agency",
                                     Text(owner.first, i) + " " + std::string(m.entry->canonical()) + " " + Text(i + 1, k + 1));
    table_.AddAlias(office, Text(i + 1, end));
    table_.AddAlias(office, std::string(m.entry->canonical()) + " " + Text(i + 1, k + 1));  // "Guadalajara resident office"
    table_.AddAlias(office, Text(owner.first, end));
    table_.AddRelation("PART_OF", office, owner.entity, {}, "name.office_in_city", 0.8f);
    Push(out, i + 1, end, office);
    return end - i;
  }
  return 0;
}

}  // namespace cg::ingest
