#include "ingest/title_bodies.h"

#include <algorithm>

namespace cg::ingest {

TitleBody BodyOfTitle(const Lexicon& lex, const std::vector<Token>& t, const LexEntry* title, size_t field_begin,
                      size_t end, const std::string& country, const KnownBody& known) {
  const std::string org_spec(title->attr("org"));
  if (org_spec == "government" || org_spec == "qualifier") return {};
  // Without a country, a body the article already named comes first ("the Department of Justice
  // ... Attorney General X"), then the title's first body.
  for (const bool named_first : {true, false}) {
    if (named_first && !country.empty()) continue;
    for (size_t from = 0; from <= org_spec.size() && !org_spec.empty();) {
      const size_t bar = std::min(org_spec.find('|', from), org_spec.size());
      const LexEntry* body = lex.FindEntity(org_spec.substr(from, bar - from));
      if (body && (country.empty() || body->attr("country").empty() || body->attr("country") == country) &&
          (!named_first || known(body))) {
        return {body, false};
      }
      from = bar + 1;
    }
  }
  if (const LexEntry* body = FieldBody(lex, t, field_begin, end, country, known)) return {body, true};
  return {};
}

std::string NamedBodyCountry(const Lexicon& lex, const std::vector<Token>& t, const LexEntry* title, size_t from,
                             size_t last) {
  const std::string org_spec(title->attr("org"));
  if (org_spec.find('|') == std::string::npos) return "";
  for (size_t k = from; k < last; ++k) {
    for (const LexMatch& m : lex.MatchAt(t, k, last, "entity")) {
      for (size_t b = 0; b <= org_spec.size();) {
        const size_t bar = std::min(org_spec.find('|', b), org_spec.size());
        if (lex.FindEntity(org_spec.substr(b, bar - b)) == m.entry) return std::string(m.entry->attr("country"));
        b = bar + 1;
      }
    }
  }
  return "";
}

const LexEntry* FieldBody(const Lexicon& lex, const std::vector<Token>& t, size_t i, size_t end,
                          const std::string& country, const KnownBody& known) {
  // The title's field: its words but the head, "of" and "the" ("Public Security Secretary",
  // "Minister of the Interior").
  std::string field;
  bool head = false;
  for (size_t k = i > 0 ? i - 1 : i; k < end; ++k) {  // from the word before: "Deputy Interior Minister"
    const std::string& w = t[k].norm;
    // ("Under Secretary" is a second's title; "under Interior Minister X" a preposition)
    if (w == "deputy" || w == "vice" || (w == "under" && k + 1 < end && t[k + 1].norm == "secretary") ||
        w == "assistant" || w == "press" || w == "general") {
      return nullptr;
    }
    if (k < i) continue;
    if (w == "minister" || w == "secretary") {
      head = true;
    } else if (w != "of" && w != "the") {
      field += (field.empty() ? "" : " ") + w;
    }
  }
  if (!head || field.empty()) return nullptr;
  const LexEntry* only = nullptr;  // without a country: the one body the field names, if one
  bool several = false;
  for (const char* form : {"{} Ministry", "{} Secretariat", "Ministry of {}", "Secretariat of {}", "Ministry of the {}",
                           "Secretariat of the {}", "Department of {}", "Department of the {}", "{} Department"}) {
    std::string name(form);
    name.replace(name.find("{}"), 2, field);
    const LexEntry* e = lex.FindEntity(name);
    // A country's own body under its country's name: "Guatemala's Interior Ministry", "Ministry of
    // the Interior of Guatemala" (the bare name is another country's).
    if (!country.empty() && (!e || e->attr("country") != country)) {
      for (const std::string& named : {country + "'s " + name, name + " of " + country}) {
        const LexEntry* own = lex.FindEntity(named);
        if (own && own->attr("country") == country) e = own;
      }
    }
    if (!e || e->primary != "Organization") continue;
    if (country.empty() ? known(e) : e->attr("country") == country) return e;
    several |= only != nullptr && only != e;
    if (!only) only = e;
  }
  return country.empty() && !several ? only : nullptr;
}

}  // namespace cg::ingest
