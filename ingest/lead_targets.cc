#include "ingest/lead_targets.h"

#include <string>
#include <string_view>

namespace cg::ingest {
namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

// The entity a mention names when it is an entity of primary label `primary`, else -1.
int EntityOf(const ArticleGraph& g, const Mention& m, std::string_view primary) {
  if (m.kind != Mention::Kind::kEntity || m.entity < 0) return -1;
  const int e = g.Root(m.entity);
  return g.entities[e].primary == primary ? e : -1;
}

// The mention covering token t, or nullptr.
const Mention* MentionAt(const std::vector<Mention>& ms, uint32_t t) {
  for (const Mention& m : ms) {
    if (m.first <= t && t < m.last) return &m;
  }
  return nullptr;
}

bool IsCartel(const ArticleGraph& g, const Mention* m) {
  return m && m->kind == Mention::Kind::kEntity && m->entity >= 0 && g.entities[g.Root(m->entity)].refining == "Cartel";
}

// Does the sentence describe a person by an indefinite phrase tied to a criminal group: "a|an"
// then up to four plain words and "of|in|for|with [the] GROUP", or up to two plain words, the
// GROUP and a plain word ("a Gulf Cartel commander")?
bool DescribesGroupMember(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms,
                          const ArticleGraph& g) {
  auto plain = [&](uint32_t k) {
    return k < s.last_token && t[k].word() && !t[k].is(Token::kCapitalized) && !MentionAt(ms, k);
  };
  for (uint32_t i = s.first_token; i < s.last_token; ++i) {
    if (t[i].norm != "a" && t[i].norm != "an") continue;
    uint32_t k = i + 1;
    uint32_t words = 0;
    while (words < 4 && plain(k) && !OneOf(t[k].norm, {"of", "in", "for", "with"})) ++k, ++words;
    if (words > 0 && k < s.last_token && OneOf(t[k].norm, {"of", "in", "for", "with"})) {
      uint32_t o = k + 1;
      if (o < s.last_token && t[o].norm == "the") ++o;
      if (IsCartel(g, MentionAt(ms, o))) return true;
    }
    const Mention* group = words <= 2 ? MentionAt(ms, i + 1 + words) : nullptr;
    if (IsCartel(g, group) && group->first == i + 1 + words && plain(group->last)) return true;
  }
  return false;
}

// The one person sentence s names who is not its speaker ("Y said", "according to Y"), or -1.
int OnePersonNamed(const std::vector<Token>& t, const Sentence& s, const std::vector<Mention>& ms,
                   const ArticleGraph& g) {
  int found = -1;
  for (const Mention& m : ms) {
    const int p = EntityOf(g, m, "Person");
    if (p < 0 || m.anaphoric) continue;
    if (found >= 0 && found != p) return -1;
    // "Y said", "Y, Mexico's security secretary, told reporters": the verb after an apposition too.
    uint32_t after = m.last;
    if (after < s.last_token && t[after].norm == ",") {
      uint32_t close = after + 1;
      while (close < s.last_token && close <= after + 12 && t[close].norm != ",") ++close;
      if (close < s.last_token && t[close].norm == ",") after = close + 1;
    }
    const bool speaker = g.entities[p].official ||
                         (after < s.last_token && OneOf(t[after].norm, {"said", "says", "told", "added", "stated"}));
    const bool attributed = m.first >= s.first_token + 2 && t[m.first - 1].norm == "to" &&
                            t[m.first - 2].norm == "according";
    if (speaker || attributed) return -1;
    found = p;
  }
  return found;
}

}  // namespace

void NameLeadTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g) {
  const std::vector<Token>& t = seg.tokens;
  for (size_t s = 0; s < 2 && s + 1 < seg.sentences.size(); ++s) {
    const std::vector<Mention>& ms = mentions[s];
    bool names_person = false;
    for (const Mention& m : ms) names_person |= EntityOf(*g, m, "Person") >= 0 && !m.anaphoric;
    if (names_person || !DescribesGroupMember(t, seg.sentences[s], ms, *g)) continue;
    for (const Mention& m : ms) {
      const int event = EntityOf(*g, m, "Event");
      if (event < 0) continue;
      const std::string& kind = g->entities[event].refining;
      if (kind != "Arrest" && kind != "Killing" && kind != "Extradition") continue;
      bool targeted = false, criminal = false;
      for (const LocalRelation& r : g->relations) {
        if (r.type != "PARTICIPATED_IN" || g->Root(r.to) != event) continue;
        auto role = r.props.find("role");
        const std::string what = role != r.props.end() ? role->second.ToString() : "";
        targeted |= what == "target" || what == "victim";
        criminal |= what == "perpetrator";
      }
      if (targeted) continue;
      const int person = OnePersonNamed(t, seg.sentences[s + 1], mentions[s + 1], *g);
      if (person < 0) return;
      const Source source{static_cast<uint32_t>(s + 1), "infer.lead_named_next", 0.7f};
      LocalRelation r;
      r.type = "PARTICIPATED_IN";
      r.from = person;
      r.to = event;
      r.props["role"] = Value(std::string(criminal ? "victim" : "target"));
      r.source = source;
      g->relations.push_back(std::move(r));
      const std::string status = kind == "Killing" ? "dead" : kind == "Arrest" ? "arrested" : "extradited";
      g->facts.push_back(LocalFact{person, "status", Value(status), source});
      g->facts.push_back(LocalFact{person, "leads_end", Value(std::string(kind == "Killing" ? "killed" : status)), source});
      return;
    }
  }
}

}  // namespace cg::ingest
