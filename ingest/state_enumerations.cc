#include "ingest/state_enumerations.h"

#include <map>
#include <set>
#include <string>

#include "ingest/clause.h"
#include "ingest/entity_table.h"

namespace cg::ingest {

void StateEnumerations(const Lexicon& lex, const Segmented& seg, const std::vector<std::vector<Mention>>& mentions,
                       ArticleGraph* g) {
  std::set<std::string> countries;  // canonical names the article speaks of "states" of
  for (const auto& sentence : mentions) {
    for (const Mention& m : sentence) {
      // "Mexican states", "the four U.S. border States", "Mexico's northern states".
      size_t k = m.last;
      if (k < seg.tokens.size() && seg.tokens[k].norm == "'s") ++k;
      if (k < seg.tokens.size() && OneOf(seg.tokens[k].norm, "border|northern|southern|western|eastern|central|neighboring|bordering|gulf|pacific")) ++k;
      if (k >= seg.tokens.size() || seg.tokens[k].norm != "states") continue;
      if (m.kind == Mention::Kind::kDemonym) countries.insert(m.value);
      if (m.kind == Mention::Kind::kEntity && m.entity >= 0 && g->entities[g->Root(m.entity)].refining == "Country") {
        countries.insert(g->entities[g->Root(m.entity)].name);
      }
    }
  }
  for (size_t s = 0; s < mentions.size(); ++s) {
    std::map<std::string, std::vector<int>> by_country;
    for (const Mention& m : mentions[s]) {
      if (m.kind != Mention::Kind::kEntity) continue;
      const LocalEntity& e = g->entities[g->Root(m.entity)];
      if (e.refining != "State" || !e.lex) continue;
      const std::string country(e.lex->attr("country"));
      if (countries.count(country)) by_country[country].push_back(g->Root(m.entity));
    }
    for (const auto& [country, states] : by_country) {
      if (states.size() < 3) continue;
      const LexEntry* c = lex.FindEntity(country);
      if (!c) continue;
      const int country_entity = EntityForLex(g, c, true);
      for (int st : states) {
        g->relations.push_back(LocalRelation{"LOCATED_IN", st, country_entity, {},
                                             {static_cast<uint32_t>(s), "infer.state_enumeration", 0.7f}});
      }
    }
  }
}

}  // namespace cg::ingest
