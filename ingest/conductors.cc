#include "ingest/conductors.h"

#include <map>
#include <set>
#include <string>

#include "ingest/entity_table.h"
#include "ingest/lexicon.h"

namespace cg::ingest {
namespace {

// The country of an organization recognized from the lexicon, or "".
std::string CountryOf(const LocalEntity& e) {
  return e.lex ? std::string(e.lex->attr("country")) : std::string();
}

}  // namespace

void SpecificConductors(ArticleGraph* g) {
  // Countries whose agencies or forces conduct each event.
  std::map<int, std::set<std::string>> specific;
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) != "conductor" || r.from < 0 || r.to < 0) continue;
    const LocalEntity& body = g->entities[g->Root(r.from)];
    if (body.primary == "Organization" && body.refining != "Government" && !CountryOf(body).empty()) {
      specific[g->Root(r.to)].insert(CountryOf(body));
    }
  }
  std::erase_if(g->relations, [&](const LocalRelation& r) {
    if (ParticipantRole(r) != "conductor" || r.from < 0 || r.to < 0) return false;
    const LocalEntity& body = g->entities[g->Root(r.from)];
    const int event = g->Root(r.to);
    const std::string group = EventGroup(g->entities[event].refining);
    if (body.refining != "Government" || (group != "Arrest" && group != "operation")) return false;
    auto it = specific.find(event);
    if (it == specific.end() || !it->second.count(CountryOf(body))) return false;
    g->rejected.push_back(Rejected{r, "a government is not the conductor of an act its own forces carried out"});
    return true;
  });
}

}  // namespace cg::ingest
