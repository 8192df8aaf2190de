#include "ingest/article_graph.h"

#include <algorithm>

#include "schema/normalize.h"

namespace cg::ingest {

void LocalEntity::AddAlias(const std::string& alias) {
  // A surface already held has its key held too (NormalizeName is a function of it).
  if (std::find(aliases.begin(), aliases.end(), alias) != aliases.end()) return;
  const std::string& key = NormalizeNameMemo(alias);  // event names recur article after article
  if (key.empty() || std::find(alias_keys.begin(), alias_keys.end(), key) != alias_keys.end()) return;
  aliases.push_back(alias);
  alias_keys.push_back(key);
}

namespace {
size_t WordCount(const std::string& s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}
}  // namespace

std::string_view ParticipantRole(const LocalRelation& r) {
  if (r.type != std::string_view("PARTICIPATED_IN")) return {};  // (a length test first, unlike != "...")
  auto it = r.props.find("role");
  return it != r.props.end() && it->second.is_string() ? std::string_view(it->second.as_string()) : std::string_view();
}

std::vector<std::string> DescribeRelations(const ArticleGraph& graph) {
  std::vector<std::string> out;
  for (const LocalRelation& r : graph.relations) {
    std::string line = r.type + " " + graph.entities[graph.Root(r.from)].name + " -> " +
                       graph.entities[graph.Root(r.to)].name;
    for (const char* key : {"role", "relation"}) {
      if (auto it = r.props.find(key); it != r.props.end()) line += " {" + it->second.ToString() + "}";
    }
    out.push_back(std::move(line));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void MergeEntities(ArticleGraph* graph, int from, int into) {
  from = graph->Root(from);
  into = graph->Root(into);
  if (from == into) return;
  LocalEntity& a = graph->entities[from];
  LocalEntity& b = graph->entities[into];
  a.merged_into = into;
  // Keep every chain one step long, so that Root stays constant time.
  for (LocalEntity& e : graph->entities) {
    if (e.merged_into == from) e.merged_into = into;
  }
  for (const std::string& alias : a.aliases) b.AddAlias(alias);
  b.mentioned |= a.mentioned;
  b.official |= a.official;
  b.named_by_noun |= a.named_by_noun;
  b.apart |= a.apart;
  if (b.designation.empty()) b.designation = a.designation;
  if (!b.date) b.date = a.date;
  b.phrases.insert(b.phrases.end(), a.phrases.begin(), a.phrases.end());
  b.member_groups.insert(b.member_groups.end(), a.member_groups.begin(), a.member_groups.end());
  for (const std::string& n : a.nouns) {
    bool seen = false;
    for (const std::string& m : b.nouns) seen |= m == n;
    if (!seen) b.nouns.push_back(n);
  }
  if (a.strong_class && !b.strong_class) {
    b.refining = a.refining;
    b.strong_class = true;
  }
  const bool nickname = a.name.rfind("El ", 0) == 0 || a.name.rfind("La ", 0) == 0;
  const bool description = a.name.find("'s ") != std::string::npos || a.name.find("\u2019s ") != std::string::npos;
  if (a.primary == "Person" && !nickname && !description && WordCount(a.name) > WordCount(b.name)) b.name = a.name;
}

bool ServesBody(const ArticleGraph& graph, int p) {
  if (p < 0) return false;
  const int e = graph.Root(p);
  if (graph.entities[e].official) return true;
  return std::any_of(graph.relations.begin(), graph.relations.end(), [&](const LocalRelation& r) {
    if (r.from < 0 || r.to < 0 || graph.Root(r.from) != e || (r.type != "LEADS" && r.type != "MEMBER_OF")) return false;
    const LocalEntity& body = graph.entities[graph.Root(r.to)];
    return body.primary == "Organization" && body.refining != "Cartel";
  });
}

}  // namespace cg::ingest
