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

size_t MentionFinder::FieldOffice(size_t i, size_t last, std::vector<Mention>* out) {
  if (!t_[i].is(Token::kCapitalized)) return 0;
  const LexEntry* agency = nullptr;
  size_t k = i;
  for (const LexMatch& m : lex_.MatchAt(t_, i, last, "entity")) {
    if (m.entry->refining == "Agency" && i + m.length + 1 < last && t_[i + m.length].norm == "'s") {
      agency = m.entry;
      k = i + m.length + 1;
      break;
    }
  }
  if (!agency) return 0;
  const LexEntry* city = nullptr;
  for (const LexMatch& m : lex_.MatchAt(t_, k, last, "entity")) {
    if (m.entry->refining == "City") {
      city = m.entry;
      k += m.length;
      break;
    }
  }
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

}  // namespace cg::ingest
