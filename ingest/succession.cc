#include "ingest/succession.h"

#include <set>
#include <tuple>

namespace cg::ingest {
namespace {

bool RoleIs(const LocalRelation& r, const char* role) {
  auto it = r.props.find("role");
  return it != r.props.end() && it->second.is_string() && it->second.as_string() == role;
}

// Does sentence s say "after" or "following"?
bool SaysAfter(const Segmented& seg, uint32_t s) {
  if (s >= seg.sentences.size()) return false;
  for (uint32_t t = seg.sentences[s].first_token; t < seg.sentences[s].last_token; ++t) {
    if (seg.tokens[t].norm == "after" || seg.tokens[t].norm == "following") return true;
  }
  return false;
}

}  // namespace

void SuccessionsAfterRemoval(const Segmented& seg, ArticleGraph* g) {
  // Persons removed in sentence s: the targets of a killing, an arrest or an extradition read there.
  std::set<std::pair<uint32_t, int>> removed;
  for (const LocalRelation& r : g->relations) {
    if (r.type != "PARTICIPATED_IN" || r.from < 0 || r.to < 0 || !(RoleIs(r, "target") || RoleIs(r, "victim"))) continue;
    const std::string& kind = g->entities[g->Root(r.to)].refining;
    if (kind == "Killing" || kind == "Arrest" || kind == "Extradition") removed.insert({r.source.sentence, g->Root(r.from)});
  }
  std::set<std::tuple<int, int, int>> done;
  const size_t n = g->relations.size();
  for (size_t a = 0; a < n; ++a) {
    const LocalRelation heir = g->relations[a];
    if (heir.type != "LEADS" || heir.from < 0 || heir.to < 0 || heir.props.count("until") || heir.source.hedged ||
        !SaysAfter(seg, heir.source.sentence)) {
      continue;
    }
    for (size_t b = 0; b < n; ++b) {
      const LocalRelation& led = g->relations[b];
      if (led.type != "LEADS" || led.from < 0 || g->Root(led.to) != g->Root(heir.to) || !led.props.count("end_cause") ||
          g->Root(led.from) == g->Root(heir.from) || !removed.count({heir.source.sentence, g->Root(led.from)})) {
        continue;
      }
      if (!done.insert({g->Root(heir.from), g->Root(led.from), g->Root(heir.to)}).second) continue;
      LocalRelation r;
      r.type = "SUCCEEDED";
      r.from = heir.from;
      r.to = led.from;
      r.props["organization"] = Value(g->entities[g->Root(heir.to)].name);
      r.source = Source{heir.source.sentence, "infer.succeeded_after_removal", 0.7f};
      g->relations.push_back(std::move(r));
    }
  }
}

}  // namespace cg::ingest
