#include "ingest/discourse.h"

#include <algorithm>
#include <map>

#include "ingest/clause.h"

namespace cg::ingest {
namespace {

bool FirstPerson(const Segmented& seg) {
  int count = 0;
  for (const Sentence& s : seg.sentences) {
    bool quoted = false;  // quotation marks open and close within a sentence or run to its end
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      const std::string& n = seg.tokens[t].norm;
      if (n == "\"") quoted = !quoted;
      if (!quoted && (n == "we" || n == "our")) ++count;
    }
  }
  return count >= 2;
}

std::vector<int> Governments(const std::vector<std::vector<Mention>>& mentions, const ArticleGraph& g) {
  std::map<int, int> count;
  for (const std::vector<Mention>& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0) continue;
      const int e = g.Root(m.entity);
      const LocalEntity& ent = g.entities[e];
      // A country's government, not its legislature, courts or an administration.
      if (ent.refining == "Government" && ent.name.find("overnment") != std::string::npos) ++count[e];
      if (ent.stands_for >= 0) ++count[g.Root(ent.stands_for)];
    }
  }
  std::vector<int> out;
  for (const auto& [e, n] : count) out.push_back(e);
  std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return count[a] > count[b]; });
  return out;
}

std::vector<int> LastGroup(const Segmented& seg, const Sentence& s, const std::vector<Mention>& mentions,
                           const ArticleGraph& g) {
  const Clause clause(seg.tokens, s, mentions, g);
  std::vector<int> out;
  for (size_t i = 0; i < clause.size(); ++i) {
    if (clause.EntityAs(i, "Organization") < 0) continue;
    const std::vector<size_t> members = clause.Coordinated(i, "Organization");
    if (members.size() < 2 || members.front() != i) continue;
    out.clear();
    for (size_t m : members) out.push_back(clause.EntityAs(m, "Organization"));
    i = members.back();
  }
  return out;
}

}  // namespace

Discourse FindDiscourse(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions,
                        const ArticleGraph& g) {
  Discourse d;
  d.first_person = FirstPerson(seg);
  d.governments = Governments(mentions, g);
  d.groups.resize(seg.sentences.size());
  for (size_t s = 0; s < seg.sentences.size() && s < mentions.size(); ++s) {
    d.groups[s] = LastGroup(seg, seg.sentences[s], mentions[s], g);
  }
  return d;
}

}  // namespace cg::ingest
