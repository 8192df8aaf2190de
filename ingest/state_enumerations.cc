#include "ingest/state_enumerations.h"

#include <map>
#include <set>
#include <string>

#include "ingest/entity_table.h"

namespace cg::ingest {

void StateEnumerations(const Lexicon& lex, const Segmented& seg, const std::vector<std::vector<Mention>>& mentions,
                       ArticleGraph* g) {
  std::set<std::string> countries;  // canonical names the article speaks of "states" of
  for (const auto& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.last >= seg.tokens.size() || seg.tokens[m.last].norm != "states") continue;
      if (m.kind == Mention::Kind::kDemonym) countries.insert(m.value);
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
