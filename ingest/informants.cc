#include "ingest/informants.h"

#include <map>
#include <set>

#include "ingest/clause.h"

namespace cg::ingest {

namespace {

bool SaysJoint(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences, uint32_t s) {
  if (s >= sentences.size()) return false;
  for (uint32_t k = sentences[s].first_token; k < sentences[s].last_token && k < tokens.size(); ++k) {
    if (OneOf(tokens[k].norm, "joint|jointly|together|combined|coordinated|coordination")) return true;
  }
  return false;
}

}  // namespace

void InformantsCooperate(int main_event, ArticleGraph* g) {
  std::set<int> targeted;
  for (const LocalRelation& r : g->relations) {
    if ((ParticipantRole(r) == "target" || ParticipantRole(r) == "victim") && r.to >= 0) targeted.insert(g->Root(r.to));
  }
  std::vector<LocalRelation> added;
  for (LocalRelation& informed : g->relations) {
    const std::string& rule = informed.source.rule;
    if (ParticipantRole(informed) != "supporter" || informed.to < 0 ||
        !(rule.starts_with("event.intelligence_") || rule.starts_with("event.coordinated_with") ||
          rule.starts_with("event.with_help_from") || rule.starts_with("event.backed_by") ||
          rule.starts_with("event.with_support_of") || rule.starts_with("event.action_supported_by"))) {
      continue;
    }
    if (!targeted.count(g->Root(informed.to)) && main_event >= 0) informed.to = main_event;
    const int event = g->Root(informed.to);
    const int informant = g->Root(informed.from);
    // "Mexico captures X" (a headline) and "marines captured X": a government beside its own force
    // stands for that force; the informant works with the force.
    bool force = false;
    for (const LocalRelation& r : g->relations) {
      force |= ParticipantRole(r) == "conductor" && g->Root(r.to) == event && g->Root(r.from) != informant &&
               g->entities[g->Root(r.from)].primary == "Organization" && g->entities[g->Root(r.from)].refining != "Government";
    }
    for (const LocalRelation& r : g->relations) {
      if (ParticipantRole(r) != "conductor" || g->Root(r.to) != event || g->Root(r.from) == informant) continue;
      if (g->entities[g->Root(r.from)].primary != "Organization") continue;
      if (force && g->entities[g->Root(r.from)].refining == "Government") continue;
      Source source = informed.source;
      source.rule = "infer.supporter_partner";
      source.confidence -= 0.05f;
      added.push_back(LocalRelation{"COOPERATES_WITH", informant, g->Root(r.from), {}, source});
    }
  }
  for (LocalRelation& r : added) g->relations.push_back(std::move(r));
}

void CoConductorsCooperate(const std::vector<Token>& tokens, ArticleGraph* g) {
  // Conductors of each event by the sentence that names them: agencies and forces only (a
  // government named beside its own forces reports or orders; a criminal group is a perpetrator).
  std::map<std::pair<int, uint32_t>, std::vector<const LocalRelation*>> together;
  for (const LocalRelation& r : g->relations) {
    if (ParticipantRole(r) != "conductor" || r.from < 0 || r.to < 0) continue;
    const LocalEntity& body = g->entities[g->Root(r.from)];
    if (body.primary != "Organization" || body.refining == "Government" || body.refining == "Cartel") continue;
    // "died in a gunfight with marines and soldiers": forces at one killing are no joint work unless
    // the sentence says so ("in a joint operation", "together").
    if (g->entities[g->Root(r.to)].refining == "Killing" && !SaysJoint(tokens, g->sentences, r.source.sentence)) continue;
    together[{g->Root(r.to), r.source.sentence}].push_back(&r);
  }
  std::set<std::pair<int, int>> seen;
  std::vector<LocalRelation> added;
  for (const auto& [key, rs] : together) {
    for (size_t a = 0; a < rs.size(); ++a) {
      for (size_t b = a + 1; b < rs.size(); ++b) {
        const int x = g->Root(rs[a]->from), y = g->Root(rs[b]->from);
        if (x == y || !seen.insert({std::min(x, y), std::max(x, y)}).second) continue;
        Source source = rs[b]->source;
        source.rule = "infer.co_conductors";
        source.confidence = std::min(rs[a]->source.confidence, rs[b]->source.confidence) - 0.05f;
        added.push_back(LocalRelation{"COOPERATES_WITH", x, y, {}, source});
      }
    }
  }
  for (LocalRelation& r : added) g->relations.push_back(std::move(r));
}

}  // namespace cg::ingest
