// Companies a text names in lists, unknown to the lexicon (see mention_finder.h ListedBusiness,
// CoordinatedCompany): the items after a plural noun of businesses ("three Mexican financial firms,
// A, B and C") and the names coordinated with a company's ("A and B").
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"

namespace cg::ingest {

bool MentionFinder::ListedBusiness(size_t i, size_t end, size_t first, size_t last) const {
  constexpr std::string_view kBusinesses = "companies|firms|businesses|banks|institutions|brokerages|brokers|"
                                           "subsidiaries|suppliers|distributors|pharmacies|houses|entities";
  if (end < last && !OneOf(t_[end].norm, ",|and|;|.|(|--")) return false;  // the list goes on or ends
  if (end - i >= 2 && lex_.InList("given", t_[i])) return false;   // a person's name
  // Back over the items before this one ("Banco Azul, Finanzas Rojas and") to the noun.
  for (size_t k = i, items = 0; k >= first + 2 && items < 12; ++items) {
    size_t p = k - 1;
    if (OneOf(t_[p].norm, "including|:|include|includes|included") ||
        (t_[p].norm == "as" && t_[p - 1].norm == "such")) {
      if (t_[p].norm == "as") --p;
      if (p <= first) return false;
      const size_t noun = p - (p - 1 > first && t_[p - 1].norm == "," ? 2 : 1);
      if (OneOf(t_[noun].norm, kBusinesses)) return true;
      // "the following 13 companies, which are owned by X: A, B and C": the list's noun further back
      // in the clause the colon ends.
      for (size_t b = noun; t_[p].norm == ":" && b > first && b + 20 > p; --b) {
        if (OneOf(t_[b].norm, kBusinesses)) return true;
        if (OneOf(t_[b].norm, ";|:|.")) break;
      }
      return false;
    }
    if (t_[p].norm == "and" && p > first && t_[p - 1].norm == ",") --p;  // "A, B, and C"
    if (t_[p].norm != "," && t_[p].norm != "and" && t_[p].norm != "--") return false;
    // "firms, A", "three institutions -- A, B and C --"
    if ((t_[p].norm == "," || t_[p].norm == "--") && OneOf(t_[p - 1].norm, kBusinesses)) return true;
    // An earlier item: a capitalized run ending before the separator.
    size_t s = p;
    while (s > first && (t_[s - 1].is(Token::kCapitalized) || IsNameConnector(t_[s - 1].norm))) --s;
    if (s == p) return false;
    k = s;
  }
  return false;
}

bool MentionFinder::CoordinatedCompany(size_t i, size_t end, size_t first, size_t last,
                                       const std::vector<Mention>& out) const {
  if (end < last && !OneOf(t_[end].norm, ",|and|;|.|(|--")) return false;  // the list goes on or ends
  if (lex_.InList("given", t_[i]) || i < first + 2) return false;    // a person's name
  // "Co., Ltd.", "S.A., de C.V.": a legal suffix of the name before, no name of its own.
  if (LegalFormAt(t_, i, end) > 0) return false;
  for (const LexMatch& m : lex_.MatchAt(t_, i, end, "orghead")) {
    if (i + m.length == end) return false;
  }
  size_t p = i - 1;
  if (t_[p].norm == "and" && t_[p - 1].norm == ",") --p;  // "A, B, and C"
  if (!OneOf(t_[p].norm, ",|and") || out.empty()) return false;
  const auto company = [&](const Mention& m, size_t ends) {
    return m.kind == Mention::Kind::kEntity && m.entity >= 0 && m.last == ends &&
           table_.at(table_.Root(m.entity)).primary == "Organization" && table_.at(table_.Root(m.entity)).refining.empty();
  };
  if (company(out.back(), p)) return true;
  // "X, a firm in Guadalajara that runs its call centers, and Y": over the first one's apposition.
  if (t_[p].norm != "," || t_[p + 1].norm != "and") return false;
  for (size_t k = p; k-- > first + 1 && k + 20 > p;) {
    if (t_[k].norm != ",") continue;
    if (!OneOf(t_[k + 1].norm, "a|an|the")) return false;
    return std::any_of(out.begin(), out.end(), [&](const Mention& m) { return company(m, k); });
  }
  return false;
}

}  // namespace cg::ingest
