#include "ingest/conductors.h"

#include <map>
#include <set>
#include <string>

#include "ingest/entity_table.h"
#include "ingest/lexicon.h"
#include "ingest/clause.h"

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

void VictimsOfCriminals(ArticleGraph* g) {
  std::set<int> perpetrated;
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) != "perpetrator" || r.from < 0 || r.to < 0) continue;
    if (g->entities[g->Root(r.from)].refining == "Cartel") perpetrated.insert(g->Root(r.to));
  }
  // (the killed only: one shot at who lived stays a target)
  std::set<int> dead;
  for (const LocalFact& f : g->facts) {
    if (f.key == "status" && f.value == Value(std::string("dead")) && f.entity >= 0) dead.insert(g->Root(f.entity));
  }
  // One the article calls a killing's victim in some sentence ("who was murdered on a highway") is
  // its victim where another calls him its target ("the murder of ICE agent X"): one role a person.
  // So is a killed member or head of a force, an agency or a government ("one marine, X, was killed",
  // "the murder of DEA agent X"): no force's operation aims at its own.
  std::set<std::pair<int, int>> victims;
  std::set<int> officers;
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) == "victim" && r.from >= 0 && r.to >= 0) victims.insert({g->Root(r.from), g->Root(r.to)});
    if ((r.type == "MEMBER_OF" || r.type == "LEADS") && r.from >= 0 && r.to >= 0 &&
        OneOf(g->entities[g->Root(r.to)].refining, "Agency|MilitaryUnit|Government")) {
      officers.insert(g->Root(r.from));
    }
  }
  for (LocalRelation& r : g->relations) {
    if (ParticipantRole(r) != "target" || r.from < 0 || r.to < 0) continue;
    const bool named_victim = victims.count({g->Root(r.from), g->Root(r.to)}) > 0 ||
                              (officers.count(g->Root(r.from)) && g->entities[g->Root(r.to)].refining == "Killing" &&
                               dead.count(g->Root(r.from)));
    if (named_victim || (perpetrated.count(g->Root(r.to)) && g->entities[g->Root(r.to)].refining == "Killing" &&
                         dead.count(g->Root(r.from)))) {
      r.props["role"] = Value(std::string("victim"));
    }
  }
}

}  // namespace cg::ingest
