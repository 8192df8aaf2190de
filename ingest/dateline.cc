#include "ingest/dateline.h"

#include <cctype>
#include <set>

#include "ingest/clause.h"
#include "ingest/dates.h"

namespace cg::ingest {
namespace {

bool Dash(const Token& t) { return OneOf(t.norm, "--|—|–|-|("); }

// The country a lexicon place stands in: itself, or its `country=`.
std::string CountryOf(const LexEntry& place) {
  if (place.refining == "Country") return place.canonical();
  return std::string(place.attr("country"));
}

// The token after a dateline's date that starts at tokens[d] ("July 12", "March 3, 2013"): over
// at most six capitalized words, numbers and commas.
size_t AfterDate(const std::vector<Token>& tokens, size_t d, size_t last) {
  const size_t limit = d + 6;
  while (d < last && d < limit &&
         (tokens[d].is(Token::kCapitalized) || std::isdigit(static_cast<unsigned char>(tokens[d].norm[0])) ||
          OneOf(tokens[d].norm, ",|."))) {
    ++d;
  }
  return d;
}

}  // namespace

std::string DatelineCountry(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                            const Lexicon& lexicon) {
  for (size_t s = 0; s < sentences.size() && s < 4; ++s) {
    const Sentence& sent = sentences[s];
    size_t k = sent.first_token;
    while (k < sent.last_token && k < sent.first_token + 4 && tokens[k].is(Token::kCapitalized)) ++k;
    if (k == sent.first_token || k >= sent.last_token) continue;
    // "WASHINGTON (Wire) --", "MEXICO CITY --": the place alone before the agency or the dash.
    if (Dash(tokens[k])) {
      const std::vector<LexMatch> m = lexicon.MatchAt(tokens, sent.first_token, k, "entity");
      // A place, or a capital standing for its government ("WASHINGTON"); not "The Zetas --".
      if (!m.empty() && sent.first_token + m[0].length == k &&
          (m[0].entry->primary == "Place" || m[0].entry->refining == "Government")) {
        if (std::string country = CountryOf(*m[0].entry); !country.empty()) return country;
      }
      continue;
    }
    if (tokens[k].norm != ",") continue;
    // "MEXICO CITY, July 12 (Reuters) -": the place alone, then the date before the agency or dash.
    if (k + 1 < sent.last_token && MonthNumber(tokens[k + 1].norm) > 0) {
      const std::vector<LexMatch> p = lexicon.MatchAt(tokens, sent.first_token, k, "entity");
      const size_t d = AfterDate(tokens, k + 1, sent.last_token);
      if (!p.empty() && sent.first_token + p[0].length == k && p[0].entry->primary == "Place" && d < sent.last_token &&
          Dash(tokens[d])) {
        if (std::string country = CountryOf(*p[0].entry); !country.empty()) return country;
      }
      continue;
    }
    const std::vector<LexMatch> m = lexicon.MatchAt(tokens, k + 1, sent.last_token, "entity");
    if (m.empty()) continue;
    size_t after = k + 1 + m[0].length;
    // "MONTERREY, Mexico, March 3, 2013 (Wire) -": the date between the place and the dash.
    if (after < sent.last_token && tokens[after].norm == ",") {
      const size_t d = AfterDate(tokens, after + 1, sent.last_token);
      if (d < sent.last_token && Dash(tokens[d])) after = d;
    }
    if (after >= sent.last_token || !Dash(tokens[after])) continue;
    if (std::string country = CountryOf(*m[0].entry); !country.empty()) return country;
  }
  return {};
}

void MuteDatelineAgencies(const std::vector<Token>& tokens, const std::vector<std::vector<Mention>>& mentions,
                          ArticleGraph* g) {
  std::set<int> agencies, elsewhere;
  for (size_t s = 0; s < mentions.size(); ++s) {
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || g->entities[g->Root(m.entity)].refining != "Media") continue;
      const bool dateline = s < 4 && m.first > 0 && m.last + 1 < tokens.size() && tokens[m.first - 1].norm == "(" &&
                            tokens[m.last].norm == ")" && Dash(tokens[m.last + 1]) && tokens[m.last + 1].norm != "(";
      (dateline ? agencies : elsewhere).insert(g->Root(m.entity));
    }
  }
  for (int e : agencies) {
    if (!elsewhere.count(e)) g->entities[e].emit = false;
  }
}

}  // namespace cg::ingest
