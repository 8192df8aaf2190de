#include "ingest/listed_targets.h"

namespace cg::ingest {
namespace {

// The entity of the person whose name opens sentence s (after list marks), or -1.
int OpeningPerson(const Segmented& seg, const std::vector<Mention>& mentions, const ArticleGraph& g, size_t s) {
  const Sentence& sentence = seg.sentences[s];
  if (mentions.empty()) return -1;
  const Mention& m = mentions.front();
  if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.anaphoric) return -1;
  if (g.entities[g.Root(m.entity)].primary != "Person") return -1;
  for (uint32_t k = sentence.first_token; k < m.first; ++k) {
    if (seg.tokens[k].word()) return -1;  // "•", "-", "1." may come before the name
  }
  return g.Root(m.entity);
}

}  // namespace

void ListedTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  for (size_t s = 0; s + 1 < seg.sentences.size() && s < mentions.size(); ++s) {
    const Sentence& head = seg.sentences[s];
    if (head.last_token <= head.first_token || seg.tokens[head.last_token - 1].norm != ":") continue;
    int event = -1;
    for (const Mention& m : mentions[s]) {
      if (m.kind == Mention::Kind::kEntity && m.entity >= 0 && g->entities[g->Root(m.entity)].primary == "Event") {
        event = g->Root(m.entity);
      }
    }
    if (event < 0) continue;
    // Each following paragraph's first sentence, while it opens with a name.
    for (size_t t = s + 1; t < seg.sentences.size() && t < mentions.size(); ++t) {
      if (seg.sentences[t].paragraph == seg.sentences[t - 1].paragraph) continue;
      const int person = OpeningPerson(seg, mentions[t], *g, t);
      if (person < 0) break;
      g->relations.push_back(LocalRelation{"PARTICIPATED_IN", person, event, {{"role", Value(std::string("target"))}},
                                           {static_cast<uint32_t>(t), "list.target", 0.75f}});
    }
  }
}

}  // namespace cg::ingest
